"""The write-ahead event log of a live session: one SQLite row per fact, before its effect.

Design (measured in ``bench/eventlog.py``, figures in docs/benchmarks.md):

- **Synchronous, on the caller's thread.** ``record`` INSERTs and COMMITs before it
  returns, so the conductor's effect runs only once the row is in SQLite. With WAL and
  ``synchronous=NORMAL`` a commit appends one page to the ``-wal`` file and does not
  fsync: the row is then in the operating system's page cache, which survives the
  process being killed (SIGKILL, a crash, the window closed by force); only a power cut
  can lose the last rows. That commit takes tens of microseconds (p99 well under a
  millisecond here), far inside a 16 ms frame. A writer thread with a queue would free
  the GUI thread of even that, but then "logged before the effect" would mean waiting
  for the thread anyway, or an effect running while its row is still in memory: a
  SIGKILL in that gap loses the action. Writing inline is simpler and keeps the promise.
- **No checkpoint on the GUI thread.** SQLite runs a WAL checkpoint inside whichever
  commit crosses ``wal_autocheckpoint`` pages, and a checkpoint fsyncs: it could stall a
  frame. This connection turns automatic checkpoints off; a small daemon thread runs
  ``PRAGMA wal_checkpoint(PASSIVE)`` on its own connection every ``CHECKPOINT_EVERY_S``
  (a passive checkpoint never blocks the writer).
- **A failing disk loses nothing already logged, and does not stop the room.** When a
  write fails (disk full, the file locked by another program), the event is kept in
  memory in order, ``on_error`` tells the facilitator in one sentence, and every later
  ``record`` (or ``flush``) retries the backlog first. The session goes on: refusing
  GO in front of a room because a disk is full would be worse than a late row.
- **A lock held by another program never freezes the console.** The log's connection
  waits at most ``BUSY_TIMEOUT_MS`` (a few milliseconds, well inside a frame) for the
  write lock, then keeps the event in the backlog; the next ``record`` or ``retry``
  writes the backlog first, in order. Only ``close`` waits longer
  (``CLOSE_TIMEOUT_MS``), once, so the last steps of a session still reach the file.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from tearconsole.core.conductor_log import LoggedEvent

log = logging.getLogger(__name__)

CHECKPOINT_EVERY_S = 30.0
BUSY_TIMEOUT_MS = 5  # the GUI thread waits this long at most for a locked database
CLOSE_TIMEOUT_MS = 2000  # closing waits longer, once, so the last steps are saved

_INSERT = (
    "INSERT INTO event (session_id, seq, kind, wall_time, mono_s, cue_position, "
    "position_s, detail_json, private) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)

Row = tuple[int, int, str, str, float, int | None, float | None, str, int]


def wall_time_text(moment: datetime) -> str:
    """The format SQLAlchemy's SQLite ``DateTime`` reads back (naive UTC, microseconds)."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


class EventLog:
    """Appends one session's events to the ``event`` table (an ``EventSink``)."""

    def __init__(
        self,
        db_path: Path,
        session_id: int,
        on_error: Callable[[str], None] | None = None,
        checkpoint_every_s: float | None = CHECKPOINT_EVERY_S,
    ) -> None:
        self.db_path = Path(db_path)
        self.session_id = session_id
        self.on_error = on_error
        self.backlog: list[Row] = []
        self._conn = sqlite3.connect(
            self.db_path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
            check_same_thread=False,
        )  # fmt: skip
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute("PRAGMA wal_autocheckpoint=0")
        row = self._conn.execute(
            "SELECT COALESCE(MAX(seq), 0), MAX(mono_s) FROM event WHERE session_id = ?",
            (session_id,),
        ).fetchone()
        self._seq = int(row[0])
        self.last_mono_s: float = float(row[1] or 0.0)
        self._closed = False
        self._stop = threading.Event()
        self._checkpointer: threading.Thread | None = None
        if checkpoint_every_s:
            self._checkpointer = threading.Thread(
                target=self._checkpoint_loop, args=(checkpoint_every_s,),
                name="tearconsole-wal-checkpoint", daemon=True,
            )  # fmt: skip
            self._checkpointer.start()

    @property
    def last_seq(self) -> int:
        return self._seq

    def record(self, event: LoggedEvent) -> None:
        """Write ``event`` (and any backlog before it) and commit; never raises."""
        if self._closed:  # the session is over: nothing more belongs to it
            log.warning("event %s after the session log was closed: not written", event.kind)
            return
        self._seq += 1
        detail = event.detail_dict()
        private = 1 if detail.get("private") is True else 0
        self.backlog.append(
            (
                self.session_id,
                self._seq,
                event.kind.value,
                wall_time_text(datetime.now(UTC)),
                round(event.mono_s, 6),
                event.cue_position,
                None if event.position_s is None else round(event.position_s, 3),
                json.dumps(detail, ensure_ascii=False, separators=(",", ":")),
                private,
            )
        )
        self.flush()

    def retry(self) -> bool:
        """Write the backlog quietly (already reported); True when nothing is left waiting."""
        return self.flush(report=False)

    def flush(self, report: bool = True) -> bool:
        """Write the backlog; True when nothing is left waiting."""
        if not self.backlog:
            return True
        try:
            if len(self.backlog) == 1:
                self._conn.execute(_INSERT, self.backlog[0])
            else:
                with self._conn:  # one transaction for the whole backlog, in order
                    self._conn.execute("BEGIN IMMEDIATE")
                    self._conn.executemany(_INSERT, self.backlog)
        except sqlite3.Error as exc:
            if report:
                self._report(exc)
            return False
        self.backlog.clear()
        return True

    def _report(self, exc: sqlite3.Error) -> None:
        text = str(exc).lower()
        if "full" in text:
            why = "the disk is full"
        elif "locked" in text or "busy" in text:
            why = "the database is locked by another program"
        else:
            why = f"the database refused it ({exc})"
        message = (
            f"The session log could not be saved just now ({why}); "
            f"{len(self.backlog)} step(s) are kept and will be saved when it can. "
            "The session goes on."
        )
        log.warning(message)
        if self.on_error is not None:
            self.on_error(message)

    def _checkpoint_loop(self, every_s: float) -> None:
        conn = sqlite3.connect(self.db_path, isolation_level=None, timeout=0.05)
        try:
            while not self._stop.wait(every_s):
                try:
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
                except sqlite3.Error:
                    continue  # a busy moment: the next round will do it
        finally:
            conn.close()

    def close(self) -> None:
        if self._closed:
            return
        if self.backlog:
            self._conn.execute(f"PRAGMA busy_timeout={CLOSE_TIMEOUT_MS}")
            self.flush()
        self._closed = True
        self._stop.set()
        if self._checkpointer is not None:
            self._checkpointer.join(timeout=2)
        self._conn.close()
