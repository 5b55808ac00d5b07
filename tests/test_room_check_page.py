"""The Room check page on real widgets, real libVLC (dummy output, samples captured) and
a real database: the tone's level measured from decoded samples, the identification card
on the room's screen until confirmed, the plan's unreadable files, the master level, and
the result written into the next session's record."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tearconsole.core.checkin import StartInfo
from tearconsole.core.conductor.view import SceneKind
from tearconsole.core.ports import Layer
from tearconsole.playback.engine import VlcOutput
from tearconsole.storage.db import Database
from tearconsole.storage.models import Event
from tearconsole.ui.app import make_application
from tearconsole.ui.live.page import LivePage
from tearconsole.ui.room_check.page import LAST_CHECK_KEY, ROOM_LEVEL_KEY, RoomCheckPage
from tests.cli import run_cli
from tests.conftest import MakeLivePage
from tests.live_plans import Step, make_plan
from tests.media import MediaFactory
from tests.two_screens import run_on_two_screens


@pytest.fixture
def live_page(make_live_page: MakeLivePage) -> LivePage:
    return make_live_page(end=lambda *_: None, size=(1366, 768))


def _plan(db: Database, make_media: MediaFactory, tmp_path: Path) -> int:
    gone = tmp_path / "gone.ogg"
    shutil.copyfile(make_media.tone("page-gone.ogg", 2), gone)
    steps = [
        Step("music", make_media.tone("page-loud.wav", 20), seconds=20.0,
             cue={"continue_mode": "go", "level_db": 0.0}),
        Step("music", make_media.tone("page-quiet.wav", 20, freq=330), seconds=20.0,
             cue={"continue_mode": "go", "level_db": -12.0}),
        Step("music", gone, seconds=2.0, cue={"continue_mode": "go"}),
    ]  # fmt: skip
    plan_id = make_plan(db, "Room page", steps)
    gone.unlink()
    return plan_id


def test_room_check_page_end_to_end(
    qtbot: QtBot, db: Database, live_page: LivePage, make_media: MediaFactory, tmp_path: Path
) -> None:
    plan_id = _plan(db, make_media, tmp_path)
    live_page.reload()
    live_page.plans.setCurrentIndex(live_page.plans.findData(plan_id))
    # the first Start of the day offers the room check instead of starting
    live_page.start_button.click()
    room = live_page.room_check
    assert isinstance(room, RoomCheckPage)
    assert live_page.stack.currentWidget() is room and live_page.console is None
    # the plan's files, readable now or not
    states = [room.media_tree.topLevelItem(i).text(0) for i in range(3)]
    assert states == ["ready", "ready", "missing"]
    assert "cannot be read now" in room.media_summary.text()
    # the tone, measured from the decoded samples, with the meter moving
    room.play_tone()
    qtbot.waitUntil(lambda: room.meter.level > 0.5, timeout=10_000)
    qtbot.waitUntil(lambda: room.test is None, timeout=15_000)
    assert "-18.0 dBFS" in room.level_text.text()
    # the loudest cue at its level, the quietest 12 dB under it
    peaks = []
    for which in (0, 1):
        room.play_snippet(which)
        qtbot.waitUntil(
            lambda: room.test is not None and room.test.heard().seconds > 1, timeout=10_000
        )
        assert room.test is not None
        peaks.append(room.test.heard().peak_dbfs or -99.0)
        room.stop_sound()
    assert peaks[0] - peaks[1] == pytest.approx(12.0, abs=1.0)
    # the room's screen shows who it is until confirmed
    room.identify_screen()
    audience = live_page.audience
    assert audience.isVisible() and audience.scene.kind is SceneKind.CARD
    assert audience.scene.title == "This is the room's screen"
    room.confirm_screen()
    assert not audience.isVisible() and room.screen_confirmed is not None
    # a master level for the room
    room.level.setValue(-6)
    assert live_page.settings.get(ROOM_LEVEL_KEY) == -6.0
    room.finish()
    assert live_page.stack.currentWidget() is live_page.chooser
    assert "Room checked today" in live_page.sound_line.text()
    result = live_page.settings.get(LAST_CHECK_KEY)
    assert result["room_level_db"] == -6.0 and result["tone_peak_dbfs"] == pytest.approx(-18, abs=1)
    assert result["media_unreadable"] == 1
    # now Start starts, at the room's level, and the check is in the session's record
    live_page.start_button.click()
    console = live_page.console
    assert console is not None
    output = console.runner.conductor._output  # type: ignore[attr-defined]
    assert isinstance(output, VlcOutput)
    console.runner.conductor.go()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: (output.position_s(Layer.MAIN) or 0) > 0.3, timeout=10_000)
    qtbot.waitUntil(lambda: abs(output.level_db(Layer.MAIN) + 6.0) < 0.5, timeout=5_000)
    sid = console.runner.session_id
    with db.session() as session:
        logged = session.scalars(
            select(Event).where(Event.session_id == sid, Event.kind == "room_check")
        ).all()
        detail = json.loads(logged[0].detail_json)
    assert detail["screen_confirmed"] is True and detail["room_level_db"] == -6.0
    assert detail["time"] == result["time"]
    # and the room's level can change while the session runs: logged, then heard
    assert live_page.room_level.isVisible()
    live_page.room_level.slider.setValue(-12)
    qtbot.waitUntil(lambda: abs(output.level_db(Layer.MAIN) + 12.0) < 0.5, timeout=5_000)
    with db.session() as session:
        levels = session.scalars(
            select(Event).where(Event.session_id == sid, Event.kind == "room_level")
        ).all()
        assert [json.loads(e.detail_json)["level_db"] for e in levels] == [-12.0]
    assert live_page.settings.get(ROOM_LEVEL_KEY) == -12.0
    live_page.close_console()
    assert not live_page.room_level.isVisible()
    for form in ("html", "csv", "pdf"):  # the new events go through every report
        target = tmp_path / f"report.{form}"
        done = run_cli("report", str(sid), "--format", form, "-o", str(target),
                       data_dir=db.paths.data_dir)  # fmt: skip
        assert done.returncode == 0, done.stderr
    assert "room_check" in (tmp_path / "report.csv").read_text()


def test_no_sound_output_is_said_on_the_live_page_and_in_the_console(
    qtbot: QtBot, db: Database, make_media: MediaFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A machine whose libVLC has no sound output (here: forced to the dummy output)."""
    monkeypatch.setenv("TEARCONSOLE_VLC_OPTIONS", "--aout=dummy --vout=dummy")
    make_application()
    told: list[str | None] = []

    def ask_start(*args: object) -> StartInfo:
        told.append(args[-1])  # type: ignore[arg-type]
        return StartInfo()

    page = LivePage(db, ask_start=ask_start, ask_end=lambda *_: None)
    qtbot.addWidget(page)
    try:
        plan_id = make_plan(db, "Silent room", [Step("music", make_media.tone("nowhere.wav", 4))])
        page.reload()
        page.show()
        qtbot.waitUntil(lambda: page.sound_problem.isVisible(), timeout=5_000)
        assert "no sound output" in page.sound_problem.text()
        console = page.open_plan(plan_id, rehearsal=True)
        assert console is not None
        assert told and "no sound output" in (told[0] or "")  # in the start form too
        qtbot.waitUntil(lambda: "no sound output" in console.notice.text(), timeout=5_000)
        page.close_console()
    finally:
        page.shutdown()


TWO_SCREENS = """
import json, sys
from PySide6.QtCore import QEventLoop, QTimer
from tearconsole.paths import AppPaths
from tearconsole.storage.db import Database
from tearconsole.ui.app import make_application
from tearconsole.ui.live.page import LivePage
app = make_application()
db = Database.open(AppPaths.resolve(sys.argv[1]).ensure(), write=True)
page = LivePage(db)
page.show()
room = page.open_room_check()
room.screen_list.setCurrentIndex(room.screen_list.findData("projector"))
room.identify_screen()
loop = QEventLoop()
QTimer.singleShot(4500, loop.quit)  # longer than a lone screen's card would stay
loop.exec()
window = page.audience
seen = {
    "lines": room.screen_lines.text().splitlines(),
    "visible": window.isVisible(),
    "geometry": list(window.geometry().getRect()),
    "title": window.scene.title,
    "text": window.scene.text,
}
room.confirm_screen()
seen["after"] = window.isVisible()
seen["confirmed"] = room.result_dict()["screen_confirmed"]
seen["size"] = room.result_dict()["screen_size"]
print(json.dumps(seen))
page.shutdown()
db.close()
"""


def test_with_two_screens_the_card_stays_on_the_projector_until_confirmed(
    tmp_path: Path,
) -> None:
    seen = run_on_two_screens(TWO_SCREENS, tmp_path, str(tmp_path / "data"))
    assert seen["lines"] == [
        "laptop  1280 × 800 (this computer's main screen)",
        "projector  1920 × 1080",
    ]
    assert seen["visible"] and seen["geometry"] == [1280, 0, 1920, 1080]
    assert seen["title"] == "This is the room's screen" and seen["text"] == "projector  1920 × 1080"
    assert not seen["after"] and seen["confirmed"] and seen["size"] == "1920x1080"
