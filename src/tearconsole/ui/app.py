"""Starting the GUI: the application, the theme, the database and the main window."""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from tearconsole import APP_NAME
from tearconsole.assets import icon_path
from tearconsole.errors import DatabaseDamaged, UserError
from tearconsole.i18n import current_language, use_chosen_language
from tearconsole.i18n.message import Message
from tearconsole.paths import AppPaths
from tearconsole.platform.display import has_display, prefer_x11_for_video
from tearconsole.platform.open_files import raise_open_file_limit
from tearconsole.playback.vlcenv import keep_native_stderr_in, make_instance
from tearconsole.startup_marks import benchmarking, mark
from tearconsole.storage.db import Database
from tearconsole.ui.database_restore import offer_restore
from tearconsole.ui.i18n import install_language
from tearconsole.ui.main_window import MainWindow
from tearconsole.ui.theme import apply_theme

mark("imports")

#: The longest a quit waits for background work to finish.
QUIT_WAIT_MS = 5000


def make_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("tearconsole")
    app.setDesktopFileName(APP_NAME)  # the desktop entry: its icon in task bars (Wayland)
    app.setWindowIcon(QIcon(str(icon_path())))  # every window of the app
    apply_theme(app)
    return app


def open_window(paths: AppPaths, demo: bool = False) -> MainWindow:
    """Open the database (installing the demo if asked) and build the main window."""
    db = Database.open(paths, write=True)
    try:
        if demo:
            from tearconsole.demo import install_demo  # the library importer: only with --demo

            prober = make_instance(headless=True)
            try:
                install_demo(db, prober, language=current_language())
            finally:
                prober.release()
    except BaseException:
        db.close()
        raise
    mark("database")
    return MainWindow(db)


def show_startup_error(message: str) -> None:
    """A calm message box for a failure before the main window exists (none where no one
    could see it: Qt's offscreen and minimal platforms, as in tests)."""
    if not _can_show_dialogs():
        return
    make_application()
    QMessageBox.information(None, "tearconsole", message)


def _can_show_dialogs() -> bool:
    return os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] not in ("offscreen", "minimal")


def run_gui(
    paths: AppPaths,
    demo: bool = False,
    live_plan: str | None = None,
    rehearsal: bool = False,
    remote: str | None = None,
    participants: str | None = None,
) -> int:
    """Open the window; with ``live_plan``, straight into the live console with it standing
    by; with ``remote`` (an address, or "" for the default route's), the phone remote on;
    with ``participants`` (the same), the participants' phones on."""
    if not has_display():
        raise UserError(
            Message.translate(
                "Cli",
                "There is no display to open the window on; run tearconsole from a desktop "
                "session (the subcommands, e.g. `tearconsole doctor`, work without one).",
            )
        )
    prefer_x11_for_video()
    raise_open_file_limit()  # room for the window, libVLC and the remote's sockets
    keep_native_stderr_in(paths.log_dir)  # ALSA's and libVLC's own lines: not the terminal
    app = make_application()
    install_language(use_chosen_language(paths.settings_path))
    mark("application")
    try:
        window = open_window(paths, demo=demo)
    except DatabaseDamaged as exc:
        if not _can_show_dialogs() or not offer_restore(paths, str(exc)):
            raise
        window = open_window(paths, demo=demo)
    except UserError as exc:
        show_startup_error(str(exc))
        raise
    mark("window")
    if benchmarking():
        window.shown.connect(lambda: QTimer.singleShot(0, lambda: mark("shown")))
    window.show_as_remembered()
    if benchmarking():
        _FirstExpose(window, lambda: QTimer.singleShot(0, lambda: _report_painted(app)))
    if live_plan is not None:
        QTimer.singleShot(0, lambda: _open_live(window, live_plan, rehearsal, remote, participants))
    else:  # measured too: its check runs before the first paint
        QTimer.singleShot(0, window.offer_resume)
    code = app.exec()
    # Background reads and imports (cancelled at quit) end before their database closes;
    # one stuck on a file (a network share gone away) does not hold the quit for long.
    QThreadPool.globalInstance().waitForDone(QUIT_WAIT_MS)
    window.db.close()
    return code


def _open_live(
    window: MainWindow,
    plan: str,
    rehearsal: bool,
    remote: str | None,
    participants: str | None = None,
) -> None:
    page = window.open_live(plan, rehearsal)  # the live page: built when first opened
    if remote is not None:
        from tearconsole.ui.remote.announce import start_announced  # aiohttp: only with --remote

        start_announced(page, remote or None)
    if participants is not None:
        from tearconsole.ui.participants import announce  # the Live page: loaded when opened

        announce.start_announced(page, participants or None)


class _FirstExpose(QObject):
    """Calls ``then`` once, when the window system first exposes ``window`` (its first
    paint follows at once): the moment its content can be on the screen."""

    def __init__(self, window: MainWindow, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then: Callable[[], None] | None = then
        handle = window.windowHandle()
        assert handle is not None  # shown, so it has a native window
        handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose and self._then is not None:
            then, self._then = self._then, None
            watched.removeEventFilter(self)
            then()
        return False


def _report_painted(app: QApplication) -> None:
    mark("painted")
    app.quit()
