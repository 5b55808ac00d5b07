"""What is checked before the database is opened at all, so that opening never makes
things worse: a restore killed half way is finished first; a database missing where one
is expected (beside its backups, or its write-ahead file) is never made afresh; a damaged
write-ahead file is never folded in (``wal_check``)."""

from __future__ import annotations

from pathlib import Path

from tearconsole.errors import DatabaseDamaged, DataDirBusy, UserError
from tearconsole.i18n.message import Message
from tearconsole.paths import AppPaths
from tearconsole.storage import backups, restore_journal, wal_check
from tearconsole.storage.lock import DataDirLock


def finish_restore(paths: AppPaths, lock: DataDirLock | None) -> None:
    """A restore killed half way is finished before anything opens the database: by the
    writer, or by a reader that takes the writer lock for the moment it needs."""
    if not restore_journal.interrupted(paths.db_path):
        return
    if lock is not None:
        restore_journal.finish_interrupted(paths.db_path)
        return
    try:
        held = DataDirLock(paths.lock_path).acquire()
    except DataDirBusy:
        raise UserError(
            Message.translate(
                "Storage",
                "A restore of the database is under way; try again in a moment.",
            )
        ) from None
    try:
        restore_journal.finish_interrupted(paths.db_path)
    finally:
        held.release()


def refuse_before_opening(paths: AppPaths, writer: bool) -> None:
    """Raise when the database must not be opened at all: missing where it is expected,
    or its write-ahead file damaged (checked unless another tearconsole writes to it
    now: then it is that one's live file, and never folded in by a reader)."""
    refusal = missing_sentence(paths)
    if refusal is not None:
        raise UserError(refusal)
    if writer or not DataDirLock.held_elsewhere(paths.lock_path):
        damage = wal_check.damage_of(paths.db_path)
        if damage is not None:
            raise DatabaseDamaged(wal_damage_sentence(paths, damage))


def missing_sentence(paths: AppPaths) -> Message | None:
    """Why a missing database must not be created afresh (None: it may be).

    An empty database made where one is expected would hide the user's data: beside
    backups of it, or its write-ahead file, the missing file is a refusal with the way
    out, and nothing is created or removed."""
    db_path = paths.db_path
    if db_path.exists() and db_path.stat().st_size > 0:
        return None
    wal = Path(f"{db_path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return Message.translate(
            "Storage",
            "The database {path} is missing but its write-ahead file {wal} is still there; "
            "tearconsole changed nothing. Put the database file back, or run `tearconsole "
            "restore` to bring back the newest backup (it keeps that file aside).",
        ).format(path=db_path, wal=wal)
    newest = backups.newest_backup(paths.backup_dir)
    if newest is None:
        return None
    return Message.translate(
        "Storage",
        "The database {path} is missing, though {folder} holds backups of it; run "
        "`tearconsole restore` to bring back the newest ({backup}), or move that folder "
        "aside to start afresh.",
    ).format(path=db_path, folder=paths.backup_dir, backup=newest.describe())


def wal_damage_sentence(paths: AppPaths, damage: wal_check.WalDamage) -> Message:
    """What can be saved of a damaged write-ahead file, and the way back."""
    if damage.total:
        said = Message.translate(
            "Storage",
            "The database's write-ahead file {wal} is damaged: only {kept} of the {total} "
            "changes saved in it can be read, and opening it would drop the rest for good, "
            "so tearconsole left it and the database untouched.",
        ).format(wal=damage.wal, kept=damage.kept, total=damage.total)
    else:
        said = Message.translate(
            "Storage",
            "The database's write-ahead file {wal} is damaged at its start, so none of the "
            "changes saved in it can be read; tearconsole left it and the database untouched.",
        ).format(wal=damage.wal)
    newest = backups.newest_backup(paths.backup_dir)
    if newest is None:
        way = Message.translate(
            "Storage",
            "There is no backup; to keep what can be read, copy both files elsewhere, then "
            "move the write-ahead file aside.",
        )
    else:
        way = Message.translate(
            "Storage",
            "`tearconsole restore` brings back the newest backup ({backup}) and keeps both "
            "files aside.",
        ).format(backup=newest.describe())
    return Message.translate("Storage", "{said} {way}").format(said=said, way=way)
