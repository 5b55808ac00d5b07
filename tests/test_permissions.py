"""Permissions told, not changed: a read-only database file or data folder is named with
the command that fixes it, and its mode is left as the user set it."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from tearconsole.paths import AppPaths
from tearconsole.storage.db import Database
from tests.cli import run_cli


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def made(paths: AppPaths) -> AppPaths:
    Database.open(paths).close()
    Database.open(paths).close()  # a daily backup, as a used folder has
    return paths


def test_a_read_only_database_file_is_named_and_left_read_only(made: AppPaths) -> None:
    made.db_path.chmod(0o444)
    for command in (("backup",), ("plan", "list")):
        done = run_cli(*command, data_dir=made.data_dir)
        assert done.returncode == 1, done.stdout
        assert f"The file {made.db_path} is read-only" in done.stderr
        assert f"chmod u+w '{made.db_path}'" in done.stderr
        assert _mode(made.db_path) == 0o444
    made.db_path.chmod(0o600)
    assert run_cli("backup", data_dir=made.data_dir).returncode == 0


def test_a_read_only_data_folder_is_named_and_left_read_only(made: AppPaths) -> None:
    made.data_dir.chmod(0o500)
    try:
        done = run_cli("backup", data_dir=made.data_dir)
        assert done.returncode == 1
        assert f"The folder {made.data_dir} is read-only" in done.stderr
        assert f"chmod u+rwx '{made.data_dir}'" in done.stderr
        assert _mode(made.data_dir) == 0o500
    finally:
        made.data_dir.chmod(0o700)


def test_an_existing_folder_keeps_the_mode_its_owner_gave_it(made: AppPaths) -> None:
    made.data_dir.chmod(0o750)
    Database.open(made).close()
    assert _mode(made.data_dir) == 0o750
