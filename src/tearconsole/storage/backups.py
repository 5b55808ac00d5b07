"""Checking the database for damage, rolling backups of it, and restoring one.

Backups are taken with SQLite's online backup API (a consistent copy even while the
database is open) into ``AppPaths.backup_dir``, written whole or not at all:

- ``daily-…``: the first time a day the data folder is opened for writing, before
  anything is changed, of a database that passed every check (never of one refused as
  damaged or as newer); the last ``KEEP_DAILY`` are kept;
- ``session-…``: before each live session starts; the last ``KEEP_SESSION`` are kept;
- ``manual-…``: ``tearconsole backup``; ``before-vN-…``: before a migration (migrations.py).
  Both are kept until the user removes them.

Pruning never leaves fewer than ``KEEP_USABLE`` backups that could be restored.

Restoring moves the current file aside (``set-aside-…``, never deleted) and puts a copy
of the backup in its place.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tearconsole.atomic import TEMP_PREFIX, TEMP_SUFFIX, sweep_leftovers, write_file
from tearconsole.errors import UserError
from tearconsole.i18n import translate
from tearconsole.i18n.message import Message
from tearconsole.storage import migrations, restore_journal

KEEP_DAILY = 7
KEEP_SESSION = 5
ROLLING = {"daily": KEEP_DAILY, "session": KEEP_SESSION}
#: Pruning the rolling kinds never leaves fewer usable backups than this, of any kind.
KEEP_USABLE = 3
RESTORABLE_PREFIXES = ("daily-", "session-", "manual-", "before-v")
SET_ASIDE_PREFIX = "set-aside-"


def problem_of(db_path: Path, full: bool = False) -> str | None:
    """SQLite's own check of the file: None when sound, else its first complaint.

    ``full`` runs ``integrity_check`` (every index against its table); otherwise the
    much faster ``quick_check``. A file that is not a database at all is a problem too.
    """
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    pragma = "integrity_check(1)" if full else "quick_check(1)"
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=0.2)
        try:
            answer = str(conn.execute(f"PRAGMA {pragma}").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error as exc:
        # Locked, busy or not ours to open is no verdict on the file: opening it for
        # real says what is wrong then.
        text = str(exc).lower()
        damage = ("malformed", "not a database", "corrupt")
        return str(exc) if any(word in text for word in damage) else None
    return None if answer == "ok" else answer


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime

    def describe(self) -> str:
        return translate("Storage", "{name}, taken {time}").format(
            name=self.path.name, time=f"{self.taken:%Y-%m-%d %H:%M}"
        )


def list_backups(backup_dir: Path) -> list[Backup]:
    """Every restorable backup in ``backup_dir``, newest first."""
    try:
        files = [
            f
            for f in backup_dir.iterdir()
            if f.is_file() and f.suffix == ".sqlite3" and f.name.startswith(RESTORABLE_PREFIXES)
        ]
    except OSError:
        return []
    found = [Backup(f, taken_at(f)) for f in files]
    return sorted(found, key=lambda b: (b.taken, b.path.name), reverse=True)


def taken_at(path: Path) -> datetime:
    """When a backup was taken: the time in its name (a copied folder keeps it), else
    the file's modification time."""
    stamp = path.name.removesuffix(".sqlite3")[-22:]
    try:
        return datetime.strptime(stamp, "%Y%m%d-%H%M%S-%f")
    except ValueError:
        return datetime.fromtimestamp(path.stat().st_mtime)


def newest_backup(backup_dir: Path) -> Backup | None:
    backups = list_backups(backup_dir)
    return backups[0] if backups else None


def take_backup(db_path: Path, backup_dir: Path, kind: str) -> Path:
    """Copy the database (its WAL included) to a new ``{kind}-…`` backup; prune old ones."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    target = backup_dir / f"{kind}-{datetime.now():%Y%m%d-%H%M%S-%f}.sqlite3"
    _copy_database(db_path, target)
    keep = ROLLING.get(kind)
    if keep is not None:
        old = sorted(backup_dir.glob(f"{kind}-*.sqlite3"), reverse=True)[keep:]
        if old:
            protected = {b.path for b in _newest_usable(backup_dir, KEEP_USABLE)}
            for path in old:
                if path not in protected:
                    path.unlink(missing_ok=True)
    return target


def unusable_reason(path: Path) -> str | None:
    """Why a backup could not be restored (damaged, or from a newer tearconsole); None
    when it can."""
    problem = problem_of(path)
    if problem is not None:
        return problem
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.2)
        try:
            version = migrations.schema_version(conn)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return str(exc)
    return "newer schema" if version > migrations.SCHEMA_VERSION else None


def _newest_usable(backup_dir: Path, count: int) -> list[Backup]:
    found: list[Backup] = []
    for backup in list_backups(backup_dir):
        if len(found) == count:
            break
        if unusable_reason(backup.path) is None:
            found.append(backup)
    return found


def take_daily_backup(db_path: Path, backup_dir: Path) -> Path | None:
    """Today's backup, unless there is one already (or nothing yet to back up)."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    if any(backup_dir.glob(f"daily-{datetime.now():%Y%m%d}-*.sqlite3")):
        return None
    return take_backup(db_path, backup_dir, "daily")


def restore(db_path: Path, backup_dir: Path, chosen: Path | None = None) -> tuple[Backup, Path]:
    """Put a copy of ``chosen`` (default: the newest usable backup) in place of the
    database, whole or not at all (``restore_journal``).

    The caller holds the data folder's writer lock. Returns the backup used and where
    the previous database file was set aside.
    """
    restore_journal.finish_interrupted(db_path)  # a restore killed half way first
    sweep_leftovers(db_path.parent)  # and a partial copy one killed earlier left
    backup = _choose(backup_dir, chosen)
    stamp = f"{datetime.now():%Y%m%d-%H%M%S-%f}"
    aside = backup_dir / f"{SET_ASIDE_PREFIX}{stamp}.sqlite3"
    restored = db_path.with_name(f"{TEMP_PREFIX}restoring-{stamp}{TEMP_SUFFIX}")
    _copy_database(backup.path, restored)  # the copy first: a failure here changes nothing
    restore_journal.swap_in(restore_journal.Swap(db_path, restored, aside))
    return backup, aside


def _choose(backup_dir: Path, chosen: Path | None) -> Backup:
    if chosen is not None:
        path = chosen if chosen.exists() else backup_dir / chosen.name
        if not path.is_file():
            raise UserError(
                Message.translate(
                    "Storage",
                    "There is no backup at {path}; `tearconsole restore --list` shows them.",
                ).format(path=chosen)
            )
        if problem_of(path) is not None:
            raise UserError(
                Message.translate(
                    "Storage", "The backup {path} is damaged too; choose another one."
                ).format(path=path)
            )
        if unusable_reason(path) is not None:
            raise UserError(
                Message.translate(
                    "Storage",
                    "The backup {path} was written by a newer tearconsole, so this one "
                    "cannot use it; choose another one.",
                ).format(path=path)
            )
        return Backup(path, taken_at(path))
    usable = _newest_usable(backup_dir, 1)
    if usable:
        return usable[0]
    raise UserError(
        Message.translate(
            "Storage",
            "There is no sound backup in {folder}; move the damaged database aside to "
            "start afresh.",
        ).format(folder=backup_dir)
    )


def _copy_database(source: Path, target: Path) -> None:
    """SQLite's online backup of ``source`` into ``target``, written whole or not at all."""

    def write(temporary: Path) -> None:
        origin = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            copy = sqlite3.connect(temporary)
            try:
                origin.backup(copy)
            finally:
                copy.close()
        except sqlite3.Error as exc:
            raise UserError(
                Message.translate(
                    "Storage", "The database {path} could not be copied ({reason})."
                ).format(path=source, reason=exc)
            ) from exc
        finally:
            origin.close()

    write_file(target, write)
