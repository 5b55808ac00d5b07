"""What a lasting outage costs: the disk full (and the temporary folder with it) while a
session goes on recording.

Opens a fresh data folder, starts a session's event log, records a few events, then makes
every file unable to grow (``RLIMIT_FSIZE`` of 1 byte, ``SIGXFSZ`` ignored: each write
fails as on a full disk) and records one event every ``--every-ms`` for ``--seconds``.
Reports the process's CPU time over that stretch, how many times the backlog was tried
and how many warning lines were logged (what would reach stderr):

    .venv/bin/python bench/eventlog_outage.py --seconds 20
"""

from __future__ import annotations

import argparse
import logging
import resource
import signal
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

SNAP = Snapshot(main=1, main_s=0.5, standby=2, bed=None)


class Counting(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--every-ms", type=float, default=20.0)
    args = parser.parse_args()
    counting = Counting()
    logging.getLogger("tearconsole").addHandler(counting)
    with tempfile.TemporaryDirectory() as folder:
        paths = AppPaths.resolve(Path(folder) / "data")
        db = Database.open(paths, write=True)
        with db.session() as session:
            sid = create_session(session, PlanSpec(None, "Outage"), SessionMode.REHEARSAL).id
        events = EventLog(paths.db_path, sid, checkpoint_every_s=None)
        tried = [0]
        insert = events._insert

        def counted(rows: list[tuple[object, ...]]) -> None:
            if threading.current_thread().name == "tearconsole-eventlog-retry":
                tried[0] += 1
            insert(rows)  # type: ignore[arg-type]

        events._insert = counted  # type: ignore[method-assign]
        for n in range(5):
            events.record(LoggedEvent(EventKind.CHECKPOINT, n, 1, float(n), SNAP))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        _soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        resource.setrlimit(resource.RLIMIT_FSIZE, (1, hard))
        cpu, wall = time.process_time(), time.monotonic()
        recorded = 0
        while time.monotonic() - wall < args.seconds:
            recorded += 1
            events.record(LoggedEvent(EventKind.CHECKPOINT, recorded, 1, 5.0 + recorded, SNAP))
            time.sleep(args.every_ms / 1000)
        used = time.process_time() - cpu
        resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))
        events.close()
        db.close()
    print(machine())
    print(
        f"{args.seconds:.0f} s of outage, an event every {args.every_ms:.0f} ms "
        f"({recorded} events): {used:.2f} CPU-s, backlog tried {tried[0]} times, "
        f"{len(counting.lines)} warning line(s):"
    )
    for line in counting.lines[:5]:
        print(f"  {line[:140]}")


if __name__ == "__main__":
    main()
