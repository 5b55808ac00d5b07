"""The event log tells a passing error from a permanent one: a step the database refuses
for good is set aside beside it and never blocks later steps; an outage is told once,
its end once, and names another program only when another process holds the lock."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from typing import Any

from pytestqt.qtbot import QtBot

from tearconsole.core.conductor.log import LoggedEvent, Snapshot
from tearconsole.core.kinds import EventKind, SessionMode
from tearconsole.core.plan import PlanSpec
from tearconsole.live.runner import LiveRunner
from tearconsole.live.session import LiveSession, RunOptions
from tearconsole.playback.engine import VlcOutput
from tearconsole.storage.db import Database
from tearconsole.storage.eventlog import EventLog
from tearconsole.storage.plans import find_plan, plan_spec
from tearconsole.storage.sessions import create_session
from tests.live_plans import Step, make_plan

SNAP = Snapshot(main=1, main_s=0.5, standby=2, bed=None)


def _session(db: Database) -> int:
    with db.session() as session:
        return create_session(session, PlanSpec(None, "Test"), SessionMode.REHEARSAL).id


def _event(mono: float) -> LoggedEvent:
    return LoggedEvent(EventKind.CHECKPOINT, mono, 1, mono, SNAP)


def _squat(db: Database, sid: int, seq: int) -> None:
    """Another writer takes the number ``seq`` of the session's events first."""
    with sqlite3.connect(db.paths.db_path) as conn:
        conn.execute(
            "INSERT INTO event (session_id, seq, kind, wall_time, mono_s, detail_json, private) "
            "VALUES (?, ?, 'note', '2026-01-01 00:00:00', 0, '{}', 0)",
            (sid, seq),
        )


def _rows(db: Database, sid: int) -> list[tuple[int, str, float]]:
    with sqlite3.connect(db.paths.db_path) as conn:
        return conn.execute(
            "SELECT seq, kind, mono_s FROM event WHERE session_id = ? ORDER BY rowid", (sid,)
        ).fetchall()


def test_a_permanent_error_is_set_aside_once_and_later_events_land_in_order(
    db: Database,
) -> None:
    sid = _session(db)
    said: list[str] = []
    events = EventLog(db.paths.db_path, sid, on_error=said.append, checkpoint_every_s=None)
    _squat(db, sid, 2)
    _squat(db, sid, 5)
    events.record(_event(1.0))
    events.record(_event(2.0))  # seq 2 is taken: refused for good
    events.record(_event(3.0))
    assert events.backlog == [] and len(said) == 1 and "refused" in said[0]
    blocker = sqlite3.connect(db.paths.db_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # a passing outage: 4, 5 (taken), 6 wait
    for mono in (4.0, 5.0, 6.0):
        events.record(_event(mono))
    assert len(events.backlog) == 3 and len(said) == 2 and "cannot be saved" in said[1]
    blocker.execute("COMMIT")
    blocker.close()
    assert events.retry() is True or events.backlog == []  # the retry thread may be first
    events.record(_event(7.0))
    events.close()
    assert events.waiting == 0

    landed = [(seq, mono) for seq, kind, mono in _rows(db, sid) if kind == "checkpoint"]
    assert landed == [(1, 1.0), (3, 3.0), (4, 4.0), (6, 6.0), (7, 7.0)]
    aside = db.paths.data_dir / "events-set-aside.jsonl"
    kept = [json.loads(line) for line in aside.read_text().splitlines()]
    assert [(k["row"][1], k["row"][4]) for k in kept] == [(2, 2.0), (5, 5.0)]
    assert all("UNIQUE" in k["reason"] for k in kept)
    refusals = [s for s in said if "refused" in s]
    assert len(refusals) == 2 and str(aside) in refusals[0]
    assert sum("saved again" in s for s in said) == 1  # the outage's end, once


def test_another_program_is_named_only_when_it_is_another_program(db: Database) -> None:
    sid = _session(db)
    said: list[str] = []
    events = EventLog(db.paths.db_path, sid, on_error=said.append, checkpoint_every_s=None)
    events.record(_event(0.5))
    here = sqlite3.connect(db.paths.db_path, isolation_level=None)
    here.execute("BEGIN IMMEDIATE")  # this process, as an import on a worker thread would
    events.record(_event(1.0))
    events.record(_event(1.5))
    assert len(said) == 1 and "locked by another task of tearconsole" in said[0]
    here.execute("COMMIT")
    here.close()
    assert events.retry()
    holder = subprocess.Popen(
        [
            sys.executable, "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
            "c.execute('BEGIN IMMEDIATE'); print('held', flush=True); sys.stdin.read()",
            str(db.paths.db_path),
        ],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        events.record(_event(2.0))
        assert "locked by another program" in said[-1]
    finally:
        holder.communicate("", timeout=10)
    events.close()
    assert [mono for _s, _k, mono in _rows(db, sid)] == [0.5, 1.0, 1.5, 2.0]


def test_the_notice_line_keeps_a_media_failure_beside_an_outage(
    qtbot: QtBot, db: Database, vlc_instance: Any
) -> None:
    plan_id = make_plan(db, "Notices", [Step("card", seconds=30.0)])
    with db.session() as session:
        plan = plan_spec(find_plan(session, plan_id))
    output = VlcOutput(vlc_instance)
    runner = LiveRunner(LiveSession(db, plan, output, RunOptions(SessionMode.REHEARSAL)))
    notices: list[str] = []
    runner.log_notice.connect(notices.append)
    try:
        runner.start()
        runner.conductor.go()
        blocker = sqlite3.connect(db.paths.db_path, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")
        runner.session.tell("film 3: The file is missing.")  # as the conductor tells one
        runner.conductor.note("first")
        runner.conductor.note("second")
        qtbot.waitUntil(lambda: any("cannot be saved" in n for n in notices), timeout=5000)
        line = runner.session.publish().notice
        assert "film 3: The file is missing." in line and "2 step(s) wait to be saved" in line
        blocker.execute("COMMIT")
        blocker.close()
        qtbot.waitUntil(lambda: any("saved again" in n for n in notices), timeout=5000)
        assert sum("cannot be saved" in n for n in notices) == 1  # said once, not per retry
        line = runner.session.publish().notice
        assert "film 3: The file is missing." in line and "saved again" in line
        assert "wait" not in line
    finally:
        runner.close()
        output.shutdown()


def test_steps_still_waiting_keep_their_numbers_and_are_merged_before_a_resume(
    db: Database,
) -> None:
    from tearconsole.storage import event_files

    sid = _session(db)
    first = EventLog(db.paths.db_path, sid, checkpoint_every_s=None)
    first.record(_event(1.0))
    first.record(_event(2.0))
    first.close()
    rows = _rows(db, sid)
    with sqlite3.connect(db.paths.db_path) as conn:  # as if seq 2 had not reached the file
        full = conn.execute("SELECT * FROM event WHERE seq = 2 AND session_id = ?", (sid,))
        kept = full.fetchone()
        conn.execute("DELETE FROM event WHERE seq = 2 AND session_id = ?", (sid,))
    row = (sid, 2, kept[3], kept[4], kept[5], kept[6], kept[7], kept[8], kept[9])
    assert event_files.save_waiting(db.paths.db_path, sid, [row]) is not None
    again = EventLog(db.paths.db_path, sid, checkpoint_every_s=None)
    assert again.last_seq == 2  # the waiting step keeps its number
    again.close()
    assert event_files.merge_waiting_into(db.paths.db_path) == 1
    assert _rows(db, sid) == rows and event_files.waiting_count(db.paths.db_path) == {}


def test_steps_recorded_while_the_backlog_drains_all_land_in_order(db: Database) -> None:
    sid = _session(db)
    events = EventLog(db.paths.db_path, sid, checkpoint_every_s=None)
    for _round in range(3):
        blocker = sqlite3.connect(db.paths.db_path, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")
        for _ in range(20):
            events.record(_event(float(events.last_seq)))
        blocker.execute("COMMIT")
        blocker.close()
        for _ in range(100):  # while the retry thread writes the backlog
            events.record(_event(float(events.last_seq)))
    events.close()
    assert events.waiting == 0 and events.backlog == []
    seqs = [seq for seq, _k, _m in _rows(db, sid)]
    assert seqs == list(range(1, 361))
