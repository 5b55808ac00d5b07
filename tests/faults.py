"""Fault injection for command-line tests: a real ``tearconsole`` killed at its N-th call
of a system call (strace's ``inject``), and a data folder whose newest changes are still
only in the write-ahead file, as a crash leaves it."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest

from tearconsole.paths import AppPaths
from tearconsole.storage.db import Database

RENAMES = "rename,renameat,renameat2"
WRITES = "write,pwrite64,writev"


def need_strace() -> str:
    found = shutil.which("strace")
    if found is None:
        pytest.skip("strace is not installed (scripts/setup.sh test installs it)")
    return found


def run_killed_at(
    calls: str, number: int, data_dir: Path, *args: str
) -> subprocess.CompletedProcess[str]:
    """``tearconsole --data-dir DATA ARGS``, killed (SIGKILL) at its ``number``-th call of
    ``calls``; a return code of 0 means it finished before that call."""
    command = [
        need_strace(), "-f", "-qq", "-o", os.devnull, "-e", f"trace={calls}",
        "-e", f"inject={calls}:signal=KILL:when={number}",
        sys.executable, "-m", "tearconsole", "--data-dir", str(data_dir), *args,
    ]  # fmt: skip
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)


def add_plans(paths: AppPaths, names: list[str], keep_in_wal: bool = False) -> None:
    """Plans straight into the database; ``keep_in_wal`` leaves them in the ``-wal``
    only (no checkpoint, the process gone without closing: a crash's leftovers)."""
    Database.open(paths, write=True).close()
    script = f"""
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA wal_autocheckpoint=0")
for name in sys.argv[2:]:
    conn.execute(
        "INSERT INTO plan (name, theme, notes, created_at, updated_at) "
        "VALUES (?, '', '', ?, ?)", (name, {str(datetime.now())!r}, {str(datetime.now())!r}))
if {keep_in_wal!r}:
    os._exit(0)
conn.close()
"""
    subprocess.run([sys.executable, "-c", script, str(paths.db_path), *names], check=True)


def plan_names(db_file: Path) -> set[str]:
    """The plans in a database file with its ``-wal`` (read from a copy, so the files
    themselves are left as they are)."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / db_file.name
        shutil.copyfile(db_file, copy)
        wal = Path(f"{db_file}-wal")
        if wal.exists():
            shutil.copyfile(wal, Path(f"{copy}-wal"))
        conn = sqlite3.connect(copy)
        try:
            return {row[0] for row in conn.execute('SELECT name FROM "plan"')}
        finally:
            conn.close()


HOLD = """
import sys
from tearconsole.paths import AppPaths
from tearconsole.storage.lock import DataDirLock
DataDirLock.holder = sys.argv[2]
held = DataDirLock(AppPaths.resolve(sys.argv[1]).lock_path).acquire()
print("held", flush=True)
sys.stdin.read()
"""


@contextmanager
def held_by(paths: AppPaths, holder: str) -> Iterator[int]:
    """Another process holds the data folder's writer lock, as ``holder`` (empty: a
    window) would, until the block ends; its process id."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(paths.data_dir), holder],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "held"
        yield process.pid
    finally:
        process.communicate("", timeout=10)
