"""``tearconsole backup`` and ``tearconsole restore [BACKUP]``: the database's own copies."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tearconsole.cli.context import CliContext, print_json, print_table
from tearconsole.storage import backups
from tearconsole.storage.lock import DataDirLock


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "backup", help="take a backup of the database now (kept in the data folder's backups)"
    )
    parser.set_defaults(func=run_backup)
    parser = commands.add_parser(
        "restore",
        help="put a backup of the database back (the newest sound one unless you name one)",
        description="Put a backup of the database in its place. The current database file "
        "is kept aside in the backups folder, never deleted. Backups are taken each day, "
        "before each live session, and by `tearconsole backup`.",
    )
    parser.add_argument("backup", metavar="BACKUP", nargs="?", help="a backup's file or name")
    parser.add_argument("--list", action="store_true", help="list the backups and stop")
    parser.add_argument("--json", action="store_true", help="with --list: one JSON document")
    parser.set_defaults(func=run_restore)


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
