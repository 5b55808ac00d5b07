"""``tearconsole backup`` and ``tearconsole restore [BACKUP]``: the database's own copies."""

from __future__ import annotations

from pathlib import Path

from tearconsole.cli.context import CliContext, print_json, print_table
from tearconsole.storage import backups
from tearconsole.storage.lock import DataDirLock


def run_backup(ctx: CliContext) -> int:
    saved = ctx.db(write=True).take_backup("manual")
    print(f"Saved a backup of the database as {saved}.")
    return 0


def run_restore(ctx: CliContext) -> int:
    paths = ctx.paths.ensure()
    if ctx.args.list:
        found = backups.list_backups(paths.backup_dir)
        if ctx.args.json:
            print_json([{"path": str(b.path), "taken": b.taken.isoformat()} for b in found])
        elif not found:
            print(f"There are no backups in {paths.backup_dir} yet.")
        else:
            print_table(
                [[b.path.name, f"{b.taken:%Y-%m-%d %H:%M}"] for b in found], ["backup", "taken"]
            )
        return 0
    chosen = Path(ctx.args.backup).expanduser() if ctx.args.backup else None
    lock = DataDirLock(paths.lock_path).acquire()
    try:
        used, aside = backups.restore(paths.db_path, paths.backup_dir, chosen)
    finally:
        lock.release()
    print(f"Restored the database from {used.describe()}; the file it replaced is kept as {aside}.")
    return 0
