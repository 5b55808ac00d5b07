"""Make the README's live console, teleprompter and audience screenshots from the demo.

Run under Xvfb from the repository root (libVLC with no sound card):
    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \
        TEARCONSOLE_VLC_OPTIONS=--aout=dummy .venv/bin/python scripts/screenshot_live.py
It installs the demo in a temporary data folder, opens the real main window on the Live
page with "First tears" standing by, gives GO through the opening cues (keys, as a
facilitator would), and grabs: docs/screenshots/live-console.png (the console while
"The Little Match Girl" is read), docs/screenshots/teleprompter.png and
docs/screenshots/audience.png (the room's window during the welcome card).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from shotkit import demo_folder, wait  # noqa: E402

from tearconsole.core.checkin import StartInfo  # noqa: E402
from tearconsole.ui.app import make_application, open_window  # noqa: E402
from tearconsole.ui.live.page import LivePage  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    app = make_application()
    with tempfile.TemporaryDirectory() as temp:
        paths = demo_folder(Path(temp) / "data")
        window = open_window(paths)
        window.resize(1280, 800)
        window.show()
        page = window.page("Live")
        assert isinstance(page, LivePage)
        page.ask_start = lambda *_: StartInfo(group_size=12)
        window.open_live("First tears")
        console = page.console
        assert console is not None
        wait(800)

        def key(code: Qt.Key) -> None:
            window.activateWindow()
            for _ in range(40):
                if app.activeWindow() is window:
                    break
                wait(50)
            console.setFocus()
            QTest.keyClick(console, code)
            wait(450)  # a second GO within 300 ms would be ignored

        key(Qt.Key.Key_Space)  # the welcome card
        console.show_audience(True)  # one screen here: the room's window when asked
        wait(600)
        assert page.audience.scene.kind.value == "card", page.audience.scene
        page.audience.grab().save(str(OUT / "audience.png"))
        console.show_audience(False)
        while console.state.standby_position not in (None, 10):
            key(Qt.Key.Key_Space)
        key(Qt.Key.Key_Space)  # "The Little Match Girl"
        wait(6000)
        window.grab().save(str(OUT / "live-console.png"))
        console.teleprompter.grab().save(str(OUT / "teleprompter.png"))
        page.shutdown()
        window.db.close()
    app.quit()


if __name__ == "__main__":
    main()
