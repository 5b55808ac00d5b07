"""A report of a session with steps still waiting in a file (a full disk at the time)
saves them first, or, while the window holds the data folder, says how many it leaves
out."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

from tearconsole.paths import AppPaths
from tearconsole.storage import event_files
from tearconsole.storage.db import Database
from tests.cli import run_cli
from tests.faults import held_by
from tests.session_records import make_plan, make_session

WAITING = 3


def _with_waiting_steps(paths: AppPaths) -> tuple[int, int]:
    """A session and three more of its steps waiting in a file; (its id, steps saved)."""
    db = Database.open(paths, write=True)
    try:
        made = make_session(db, make_plan(db))
    finally:
        db.close()
    with sqlite3.connect(paths.db_path) as conn:
        last, count = conn.execute(
            "SELECT MAX(seq), COUNT(*) FROM event WHERE session_id = ?", (made.session_id,)
        ).fetchone()
    rows = [
        (made.session_id, last + n, "note", "2026-11-20 19:30:00.000000", 3600.0 + n, None,
         None, f'{{"action": "note", "text": "waiting {n}", "private": false}}', 0)
        for n in range(1, WAITING + 1)
    ]  # fmt: skip
    assert event_files.save_waiting(paths.db_path, made.session_id, rows) is not None
    return made.session_id, count


def _csv_notes(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as handle:
        return [line for line in handle.read().splitlines() if "waiting " in line]


def test_a_report_saves_the_waiting_steps_first(paths: AppPaths, tmp_path: Path) -> None:
    sid, _saved = _with_waiting_steps(paths)
    output = tmp_path / "report.csv"
    done = run_cli("report", str(sid), "-o", str(output), data_dir=paths.data_dir)
    assert done.returncode == 0, done.stderr
    assert len(_csv_notes(output)) == WAITING and done.stderr == ""
    assert event_files.waiting_count(paths.db_path) == {}
    assert list(csv.reader(output.open(encoding="utf-8")))


def test_while_the_window_is_open_the_report_says_how_many_it_leaves_out(
    paths: AppPaths, tmp_path: Path
) -> None:
    sid, _saved = _with_waiting_steps(paths)
    output = tmp_path / "report.csv"
    with held_by(paths, ""):
        done = run_cli("report", str(sid), "-o", str(output), data_dir=paths.data_dir)
    assert done.returncode == 0, done.stderr
    assert f"Still waiting to be saved: {WAITING} steps of this session" in done.stderr
    assert _csv_notes(output) == []
    assert event_files.waiting_count(paths.db_path) == {sid: WAITING}
