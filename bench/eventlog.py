"""Event-log write latency: one synchronous INSERT + COMMIT per event, as live.

Writes ``--events`` conductor events (a mix of checkpoints and actions, each with its
snapshot) to a fresh data folder through ``storage.eventlog.EventLog`` and reports the
time each ``record`` call held the caller, p50 / p99 / max, with the WAL checkpointer
thread running. Optionally a reader thread polls the table the whole time (as the
history page or ``sessions list`` might):

    .venv/bin/python bench/eventlog.py --events 5000 --reader
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import threading
import time
from pathlib import Path

from benchkit import machine
from tearconsole.core.conductor.log import LoggedEvent, Snapshot
from tearconsole.core.kinds import EventKind, SessionMode
from tearconsole.core.plan import PlanSpec
from tearconsole.paths import AppPaths
from tearconsole.storage.db import Database
from tearconsole.storage.eventlog import EventLog
from tearconsole.storage.sessions import create_session


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=5000)
    parser.add_argument("--reader", action="store_true", help="poll the table from a thread")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        paths = AppPaths.resolve(Path(folder) / "data").ensure()
        db = Database.open(paths, write=True)
        with db.session() as session:
            sid = create_session(session, PlanSpec(None, "Bench"), SessionMode.LIVE).id
        stop = threading.Event()
        reads = [0]

        def reader() -> None:
            conn = sqlite3.connect(paths.db_path)
            while not stop.is_set():
                conn.execute("SELECT COUNT(*), MAX(seq) FROM event").fetchone()
                reads[0] += 1
                stop.wait(0.005)
            conn.close()

        thread = threading.Thread(target=reader, daemon=True)
        if args.reader:
            thread.start()
        log = EventLog(paths.db_path, sid, checkpoint_every_s=1.0)
        snap = Snapshot(main=3, main_s=12.5, standby=4, bed=1)
        kinds = [EventKind.CHECKPOINT] * 9 + [EventKind.CUE_STARTED]
        times: list[float] = []
        for i in range(args.events):
            event = LoggedEvent(kinds[i % 10], i * 0.1, 3, i * 0.1, snap, "go", {"how": "go"})
            started = time.perf_counter()
            log.record(event)
            times.append((time.perf_counter() - started) * 1000)
        log.close()
        stop.set()
        db.close()
    print(f"machine: {machine()}")
    print(f"events: {args.events}, reader thread: {args.reader} ({reads[0]} reads)")
    print(
        f"record(): p50 {statistics.median(times):.3f} ms, p99 {percentile(times, 0.99):.3f} ms, "
        f"max {max(times):.3f} ms"
    )


if __name__ == "__main__":
    main()
