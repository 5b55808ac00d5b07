"""The room's screen and the laptop's, as Qt screens, and keeping windows where they belong.

``placement`` decides from the screens' names; this module applies it: the room's window
goes to ``room_screen``, the console and every dialog to ``laptop_screen``, never onto
the room's while there is another screen, and no dialog larger than the screen it opens
on. ``ScreenKeeper`` does it for every dialog the application opens (whoever opens it),
and keeps the room's window in front when it has to share the console's screen (one
screen, or a mirrored projector).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tearconsole.settings import Settings
from tearconsole.ui.audience.placement import SETTINGS_KEY, laptop_index, room_index

#: The audience window's object name: how the keeper knows it among the windows.
ROOM_WINDOW = "audienceWindow"


def _remembered(settings: Settings | None) -> str | None:
    value = settings.get(SETTINGS_KEY) if settings is not None else None
    return value if isinstance(value, str) else None


def room_screen(settings: Settings | None) -> QScreen | None:
    """The screen the room's window goes to: the one shown, else the chosen one."""
    room = room_window()
    if room is not None and room.isVisible() and room.screen() is not None:
        return room.screen()
    screens = QGuiApplication.screens()
    if not screens:
        return None
    return screens[room_index([s.name() for s in screens], _remembered(settings))]


def laptop_screen(settings: Settings | None, room: QScreen | None = None) -> QScreen | None:
    """The screen for the console and its dialogs: never the room's while there is
    another (and not one that shows the same picture as the room's)."""
    screens = QGuiApplication.screens()
    if not screens:
        return None
    room = room or room_screen(settings)
    if room is None or room not in screens:
        return screens[0]
    apart = [s for s in screens if s is room or not shares_picture(s, room)]
    names = [s.name() for s in apart]
    return apart[laptop_index(names, apart.index(room))]


def shares_picture(one: QScreen, other: QScreen) -> bool:
    """Whether two screens show (part of) the same picture: the same screen, or mirrors
    of each other (their desktops overlap)."""
    return one is other or one.geometry().intersects(other.geometry())


def room_window() -> QWidget | None:
    """The room's window: the one shown, if any (a closed one lingers among the
    top-level widgets until it is collected, and must not hide the live one)."""
    rooms = [w for w in QApplication.topLevelWidgets() if w.objectName() == ROOM_WINDOW]
    shown = [w for w in rooms if w.isVisible()]
    return next(iter(shown or rooms), None)


def put_on_screen(window: QWidget, screen: QScreen) -> None:
    """Make ``screen`` the window's screen (before a move, so that a screen with another
    scale maps its coordinates)."""
    if window.windowHandle() is None:
        window.create()
    handle = window.windowHandle()
    if handle is not None and handle.screen() is not screen:
        handle.setScreen(screen)


def fit_on_screen(window: QWidget, screen: QScreen, over: QWidget | None = None) -> None:
    """Put ``window`` wholly inside ``screen``'s free area: no larger than it (as far as
    its minimum size allows): where it is if it fits there, else centred over ``over``
    when that is on the same screen, else in the middle."""
    put_on_screen(window, screen)
    area = screen.availableGeometry()
    margins = fit_size(window, screen)
    frame = QRect(window.pos(), window.size().grownBy(margins))
    if not area.contains(frame):
        if over is not None and over.isVisible() and over.screen() is screen:
            frame.moveCenter(over.frameGeometry().center())
        else:
            frame.moveCenter(area.center())
    x = max(area.left(), min(frame.left(), area.right() + 1 - frame.width()))
    y = max(area.top(), min(frame.top(), area.bottom() + 1 - frame.height()))
    window.move(QPoint(x, y))


def fit_size(window: QWidget, screen: QScreen) -> QMargins:
    """Make ``window`` no larger than ``screen``'s free area (its frame included), as far
    as its layout's minimum allows (squeezed further, its contents would overlap); the
    frame's margins, as far as they are known yet."""
    handle = window.windowHandle()
    margins = handle.frameMargins() if handle is not None else QMargins()
    room = screen.availableGeometry().size().shrunkBy(margins)
    least = window.minimumSize().expandedTo(window.minimumSizeHint())
    size = window.size().boundedTo(room).expandedTo(least)
    if size != window.size():
        window.resize(size)
    return margins


def show_maximised_on(window: QWidget, screen: QScreen) -> None:
    """Show ``window`` maximised on ``screen``."""
    put_on_screen(window, screen)
    window.setGeometry(screen.availableGeometry())
    window.showMaximized()


#: The events the keeper looks at (every other one passes at once).
WATCHED = (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.Resize)


class ScreenKeeper(QObject):
    """Watches windows being shown: every dialog opens on the laptop's screen and fits
    it (and still fits it when it grows); the room's window, when it shares the
    console's screen, is raised over the console (and again when a dialog closes), and
    ``sharing_changed`` says so."""

    sharing_changed = Signal(bool)

    def __init__(self, console: QWidget, settings: Settings | None) -> None:
        super().__init__(console)
        self.console = console
        self.settings = settings
        self.sharing = False
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in WATCHED:
            return False
        if isinstance(watched, QWidget) and watched.isWindow():
            if kind is QEvent.Type.Show:
                self._shown(watched)
            elif watched.objectName() == ROOM_WINDOW:
                # a window manager places (and sizes) it after it is shown: look again then
                if self.console.isVisible():
                    QTimer.singleShot(0, self, self._raise_room)
            elif not is_dialog(watched):
                pass
            elif kind is QEvent.Type.Hide:  # (windows hide as they are destroyed too)
                QTimer.singleShot(0, self, self._raise_room)
            elif watched.isVisible() and self.console.isVisible():
                # A dialog that grew (more to answer) must not grow past the screen's edge.
                QTimer.singleShot(0, watched, lambda: self._keep_on_laptop(watched))
        return False

    def _shown(self, window: QWidget) -> None:
        if not self.console.isVisible():  # a window closed (or not yet shown) keeps nothing
            return
        if window.objectName() == ROOM_WINDOW:
            QTimer.singleShot(0, self, self._raise_room)
        elif is_dialog(window):
            # Its screen and size now, before it is mapped; where on the screen once
            # shown: a dialog centres itself over its parent only in its own showEvent,
            # after this (and a move now would keep it from doing so).
            screen = laptop_screen(self.settings)
            if screen is not None:
                put_on_screen(window, screen)
                fit_size(window, screen)
            QTimer.singleShot(0, window, lambda: self._keep_on_laptop(window))

    def _keep_on_laptop(self, window: QWidget) -> None:
        screen = laptop_screen(self.settings)
        if screen is not None and window.isVisible():
            parent = window.parentWidget()
            fit_on_screen(window, screen, parent.window() if parent is not None else None)

    def _raise_room(self) -> None:
        room = room_window()
        sharing = (
            room is not None
            and room.isVisible()
            and self.console.isVisible()
            and room.screen() is not None
            and self.console.screen() is not None
            and shares_picture(room.screen(), self.console.screen())
        )
        if sharing and room is not None and not _modal_dialog_open():
            room.raise_()
        if sharing != self.sharing:
            self.sharing = sharing
            self.sharing_changed.emit(sharing)

    def check(self) -> bool:
        """Look again now (a screen came or went); True while the room shares the
        console's screen."""
        self._raise_room()
        return self.sharing

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


def is_dialog(window: QWidget) -> bool:
    kind = window.windowType()
    return isinstance(window, QDialog) or kind in (Qt.WindowType.Dialog, Qt.WindowType.Tool)


def _modal_dialog_open() -> bool:
    """A dialog waiting for an answer must stay in front of the room's window, or the
    facilitator (on the only screen) could not answer it."""
    modal = QApplication.activeModalWidget()
    return modal is not None and modal.isVisible()
