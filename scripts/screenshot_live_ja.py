"""Make docs/screenshots/live-console-ja.png: the live console reading ごん狐 with its
furigana, from the Japanese demo, and docs/screenshots/audience-ja.png (the room's view).

Run from the repository root under Xvfb with a window manager, at the laptop size:
    xvfb-run -a -s "-screen 0 1366x768x24" bash -c 'openbox & sleep 1; \
        QT_QPA_PLATFORM=xcb TEARCONSOLE_VLC_OPTIONS= \
        .venv/bin/python scripts/screenshot_live_ja.py'
It installs the Japanese demo in a temporary data folder (the interface in Japanese, as
the sidebar's language box sets it; a PulseAudio of its own for the sound), opens the
real main window maximised on the Live page with 「はじめての涙」 standing by, gives GO (keys, as a
facilitator would) up to 「ごん狐」, lets the teleprompter run, and takes the whole
screen with ImageMagick's ``import``.
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
from PySide6.QtTest import QTest  # noqa: E402
from shotkit import demo_folder, wait  # noqa: E402

from tearconsole.core.checkin import StartInfo  # noqa: E402
from tearconsole.demo import demo_plan_name  # noqa: E402
from tearconsole.ui.app import make_application, open_window  # noqa: E402
from tearconsole.ui.audience.scene_view import SceneView  # noqa: E402
from tearconsole.ui.i18n import install_language  # noqa: E402
from tests.pulsekit import PulseServer  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
STORY_POSITION = 7  # ごん狐 in manifest-ja.json


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    app = make_application()
    install_language("ja")
    with tempfile.TemporaryDirectory() as temp:
        # A sound server, as on a laptop (without one the console says there is no sound
        # output): tests/pulsekit.py's, with two null sinks.
        pulse = PulseServer(Path(temp) / "pulse")
        os.environ["PULSE_SERVER"] = pulse.server
        paths = demo_folder(Path(temp) / "data", "ja")
        window = open_window(paths)
        window.showMaximized()
        page = window.live
        assert page is not None
        page.ask_start = lambda *_: StartInfo(group_size=12)
        window.open_live(demo_plan_name("ja"))
        console = page.console
        assert console is not None
        wait(1000)

        def key(code: Qt.Key) -> None:
            window.activateWindow()
            for _ in range(40):
                if app.activeWindow() is window:
                    break
                wait(50)
            console.setFocus()
            QTest.keyClick(console, code)
            wait(450)  # a second GO within 300 ms would be ignored

        while console.state.standby_position not in (None, STORY_POSITION):
            key(Qt.Key.Key_Space)
        key(Qt.Key.Key_Space)  # ごん狐
        wait(9000)
        shot = os.environ.get("TEARCONSOLE_SHOT", str(OUT / "live-console-ja.png"))
        subprocess.run(["import", "-window", "root", shot], check=True)
        # One screen here, so the room's window is hidden: draw what it would show.
        room = SceneView()
        room.resize(1280, 720)
        room.show_scene(console.state.audience)
        room.set_story_fraction(console.teleprompter.pacer.fraction)
        room.grab().save(str(OUT / "audience-ja.png"))
        page.shutdown()
        window.db.close()
        pulse.stop()
    app.quit()


if __name__ == "__main__":
    main()
