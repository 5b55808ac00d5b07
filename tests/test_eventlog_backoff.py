"""An outage backs off: while the database stays unwritable, the event log's retry thread
tries again on its own schedule (doubling up to ``RETRY_MAX_S``), never once per step the
room takes, and says so once; every step lands in order when it ends."""

from __future__ import annotations

import sqlite3
import threading
import time

from tearconsole.core.conductor.log import LoggedEvent, Snapshot
from tearconsole.core.kinds import EventKind, SessionMode
from tearconsole.core.plan import PlanSpec
from tearconsole.storage import eventlog
from tearconsole.storage.db import Database
from tearconsole.storage.event_files import Row
from tearconsole.storage.eventlog import EventLog
from tearconsole.storage.sessions import create_session

SNAP = Snapshot(main=1, main_s=0.5, standby=2, bed=None)
ATTEMPTS = 4


class CountingLog(EventLog):
    """The event log, noting when each write of the backlog was tried."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        self.tried: list[float] = []
        self.enough = threading.Event()
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def _insert(self, rows: list[Row]) -> None:
        if threading.current_thread().name == "tearconsole-eventlog-retry":
            self.tried.append(time.monotonic())
            if len(self.tried) >= ATTEMPTS:
                self.enough.set()
        super()._insert(rows)


def test_a_lasting_outage_is_retried_on_a_doubling_schedule_and_told_once(db: Database) -> None:
    with db.session() as session:
        sid = create_session(session, PlanSpec(None, "Test"), SessionMode.REHEARSAL).id
    said: list[str] = []
    events = CountingLog(db.paths.db_path, sid, on_error=said.append, checkpoint_every_s=None)
    holder = sqlite3.connect(db.paths.db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    recorded = 0
    try:
        while not events.enough.wait(0.002):  # the room goes on: a step every 2 ms
            recorded += 1
            events.record(LoggedEvent(EventKind.CHECKPOINT, recorded, 1, recorded, SNAP))
            assert recorded < 5000, events.tried
    finally:
        holder.execute("COMMIT")
        holder.close()
    gaps = [b - a for a, b in zip(events.tried, events.tried[1:], strict=False)]
    expected = [eventlog.RETRY_FIRST_S * 2**n for n in range(1, ATTEMPTS)]
    assert all(gap >= 0.9 * want for gap, want in zip(gaps, expected, strict=True)), gaps
    assert recorded > 10 * ATTEMPTS  # many steps, few attempts: steps never wake it
    assert len(said) == 1 and "cannot be saved just now" in said[0]
    assert events.retry()
    events.close()
    with sqlite3.connect(db.paths.db_path) as conn:
        seqs = [r[0] for r in conn.execute("SELECT seq FROM event WHERE session_id = ?", (sid,))]
    assert seqs == list(range(1, recorded + 1))
