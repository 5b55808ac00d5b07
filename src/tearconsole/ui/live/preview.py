"""A small picture of what the room sees, beside the controls.

Cards, stories, breathing and the calm card are drawn by the same ``SceneView`` the
audience window uses. Films are drawn by libVLC into the audience window; where the
platform lets us read that window back (X11), the preview shows a grab of it every two
seconds, otherwise the film's title.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from tearconsole.core.conductor.view import Scene, SceneKind
from tearconsole.ui.audience.scene import CALM
from tearconsole.ui.audience.scene_view import SceneView
from tearconsole.ui.audience.window import AudienceWindow


class AspectBox(QWidget):
    """Asks for 16:9 of its width, up to ``MAX_HEIGHT``, and gives way down to
    ``MIN_HEIGHT`` when the screen is short (the controls come first)."""

    MAX_HEIGHT = 200
    MIN_HEIGHT = 90

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(self.MIN_HEIGHT)
        self.setMaximumHeight(self.MAX_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wanted = max(self.MIN_HEIGHT, min(self.MAX_HEIGHT, round(self.width() * 9 / 16)))
        if self.maximumHeight() != wanted:
            self.setMaximumHeight(wanted)

    def sizeHint(self) -> QSize:
        return QSize(320, 180)


class Preview(QWidget):
    def __init__(self, audience: AudienceWindow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.audience = audience
        self.caption = QLabel(self.tr("The room"))
        self.caption.setObjectName("muted")
        self.box = AspectBox()
        self.box.setStyleSheet("border-radius: 8px;")
        self.scene_view = SceneView()
        self.frame = QLabel()
        self.frame.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.frame.setStyleSheet("background: #0c0d10;")
        self._stack = QStackedLayout(self.box)
        self._stack.addWidget(self.scene_view)
        self._stack.addWidget(self.frame)
        self.header = QHBoxLayout()  # the console adds the room's screen controls here
        self.header.addWidget(self.caption, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self.header)
        layout.addWidget(self.box)
        self.scene = CALM
        self._grab = QTimer(self)
        self._grab.setInterval(2000)  # a full-screen grab costs the GUI thread ~10 ms
        self._grab.timeout.connect(self._grab_film)

    def set_story_fraction(self, fraction: float) -> None:
        self.scene_view.set_story_fraction(fraction)

    def show_scene(self, scene: Scene, audience_visible: bool) -> None:
        self.scene = scene
        # Whether the room's screen shows is the state banner's to say (and the Show/Hide
        # button's); the caption stays short so the cue list keeps the width for titles.
        self.caption.setEnabled(audience_visible)
        can_grab = (
            scene.kind is SceneKind.VIDEO
            and audience_visible
            and self.audience is not None
            and QGuiApplication.platformName() == "xcb"
        )
        if can_grab:
            if not self._grab.isActive():
                self._grab.start()
                self._grab_film()
            return
        self._grab.stop()
        self._stack.setCurrentWidget(self.scene_view)
        if scene.kind is SceneKind.VIDEO:
            scene = Scene(
                SceneKind.CARD,
                "",
                self.tr("Film: {title}").format(title=scene.title or ""),
                None,
                scene.brightness,
            )
        self.scene_view.show_scene(scene)

    def _grab_film(self) -> None:
        audience = self.audience
        screen = audience.screen() if audience is not None else None
        if audience is None or screen is None:
            return
        picture: QPixmap = screen.grabWindow(audience.video_handle())
        if picture.isNull():
            return
        self.frame.setPixmap(
            picture.scaled(
                self.box.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self._stack.setCurrentWidget(self.frame)
