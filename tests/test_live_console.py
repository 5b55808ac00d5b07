"""The live console driven by its keys through a short plan of real media, on real
libVLC (dummy outputs) and a real database; after each key, the logged events and the
widgets' state are checked."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tearconsole.core.checkin import EndInfo, StartInfo
from tearconsole.core.conductor.view import SceneKind
from tearconsole.live.snapshot import RowState
from tearconsole.paths import AppPaths
from tearconsole.storage.db import Database
from tearconsole.storage.models import SessionRecord
from tearconsole.ui.app import make_application, open_window
from tearconsole.ui.live.console import LiveConsole
from tearconsole.ui.live.page import LivePage
from tearconsole.ui.live.resume import (
    FINISHED,
    ResumeDialog,
    newest_interrupted,
    resume_summary,
)
from tests.cli import run_cli
from tests.conftest import MakeLivePage
from tests.live_plans import Step, make_plan
from tests.logged_events import logged_events, logged_kinds
from tests.media import MediaFactory

HARD = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
STORY = "Once upon a time there was a little lamp that wanted to see the sea. " * 6


def _row_state(console: LiveConsole, position: int) -> RowState:
    return next(r.state for r in console.state.rows if r.position == position)


@pytest.fixture
def live_page(make_live_page: MakeLivePage) -> LivePage:
    ends: list[EndInfo] = []
    page = make_live_page(
        StartInfo(group_size=7),
        end=lambda *_: ends.append(EndInfo(note="went gently")) or ends[-1],
        size=(1280, 800),
    )
    page.ends = ends  # type: ignore[attr-defined]
    return page


def _open(
    db: Database, page: LivePage, name: str, steps: list[Step], rehearsal: bool = False
) -> tuple[LiveConsole, int]:
    """Plan ``name`` of ``steps`` made, and opened on ``page``: its console and session."""
    console = page.open_plan(make_plan(db, name, steps), rehearsal=rehearsal)
    assert console is not None
    sid = console.runner.session_id
    assert sid is not None
    return console, sid


def _key(qtbot: QtBot, console: LiveConsole, key: Qt.Key, mods: Any = None) -> None:
    console.window().activateWindow()
    console.setFocus()
    modifier = mods if mods is not None else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(console, key, modifier)


def test_console_by_keyboard_through_real_media(
    qtbot: QtBot, db: Database, live_page: LivePage, make_media: MediaFactory
) -> None:
    steps = [
        Step("card", seconds=1.0, cue={"continue_mode": "go"}),
        Step("music", make_media.tone("keys.wav", 6), seconds=6, cue={"continue_mode": "go"}),
        Step("story", seconds=30, text=STORY, cue={"continue_mode": "go"}),
        Step("film", make_media.film("keys.mp4", 3), seconds=3, cue={"continue_mode": "go"}),
    ]
    console, sid = _open(db, live_page, "Keys", steps)
    with db.session() as session:
        assert session.get(SessionRecord, sid).group_size == 7  # from the start dialog
    assert _row_state(console, 0) is RowState.STANDBY
    assert console.controls.go.isEnabled()
    assert not console.audience.isVisible()  # one screen: hidden until asked

    # Space: GO, the card runs, then ends by itself and the music stands by
    _key(qtbot, console, Qt.Key.Key_Space)
    assert "cue_started" in logged_kinds(db, sid)
    qtbot.waitUntil(lambda: _row_state(console, 0) is RowState.RUNNING, timeout=3000)
    assert console.state.audience.kind is SceneKind.CARD
    qtbot.waitUntil(lambda: _row_state(console, 1) is RowState.STANDBY, timeout=5000)
    qtbot.waitUntil(lambda: _row_state(console, 0) is RowState.DONE, timeout=5000)

    # Space: the music; P pauses, P resumes
    _key(qtbot, console, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _row_state(console, 1) is RowState.RUNNING, timeout=3000)
    qtbot.waitUntil(lambda: console.state.cue_remaining_s is not None, timeout=3000)
    _key(qtbot, console, Qt.Key.Key_P)
    assert logged_kinds(db, sid)[-1] == "paused"
    assert console.state.paused and console.controls.pause.text().startswith("Resume")
    _key(qtbot, console, Qt.Key.Key_P)
    assert logged_kinds(db, sid)[-1] == "resumed"
    assert not console.state.paused and console.controls.pause.text().startswith("Pause")

    # S softens one level (shown), R restores
    _key(qtbot, console, Qt.Key.Key_S)
    assert logged_kinds(db, sid)[-1] == "softened"
    assert console.state.soften_level == 1
    assert "1" in console.controls.soften_level.text()
    assert console.state.audience.brightness < 1.0
    _key(qtbot, console, Qt.Key.Key_R)
    assert logged_kinds(db, sid)[-1] == "restored"
    assert console.state.soften_level == 0 and not console.controls.restore.isEnabled()

    # H holds, H releases
    _key(qtbot, console, Qt.Key.Key_H)
    assert logged_kinds(db, sid)[-1] == "held" and console.controls.hold.text().startswith(
        "Release"
    )
    _key(qtbot, console, Qt.Key.Key_H)
    assert logged_kinds(db, sid)[-1] == "released" and console.controls.hold.text().startswith(
        "Hold"
    )

    # ] makes the session's pauses and waits longer (the pace factor), [ shorter again
    _key(qtbot, console, Qt.Key.Key_BracketRight)
    assert logged_kinds(db, sid)[-1] == "pace" and console.state.pace == 1.25
    assert "1.25" in console.controls.wait_pace.text()
    _key(qtbot, console, Qt.Key.Key_BracketLeft)
    assert console.state.pace == 1.0

    # a bare arrow does nothing; Ctrl+Right skips the story, Ctrl+Left brings it back
    before = len(logged_kinds(db, sid))
    _key(qtbot, console, Qt.Key.Key_Right)
    assert len(logged_kinds(db, sid)) == before
    _key(qtbot, console, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert logged_kinds(db, sid)[-1] == "cue_skipped"
    assert console.state.standby_position == 3
    _key(qtbot, console, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert logged_kinds(db, sid)[-1] == "back"
    assert console.state.standby_position == 2

    # Space: the story crossfades in; the teleprompter shows it and scrolls
    conductor = live_page.console.runner.conductor  # type: ignore[union-attr]
    if conductor.go_wait_s() > 0:  # a GO within 300 ms of the last is ignored, and says so
        _key(qtbot, console, Qt.Key.Key_Space)
        assert logged_kinds(db, sid)[-1] == "ignored" and "ignored" in console.notice.text()
        qtbot.waitUntil(lambda: conductor.go_wait_s() == 0, timeout=2000)
    _key(qtbot, console, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _row_state(console, 2) is RowState.RUNNING, timeout=3000)
    assert console.teleprompter.view.toPlainText().startswith("Once upon a time")
    qtbot.waitUntil(lambda: console.teleprompter.pacer.fraction > 0, timeout=3000)
    _key(qtbot, console, Qt.Key.Key_Equal)
    assert console.teleprompter.pacer.pace > 1.0

    # N: a quick note, typed in place (Space types a space there, it is not GO)
    _key(qtbot, console, Qt.Key.Key_N)
    assert console.note.hasFocus()
    qtbot.keyClicks(console.note, "a quiet moment")
    qtbot.keyClick(console.note, Qt.Key.Key_Return)
    notes = [e for e in logged_events(db, sid) if e.kind == "note"]
    assert len(notes) == 1 and "a quiet moment" in notes[0].detail_json and notes[0].private
    assert console.state.standby_position == 3  # the spaces in the note were not GOs
    assert not console.note.hasFocus()  # Enter kept the note and gave the keys back

    # Esc: safe stop to the calm card; the session stays open
    _key(qtbot, console, Qt.Key.Key_Escape)
    assert logged_kinds(db, sid)[-1] in ("safe_stop", "cue_ended")
    assert "safe_stop" in logged_kinds(db, sid)
    assert console.state.stopped and console.state.audience.kind is SceneKind.CALM
    assert console.finish_button.isVisible()

    # The hard stop needs a second press: the first only arms it
    _key(
        qtbot,
        console,
        Qt.Key.Key_End,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert not console.state.ended
    assert console.controls.hard_stop.text().startswith("Again")
    with qtbot.waitSignal(live_page.session_finished, timeout=5000):
        _key(
            qtbot,
            console,
            Qt.Key.Key_End,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    kinds = logged_kinds(db, sid)
    assert kinds[-2:] == ["ended", "note"] or kinds[-1] == "ended"
    with db.session() as session:
        assert session.get(SessionRecord, sid).state == "finished"
    assert live_page.console is None and live_page.ends  # the end dialog came after the end


def test_an_interrupted_session_is_offered_and_resumes_paused_where_it_was(
    qtbot: QtBot, db: Database, live_page: LivePage, make_media: MediaFactory
) -> None:
    steps = [
        Step("card", seconds=0.5),
        Step("music", make_media.tone("resume.wav", 20), seconds=20),
    ]
    console, sid = _open(db, live_page, "Interrupted", steps)
    _key(qtbot, console, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _row_state(console, 1) is RowState.RUNNING, timeout=5000)
    qtbot.waitUntil(
        lambda: any(
            e.kind == "checkpoint" and (e.position_s or 0) > 1.0 for e in logged_events(db, sid)
        ),
        timeout=8000,
    )
    where = max(e.position_s or 0 for e in logged_events(db, sid) if e.cue_position == 1)
    live_page.close_console()  # as if the process had gone: the session stays open

    found = newest_interrupted(db)
    assert found is not None
    info, title = found
    assert info.id == sid and info.position == 1 and title == "music 1"
    text = resume_summary(info, title)
    assert "cue 2" in text and "music 1" in text and "paused" in text
    assert ResumeDialog(info, title).resume_button.text().startswith("Pick it up")

    console = live_page.resume_session(sid)
    assert console is not None
    assert console.state.paused and _row_state(console, 1) is RowState.RUNNING
    assert console.state.audience.kind is SceneKind.CALM  # nothing shows until resumed
    assert "recovered" in logged_kinds(db, sid)
    assert "Resume (P)" in console.notice.text()
    conductor = console.runner.conductor  # type: ignore[attr-defined]
    assert abs((conductor.snapshot().main_s or 0) - where) < 1.5
    _key(qtbot, console, Qt.Key.Key_P)
    assert logged_kinds(db, sid)[-1] == "resumed" and not console.state.paused


def test_rehearsal_is_marked_leaves_the_room_alone_and_times_each_cue(
    qtbot: QtBot, db: Database, live_page: LivePage, make_media: MediaFactory
) -> None:
    steps = [
        Step("music", make_media.tone("rehearse.wav", 30), seconds=30),
        Step("card", seconds=2.0),
    ]
    console, sid = _open(db, live_page, "Rehearse me", steps, rehearsal=True)
    with db.session() as session:
        assert session.get(SessionRecord, sid).mode == "rehearsal"
    assert any("REHEARSAL" in chip.text for chip in console.banner.chips)
    assert console.tabs.count() == 2  # the cue list and rehearsed-against-planned
    assert not live_page.audience.isVisible()
    output = console.runner.output  # type: ignore[attr-defined]
    assert output._window is None  # films would not be drawn on the room's screen

    _key(qtbot, console, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _row_state(console, 0) is RowState.RUNNING, timeout=3000)
    _key(qtbot, console, Qt.Key.Key_X)  # x1 -> x2
    assert console.state.speed == 2.0 and console.rehearsal_bar.speed_buttons[2.0].isChecked()  # type: ignore[union-attr]
    _key(qtbot, console, Qt.Key.Key_X)  # x2 -> x4
    assert console.state.speed == 4.0
    qtbot.waitUntil(lambda: (console.state.cue_remaining_s or 99) < 29.5, timeout=5000)
    before = console.state.cue_remaining_s or 0.0
    _key(qtbot, console, Qt.Key.Key_Right, SHIFT)  # seek +10 s inside the cue
    seeks = [e for e in logged_events(db, sid) if json.loads(e.detail_json).get("action") == "seek"]
    assert seeks and (seeks[-1].position_s or 0) >= 10.0
    qtbot.waitUntil(lambda: (console.state.cue_remaining_s or 99) < before - 8.0, timeout=3000)
    _key(qtbot, console, Qt.Key.Key_Right, SHIFT)
    _key(qtbot, console, Qt.Key.Key_Right, SHIFT)  # to the end: the card follows, then the end
    qtbot.waitUntil(lambda: console.finish_button.isVisible(), timeout=10_000)
    rows = {row.position: row for row in (console.timing.row(i) for i in range(2))}
    assert rows[0].rehearsed_s is not None and rows[0].planned_s == 30.0
    assert rows[0].rehearsed_s < 30.0  # seeking skipped most of it
    assert rows[1].rehearsed_s == pytest.approx(2.0, abs=1.0)
    assert console.timing_table.model().rowCount() == 2
    assert not live_page.audience.isVisible()


def test_live_command_names_an_unknown_plan(paths: AppPaths) -> None:
    done = run_cli("live", "No such plan", data_dir=paths.data_dir)
    assert done.returncode == 1
    assert done.stderr.strip().startswith("There is no plan called 'No such plan'")
    assert "Traceback" not in done.stderr


def test_main_window_opens_straight_into_the_console_and_offers_a_resume(
    qtbot: QtBot, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_application()
    db = Database.open(paths)
    make_plan(db, "Straight in", [Step("card", seconds=30, cue={"continue_mode": "go"})])
    db.close()
    window = open_window(paths)
    qtbot.addWidget(window)
    window.show()
    page = window.page("Live")
    assert isinstance(page, LivePage)
    page.ask_start = lambda *_: StartInfo()
    assert window.offer_resume() is None  # nothing was interrupted: no question
    window.open_live("Straight in")
    console = page.console
    assert console is not None and window.pages.currentWidget() is page
    assert console.state.standby_position == 0 and console.title.text() == "Straight in"
    sid = console.runner.session_id
    page.close_console()  # the window went away mid-session

    asked: list[str] = []

    def accept(dialog: QDialog) -> int:
        asked.append(dialog.windowTitle())
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(ResumeDialog, "exec", accept)
    assert window.offer_resume() is page
    assert asked == ["Pick up where you were?"]
    assert page.console is not None and page.console.runner.session_id == sid
    assert page.console.state.paused

    page.close_console()  # interrupted again; this time the facilitator says it is over
    monkeypatch.setattr(ResumeDialog, "exec", lambda dialog: FINISHED)
    assert window.offer_resume() is None and page.console is None
    with window.db.session() as session:
        assert session.get(SessionRecord, sid).state == "finished"
    assert newest_interrupted(window.db) is None  # not offered again
    page.shutdown()
    window.db.close()
