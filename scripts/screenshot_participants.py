"""Make the participants' phones screenshots (the laptop's side) from the demo.

Run under Xvfb from the repository root (libVLC with no sound card):
    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \
        TEARCONSOLE_VLC_OPTIONS=--aout=dummy .venv/bin/python scripts/screenshot_participants.py
It installs the demo in a temporary data folder, opens "First tears" in the console with
the participants' phones on (loopback), lets a few anonymous phones answer (as the
server's thread would), and grabs: docs/screenshots/participants-welcome.png (the room's
window on the welcome card, with the QR code and the room's code),
docs/screenshots/participants-console.png (the console with the phones' line and its
panel) and docs/screenshots/participants-start.png (the start form's switch).
"""

from __future__ import annotations

import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from shotkit import demo_folder, wait  # noqa: E402

from tearconsole.core.checkin import StartInfo  # noqa: E402
from tearconsole.remote.participants import Phase, Signal  # noqa: E402
from tearconsole.ui.app import make_application, open_window  # noqa: E402
from tearconsole.ui.live.page import LivePage  # noqa: E402
from tearconsole.ui.session_start_dialog import SessionStartDialog  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    app = make_application()
    with tempfile.TemporaryDirectory() as temp:
        paths = demo_folder(Path(temp) / "data")
        form = SessionStartDialog(plan_name="First tears")
        form.participants.setChecked(True)
        form.show()
        wait(400)
        form.grab().save(str(OUT / "participants-start.png"))
        form.close()
        window = open_window(paths)
        window.resize(1280, 800)
        window.show()
        page = window.page("Live")
        assert isinstance(page, LivePage)
        page.ask_start = lambda *_: StartInfo(group_size=12)
        window.open_live("First tears")
        console = page.console
        assert console is not None
        control = page.start_participants("127.0.0.1")
        room = control.room
        assert room is not None
        wait(800)
        window.activateWindow()
        console.setFocus()
        QTest.keyClick(console, Qt.Key.Key_Space)  # the welcome card
        console.show_audience(True)
        wait(800)
        page.audience.grab().save(str(OUT / "participants-welcome.png"))
        console.show_audience(False)

        def answer() -> None:  # the server's thread
            phones = [room.join(room.code, "127.0.0.1") for _ in range(7)]
            for phone, score in zip(phones, (2, 3, 3, 5, 6, 8, None), strict=True):
                room.score(phone, Phase.CHECK_IN, score)
            room.signal(phones[0], Signal.SOFTER)
            room.signal(phones[3], Signal.SOFTER)
            room.signal(phones[5], Signal.BREAK)

        worker = threading.Thread(target=answer)
        worker.start()
        worker.join()
        wait(600)
        assert page.participants_status is not None
        page.participants_status.open_panel()
        wait(600)
        window.grab().save(str(OUT / "participants-console.png"))
        page.participants_status.panel.grab().save(str(OUT / "participants-panel.png"))  # type: ignore[union-attr]
        page.shutdown()
        window.db.close()
    app.quit()


if __name__ == "__main__":
    main()
