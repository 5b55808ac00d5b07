"""One writer per data folder: an advisory lock on a file beside the database.

The operating system releases the lock when the process dies, however it dies, so a crash
never leaves a stale lock behind.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from tearconsole.errors import DataDirBusy

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True


class DataDirLock:
    """Held for as long as this process writes to the data folder."""

    _held_here: set[Path] = set()  # flock is per open file: remember our own

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[str] | None = None

    def acquire(self) -> DataDirLock:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        handle = open(fd, "r+", encoding="utf-8")  # noqa: SIM115 - held open on purpose
        if not _try_lock(handle):
            handle.seek(0)
            owner = handle.read().strip() or "unknown"
            handle.close()
            raise DataDirBusy(
                "tearconsole is already open on this data folder "
                f"(process {owner}); close that window first, or use another --data-dir."
            )
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle
        DataDirLock._held_here.add(self.path.resolve())
        return self

    def release(self) -> None:
        if self._handle is not None:
            DataDirLock._held_here.discard(self.path.resolve())
            self._handle.close()
            self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    @staticmethod
    def held_elsewhere(path: Path) -> bool:
        """True when another process holds the lock right now."""
        if not path.exists() or path.resolve() in DataDirLock._held_here:
            return False
        probe = DataDirLock(path)
        try:
            probe.acquire()
        except DataDirBusy:
            return True
        probe.release()
        return False

    @staticmethod
    def holder_pid(path: Path) -> int | None:
        """The process id the lock's holder wrote in the file (None: unreadable).

        Meaningful only while ``held_elsewhere``: the file keeps the last holder's id.
        """
        try:
            text = path.read_text(encoding="utf-8").strip()
        except OSError:
            return None
        return int(text) if text.isdigit() else None
