"""The live console's state banner at its fullest: the phone remote on, and every chip a
state can add at once, on a laptop screen maximised under a window manager.

Run from the repository root, once per screen size and language:

    xvfb-run -a -s "-screen 0 1280x720x24" bash -c 'openbox & sleep 1; \
        QT_QPA_PLATFORM=xcb TEARCONSOLE_VLC_OPTIONS= \
        .venv/bin/python scripts/screenshot_banner.py ja'

It installs the demo (in that language, the interface too) in a temporary data folder,
opens the real main window maximised, starts the demo plan for the room, turns the
remote on and takes the whole screen (``import -window root``) in three states: paused
while held and softened, safe-stopped (still held and softened), and a rehearsal
safe-stopped the same way, into OUT/banner-WxH-LANG-STATE.png (OUT: the second argument,
docs/screenshots if none).
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
from tearconsole.demo import demo_plan_name  # noqa: E402
from tearconsole.ui.app import make_application, open_window  # noqa: E402
from tearconsole.ui.i18n import install_language  # noqa: E402
from tests.pulsekit import PulseServer  # noqa: E402


def main() -> None:
    language = sys.argv[1] if len(sys.argv) > 1 else "en"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    install_language(language)
    screen = QGuiApplication.primaryScreen().size()
    size = f"{screen.width()}x{screen.height()}"
    with tempfile.TemporaryDirectory() as temp:
        # A sound server, as on a laptop: tests/pulsekit.py's, with two null sinks.
        pulse = PulseServer(Path(temp) / "pulse")
        os.environ["PULSE_SERVER"] = pulse.server
        paths = demo_folder(Path(temp) / "data", language)
        window = open_window(paths)
        window.showMaximized()
        wait(1500)
        page = window.live
        assert page is not None
        page.ask_start = lambda *_: StartInfo(group_size=12)

        def key(code: Qt.Key) -> None:
            window.activateWindow()
            for _ in range(40):  # the console's keys are the active window's shortcuts
                if app.activeWindow() is window:
                    break
                wait(50)
            assert page.console is not None
            page.console.setFocus()
            QTest.keyClick(page.console, code)
            wait(450)  # a second GO within 300 ms would be ignored

        def shot(state: str) -> None:
            wait(500)
            target = out / f"banner-{size}-{language}-{state}.png"
            subprocess.run(["import", "-window", "root", str(target)], check=True)
            print(target)

        def session(rehearsal: bool) -> None:
            window.open_live(demo_plan_name(language), rehearsal=rehearsal)
            wait(1000)
            assert page.remote is not None
            page.remote.turn_on("127.0.0.1")
            key(Qt.Key.Key_Space)  # the welcome card
            key(Qt.Key.Key_S)  # softened
            key(Qt.Key.Key_H)  # held
            key(Qt.Key.Key_P)  # paused
            if not rehearsal:
                shot("paused-held-softened")
            key(Qt.Key.Key_Escape)  # safe-stopped
            wait(1500)
            shot("rehearsal-safe-stopped" if rehearsal else "safe-stopped")
            page.remote.turn_off()
            page.close_console()

        session(rehearsal=False)
        session(rehearsal=True)
        page.shutdown()
        window.db.close()
        pulse.stop()
    app.quit()


if __name__ == "__main__":
    main()
