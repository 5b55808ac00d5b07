"""Every screen a facilitator meets in a session, in one language, for looking at.

Run from the repository root, once per screen size and language (openbox gives the
title bar and the maximised geometry a real desktop gives):

    xvfb-run -a -s "-screen 0 1366x768x24" bash -c 'openbox & sleep 1; \
        QT_QPA_PLATFORM=xcb TEARCONSOLE_VLC_OPTIONS= \
        .venv/bin/python scripts/screenshot_screens.py --language ja --out /tmp/shots'

It starts its own PulseAudio with two null sinks (tests/pulsekit.py), installs the demo
in that language in a temporary data folder (the language saved in its settings, as the
sidebar's language box does), opens the real main window maximised and takes the whole
screen (``import -window root``) of: the Library, Plans, Live chooser, Room check, the
check-in dialog, the live console (standing by, a film running, paused, softened,
safe-stopped, a story being read with furigana; the phone remote on and the room level
in the state row), a rehearsal, the check-out dialog, the resume dialog and History.
Files: OUT/WxH-LANG-NAME.png.
"""

from __future__ import annotations

import argparse
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
from PySide6.QtWidgets import QApplication, QDialog  # noqa: E402
from shotkit import demo_folder, wait  # noqa: E402

from tearconsole.core.checkin import StartInfo  # noqa: E402
from tearconsole.demo import demo_plan_name  # noqa: E402
from tearconsole.ui.app import make_application, open_window  # noqa: E402
from tearconsole.ui.i18n import install_language  # noqa: E402
from tearconsole.ui.live.console import LiveConsole  # noqa: E402
from tearconsole.ui.live.resume import ResumeDialog, resume_offer  # noqa: E402
from tearconsole.ui.session_end_dialog import SessionEndDialog  # noqa: E402
from tearconsole.ui.session_start_dialog import SessionStartDialog  # noqa: E402
from tests.pulsekit import PulseServer  # noqa: E402


class Camera:
    def __init__(self, out: Path, language: str) -> None:
        screen = QGuiApplication.primaryScreen()
        size, ratio = screen.size(), screen.devicePixelRatio()
        scale = f"@{ratio:g}x" if ratio != 1 else ""
        self.prefix = f"{size.width()}x{size.height()}{scale}-{language}"
        self.out = out

    def shot(self, name: str) -> None:
        wait(400)
        target = self.out / f"{self.prefix}-{name}.png"
        subprocess.run(["import", "-window", "root", str(target)], check=True)
        print(target)

    def dialog(self, dialog: QDialog, name: str) -> None:
        dialog.show()
        wait(600)
        self.shot(name)
        dialog.close()


def press(window: QApplication | object, console: LiveConsole, code: Qt.Key) -> None:
    window.activateWindow()  # type: ignore[attr-defined]
    console.setFocus()
    QTest.keyClick(console, code)
    wait(450)  # a second GO within 300 ms would be ignored


def go_to(window: object, console: LiveConsole, title_part: str) -> None:
    """GO until the cue whose title holds ``title_part`` is running."""
    for _ in range(20):
        if any(title_part in row.title for row in console.state.running_rows):
            return
        press(window, console, Qt.Key.Key_Space)
    raise SystemExit(f"no cue {title_part!r} came up")


def shoot(temp: Path, out: Path, language: str) -> None:
    app = make_application()
    install_language(language)
    paths = demo_folder(temp / "data", language)
    camera = Camera(out, language)
    window = open_window(paths)
    window.showMaximized()
    wait(1500)
    window.library.table.selectRow(1)
    camera.shot("library")
    window.nav_buttons["Plans"].click()
    plans = window.pages.currentWidget()
    plans.reload_plans()  # type: ignore[attr-defined]
    plans.select_cue(1)  # type: ignore[attr-defined]
    camera.shot("plans")
    window.nav_buttons["Live"].click()
    page = window.live
    assert page is not None
    plan_name = demo_plan_name(language)
    page.plans.setCurrentIndex(page.plans.findText(plan_name))
    camera.shot("live-chooser")
    room = page.open_room_check()
    room.choose_output("Speakers")
    room.play_tone()
    wait(900)
    camera.shot("room-check")
    room.stop_sound()
    camera.dialog(
        SessionStartDialog(
            window, plan_name=plan_name, content_notes=["grief", "a parent's death"]
        ),
        "check-in",
    )
    page.ask_start = lambda *_: StartInfo(group_size=12)
    window.open_live(plan_name)
    console = page.console
    assert console is not None
    page.remote.turn_on("127.0.0.1")
    wait(1000)
    camera.shot("console-standing-by")
    rows = console.state.rows
    film = next(row.title for row in rows if row.kind == "film")
    story = next((row.title for row in reversed(rows) if row.kind == "story"), None)
    go_to(window, console, film)
    wait(2500)
    camera.shot("console-film")
    press(window, console, Qt.Key.Key_P)
    wait(1200)
    camera.shot("console-paused")
    press(window, console, Qt.Key.Key_P)
    press(window, console, Qt.Key.Key_S)
    wait(3000)
    camera.shot("console-softened")
    press(window, console, Qt.Key.Key_S)
    if story is not None:
        console.furigana.setChecked(True)
        go_to(window, console, story)
        wait(6000)
        camera.shot("console-story")
    press(window, console, Qt.Key.Key_Escape)
    wait(3000)
    camera.shot("console-safe-stopped")
    page.remote.turn_off()
    page.close_console()
    offer = resume_offer(window.db)
    if offer is not None:
        camera.dialog(ResumeDialog(offer.info, offer.cue_title, window), "resume")
    camera.dialog(SessionEndDialog(window, group_size=12), "check-out")
    window.open_live(plan_name, rehearsal=True)
    console = page.console
    assert console is not None
    wait(800)
    press(window, console, Qt.Key.Key_Space)
    camera.shot("console-rehearsal")
    page.close_console()
    window.nav_buttons["History"].click()
    wait(1200)
    history = window.pages.currentWidget()
    history.table.selectRow(0)  # type: ignore[attr-defined]
    camera.shot("history")
    page.shutdown()
    window.db.close()
    app.quit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="en", choices=["en", "ja"])
    parser.add_argument("--out", type=Path, default=Path("shots"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temp:
        pulse = PulseServer(Path(temp) / "pulse")
        os.environ["PULSE_SERVER"] = pulse.server
        try:
            shoot(Path(temp), args.out, args.language)
        finally:
            pulse.stop()


if __name__ == "__main__":
    main()
