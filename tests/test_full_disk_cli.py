"""`tearconsole rehearse` on a data folder whose disk fills during the run (a small
tmpfs, where this machine lets the tests mount one): the command says what waits to be
saved and exits 1, the session is not finished, and once space returns the next start
saves every step in order and the session reads finished."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tearconsole.paths import AppPaths
from tearconsole.storage.db import Database
from tests.cli import run_cli
from tests.live_plans import Step, make_plan


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(mount)],
        capture_output=True, text=True,
    )  # fmt: skip
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({done.stderr.strip()})")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _listed(paths: AppPaths, spill: Path) -> Any:
    done = run_cli(
        "sessions", "list", "--json", data_dir=paths.data_dir, env={"TMPDIR": str(spill)}
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_disk_that_fills_during_a_rehearsal_loses_no_step(
    small_disk: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = AppPaths.resolve(small_disk / "data").ensure()
    db = Database.open(paths, write=True)
    make_plan(db, "Filling", [Step("card", seconds=1.0, text=f"Card {i}") for i in range(8)])
    db.close()
    free = os.statvfs(small_disk)
    filler = small_disk / "filler"
    with open(filler, "wb") as handle:  # leave room for the start and a few steps only
        handle.write(b"\0" * max(0, free.f_bavail * free.f_frsize - 120 * 1024))
    spill = tmp_path / "spill"
    spill.mkdir()
    done = run_cli(
        "rehearse", "Filling", "--headless", "--speed", "20",
        data_dir=paths.data_dir, env={"TMPDIR": str(spill)},
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert "could not be saved yet" in done.stderr and "not marked finished" in done.stderr
    assert str(spill) in done.stderr  # the data folder was full: kept in the temporary one
    listed = _listed(paths, spill)
    assert listed[0]["state"] != "finished" and listed[0]["waiting"] > 0
    waiting = listed[0]["waiting"]

    filler.unlink()  # space returns; the next start saves what waited
    monkeypatch.setattr(tempfile, "tempdir", str(spill))
    Database.open(paths, write=True).close()
    listed = _listed(paths, spill)
    assert listed[0]["state"] == "finished" and listed[0]["waiting"] == 0
    with sqlite3.connect(paths.db_path) as conn:
        rows = conn.execute("SELECT seq, kind FROM event ORDER BY rowid").fetchall()
    assert [seq for seq, _ in rows] == list(range(1, len(rows) + 1))
    assert rows[-1][1] == "ended" and [k for _, k in rows].count("cue_started") == 8
    assert len(rows) >= waiting and not list(spill.glob("*events-waiting*"))
