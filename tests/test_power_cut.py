"""A power cut loses at most the last ``SYNC_EVERY_S`` of events: a writer process logs
events when told, a few after each sync of its write-ahead file, and is killed with a
few logged since the last sync; a copy of the database cut back to what the last sync
put on the disk (what a power cut could leave) still holds every event up to that sync,
and the events after it span less than the bound.

The writer and the test take turns through pipes: the test asks for each event and reads
that it was logged, and its next events wait for the writer's sync thread to report;
nothing sleeps."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from tearconsole.core.kinds import SessionMode
from tearconsole.core.plan import PlanSpec
from tearconsole.paths import AppPaths
from tearconsole.storage.db import Database
from tearconsole.storage.eventlog import SYNC_EVERY_S
from tearconsole.storage.sessions import create_session

#: The bound docs/benchmarks.md states: one sync period, plus the fsync and scheduling.
BOUND_S = 1.0
#: Events logged after each sync, and after the last one before the kill.
BURST = 5
AT_THE_CUT = 8


def _writer(paths: AppPaths, sid: int) -> subprocess.Popen[str]:
    """Logs one event (its time since start as ``mono_s``) per line read, then says
    ``logged SEQ``; its sync thread says ``synced SEQ SIZE`` (one write per line)."""
    script = textwrap.dedent(
        f"""
        import sys, threading, time
        from tearconsole.core.conductor.log import LoggedEvent, Snapshot
        from tearconsole.core.kinds import EventKind
        from tearconsole.storage.eventlog import EventLog
        lock = threading.Lock()
        def say(*words):
            with lock:
                sys.stdout.write(" ".join(map(str, words)) + "\\n")
                sys.stdout.flush()
        log = EventLog({str(paths.db_path)!r}, {sid}, checkpoint_every_s=None)
        log.on_synced = lambda seq, size: say("synced", seq, size)
        snap = Snapshot(main=1, main_s=0.0, standby=2, bed=None)
        start = time.monotonic()
        for _ in sys.stdin:
            now = time.monotonic() - start
            log.record(LoggedEvent(EventKind.CHECKPOINT, now, 1, now, snap))
            say("logged", log.written_seq)
        """
    )
    return subprocess.Popen(
        [sys.executable, "-c", script],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )


class _Turns:
    """The test's side of the pipes: asks for events, collects the syncs reported."""

    def __init__(self, writer: subprocess.Popen[str]) -> None:
        assert writer.stdin is not None and writer.stdout is not None
        self.stdin, self.stdout = writer.stdin, writer.stdout
        self.syncs: list[tuple[int, int]] = []
        self.logged = 0

    def _next(self) -> str:
        words = self.stdout.readline().split()
        assert words, "the writer stopped"
        if words[0] == "synced":
            self.syncs.append((int(words[1]), int(words[2])))
        else:
            assert words[0] == "logged"
            self.logged = int(words[1])
        return words[0]

    def log(self, count: int) -> None:
        """``count`` events, each logged (committed) before the next is asked for."""
        for _ in range(count):
            self.stdin.write("event\n")
            self.stdin.flush()
            while self._next() != "logged":
                pass

    def until_synced(self) -> None:
        known = len(self.syncs)
        while len(self.syncs) == known:
            self._next()


def test_a_power_cut_between_syncs_loses_less_than_the_bound(
    paths: AppPaths, tmp_path: Path
) -> None:
    db = Database.open(paths, write=True)
    with db.session() as session:
        sid = create_session(session, PlanSpec(None, "Power"), SessionMode.LIVE).id
    db.close()
    writer = _writer(paths, sid)
    turns = _Turns(writer)
    try:
        turns.log(BURST)
        while len(turns.syncs) < 4:  # a few sync points, then the cut, between two of them
            turns.until_synced()
            turns.log(BURST)
        turns.log(AT_THE_CUT - BURST)  # the next sync is about SYNC_EVERY_S away
        writer.send_signal(signal.SIGKILL)
        rest = turns.stdout.read()  # a sync that finished before the kill
        turns.syncs += [
            (int(s), int(z))
            for w, s, z in (line.split() for line in rest.splitlines())
            if w == "synced"
        ]
    finally:
        writer.kill()
        writer.wait(timeout=10)
    syncs = turns.syncs
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
