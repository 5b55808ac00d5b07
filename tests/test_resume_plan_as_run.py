"""An interrupted session resumes the plan as it ran: a cue inserted before the running
one after the crash does not make another cue resume at the old offset, and the resume
offer names the right cue and says the plan changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tearconsole.core.conductor.log import LoggedEvent, Snapshot
from tearconsole.core.conductor.view import Mode
from tearconsole.core.kinds import EventKind, SessionMode
from tearconsole.core.plan_edits import insert_cues, pause_cue
from tearconsole.live.recovery import resume_runner
from tearconsole.playback.engine import VlcOutput
from tearconsole.storage.db import Database
from tearconsole.storage.eventlog import EventLog
from tearconsole.storage.plans import delete_plan, find_plan, plan_spec, save_plan
from tearconsole.storage.sessions import create_session
from tearconsole.ui.live.resume import ResumeDialog, resume_offer, resume_summary
from tests.live_plans import Step, make_plan


def _interrupted_at_cue_1(db: Database) -> tuple[int, int]:
    """A session of a 3-card plan whose log stops 5 s into cue 1 ("card 1")."""
    plan_id = make_plan(
        db,
        "Edited later",
        [
            Step("card", seconds=2.0, cue={"continue_mode": "go"}),
            Step("card", seconds=20.0, cue={"continue_mode": "go"}),
            Step("card", seconds=2.0),
        ],
    )
    with db.session() as session:
        spec = plan_spec(find_plan(session, plan_id))
        sid = create_session(session, spec, SessionMode.LIVE).id
    log = EventLog(db.paths.db_path, sid, checkpoint_every_s=None)
    snap = Snapshot(main=1, main_s=5.0, standby=2, bed=None)
    log.record(LoggedEvent(EventKind.STARTED, 0.0, None, None, Snapshot(None, None, 0, None)))
    log.record(LoggedEvent(EventKind.CHECKPOINT, 9.0, 1, 5.0, snap))
    log.close()
    return plan_id, sid


def test_a_cue_inserted_before_the_running_one_changes_nothing_of_the_resume(
    qtbot: QtBot, db: Database, vlc_instance: Any
) -> None:
    plan_id, sid = _interrupted_at_cue_1(db)
    offer = resume_offer(db)
    assert offer is not None and offer.info.id == sid
    assert offer.cue_title == "card 1" and not offer.plan_changed
    assert "changed" not in resume_summary(offer.info, offer.cue_title, offer.plan_changed)

    with db.session() as session:  # after the crash: a pause goes in at the top
        spec = plan_spec(find_plan(session, plan_id))
        save_plan(session, insert_cues(spec, 0, [pause_cue(30.0)]))
    with db.session() as session:
        now = plan_spec(find_plan(session, plan_id))
    assert [c.title for c in now.cues][1] == "card 0"  # position 1 is another cue now

    offer = resume_offer(db)
    assert offer is not None and offer.info.position == 1
    assert offer.cue_title == "card 1" and offer.plan_changed
    text = resume_summary(offer.info, offer.cue_title, offer.plan_changed)
    assert "“card 1”" in text and "The plan was changed since" in text
    dialog = ResumeDialog(offer.info, offer.cue_title, None, offer.plan_changed)
    assert any("changed since" in label.text() for label in dialog.findChildren(QLabel))

    output = VlcOutput(vlc_instance)
    runner = resume_runner(db, sid, output)
    try:
        runner.start()
        conductor = runner.conductor
        assert conductor.mode is Mode.RECOVERED
        main = conductor.view().main
        assert main is not None and main.position == 1 and main.title == "card 1"
        assert abs(main.elapsed_s - 5.0) < 0.01
        assert [c.title for c in conductor.plan.cues] == ["card 0", "card 1", "card 2"]
        conductor.resume()
        assert conductor.view().scene.text == "The card at 1."
    finally:
        runner.close()
        output.shutdown()


def test_a_session_whose_plan_was_deleted_resumes_as_it_ran(
    qtbot: QtBot, db: Database, vlc_instance: Any
) -> None:
    plan_id, sid = _interrupted_at_cue_1(db)
    with db.session() as session:
        delete_plan(session, plan_id)
    offer = resume_offer(db)
    assert offer is not None and offer.cue_title == "card 1" and offer.plan_deleted
    text = resume_summary(offer.info, offer.cue_title, offer.plan_changed, offer.plan_deleted)
    assert "The plan was deleted since" in text
    output = VlcOutput(vlc_instance)
    runner = resume_runner(db, sid, output)
    try:
        runner.start()
        main = runner.conductor.view().main
        assert main is not None and main.title == "card 1" and abs(main.elapsed_s - 5.0) < 0.01
    finally:
        runner.close()
        output.shutdown()
