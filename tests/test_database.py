"""The database file: WAL, owner-only permissions, one writer, and damaged files."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

from tearconsole.errors import DataDirBusy, UserError
from tearconsole.paths import AppPaths
from tearconsole.storage.db import Database
from tearconsole.storage.lock import DataDirLock
from tearconsole.storage.models import Plan


def test_wal_mode_and_owner_only_files(db: Database) -> None:
    with db.session() as session:
        session.add(Plan(name="Evening"))
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
    for path in (db.paths.db_path, db.paths.lock_path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE(db.paths.data_dir.stat().st_mode) == 0o700


def test_a_second_writer_gets_a_clear_sentence(db: Database) -> None:
    script = (
        "import sys\n"
        "from tearconsole.paths import AppPaths\n"
        "from tearconsole.storage.db import Database\n"
        "from tearconsole.errors import DataDirBusy\n"
        "try:\n"
        f"    Database.open(AppPaths.resolve({str(db.paths.data_dir)!r}))\n"
        "except DataDirBusy as exc:\n"
        "    print(exc); sys.exit(3)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 3
    assert "already open on this data folder" in done.stdout
    assert str(os.getpid()) in done.stdout
    assert DataDirLock.held_elsewhere(db.paths.lock_path) is False  # we hold it ourselves


def test_the_lock_is_released_on_close(paths: AppPaths) -> None:
    first = Database.open(paths)
    with pytest.raises(DataDirBusy):
        DataDirLock(paths.lock_path).acquire()
    first.close()
    Database.open(paths).close()


def test_a_reader_works_beside_the_writer(db: Database) -> None:
    with db.session() as session:
        session.add(Plan(name="Evening"))
    reader = Database.open(db.paths, write=False)
    try:
        with reader.session() as session:
            assert session.query(Plan).one().name == "Evening"
    finally:
        reader.close()


def test_a_damaged_database_is_reported_and_left_untouched(paths: AppPaths) -> None:
    garbage = b"this is not a database at all, just some bytes " * 200
    paths.db_path.write_bytes(garbage)
    with pytest.raises(UserError) as caught:
        Database.open(paths)
    message = str(caught.value)
    assert "damaged" in message and str(paths.db_path) in message
    assert paths.db_path.read_bytes() == garbage
    # The lock was given back, so the user can fix things and try again.
    DataDirLock(paths.lock_path).acquire().release()
