"""Starting the GUI: the application, the theme, the database and the main window."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tearconsole import APP_NAME
from tearconsole.errors import UserError
from tearconsole.i18n import translate, use_chosen_language
from tearconsole.paths import AppPaths
from tearconsole.storage.db import Database
from tearconsole.ui.i18n import install_language
from tearconsole.ui.live.page import offer_resume_on_start, open_live
from tearconsole.ui.main_window import MainWindow
from tearconsole.ui.theme import apply_theme

#: Benchmarks set this to have the app print when its window is up, then quit.
QUIT_WHEN_SHOWN_ENV = "TEARCONSOLE_QUIT_WHEN_SHOWN"


def has_display() -> bool:
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def prefer_x11_for_video() -> None:
    """On a Wayland desktop with XWayland, ask Qt for X11: libVLC can draw films only into
    an X11 (or Windows/macOS) window, so under native Wayland the room would see no picture.
    An explicit ``QT_QPA_PLATFORM`` always wins."""
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
        if os.environ.get("WAYLAND_DISPLAY") and os.environ.get("DISPLAY"):
            os.environ["QT_QPA_PLATFORM"] = "xcb"


def make_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("tearconsole")
    apply_theme(app)
    return app


def open_window(paths: AppPaths, demo: bool = False) -> MainWindow:
    """Open the database (installing the demo if asked) and build the main window."""
    db = Database.open(paths, write=True)
    try:
        if demo:
            from tearconsole.demo import install_demo
            from tearconsole.playback.vlcenv import make_instance

            prober = make_instance(headless=True)
            try:
                install_demo(db, prober)
            finally:
                prober.release()
    except BaseException:
        db.close()
        raise
    return MainWindow(db)


def show_startup_error(message: str) -> None:
    """A calm message box for a failure before the main window exists (none where no one
    could see it: Qt's offscreen and minimal platforms, as in tests)."""
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "minimal"):
        return
    make_application()
    QMessageBox.information(None, "tearconsole", message)


def run_gui(
    paths: AppPaths, demo: bool = False, live_plan: str | None = None, rehearsal: bool = False
) -> int:
    """Open the window; with ``live_plan``, straight into the live console with it standing by."""
    if not has_display():
        raise UserError(
            translate(
                "Cli",
                "There is no display to open the window on; run tearconsole from a desktop "
                "session (the subcommands, e.g. `tearconsole doctor`, work without one).",
            )
        )
    prefer_x11_for_video()
    app = make_application()
    install_language(use_chosen_language(paths.settings_path))
    try:
        window = open_window(paths, demo=demo)
    except UserError as exc:
        show_startup_error(str(exc))
        raise
    if os.environ.get(QUIT_WHEN_SHOWN_ENV):
        window.shown.connect(lambda: QTimer.singleShot(0, lambda: _report_shown(app)))
    window.show()
    if live_plan is not None:
        QTimer.singleShot(0, lambda: open_live(window, live_plan, rehearsal))
    elif not os.environ.get(QUIT_WHEN_SHOWN_ENV):
        QTimer.singleShot(0, lambda: offer_resume_on_start(window))
    code = app.exec()
    window.db.close()
    return code


def _report_shown(app: QApplication) -> None:
    print(f"shown {time.time():.6f}", flush=True)
    app.quit()
