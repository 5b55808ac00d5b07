"""One writer per data folder: a lock on a file beside the database.

The lock is the operating system's (``flock`` on POSIX, taken here directly; elsewhere
``filelock``'s, ``LockFileEx`` on Windows): it is released when the process dies, however
it dies, so a crash never leaves a stale lock behind. (Importing ``filelock`` costs
~10 ms of every start, before the window; ``flock`` is what it does on POSIX anyway.)
Its holder writes its process id into a separate file (``tearconsole.lock.pid``), never
into the lock file, so that reading who holds it never meets a locked byte range (on
Windows that read raised ``PermissionError``).

Asking whether someone else holds the lock (``held_elsewhere``) takes it for an instant
and writes nothing; a writer that starts during that instant waits (``WAIT_S``) instead
of refusing, so reading commands run in a loop never make the window refuse to open.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Protocol

from tearconsole.errors import DataDirBusy
from tearconsole.i18n import translate

#: How long a writer waits for the lock before saying the folder is busy. A probe holds
#: it for microseconds; another tearconsole holds it for as long as it is open.
WAIT_S = 2.0


def pid_path(lock_path: Path) -> Path:
    return lock_path.with_name(lock_path.name + ".pid")


class _Busy(Exception):
    """Someone else holds the lock (``filelock.Timeout`` on the other platforms)."""


class _OsLock(Protocol):
    def acquire(self, timeout: float, poll_interval: float) -> object: ...

    def release(self) -> None: ...


class _Flock:
    """An exclusive ``flock`` on the file, held while its descriptor is open."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self, timeout: float, poll_interval: float) -> None:
        import fcntl

        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise _Busy from None
                time.sleep(poll_interval)
            except BaseException:
                os.close(fd)
                raise
            else:
                self._fd = fd
                return

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)  # closing the only descriptor releases the flock


def _file_lock(path: Path) -> _OsLock:
    if os.name == "posix":
        return _Flock(path)
    from filelock import FileLock  # Windows: LockFileEx

    return FileLock(path, mode=0o600, thread_local=False)


def _busy() -> tuple[type[BaseException], ...]:
    if os.name == "posix":
        return (_Busy,)
    from filelock import Timeout

    return (Timeout,)


class DataDirLock:
    """Held for as long as this process writes to the data folder."""

    _held_here: set[Path] = set()  # a second lock of ours would wait on ourselves

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock: _OsLock | None = None

    def acquire(self, wait_s: float = WAIT_S) -> DataDirLock:
        mine = self.path.resolve() in DataDirLock._held_here
        lock = _file_lock(self.path)
        try:
            lock.acquire(timeout=0 if mine else wait_s, poll_interval=0.02)
        except _busy():
            owner = os.getpid() if mine else DataDirLock.holder_pid(self.path)
            if owner:
                sentence = translate(
                    "Storage",
                    "tearconsole is already open on this data folder (process {pid}); close "
                    "that window first, or use another --data-dir.",
                ).format(pid=owner)
            else:
                sentence = translate(
                    "Storage",
                    "tearconsole is already open on this data folder (process unknown); close "
                    "that window first, or use another --data-dir.",
                )
            raise DataDirBusy(sentence) from None
        self._lock = lock
        DataDirLock._held_here.add(self.path.resolve())
        _write_pid(pid_path(self.path))
        return self

    def release(self) -> None:
        if self._lock is not None:
            DataDirLock._held_here.discard(self.path.resolve())
            if DataDirLock.holder_pid(self.path) == os.getpid():
                pid_path(self.path).unlink(missing_ok=True)
            self._lock.release()
            self._lock = None

    @property
    def held(self) -> bool:
        return self._lock is not None

    @staticmethod
    def held_elsewhere(path: Path) -> bool:
        """True when another process holds the lock right now (nothing is written)."""
        if not path.exists() or path.resolve() in DataDirLock._held_here:
            return False
        probe = _file_lock(path)
        try:
            probe.acquire(timeout=0, poll_interval=0.02)
        except _busy():
            return True
        except OSError:
            return False  # a folder we may not lock: nobody writes there either
        probe.release()
        return False

    @staticmethod
    def holder_pid(path: Path) -> int | None:
        """The process id the lock's holder wrote (None: none, or unreadable).

        Meaningful only while ``held_elsewhere``: a crashed holder leaves its id behind."""
        try:
            text = pid_path(path).read_text(encoding="utf-8").strip()
        except OSError:  # PermissionError included: never a traceback
            return None
        return int(text) if text.isdigit() else None


def _write_pid(target: Path) -> None:
    """Name this process as the holder (a failure only loses the name, not the lock)."""
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open(fd, "w", encoding="utf-8") as handle:
            handle.write(str(os.getpid()))
        os.replace(temp, target)
    except OSError:
        temp.unlink(missing_ok=True)
