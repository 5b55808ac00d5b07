"""Backups only of good databases: a database refused as newer is never backed up, a
restore never picks a backup it could not open, and pruning the rolling backups never
leaves fewer than the last three usable ones."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tearconsole.errors import UserError
from tearconsole.paths import AppPaths
from tearconsole.storage import backups, migrations
from tearconsole.storage.db import Database
from tests.cli import run_cli


def _make_newer(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    conn.close()


def test_a_newer_database_is_refused_before_any_backup(paths: AppPaths) -> None:
    Database.open(paths, write=True).close()
    shutil.rmtree(paths.backup_dir, ignore_errors=True)
    _make_newer(paths.db_path)
    for _ in range(3):
        with pytest.raises(UserError, match="newer tearconsole"):
            Database.open(paths, write=True)
    assert not paths.backup_dir.exists() or list(paths.backup_dir.iterdir()) == []


def test_restore_skips_and_refuses_backups_from_a_newer_tearconsole(paths: AppPaths) -> None:
    Database.open(paths, write=True).close()
    good = backups.take_backup(paths.db_path, paths.backup_dir, "manual")
    newer = backups.take_backup(paths.db_path, paths.backup_dir, "manual")
    _make_newer(newer)
    assert backups.unusable_reason(newer) == "newer schema"
    assert backups.unusable_reason(good) is None
    used, _aside = backups.restore(paths.db_path, paths.backup_dir)
    assert used.path == good
    with pytest.raises(UserError, match="newer tearconsole"):
        backups.restore(paths.db_path, paths.backup_dir, newer)
    done = run_cli("restore", str(newer), data_dir=paths.data_dir)
    assert done.returncode == 1 and "newer tearconsole" in done.stderr


def test_pruning_keeps_the_last_three_usable_backups(paths: AppPaths) -> None:
    Database.open(paths, write=True).close()
    shutil.rmtree(paths.backup_dir, ignore_errors=True)
    paths.backup_dir.mkdir()
    usable = []
    for day in range(1, 4):  # three old usable dailies ...
        target = paths.backup_dir / f"daily-202601{day:02d}-090000-000000.sqlite3"
        shutil.copyfile(paths.db_path, target)
        usable.append(target)
    for day in range(10, 10 + backups.KEEP_DAILY):  # ... then a week of unusable ones
        target = paths.backup_dir / f"daily-202601{day:02d}-090000-000000.sqlite3"
        shutil.copyfile(paths.db_path, target)
        _make_newer(target)
    _make_newer(paths.db_path)  # the database itself is newer too: the backup must fail
    with pytest.raises(UserError):
        Database.open(paths, write=True)
    paths.db_path.unlink()
    for side in ("-wal", "-shm"):
        Path(f"{paths.db_path}{side}").unlink(missing_ok=True)
    shutil.copyfile(usable[0], paths.db_path)
    taken = backups.take_backup(paths.db_path, paths.backup_dir, "daily")
    left = {b.path for b in backups.list_backups(paths.backup_dir)}
    still_usable = {p for p in left if backups.unusable_reason(p) is None}
    assert taken in still_usable and len(still_usable) == backups.KEEP_USABLE
    assert usable[2] in still_usable and usable[1] in still_usable
