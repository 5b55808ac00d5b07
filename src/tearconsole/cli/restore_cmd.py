"""``tearconsole backup`` and ``tearconsole restore [BACKUP]``: the database's own copies."""

from __future__ import annotations

from pathlib import Path

from tearconsole.cli.context import CliContext, print_json, print_table
from tearconsole.i18n import QT_TRANSLATE_NOOP, translate
from tearconsole.storage import backups
from tearconsole.storage.lock import DataDirLock


def run_backup(ctx: CliContext) -> int:
    saved = ctx.db(write=True).take_backup("manual")
    print(translate("Cli", "Saved a backup of the database as {path}.").format(path=saved))
    return 0


def run_restore(ctx: CliContext) -> int:
    paths = ctx.paths.ensure()
    if ctx.args.list:
        found = backups.list_backups(paths.backup_dir)
        if ctx.args.json:
            print_json([{"path": str(b.path), "taken": b.taken.isoformat()} for b in found])
        elif not found:
            print(
                translate("Cli", "There are no backups in {folder} yet.").format(
                    folder=paths.backup_dir
                )
            )
        else:
            headers = [
                QT_TRANSLATE_NOOP("CliColumns", "backup"),
                QT_TRANSLATE_NOOP("CliColumns", "taken"),
            ]
            print_table(
                [[b.path.name, f"{b.taken:%Y-%m-%d %H:%M}"] for b in found],
                [translate("CliColumns", h) for h in headers],
            )
        return 0
    chosen = Path(ctx.args.backup).expanduser() if ctx.args.backup else None
    lock = DataDirLock(paths.lock_path).acquire()
    try:
        used, aside = backups.restore(paths.db_path, paths.backup_dir, chosen)
    finally:
        lock.release()
    print(
        translate(
            "Cli", "Restored the database from {backup}; the file it replaced is kept as {path}."
        ).format(backup=used.describe(), path=aside)
    )
    return 0
