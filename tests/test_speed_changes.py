"""A rehearsal whose speed changed as it ran: its records count each stretch at the speed
it ran at (the timeline, the history list, the per-cue timings and the report's words)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from tearconsole.core.cue_timings import cue_timings
from tearconsole.core.kinds import EventKind, SessionMode
from tearconsole.core.plan_clock import PlanClock
from tearconsole.core.records import RecordedEvent, build_timeline
from tearconsole.live.recovery import resume_runner
from tearconsole.reports import common
from tearconsole.storage import history
from tearconsole.storage.db import Database
from tearconsole.storage.eventlog import EventLog
from tearconsole.storage.plans import find_plan, plan_spec
from tearconsole.storage.sessions import create_session, end_session
from tests.conductor_fakes import FakeOutput, MemorySink, Rig
from tests.live_plans import Step, make_plan


def test_plan_seconds_are_integrated_segment_by_segment() -> None:
    log = [
        (0.0, "started", {"speed": 2.0}),
        (3.0, "pace", {"action": "pace", "pace": 1.5}),  # the pace factor: not the rate
        (5.0, "pace", {"action": "speed", "speed": 4.0}),
        (8.0, "recovered", {"speed": 1.0}),
        (9.0, "pace", {"action": "speed", "speed": True}),  # nonsense is ignored
    ]
    clock = PlanClock.from_log(log, start_speed=8.0)  # the started event says x2
    assert clock.speeds == (2.0, 4.0, 1.0)
    assert clock.plan_s(0.0) == 0.0
    assert clock.plan_s(5.0) == pytest.approx(10.0)
    assert clock.plan_s(6.5) == pytest.approx(16.0)
    assert clock.plan_s(10.0) == pytest.approx(10.0 + 12.0 + 2.0)
    assert PlanClock.from_log([], 4.0).plan_s(10.0) == 40.0


def _rehearsal_with_a_speed_change() -> Rig:
    """The 5 s welcome card: 1 s of wall time at x2 (2 plan s), then x4 to its end (0.75 s)."""
    rig = Rig(speed=2.0)
    c = rig.conductor
    c.begin()
    c.go()
    rig.run(1.0)
    c.set_speed(4.0)
    rig.run(1.0)  # the card ends 0.75 s in; the console waits for GO for the rest
    c.end()
    return rig


def _recorded(rig: Rig) -> list[RecordedEvent]:
    return [
        RecordedEvent(
            seq, e.kind.value, e.mono_s, None, e.cue_position, e.position_s, e.detail_dict()
        )
        for seq, e in enumerate(rig.sink.events, start=1)
    ]


def test_the_timeline_and_cue_timings_follow_the_logged_speed_change() -> None:
    rig = _rehearsal_with_a_speed_change()
    events = _recorded(rig)
    assert any(e.event_kind is EventKind.PACE for e in events)
    timeline = build_timeline(rig.plan, events, time_scale=2.0)
    card = timeline.rows[0]
    assert card.actual_s == pytest.approx(5.0, abs=0.25)  # not 1.75 s x2 = 3.5
    assert timeline.speeds == (2.0, 4.0)
    assert timeline.wall_s == pytest.approx(2.0, abs=0.1)
    assert timeline.length_s == pytest.approx(2.0 + 4.0, abs=0.25)  # 1 s at x2, 1 s at x4
    timings = {t.position: t for t in cue_timings(rig.plan, events, speed=2.0)}
    assert timings[0].actual_s == pytest.approx(timeline.length_s, abs=0.25)


def test_the_stored_session_lists_and_reports_plan_seconds(db: Database) -> None:
    rig = _rehearsal_with_a_speed_change()
    with db.session() as session:
        sid = create_session(
            session, replace(rig.plan, id=None), SessionMode.REHEARSAL, speed=2.0
        ).id
    log = EventLog(db.paths.db_path, sid, checkpoint_every_s=None)
    for event in rig.sink.events:
        log.record(event)
    log.close()
    with db.session() as session:
        end_session(session, sid)
    with db.session() as session:
        listed = {row.id: row for row in history.list_sessions(session)}
        report = history.load_report(session, sid, include_private=False)
    assert listed[sid].length_s == pytest.approx(6.0, abs=0.25)  # not 2 s x2 = 4
    assert report.timeline.rows[0].actual_s == pytest.approx(5.0, abs=0.25)
    assert common.mode_words(report) == "Rehearsal at x2, then x4"
    assert common.length_against_plan(report).endswith("; took 0:02 at x2, then x4")


def test_an_interrupted_rehearsal_resumes_at_the_speed_it_last_ran_at(
    qtbot: QtBot, db: Database
) -> None:
    make_plan(db, "One card", [Step("card", seconds=5.0)])
    with db.session() as session:
        spec = plan_spec(find_plan(session, "One card"))
        sid = create_session(session, spec, SessionMode.REHEARSAL, speed=2.0).id
    rig = Rig(spec, speed=2.0)
    rig.conductor.begin()
    rig.conductor.go()
    rig.run(0.5)
    rig.conductor.set_speed(4.0)
    rig.run(0.2)  # then the process dies: no end is logged
    log = EventLog(db.paths.db_path, sid, checkpoint_every_s=None)
    for event in rig.sink.events:
        log.record(event)
    log.close()
    with db.session() as session:
        assert history.last_speed(session, history.find_session(session, sid)) == 4.0
    sink = MemorySink()
    runner = resume_runner(db, sid, FakeOutput(rig.clock, sink))
    try:
        assert runner.options.speed == 4.0 and runner.conductor.speed == 4.0
    finally:
        runner.close()
