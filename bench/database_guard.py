"""What guarding the database costs on a well-used data folder.

Fills a fresh data folder like ``bench/history_reports.py`` (``--sessions`` sessions of
``--minutes`` each), then times SQLite's quick check (every start), the full integrity
check (``doctor``), one rolling backup with the online backup API, and a whole writable
open (check, sweep, daily backup already taken, migrations, path rewrite), median of
``--repeat`` runs:

    .venv/bin/python bench/database_guard.py --sessions 100 --minutes 90
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.benchkit import machine  # noqa: E402
from bench.history_reports import fill_sessions, median_ms  # noqa: E402

from tearconsole.paths import AppPaths  # noqa: E402
from tearconsole.storage import backups  # noqa: E402
from tearconsole.storage.db import Database  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=100)
    parser.add_argument("--minutes", type=int, default=90)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        paths = AppPaths.resolve(Path(temp) / "data").ensure()
        db = Database.open(paths)
        events, _ = fill_sessions(db, args.sessions, args.minutes)
        db.close()
        Database.open(paths).close()  # today's backup, so the opens below take none
        size_mb = paths.db_path.stat().st_size / 1e6
        results = {
            "quick_check": median_ms(lambda: backups.problem_of(paths.db_path), args.repeat),
            "integrity_check": median_ms(
                lambda: backups.problem_of(paths.db_path, full=True), args.repeat
            ),
            "one backup": median_ms(
                lambda: backups.take_backup(paths.db_path, paths.backup_dir, "session"),
                args.repeat,
            ),
            "writable open": median_ms(lambda: Database.open(paths).close(), args.repeat),
        }
    print(f"machine: {machine()}")
    print(
        f"{args.sessions} sessions of {args.minutes} min, {events} events, "
        f"database {size_mb:.0f} MB; median of {args.repeat}"
    )
    for name, value in results.items():
        print(f"  {name:16s} {value:8.1f} ms")


if __name__ == "__main__":
    main()
