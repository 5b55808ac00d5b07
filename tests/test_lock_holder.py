"""The lock refusal says what holds the data folder: a command is waited for, a window
is closed; and the lock is filelock's on every platform."""

from __future__ import annotations

from tearconsole.paths import AppPaths
from tearconsole.storage import lock
from tearconsole.storage.db import Database
from tests.cli import run_cli
from tests.faults import held_by


def test_a_command_holding_the_folder_is_named_and_waited_for(paths: AppPaths) -> None:
    Database.open(paths).close()
    with held_by(paths, "tearconsole library import") as pid:
        done = run_cli("backup", data_dir=paths.data_dir)
        assert done.returncode == 1
        assert f"`tearconsole library import` (process {pid})" in done.stderr
        assert "wait for it to finish" in done.stderr and "window" not in done.stderr
    with held_by(paths, "") as pid:
        done = run_cli("backup", data_dir=paths.data_dir)
        assert f"(process {pid}); close that window first" in done.stderr


def test_a_command_writes_its_words_beside_its_process_id(paths: AppPaths) -> None:
    lock.DataDirLock.holder = "tearconsole demo install"
    try:
        held = lock.DataDirLock(paths.ensure().lock_path).acquire()
        assert lock.holder_of(paths.lock_path) == "tearconsole demo install"
        assert lock.DataDirLock.holder_pid(paths.lock_path) is not None
        held.release()
    finally:
        lock.DataDirLock.holder = ""
    assert lock.FileLock is not None  # filelock's, on every platform
