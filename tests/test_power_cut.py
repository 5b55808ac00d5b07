"""A power cut loses at most the last ``SYNC_EVERY_S`` of events: a writer logging 50
events a second is killed between two syncs of its write-ahead file; a copy of the
database cut back to what the last sync put on the disk (what a power cut could leave)
still holds every event up to that sync, and the events after it span less than the
bound."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

from tearconsole.core.kinds import SessionMode
from tearconsole.core.plan import PlanSpec
from tearconsole.paths import AppPaths
from tearconsole.storage.db import Database
from tearconsole.storage.eventlog import SYNC_EVERY_S
from tearconsole.storage.sessions import create_session

#: The bound docs/benchmarks.md states: one sync period, plus the fsync and scheduling.
BOUND_S = 1.0


def _writer(paths: AppPaths, sid: int) -> subprocess.Popen[str]:
    script = textwrap.dedent(
        f"""
        import sys, time
        from tearconsole.core.conductor.log import LoggedEvent, Snapshot
        from tearconsole.core.kinds import EventKind
        from tearconsole.storage.eventlog import EventLog
        log = EventLog({str(paths.db_path)!r}, {sid}, checkpoint_every_s=None)
        log.on_synced = lambda seq, size: print("synced", seq, size, flush=True)
        snap = Snapshot(main=1, main_s=0.0, standby=2, bed=None)
        start = time.monotonic()
        for i in range(100_000):
            now = time.monotonic() - start
            log.record(LoggedEvent(EventKind.CHECKPOINT, now, 1, now, snap))
            time.sleep(0.02)
        """
    )
    return subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=os.environ.copy()
    )


def _last_seq(paths: AppPaths, sid: int) -> int:
    with sqlite3.connect(f"file:{paths.db_path}?mode=ro", uri=True) as conn:
        row = conn.execute("SELECT MAX(seq) FROM event WHERE session_id = ?", (sid,)).fetchone()
    return int(row[0] or 0)


def test_a_power_cut_between_syncs_loses_less_than_the_bound(
    paths: AppPaths, tmp_path: Path
) -> None:
    db = Database.open(paths, write=True)
    with db.session() as session:
        sid = create_session(session, PlanSpec(None, "Power"), SessionMode.LIVE).id
    db.close()
    writer = _writer(paths, sid)
    syncs: list[tuple[int, int]] = []
    try:
        assert writer.stdout is not None
        while len(syncs) < 4:  # a few sync points, then the cut, between two of them
            word, seq, size = writer.stdout.readline().split()
            assert word == "synced"
            syncs.append((int(seq), int(size)))
        wait = threading.Event()
        deadline = time.monotonic() + 30  # the writer is another process: poll its rows
        while _last_seq(paths, sid) < syncs[-1][0] + 8:  # well between two sync points
            assert writer.poll() is None and time.monotonic() < deadline, "the writer stopped"
            wait.wait(0.01)
        writer.send_signal(signal.SIGKILL)
        rest = writer.stdout.read()  # a sync that finished before the kill
        syncs += [(int(s), int(z)) for w, s, z in (line.split() for line in rest.splitlines())]
    finally:
        writer.kill()
        writer.wait(timeout=10)
    synced_seq, synced_size = syncs[-1]
    assert [s for s, _ in syncs] == sorted(s for s, _ in syncs)

    with sqlite3.connect(paths.db_path) as conn:  # a killed process loses nothing
        rows = conn.execute(
            "SELECT seq, mono_s FROM event WHERE session_id = ? ORDER BY seq", (sid,)
        ).fetchall()
    last_seq = rows[-1][0]
    assert [seq for seq, _ in rows] == list(range(1, last_seq + 1))
    assert synced_seq < last_seq  # killed with events the disk did not have yet

    # What a power cut could leave: the write-ahead file as far as the last sync reached.
    cut = tmp_path / "cut"
    cut.mkdir()
    shutil.copy(paths.db_path, cut / "db.sqlite3")
    wal = Path(f"{paths.db_path}-wal")
    with open(wal, "rb") as source, open(cut / "db.sqlite3-wal", "wb") as target:
        target.write(source.read(synced_size))
    with sqlite3.connect(cut / "db.sqlite3") as conn:
        survived = [
            seq for (seq,) in conn.execute("SELECT seq FROM event WHERE session_id = ?", (sid,))
        ]
    assert sorted(survived)[:synced_seq] == list(range(1, synced_seq + 1))
    mono = dict(rows)
    at_risk_s = mono[last_seq] - mono[max(survived)] if survived else mono[last_seq]
    assert at_risk_s < BOUND_S, (at_risk_s, SYNC_EVERY_S)
