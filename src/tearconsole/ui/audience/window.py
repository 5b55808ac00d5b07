"""The audience window: frameless, full screen, no cursor, never a dialog or an error.

It holds two surfaces: a native child widget that libVLC draws films into, and a
``SceneView`` for everything else. Anything unexpected while changing scenes falls back
to the calm card. It never takes the keyboard focus, so the console keeps its keys even
when the audience window covers the only screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QGuiApplication,
    QKeyEvent,
    QPalette,
    QPixmap,
    QScreen,
)
from PySide6.QtWidgets import QStackedLayout, QWidget

from tearconsole.core.conductor.view import Scene, SceneKind
from tearconsole.settings import AUDIENCE_FURIGANA, Settings
from tearconsole.ui.audience.placement import SETTINGS_KEY, choose_screen
from tearconsole.ui.audience.scene import CALM
from tearconsole.ui.audience.scene_view import BACKDROP, SceneView
from tearconsole.ui.audience.screens import (
    ROOM_WINDOW,
    laptop_screen,
    put_on_screen,
    shares_picture,
)

log = logging.getLogger(__name__)

#: Whether the room sees furigana above a story's kanji (the teleprompter always does).
FURIGANA_KEY = AUDIENCE_FURIGANA


class VideoSurface(QWidget):
    """A native window of its own, painted black, for libVLC to draw into."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
        self.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(BACKDROP))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.setCursor(Qt.CursorShape.BlankCursor)


class AudienceWindow(QWidget):
    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__(None)
        self.setObjectName(ROOM_WINDOW)  # how the console's ScreenKeeper knows it
        self.settings = settings
        self.setWindowTitle(self.tr("tearconsole audience"))
        self.setWindowFlags(
            Qt.WindowType.Window
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowDoesNotAcceptFocus
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.setStyleSheet(f"background: {BACKDROP.name()};")
        self.scene_view = SceneView()
        self.video = VideoSurface()
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._stack.addWidget(self.scene_view)
        self._stack.addWidget(self.video)
        self.scene = CALM
        self.scene_view.show_scene(CALM)
        furigana = settings.get(FURIGANA_KEY) if settings is not None else True
        self.scene_view.set_show_readings(bool(furigana))
        self.wanted_screen: QScreen | None = None
        self._may_close = False
        #: Keys pressed while this window has the keyboard (a window manager may give it
        #: the focus despite asking not to) go to the console through this.
        self.key_handler: Callable[[QKeyEvent], bool] | None = None
        #: The participants' QR code and room code, and the cues whose card shows them.
        self._join: tuple[QPixmap, str] | None = None
        self._join_cues: frozenset[int] = frozenset()
        self._join_url = ""

    # -- what the room sees ----------------------------------------------------------
    def show_scene(self, scene: Scene) -> None:
        try:
            self._show(scene)
        except Exception:  # the room must never see a failure
            log.exception("audience scene failed; showing the calm card")
            self._show(CALM)

    def set_join(self, url: str, code: str, cues: frozenset[int]) -> None:
        """Show the participants' QR code (for ``url``) and ``code`` on the cards of
        ``cues`` (the welcome and closing cards); ``url`` "" takes them away."""
        if not url:
            self._join, self._join_cues = None, frozenset()
        elif self._join is None or self._join[1] != code or self._join_url != url:
            from tearconsole.ui.remote.qr import qr_pixmap  # segno: only once turned on

            self._join, self._join_cues = (qr_pixmap(url, scale=8), code), cues
        self._join_url = url
        self.show_scene(self.scene)

    def join_shown(self) -> bool:
        """Whether the room sees the participants' code now."""
        return self.scene_view.join is not None and self._stack.currentWidget() is self.scene_view

    def _show(self, scene: Scene) -> None:
        self.scene = scene
        card = scene.kind is SceneKind.CARD and scene.cue_position in self._join_cues
        self.scene_view.set_join(self._join if card else None)
        self.scene_view.show_scene(scene)
        self._stack.setCurrentWidget(
            self.video if scene.kind is SceneKind.VIDEO else self.scene_view
        )

    def set_show_readings(self, show: bool) -> None:
        """Show or hide furigana in the room, and remember the choice."""
        self.scene_view.set_show_readings(show)
        if self.settings is not None:
            self.settings.set(FURIGANA_KEY, show)

    def video_handle(self) -> int:
        """The native window id libVLC renders into (``Output.set_video_window``)."""
        return int(self.video.winId())

    # -- where ---------------------------------------------------------------------
    def place(self) -> bool:
        """Choose the screen (remembered, else the first that is not the laptop's); True
        when it should show now: only on a screen of its own, not one that mirrors the
        console's."""
        screens = QGuiApplication.screens()
        remembered = self.settings.get(SETTINGS_KEY) if self.settings else None
        placement = choose_screen([s.name() for s in screens], remembered)
        if not screens:
            return False
        room = self.wanted_screen = screens[placement.index]
        laptop = laptop_screen(self.settings, room)
        return placement.show_at_start and laptop is not None and not shares_picture(laptop, room)

    def move_to_screen(self, screen: QScreen, remember: bool = True) -> None:
        self.wanted_screen = screen
        if remember and self.settings is not None:
            self.settings.set(SETTINGS_KEY, screen.name())
        if self.isVisible():
            self.show_full_screen()

    def show_full_screen(self) -> None:
        screen = self.wanted_screen or QGuiApplication.primaryScreen()
        if screen is not None:
            put_on_screen(self, screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()  # on a screen shared with the console, in front of it

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.key_handler is not None and self.key_handler(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def close_for_good(self) -> None:
        self._may_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Only the console decides when the audience window goes; it hides instead.
        if self._may_close:
            event.accept()
            return
        event.ignore()
        self.hide()
