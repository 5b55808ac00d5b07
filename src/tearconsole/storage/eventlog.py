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
- **A power cut loses at most the last ``SYNC_EVERY_S``.** ``synchronous=NORMAL`` does
  not fsync a commit; a daemon thread fsyncs the ``-wal`` file every ``SYNC_EVERY_S``
  (0.5 s) when something was written since, and records how far that reached
  (``synced_seq``). So a power cut loses at most the events of the last half second
  plus one fsync (measured in docs/benchmarks.md, ``bench/wal_sync.py``), never more,
  and never costs the GUI thread an fsync.
- **No checkpoint on the GUI thread.** SQLite runs a WAL checkpoint inside whichever
  commit crosses ``wal_autocheckpoint`` pages, and a checkpoint fsyncs: it could stall a
  frame. This connection turns automatic checkpoints off; a small daemon thread runs
  ``PRAGMA wal_checkpoint(PASSIVE)`` on its own connection every ``CHECKPOINT_EVERY_S``
  (a passive checkpoint never blocks the writer).
- **A passing error loses nothing and does not stop the room.** When a write fails for
  a reason that passes (the disk full, the database locked, a read-only moment), the
  event joins an in-order *backlog* and an *outage* begins: it is told once
  (``on_error``, ``messages``), ``status`` says what is waiting while it lasts, and its
  end is told once. During an outage ``record`` only appends (nothing more on the
  caller's thread); a daemon thread retries the backlog, backing off up to
  ``RETRY_MAX_S`` (nothing else wakes it: CPU stays near idle while the disk stays
  full), and keeps it in a file beside the database (``event_files``) so a
  crash during the outage loses nothing either. The session goes on: refusing GO in
  front of a room because a disk is full would be worse than a late row.
- **A permanent error never blocks later events.** A row the database refuses for good
  (a constraint it breaks) is set aside in a file beside the database with its reason,
  told once, and the rows after it are written as usual.
- **A lock held elsewhere never freezes the console.** The log's connection waits at
  most ``BUSY_TIMEOUT_MS`` (a few milliseconds, well inside a frame) for the write
  lock. The outage's sentence names another program only when the lock's holder is
  another process; a lock held by this one (an import on a worker thread) is said so.
- **Nothing is dropped at close.** ``close`` waits up to ``CLOSE_TIMEOUT_MS``, once, for
  the backlog to land; what still cannot is kept in a waiting file (beside the
  database, else in the temporary folder) and merged, in order, the next time the data
  folder is opened for writing. ``waiting`` then says how many steps wait, and the
  session is not ended until they are saved.
"""

from __future__ import annotations

import json
import logging
import os
import queue
import sqlite3
import struct
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from tearconsole.core.conductor.log import LoggedEvent
from tearconsole.i18n import QT_TRANSLATE_NOOP, translate
from tearconsole.storage import event_files
from tearconsole.storage.event_files import INSERT as _INSERT
from tearconsole.storage.event_files import Row

log = logging.getLogger(__name__)

CHECKPOINT_EVERY_S = 30.0
SYNC_EVERY_S = 0.5  # the write-ahead file reaches the disk at least this often
BUSY_TIMEOUT_MS = 5  # the GUI thread waits this long at most for a locked database
CLOSE_TIMEOUT_MS = 2000  # closing waits longer, once, so the last steps are saved
RETRY_FIRST_S = 0.1  # the backlog is retried this soon after an outage begins ...
RETRY_MAX_S = 1.0  # ... then less and less often, at least this often
SHOWN_S = 15.0  # ``status`` keeps an outage's end or a step set aside this long

_PASSING = ("locked", "busy", "full", "readonly", "read-only", "disk i/o", "unable to open")


def wall_time_text(moment: datetime) -> str:
    """The format SQLAlchemy's SQLite ``DateTime`` reads back (naive UTC, microseconds)."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def is_passing(exc: sqlite3.Error) -> bool:
    """Whether trying again later may work (locked, full, read-only for a moment)."""
    if isinstance(exc, sqlite3.IntegrityError | sqlite3.DataError | sqlite3.InterfaceError):
        return False
    text = str(exc).lower()
    return any(word in text for word in _PASSING)


#: ``struct flock`` as ``fcntl(F_GETLK)`` takes it, field by field: Linux puts the type
#: first, macOS and FreeBSD the offsets. Elsewhere (Windows) nothing is probed.
_FLOCK = {
    "linux": ("hhqqi4x", ("type", "whence", "start", "len", "pid")),
    "darwin": ("qqihh", ("start", "len", "pid", "type", "whence")),
    "freebsd": ("qqihhi", ("start", "len", "pid", "type", "whence", "sysid")),
}


def write_lock_held_elsewhere(db_path: Path) -> bool | None:
    """Whether another process holds the database's write lock (None: cannot tell).

    In WAL mode SQLite's writer takes a POSIX lock on byte 120 of the ``-shm`` file;
    ``F_GETLK`` reports a conflicting lock of another process only, never our own."""
    if sys.platform == "win32":  # no byte-range locks to probe (nor fcntl) there
        return None
    layout = next((v for k, v in _FLOCK.items() if sys.platform.startswith(k)), None)
    if layout is None:  # pragma: no cover - byte-range locks are not probed there
        return None
    import fcntl  # POSIX only

    form, names = layout
    asked = {"type": fcntl.F_WRLCK, "whence": os.SEEK_SET, "start": 120, "len": 1}
    probe = struct.pack(form, *(asked.get(name, 0) for name in names))
    try:
        fd = os.open(f"{db_path}-shm", os.O_RDONLY)
    except OSError:
        return None
    try:
        kind = struct.unpack(form, fcntl.fcntl(fd, fcntl.F_GETLK, probe))[names.index("type")]
    except (OSError, struct.error):
        return None
    finally:
        os.close(fd)
    return bool(kind != fcntl.F_UNLCK)


class EventLog:
    """Appends one session's events to the ``event`` table (an ``EventSink``)."""

    def __init__(
        self,
        db_path: Path,
        session_id: int,
        on_error: Callable[[str], None] | None = None,
        checkpoint_every_s: float | None = CHECKPOINT_EVERY_S,
        sync_every_s: float | None = SYNC_EVERY_S,
    ) -> None:
        self.db_path = Path(db_path)
        self.session_id = session_id
        self.on_error = on_error  # called on the thread that found it (see ``messages``)
        self.backlog: list[Row] = []
        self.waiting = 0  # steps left waiting in a file when the log closed
        self.waiting_path: Path | None = None
        self._messages: queue.SimpleQueue[str] = queue.SimpleQueue()
        self._outage: str | None = None  # why the database cannot be written just now
        self._last_said: tuple[str, float] | None = None  # an outage's end, a step set aside
        self._lock = threading.Lock()  # the backlog and the outage
        self._writing = threading.Lock()  # the connection
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
        # steps of this session still waiting in a file keep their numbers
        self._seq = max(int(row[0]), event_files.last_waiting_seq(self.db_path, session_id))
        self.written_seq = self._seq  # the last event committed to SQLite
        self.synced_seq = self._seq  # ... and the last one known to be on the disk
        self.synced_at: float | None = None  # when (monotonic) that sync finished
        # for measurements: (synced_seq, bytes of the -wal file then known on the disk)
        self.on_synced: Callable[[int, int], None] | None = None
        self.last_mono_s: float = float(row[1] or 0.0)
        self._closed = False
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._threads: list[threading.Thread] = []
        self._start(self._retry_loop, "tearconsole-eventlog-retry")
        if checkpoint_every_s:
            self._start(lambda: self._checkpoint_loop(checkpoint_every_s), "tearconsole-wal")
        if sync_every_s:
            self._start(lambda: self._sync_loop(sync_every_s), "tearconsole-wal-sync")

    def _start(self, target: Callable[[], None], name: str) -> None:
        thread = threading.Thread(target=target, name=name, daemon=True)
        thread.start()
        self._threads.append(thread)

    @property
    def last_seq(self) -> int:
        return self._seq

    @property
    def status(self) -> str:
        """One sentence while steps wait to be saved; empty when all are saved."""
        with self._lock:
            outage, count, said = self._outage, len(self.backlog), self._last_said
        # the console reads this: in the chosen language (what is logged stays English)
        if outage is None or not count:
            if said is not None and time.monotonic() - said[1] < SHOWN_S:
                return translate("EventLog", said[0])
            return ""
        return translate(
            "EventLog", "{count} step(s) wait to be saved, in order ({outage})."
        ).format(count=count, outage=translate("EventLog", outage))

    def take_messages(self) -> list[str]:
        """Each sentence said since the last call (an outage, its end, a step set aside),
        for a record of the run; safe to call while the retry thread runs. A console shows
        ``status`` instead, which says each once and for as long as it matters."""
        out = []
        while True:
            try:
                out.append(self._messages.get_nowait())
            except queue.Empty:
                return out

    def _say(self, message: str, shown: str | None = "") -> None:
        """Say ``message`` (``messages``, ``on_error``); ``status`` shows ``shown`` for a
        while (``""``: the message itself; None: nothing)."""
        log.warning(message)
        if shown is not None:
            with self._lock:
                self._last_said = (shown or message, time.monotonic())
        self._messages.put(message)
        if self.on_error is not None:
            self.on_error(message)

    def record(self, event: LoggedEvent) -> None:
        """Write ``event`` and commit before returning; during an outage, keep it in the
        backlog for the retry thread. Never raises."""
        if self._closed:  # the session is over: nothing more belongs to it
            log.warning("event %s after the session log was closed: not written", event.kind)
            return
        self._seq += 1
        detail = event.detail_dict()
        private = 1 if detail.get("private") is True else 0
        row: Row = (
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
        with self._lock:
            self.backlog.append(row)
            if self._outage is not None:
                return  # the retry thread's turn, on its own schedule (never woken here)
        self.flush()

    def retry(self) -> bool:
        """Write the backlog now; True when nothing is left waiting."""
        return self.flush()

    def flush(self) -> bool:
        """Write the backlog, in order (and what is recorded meanwhile); True when
        nothing is left waiting."""
        with self._writing:
            while True:
                with self._lock:
                    rows = list(self.backlog)
                if not rows:
                    return True
                try:
                    self._insert(rows)
                except sqlite3.Error as exc:
                    self._begin_outage(exc)
                    return False
                self.written_seq = max(self.written_seq, rows[-1][1])
                with self._lock:
                    del self.backlog[: len(rows)]  # rows recorded meanwhile stay, in order
                    ended, self._outage = self._outage, None
                if ended is not None:
                    event_files.clear_waiting(self.db_path, self.session_id)
                    self._say(
                        QT_TRANSLATE_NOOP(
                            "EventLog", "The session log is saved again; no step was lost."
                        )
                    )

    def _insert(self, rows: list[Row]) -> None:
        """Insert ``rows`` in one transaction; a row refused for good is set aside and
        the rest go on. A passing error raises (and nothing of ``rows`` is written)."""
        conn = self._conn
        if len(rows) == 1:
            try:
                conn.execute(_INSERT, rows[0])
            except sqlite3.Error as exc:
                if is_passing(exc):
                    raise
                self._set_aside(rows[0], exc)
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            for row in rows:
                try:
                    conn.execute(_INSERT, row)
                except sqlite3.Error as exc:
                    if is_passing(exc):
                        raise
                    self._set_aside(row, exc)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def _set_aside(self, row: Row, exc: sqlite3.Error) -> None:
        where = event_files.set_aside(self.db_path, row, str(exc))
        kept = f"it is kept in {where}" if where else "it could not be kept anywhere"
        self._say(
            f"One step of the session log ({row[2]}) was refused by the database ({exc}); "
            f"{kept}, and the steps after it are saved as usual.",
            shown=QT_TRANSLATE_NOOP(
                "EventLog",
                "One step of the session log was refused by the database and kept aside.",
            ),
        )

    def _begin_outage(self, exc: sqlite3.Error) -> None:
        why = self._why(exc)
        with self._lock:
            began, self._outage = self._outage is None, why
        self._wake.set()
        if began:
            self._say(
                f"The session log cannot be saved just now ({why}); the steps are kept "
                "in order and saved as soon as it can. The session goes on.",
                shown=None,  # ``status`` says it, with the count, while it lasts
            )

    def _why(self, exc: sqlite3.Error) -> str:
        """Why, in English as the log and the messages keep it (``status`` translates it)."""
        text = str(exc).lower()
        if "full" in text:
            return QT_TRANSLATE_NOOP("EventLog", "the disk is full")
        if "locked" in text or "busy" in text:
            if write_lock_held_elsewhere(self.db_path) is False:
                return QT_TRANSLATE_NOOP(
                    "EventLog", "the database is locked by another task of tearconsole"
                )
            return QT_TRANSLATE_NOOP("EventLog", "the database is locked by another program")
        if "readonly" in text or "read-only" in text:
            return QT_TRANSLATE_NOOP("EventLog", "the database may not be written to just now")
        if "disk i/o" in text:
            return QT_TRANSLATE_NOOP(
                "EventLog", "the disk could not be written (full, or gone for a moment)"
            )
        return f"the database refused it ({exc})"

    def _retry_loop(self) -> None:
        """Retry the backlog while an outage lasts, backing off from ``RETRY_FIRST_S`` to
        ``RETRY_MAX_S``; nothing but the outage's start (or ``close``) wakes it, so a disk
        that stays full costs one attempt a second whatever the room does."""
        while not self._stop.is_set():
            self._wake.wait()  # an outage began (``_begin_outage``), or the log closes
            self._wake.clear()
            delay, kept, told = RETRY_FIRST_S, 0, False
            while self._outage is not None and not self._stop.wait(delay):
                if self.flush():
                    break
                with self._lock:
                    rows = list(self.backlog)
                if len(rows) != kept:  # a crash during the outage must not lose them
                    if event_files.save_waiting(self.db_path, self.session_id, rows):
                        kept = len(rows)
                    elif not told:  # once per outage, not once per attempt
                        told = True
                        log.warning("the waiting steps cannot be kept in a file either")
                delay = min(RETRY_MAX_S, delay * 2)

    def _sync_loop(self, every_s: float) -> None:
        wal = f"{self.db_path}-wal"
        while not self._stop.wait(every_s):
            self.sync(wal)

    def sync(self, wal: str | None = None) -> None:
        """Put every event committed so far on the disk (the ``-wal`` file's fsync)."""
        seq = self.written_seq  # read first: what was committed before the fsync began
        if seq == self.synced_seq:
            return
        try:
            fd = os.open(wal or f"{self.db_path}-wal", os.O_RDONLY)
        except OSError:
            return  # checkpointed away: its rows are in the database file, synced there
        try:
            size = os.fstat(fd).st_size
            os.fsync(fd)
        except OSError as exc:
            log.warning("the write-ahead file could not be synced: %s", exc)
            return
        finally:
            os.close(fd)
        self.synced_seq, self.synced_at = seq, time.monotonic()
        if self.on_synced is not None:
            self.on_synced(seq, size)

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
        """Save what is left (waiting up to ``CLOSE_TIMEOUT_MS``), else keep it in a
        waiting file (``waiting``, ``waiting_path``); nothing is dropped."""
        if self._closed:
            return
        self._closed = True
        self._stop.set()
        self._wake.set()
        for thread in self._threads:
            thread.join(timeout=2)
        if self.backlog:
            self._conn.execute(f"PRAGMA busy_timeout={CLOSE_TIMEOUT_MS}")
            self.flush()
        if self.backlog:
            self.waiting = len(self.backlog)
            self.waiting_path = event_files.save_waiting(
                self.db_path, self.session_id, self.backlog
            )
            where = self.waiting_path or "nowhere: they are lost"
            log.error("%d event(s) of session %d wait in %s", self.waiting, self.session_id, where)
        self._conn.close()
