"""One writer per data folder: a lock on a file beside the database.

The lock is the operating system's, taken through ``filelock`` on every platform
(``flock`` on POSIX, ``LockFileEx`` on Windows): it is released when the process dies,
however it dies, so a crash never leaves a stale lock behind. Its holder writes its
process id into a separate file (``tearconsole.lock.pid``), never into the lock file, so
that reading who holds it never meets a locked byte range (on Windows that read raised
``PermissionError``).

Asking whether someone else holds the lock (``held_elsewhere``) takes it for an instant
and writes nothing; a writer that starts during that instant waits (``WAIT_S``) instead
of refusing, so reading commands run in a loop never make the window refuse to open.
"""

from __future__ import annotations

import os
from pathlib import Path

from filelock import FileLock, Timeout

from tearconsole.atomic import TEMP_PREFIX, TEMP_SUFFIX
from tearconsole.errors import DataDirBusy
from tearconsole.i18n.message import Message

#: How long a writer waits for the lock before saying the folder is busy. A probe holds
#: it for microseconds; another tearconsole holds it for as long as it is open.
WAIT_S = 2.0


def pid_path(lock_path: Path) -> Path:
    return lock_path.with_name(lock_path.name + ".pid")


def _file_lock(path: Path) -> FileLock:
    return FileLock(path, mode=0o600, thread_local=False)


class DataDirLock:
    """Held for as long as this process writes to the data folder."""

    _held_here: set[Path] = set()  # a second lock of ours would wait on ourselves
    #: What this process is, as a refused one is told: a command's words (``tearconsole
    #: library import``), or empty for the window (set by the command line).
    holder = ""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock: FileLock | None = None

    def acquire(self, wait_s: float = WAIT_S) -> DataDirLock:
        mine = self.path.resolve() in DataDirLock._held_here
        lock = _file_lock(self.path)
        try:
            lock.acquire(timeout=0 if mine else wait_s, poll_interval=0.02)
        except Timeout:
            owner = os.getpid() if mine else DataDirLock.holder_pid(self.path)
            holder = None if mine else holder_of(self.path)
            raise DataDirBusy(busy_sentence(owner, holder)) from None
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
        except Timeout:
            return True
        except OSError:
            return False  # a folder we may not lock: nobody writes there either
        probe.release()
        return False

    @staticmethod
    def holder_pid(path: Path) -> int | None:
        """The process id the lock's holder wrote (None: none, or unreadable).

        Meaningful only while ``held_elsewhere``: a crashed holder leaves its id behind."""
        first = _pid_file_lines(path)[:1]
        return int(first[0]) if first and first[0].isdigit() else None


def holder_of(path: Path) -> str:
    """What the lock's holder said it is (``DataDirLock.holder``; empty: the window)."""
    return " ".join(_pid_file_lines(path)[1:2])


def busy_sentence(pid: int | None, holder: str | None) -> Message:
    """The refusal when another process holds the data folder, saying what that is."""
    if holder:
        return Message.translate(
            "Storage",
            "The command `{command}` (process {pid}) is using this data folder; wait for it "
            "to finish, or use another --data-dir.",
        ).format(command=holder, pid=pid or "?")
    if pid:
        return Message.translate(
            "Storage",
            "tearconsole is already open on this data folder (process {pid}); close "
            "that window first, or use another --data-dir.",
        ).format(pid=pid)
    return Message.translate(
        "Storage",
        "tearconsole is already open on this data folder (process unknown); close "
        "that window first, or use another --data-dir.",
    )


def _pid_file_lines(path: Path) -> list[str]:
    try:
        return pid_path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):  # PermissionError included: never a traceback
        return []


def _write_pid(target: Path) -> None:
    """Name this process as the holder (a failure only loses the name, not the lock)."""
    temp = target.with_name(f"{TEMP_PREFIX}{target.name}.{os.getpid()}{TEMP_SUFFIX}")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open(fd, "w", encoding="utf-8") as handle:
            handle.write(f"{os.getpid()}\n{DataDirLock.holder}\n")
        os.replace(temp, target)
    except OSError:
        temp.unlink(missing_ok=True)
