"""The write-ahead event log on a real SQLite file: order, durability, a locked database."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

from sqlalchemy import select

from tearconsole.core.conductor.log import LoggedEvent, Snapshot
from tearconsole.core.kinds import EventKind, SessionMode, SessionState
from tearconsole.core.plan import PlanSpec
from tearconsole.paths import AppPaths
from tearconsole.storage.db import Database
from tearconsole.storage.eventlog import EventLog
from tearconsole.storage.models import Event
from tearconsole.storage.sessions import create_session, list_sessions, resume_point

SNAP = Snapshot(main=2, main_s=1.5, standby=3, bed=None)


def _new_session(db: Database) -> int:
    with db.session() as session:
        return create_session(session, PlanSpec(None, "Test"), SessionMode.REHEARSAL).id


def _event(kind: EventKind, mono: float, action: str | None = None) -> LoggedEvent:
    return LoggedEvent(kind, mono, 2, 1.5, SNAP, action=action, detail={"how": "go"})


def test_events_are_written_in_order_with_both_clocks(db: Database) -> None:
    sid = _new_session(db)
    events = EventLog(db.paths.db_path, sid, checkpoint_every_s=None)
    events.record(_event(EventKind.STARTED, 0.0))
    events.record(_event(EventKind.CUE_STARTED, 0.5, action="go"))
    events.record(
        LoggedEvent(EventKind.NOTE, 0.7, None, None, SNAP, "note", {"text": "x", "private": True})
    )
    events.close()
    with db.session() as session:
        rows = session.scalars(select(Event).where(Event.session_id == sid).order_by(Event.seq))
        rows_list = list(rows)
    assert [r.seq for r in rows_list] == [1, 2, 3]
    assert [r.kind for r in rows_list] == ["started", "cue_started", "note"]
    assert rows_list[1].mono_s == 0.5 and rows_list[1].wall_time is not None
    detail = json.loads(rows_list[1].detail_json)
    assert detail["action"] == "go" and detail["snap"]["main"] == 2
    assert rows_list[2].private and not rows_list[1].private
    with db.session() as session:
        point = resume_point(session, sid)
    assert point is not None and (point.position, point.position_s) == (2, 1.5)


def test_a_reopened_log_goes_on_numbering(db: Database) -> None:
    sid = _new_session(db)
    first = EventLog(db.paths.db_path, sid, checkpoint_every_s=None)
    first.record(_event(EventKind.STARTED, 0.0))
    first.close()
    again = EventLog(db.paths.db_path, sid, checkpoint_every_s=None)
    assert again.last_seq == 1
    again.record(_event(EventKind.RECOVERED, 3.0))
    again.close()
    with db.session() as session:
        seqs = session.scalars(select(Event.seq).where(Event.session_id == sid)).all()
    assert sorted(seqs) == [1, 2]


def test_nothing_logged_is_lost_when_the_process_is_killed(paths: AppPaths) -> None:
    """Each row is committed before ``record`` returns: SIGKILL right after loses none."""
    database = Database.open(paths, write=True)
    sid = _new_session(database)
    database.close()
    script = textwrap.dedent(
        f"""
        import os, signal
        from tearconsole.core.conductor.log import LoggedEvent, Snapshot
        from tearconsole.core.kinds import EventKind
        from tearconsole.storage.eventlog import EventLog
        log = EventLog({str(paths.db_path)!r}, {sid})
        snap = Snapshot(main=1, main_s=0.0, standby=2, bed=None)
        for i in range(200):
            log.record(LoggedEvent(EventKind.CHECKPOINT, i * 0.01, 1, i * 0.01, snap))
        print("written", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == -signal.SIGKILL and "written" in done.stdout
    with sqlite3.connect(paths.db_path) as conn:
        seqs = [r[0] for r in conn.execute("SELECT seq FROM event WHERE session_id = ?", (sid,))]
    assert seqs == list(range(1, 201))


def test_a_locked_database_keeps_events_in_order_and_says_so(db: Database, tmp_path: Path) -> None:
    sid = _new_session(db)
    errors: list[str] = []
    events = EventLog(db.paths.db_path, sid, on_error=errors.append, checkpoint_every_s=None)
    events.record(_event(EventKind.STARTED, 0.0))
    blocker = sqlite3.connect(db.paths.db_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    events.record(_event(EventKind.CUE_STARTED, 1.0, action="go"))
    events.record(_event(EventKind.PAUSED, 2.0, action="pause"))
    assert len(events.backlog) == 2 and errors and "locked" in errors[0]
    assert "goes on" in errors[0]
    blocker.execute("COMMIT")
    blocker.close()
    events.retry()  # as the retry thread does (it may have already)
    events.record(_event(EventKind.RESUMED, 3.0, action="resume"))
    assert events.backlog == []
    events.close()
    with db.session() as session:
        kinds = session.scalars(
            select(Event.kind).where(Event.session_id == sid).order_by(Event.seq)
        ).all()
    assert kinds == ["started", "cue_started", "paused", "resumed"]


def test_a_closed_log_writes_nothing_more_and_does_not_complain(db: Database) -> None:
    sid = _new_session(db)
    errors: list[str] = []
    events = EventLog(db.paths.db_path, sid, on_error=errors.append, checkpoint_every_s=None)
    events.record(_event(EventKind.ENDED, 1.0))
    events.close()
    events.record(_event(EventKind.IGNORED, 2.0, action="go"))
    events.close()
    assert errors == [] and events.last_seq == 1


def test_a_session_whose_end_was_logged_is_finished_not_interrupted(db: Database) -> None:
    sid = _new_session(db)
    events = EventLog(db.paths.db_path, sid, checkpoint_every_s=None)
    events.record(_event(EventKind.CHECKPOINT, 1.0))
    events.close()
    with db.session() as session:
        info = list_sessions(session, db.paths.lock_path)[0]
    assert info.state is SessionState.INTERRUPTED and (info.position, info.position_s) == (2, 1.5)
    events = EventLog(db.paths.db_path, sid, checkpoint_every_s=None)
    events.record(_event(EventKind.ENDED, 2.0))  # killed before the row said so
    events.close()
    with db.session() as session:
        assert list_sessions(session, db.paths.lock_path)[0].state is SessionState.FINISHED


def test_an_outside_lock_never_stalls_record_and_the_backlog_lands_in_order(
    db: Database,
) -> None:
    sid = _new_session(db)
    errors: list[str] = []
    events = EventLog(db.paths.db_path, sid, on_error=errors.append, checkpoint_every_s=None)
    events.record(_event(EventKind.STARTED, 0.0))
    blocker = sqlite3.connect(db.paths.db_path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")  # another program holds the database
    took = []
    for i in range(5):
        start = time.perf_counter()
        events.record(_event(EventKind.CHECKPOINT, 1.0 + i))
        took.append(time.perf_counter() - start)
    assert max(took) < 0.05, took  # well under a 200 ms wait: the console keeps its frames
    assert len(events.backlog) == 5 and errors
    assert events.retry() is False and len(errors) == 1  # said once, retried quietly
    blocker.execute("COMMIT")
    blocker.close()
    assert events.retry() is True and events.backlog == []
    events.record(_event(EventKind.RESUMED, 9.0, action="resume"))
    events.close()
    with sqlite3.connect(db.paths.db_path) as conn:
        rows = conn.execute(
            "SELECT seq, kind, mono_s FROM event WHERE session_id = ? ORDER BY rowid", (sid,)
        ).fetchall()
    assert [r[0] for r in rows] == list(range(1, 8))
    assert [r[1] for r in rows] == ["started"] + ["checkpoint"] * 5 + ["resumed"]
    assert [r[2] for r in rows] == [0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 9.0]


def test_closing_saves_a_backlog_once_a_short_outside_lock_is_gone(db: Database) -> None:
    sid = _new_session(db)
    events = EventLog(db.paths.db_path, sid, checkpoint_every_s=None)
    blocker = sqlite3.connect(db.paths.db_path, isolation_level=None, check_same_thread=False)
    blocker.execute("BEGIN EXCLUSIVE")
    events.record(_event(EventKind.CHECKPOINT, 1.0))
    assert len(events.backlog) == 1
    closing = threading.Thread(target=events.close)
    closing.start()  # waits for the lock (CLOSE_TIMEOUT_MS) rather than dropping the step
    blocker.execute("COMMIT")
    blocker.close()
    closing.join(timeout=5)
    assert not closing.is_alive() and events.backlog == []
    with sqlite3.connect(db.paths.db_path) as conn:
        count = conn.execute("SELECT COUNT(*) FROM event WHERE session_id = ?", (sid,))
        assert count.fetchone()[0] == 1
