"""Whole files or none: the one way tearconsole writes a file.

The content goes to a temporary file in the target's own folder, is flushed and synced
to the disk, then renamed over the target, so a reader (or a crash, or a full disk) only
ever sees the old file or the whole new one. On any failure the temporary file is
removed and the error is one sentence that names the file the user chose, never the
temporary one. A target that exists and is not a regular file (``/dev/stdout``, a pipe)
is written to directly, as the user asked, and its failures are told the same way.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tearconsole.errors import UserError
from tearconsole.i18n.message import Message

#: Every temporary file this module makes starts with this, so that leftovers of a
#: process killed mid-write can be recognised and swept (``sweep_leftovers``).
TEMP_PREFIX = ".tearconsole-"
TEMP_SUFFIX = ".part"
#: A temporary file of ours this old, beside an export, was left by a killed process.
STALE_S = 3600.0


def write_file(target: Path, write: Callable[[Path], object], mode: int = 0o600) -> None:
    """Call ``write(temporary_path)``, then move the finished file to ``target``."""
    target = Path(target).expanduser()
    if target.is_dir():
        raise UserError(
            Message.translate(
                "Errors", "{target} is a folder; give the name of a file to save to."
            ).format(target=target)
        )
    if target.exists() and not target.is_file():
        _write_to_special(target, write)
        return
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(
            Message.translate(
                "Errors",
                "The folder {folder} does not exist, so {name} was not saved; "
                "create the folder or choose another.",
            ).format(folder=folder, name=target.name)
        )
    sweep_leftovers(folder, older_than_s=STALE_S, staging=False)
    try:
        handle, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=folder)
        os.close(handle)
    except OSError as exc:
        raise saving_error(exc, target) from exc
    temporary = Path(name)
    note = _Note.take(temporary)
    try:
        write(temporary)
        _sync(temporary)
        os.chmod(temporary, mode)
        os.replace(temporary, target)
        sync_folder(folder)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise saving_error(exc, target) from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    finally:
        if note is not None:
            note.drop()


def write_text(target: Path, text: str, mode: int = 0o600) -> None:
    write_bytes(target, text.encode("utf-8"), mode)


def write_bytes(target: Path, data: bytes, mode: int = 0o600) -> None:
    def write(path: Path) -> None:
        path.write_bytes(data)

    write_file(target, write, mode)


def saving_error(exc: OSError, target: Path) -> UserError:
    """One sentence for a failed save of ``target``: what happened and what to do."""
    if exc.errno == errno.ENOSPC:
        sentence = Message.translate(
            "Errors",
            "The disk is full, so {target} was not saved; free some space or choose another place.",
        )
    elif exc.errno == errno.EFBIG:
        sentence = Message.translate(
            "Errors",
            "{target} was not saved: it is larger than that disk allows; choose another place.",
        )
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        sentence = Message.translate(
            "Errors",
            "tearconsole may not write {target}; the folder is read-only or not yours, so "
            "choose another place.",
        )
    else:
        refused = Message.translate("Errors", "the system refused")
        reason = exc.strerror.lower() if exc.strerror else refused
        return UserError(
            Message.translate(
                "Errors", "{target} was not saved ({reason}); choose another place."
            ).format(target=target, reason=reason)
        )
    return UserError(sentence.format(target=target))


def sweep_leftovers(folder: Path, older_than_s: float = 0.0, staging: bool = True) -> list[Path]:
    """Remove temporary files and staging folders a killed write left in ``folder``.

    Inside the data folder, under its writer lock, anything of ours is a leftover; in a
    folder of the user's (where exports go) only what is ``older_than_s``, so that a
    save still going on in another process is left alone, and only files (an import's
    staging folders live in the data folder alone).
    """
    removed: list[Path] = []
    cutoff = time.time() - older_than_s
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        # ".part", and SQLite's "-journal" beside a backup being written into one
        ours = name.startswith(TEMP_PREFIX) and TEMP_SUFFIX in name
        if not ours and not (staging and name.startswith(STAGING_PREFIX)):
            continue
        try:
            if older_than_s and entry.lstat().st_mtime > cutoff:
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
            removed.append(entry)
        except OSError:
            continue
    return removed


#: The staging folder of a plan import (bundles.importer) starts with this.
STAGING_PREFIX = ".bundle-"


def sweep_tree(folder: Path) -> list[Path]:
    """``sweep_leftovers`` in ``folder`` and every folder below it (the media folder's
    ``demo``, ``library`` and ``imported``)."""
    removed = sweep_leftovers(folder)
    for root, folders, _files in os.walk(folder):
        for name in folders:
            removed += sweep_leftovers(Path(root) / name)
    return removed


#: Where the temporary file of a save outside the data folder (an export, a report) is
#: noted while it is written, so that one left by a killed process is found and removed
#: the next time the data folder is opened, whatever its age (``note_partials_in``).
_notes: list[Path] = []


def note_partials_in(folder: Path) -> None:
    """Note every temporary file made from now on in ``folder`` (the data folder's
    ``partials``), and remove those that killed processes left there."""
    _notes[:] = [folder]
    sweep_noted(folder)


class _Note:
    """A temporary file's path, noted with a lock held while the file is written: a note
    whose lock is free was left by a process that died."""

    def __init__(self, stem: Path, lock: object) -> None:
        self.stem, self.lock = stem, lock

    @classmethod
    def take(cls, temporary: Path) -> _Note | None:
        if not _notes:
            return None
        from filelock import FileLock  # filelock (~20 ms): only when a save leaves a note

        folder = _notes[0]
        stem = folder / f"{os.getpid()}-{temporary.name}"
        try:
            folder.mkdir(mode=0o700, exist_ok=True)
            lock = FileLock(f"{stem}.lock", thread_local=False)
            lock.acquire(timeout=0)
            Path(f"{stem}.path").write_text(str(temporary.absolute()), encoding="utf-8")
        except Exception:  # a note that cannot be made only loses the later cleaning
            return None
        return cls(stem, lock)

    def drop(self) -> None:
        Path(f"{self.stem}.path").unlink(missing_ok=True)
        self.lock.release()  # type: ignore[attr-defined]
        Path(f"{self.stem}.lock").unlink(missing_ok=True)


def sweep_noted(folder: Path) -> list[Path]:
    """Remove the temporary files noted in ``folder`` whose writers are gone."""
    from filelock import FileLock, Timeout  # filelock (~20 ms): only at a writing start

    removed: list[Path] = []
    try:
        notes = list(folder.glob("*.path"))
    except OSError:
        return removed
    for note in notes:
        stem = str(note)[: -len(".path")]
        lock = FileLock(f"{stem}.lock", thread_local=False)
        try:
            lock.acquire(timeout=0)
        except (Timeout, OSError):
            continue  # still being written
        try:
            left = Path(note.read_text(encoding="utf-8").strip())
            if left.name.startswith(TEMP_PREFIX) and left.name.endswith(TEMP_SUFFIX):
                left.unlink(missing_ok=True)
                removed.append(left)
            note.unlink(missing_ok=True)
        except OSError:
            pass
        finally:
            lock.release()
            Path(f"{stem}.lock").unlink(missing_ok=True)
    return removed


def _write_to_special(target: Path, write: Callable[[Path], object]) -> None:
    """Write into a device or pipe: build the content privately, then copy it across."""
    with tempfile.TemporaryDirectory(prefix=TEMP_PREFIX) as private:
        built = Path(private) / target.name
        try:
            write(built)
            with built.open("rb") as source, target.open("wb") as sink:
                shutil.copyfileobj(source, sink)
                sink.flush()
        except OSError as exc:
            raise saving_error(exc, target) from exc


def _sync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def sync_folder(folder: Path) -> None:
    """Make the rename itself durable; some file systems cannot sync a folder."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        if stat.S_ISDIR(os.fstat(handle).st_mode):
            os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)
