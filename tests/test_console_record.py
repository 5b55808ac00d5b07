"""The console's record of what has played is kept, never rebuilt: a snapshot of a
session that has logged 10,000 events asks SQLite for as little as one that has logged
100, and the record it keeps is the one the whole log gives."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import event, select

from tearconsole.core.conductor.log import LoggedEvent, Snapshot
from tearconsole.core.cue_timings import cue_timings
from tearconsole.core.kinds import EventKind
from tearconsole.storage.db import Database
from tearconsole.storage.history import recorded_event
from tearconsole.storage.models import Event
from tearconsole.ui.live.binding import RunnerDriver
from tearconsole.ui.live.keys import Action
from tearconsole.ui.live.page import LivePage
from tests.conftest import MakeLivePage
from tests.live_plans import Step, make_plan


@pytest.fixture
def page(make_live_page: MakeLivePage) -> LivePage:
    return make_live_page(shown=False)


def _driver(page: LivePage, db: Database, name: str) -> RunnerDriver:
    cards = [Step("card", seconds=600.0, cue={"continue_mode": "go"}) for _ in range(4)]
    console = page.open_plan(make_plan(db, name, cards), rehearsal=True)
    assert console is not None and isinstance(console.driver, RunnerDriver)
    return console.driver


def _log(driver: RunnerDriver, count: int, start_s: float) -> float:
    """``count`` events as a long session logs them: mostly checkpoints, now and then a
    note, written through the session's real event log."""
    snap = Snapshot(main=0, main_s=0.0, standby=1, bed=None)
    for i in range(count):
        at = start_s + i
        kind = EventKind.NOTE if i % 50 == 49 else EventKind.CHECKPOINT
        detail = {"text": f"note {i}"} if kind is EventKind.NOTE else {}
        driver.runner.events.record(LoggedEvent(kind, at, 0, float(i), snap, detail=detail))
    return start_s + count


def _snapshot_cost(driver: RunnerDriver, db: Database) -> tuple[int, int]:
    """(SQLite virtual-machine steps, new database connections) one snapshot takes."""
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    connects = [0]

    def connected(*_: object) -> None:
        connects[0] += 1

    conn: sqlite3.Connection = driver._tail._conn
    conn.set_progress_handler(count, 1)
    event.listen(db.engine, "connect", connected)
    driver._marker = ()  # a snapshot that reads the record (as after a key)
    try:
        driver.snapshot()
    finally:
        conn.set_progress_handler(None, 1)
        event.remove(db.engine, "connect", connected)
    return steps[0], connects[0]


def _cost_after(page: LivePage, db: Database, logged: int) -> tuple[int, int, RunnerDriver]:
    driver = _driver(page, db, f"An evening of {logged} events")
    driver.perform(Action.GO)
    at = _log(driver, logged, 1.0)
    driver.snapshot()  # the console has shown the session so far
    _log(driver, 5, at)  # ... and the session goes on for five more events
    steps, connects = _snapshot_cost(driver, db)
    return steps, connects, driver


def test_a_snapshot_reads_the_same_after_10000_events_as_after_100(
    page: LivePage, db: Database
) -> None:
    short_steps, short_connects, short = _cost_after(page, db, 100)
    page.close_console()
    long_steps, long_connects, driver = _cost_after(page, db, 10_000)

    assert short_connects == long_connects == 0  # no query through the app's engine
    assert short_steps > 0
    # Whole-log reads would take ~100 times the steps; the index walk is the same.
    assert long_steps <= short_steps * 1.1 + 20, (short_steps, long_steps)

    # The record kept event by event is the one the whole log gives.
    with db.session() as session:
        rows = session.scalars(select(Event).where(Event.session_id == driver.session_id))
        events = [recorded_event(row) for row in rows]
    assert len(events) > 10_000
    whole = cue_timings(driver.plan, events, driver.runner.conductor.speed)
    kept = driver._tally.timings()
    assert kept == whole
    assert kept[0].status == "played" and kept[0].actual_s == pytest.approx(10_005, abs=1)
