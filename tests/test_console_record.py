"""The session's record of what has played is kept, never rebuilt nor read back: each
event goes into it as it is logged, so publishing a snapshot of a session that has
logged 10,000 events asks SQLite for nothing at all, and the record it keeps is the one
the whole log gives."""

from __future__ import annotations

import pytest
from sqlalchemy import event, select

from tearconsole.core.conductor.log import LoggedEvent, Snapshot
from tearconsole.core.conductor.table import Action
from tearconsole.core.cue_timings import cue_timings
from tearconsole.core.kinds import EventKind
from tearconsole.live.session import LiveSession
from tearconsole.storage.db import Database
from tearconsole.storage.history import recorded_event
from tearconsole.storage.models import Event
from tearconsole.ui.live.page import LivePage
from tests.conftest import MakeLivePage
from tests.live_plans import Step, make_plan


@pytest.fixture
def page(make_live_page: MakeLivePage) -> LivePage:
    return make_live_page(shown=False)


def _session(page: LivePage, db: Database, name: str) -> LiveSession:
    cards = [Step("card", seconds=600.0, cue={"continue_mode": "go"}) for _ in range(4)]
    console = page.open_plan(make_plan(db, name, cards), rehearsal=True)
    assert console is not None
    return console.session


def _log(session: LiveSession, count: int, start_s: float) -> float:
    """``count`` events as a long session logs them: mostly checkpoints, now and then a
    note, written through the session's own sink (the log, then the record)."""
    snap = Snapshot(main=0, main_s=0.0, standby=1, bed=None)
    for i in range(count):
        at = start_s + i
        kind = EventKind.NOTE if i % 50 == 49 else EventKind.CHECKPOINT
        detail = {"text": f"note {i}"} if kind is EventKind.NOTE else {}
        session._sink.record(LoggedEvent(kind, at, 0, float(i), snap, detail=detail))
    return start_s + count


def _statements_to_publish(session: LiveSession, db: Database) -> tuple[int, int]:
    """(SQL statements on the event log's connection, new database connections) that one
    published snapshot takes."""
    statements: list[str] = []
    connects = [0]

    def connected(*_: object) -> None:
        connects[0] += 1

    session.events._conn.set_trace_callback(statements.append)
    event.listen(db.engine, "connect", connected)
    try:
        session.publish()
    finally:
        session.events._conn.set_trace_callback(None)
        event.remove(db.engine, "connect", connected)
    return len(statements), connects[0]


def test_a_snapshot_reads_nothing_back_after_10000_events(page: LivePage, db: Database) -> None:
    session = _session(page, db, "An evening of 10000 events")
    assert session.perform(Action.GO).done
    at = _log(session, 10_000, 1.0)
    _log(session, 5, at)
    assert _statements_to_publish(session, db) == (0, 0)

    # The record kept event by event is the one the whole log gives.
    with db.session() as orm:
        rows = orm.scalars(select(Event).where(Event.session_id == session.session_id))
        events = [recorded_event(row) for row in rows]
    assert len(events) > 10_000
    whole = cue_timings(session.plan, events, session.conductor.speed)
    kept = session.tally.timings()
    assert kept == whole
    assert kept[0].status == "played" and kept[0].actual_s == pytest.approx(10_005, abs=1)
