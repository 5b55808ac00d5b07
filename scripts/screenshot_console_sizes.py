"""The live console as a facilitator's laptop shows it: maximised under a window manager.

Run from the repository root, once per screen size (openbox gives the title bar and
the maximised geometry a real desktop gives):

    xvfb-run -a -s "-screen 0 1366x768x24" bash -c 'openbox & sleep 1; \
        QT_QPA_PLATFORM=xcb TEARCONSOLE_VLC_OPTIONS= \
        .venv/bin/python scripts/screenshot_console_sizes.py'

It installs the demo in a temporary data folder, opens the real main window (maximised,
as on a first run), starts "First tears" for the room and takes the whole screen
(``import -window root``) in five states: standing by, the film running, paused,
softened and safe-stopped, then a rehearsal of it, into
docs/screenshots/live-WxH-STATE.png (WxH in the screen's own pixels; with
``QT_SCALE_FACTOR=2`` on a 2732x1536 screen, live-1366x768@2x-STATE.png).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from shotkit import demo_folder, wait  # noqa: E402

from tearconsole.core.checkin import StartInfo  # noqa: E402
from tearconsole.ui.app import make_application, open_window  # noqa: E402
from tests.pulsekit import PulseServer  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    app = make_application()
    primary = QGuiApplication.primaryScreen()
    screen, ratio = primary.size(), primary.devicePixelRatio()
    size = f"{screen.width()}x{screen.height()}" + (f"@{ratio:g}x" if ratio != 1 else "")
    with tempfile.TemporaryDirectory() as temp:
        # A sound server, as on a laptop (without one the console says there is no sound
        # output): tests/pulsekit.py's, with two null sinks.
        pulse = PulseServer(Path(temp) / "pulse")
        os.environ["PULSE_SERVER"] = pulse.server
        paths = demo_folder(Path(temp) / "data")
        window = open_window(paths)
        window.show_as_remembered()
        wait(1500)
        page = window.live
        assert page is not None
        page.ask_start = lambda *_: StartInfo(group_size=12)
        window.open_live("First tears")
        console = page.console
        assert console is not None
        wait(1000)

        def key(
            code: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
        ) -> None:
            window.activateWindow()
            for _ in range(40):  # the console's keys are the active window's shortcuts
                if app.activeWindow() is window:
                    break
                wait(50)
            console.setFocus()
            QTest.keyClick(console, code, modifiers)
            wait(450)  # a second GO within 300 ms would be ignored

        def shot(state: str) -> None:
            wait(300)
            target = OUT / f"live-{size}-{state}.png"
            subprocess.run(["import", "-window", "root", str(target)], check=True)
            print(target)

        shot("standing-by")
        key(Qt.Key.Key_Space)  # welcome
        key(Qt.Key.Key_Space)  # content notice
        key(Qt.Key.Key_Space)  # the breathing pause (follows on to the film)
        key(Qt.Key.Key_Space)  # "First Light", now
        wait(3000)
        shot("film")
        key(Qt.Key.Key_P)
        wait(2000)
        shot("paused")
        key(Qt.Key.Key_P)
        wait(2000)
        key(Qt.Key.Key_S)
        wait(3500)
        shot("softened")
        key(Qt.Key.Key_Escape)
        wait(3500)
        shot("safe-stopped")
        page.close_console()
        window.open_live("First tears", rehearsal=True)
        wait(1000)
        console = page.console
        assert console is not None
        key(Qt.Key.Key_Space)
        shot("rehearsal")
        page.shutdown()
        window.db.close()
        pulse.stop()
    app.quit()


if __name__ == "__main__":
    main()
