"""Make the README's Room check screenshots from the demo, with a real sound server.

Run under Xvfb with a window manager, from the repository root:
    xvfb-run -a -s "-screen 0 1366x768x24" bash -c 'openbox & sleep 1; \
        QT_QPA_PLATFORM=xcb TEARCONSOLE_VLC_OPTIONS= .venv/bin/python scripts/screenshot_room_check.py'
It starts its own PulseAudio with two null sinks ("HDMI", "Speakers"; tests/pulsekit.py),
installs the demo in a temporary data folder, moves one of its music files away (so the
media section has something to say), opens the real main window maximised on the Room
check with "First tears", chooses Speakers and grabs the screen while the test tone
plays (docs/screenshots/room-check.png), then the identification card on the room's
screen (docs/screenshots/room-check-card.png).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402
from shotkit import demo_folder, wait  # noqa: E402

from tearconsole.ui.app import make_application, open_window  # noqa: E402
from tearconsole.ui.i18n import install_language  # noqa: E402
from tests.pulsekit import PulseServer  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def grab_screen(target: Path) -> None:
    screen = QApplication.primaryScreen()
    screen.grabWindow(0).save(str(target))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temp:
        pulse = PulseServer(Path(temp) / "pulse")
        os.environ["PULSE_SERVER"] = pulse.server
        try:
            shoot(Path(temp))
        finally:
            pulse.stop()


def shoot(temp: Path) -> None:
    app = make_application()
    install_language("en")  # English has a catalogue too: its plural forms ("1 file")
    paths = demo_folder(temp / "data")
    music = sorted(paths.media_dir.rglob("homeward.ogg"))
    if music:
        music[0].rename(music[0].with_suffix(".moved"))
    window = open_window(paths)
    window.showMaximized()
    wait(800)
    page = window.live
    assert page is not None
    window.nav_buttons["Live"].click()
    room = page.open_room_check()
    room.choose_output("Speakers")
    room.level.setValue(-3)
    wait(500)
    room.play_tone()
    wait(900)
    grab_screen(OUT / "room-check.png")
    room.identify_screen()
    wait(800)
    page.audience.grab().save(str(OUT / "room-check-card.png"))
    room.confirm_screen()
    room.stop_sound()
    page.shutdown()
    window.db.close()
    app.quit()


if __name__ == "__main__":
    main()
