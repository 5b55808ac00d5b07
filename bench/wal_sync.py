"""The power-cut bound: how stale the disk's copy of the event log can be.

A session's events are committed with ``synchronous=NORMAL`` (no fsync per commit); the
event log's sync thread fsyncs the ``-wal`` file every ``SYNC_EVERY_S``. This writes
``--rate`` events a second for ``--seconds`` through a real ``EventLog`` in a fresh data
folder (on the file system of ``--dir``, default the temporary folder) and reports:

- each fsync's duration (p50 / p99 / max), and the GUI thread's ``record`` time meanwhile;
- the *at-risk window*: at every moment, how old the newest event on the disk is compared
  with the newest event written, i.e. what a power cut at that moment would lose.

    .venv/bin/python bench/wal_sync.py --seconds 30 --rate 20 [--dir PATH] [--no-sync]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from benchkit import machine
from tearconsole.core.conductor.log import LoggedEvent, Snapshot
from tearconsole.core.kinds import EventKind, SessionMode
from tearconsole.core.plan import PlanSpec
from tearconsole.paths import AppPaths
from tearconsole.storage import eventlog
from tearconsole.storage.db import Database
from tearconsole.storage.eventlog import SYNC_EVERY_S, EventLog
from tearconsole.storage.sessions import create_session


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--rate", type=float, default=20.0, help="events per second")
    parser.add_argument("--dir", type=Path, default=None)
    parser.add_argument("--no-sync", action="store_true", help="no sync thread (to compare)")
    args = parser.parse_args()
    fsyncs: list[float] = []
    real_fsync = os.fsync

    def timed_fsync(fd: int) -> None:
        started = time.perf_counter()
        real_fsync(fd)
        fsyncs.append((time.perf_counter() - started) * 1000)

    eventlog.os.fsync = timed_fsync  # type: ignore[attr-defined]
    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        paths = AppPaths.resolve(Path(folder) / "data").ensure()
        db = Database.open(paths, write=True)
        with db.session() as session:
            sid = create_session(session, PlanSpec(None, "Bench"), SessionMode.LIVE).id
        log = EventLog(paths.db_path, sid, sync_every_s=None if args.no_sync else SYNC_EVERY_S)
        written_at: dict[int, float] = {}
        snap = Snapshot(main=3, main_s=12.5, standby=4, bed=1)
        records: list[float] = []
        risk: list[float] = []  # sampled before each write: newest written - newest synced
        start = time.monotonic()
        i = 0
        while time.monotonic() - start < args.seconds:
            now = time.monotonic()
            synced = written_at.get(log.synced_seq, start)
            newest = written_at.get(log.written_seq, start)
            risk.append(max(0.0, now - synced) if newest > synced else 0.0)
            event = LoggedEvent(EventKind.CHECKPOINT, now - start, 3, i * 0.1, snap)
            began = time.perf_counter()
            log.record(event)
            records.append((time.perf_counter() - began) * 1000)
            written_at[log.written_seq] = time.monotonic()
            i += 1
            time.sleep(1.0 / args.rate)
        log.close()
        db.close()
        where = args.dir or Path(tempfile.gettempdir())
    print(f"machine: {machine()}")
    print(f"folder on: {where}; sync every {SYNC_EVERY_S} s; {i} events at {args.rate:g}/s")
    print(
        f"fsync of -wal: {len(fsyncs)} calls, p50 {statistics.median(fsyncs or [0]):.2f} ms, "
        f"p99 {percentile(fsyncs or [0], 0.99):.2f} ms, max {max(fsyncs or [0]):.2f} ms"
    )
    print(
        f"record(): p50 {statistics.median(records):.3f} ms, "
        f"p99 {percentile(records, 0.99):.3f} ms, max {max(records):.3f} ms"
    )
    print(
        f"at-risk window (age of the oldest unsynced event): p50 {statistics.median(risk):.3f} s, "
        f"p99 {percentile(risk, 0.99):.3f} s, max {max(risk):.3f} s"
    )


if __name__ == "__main__":
    main()
