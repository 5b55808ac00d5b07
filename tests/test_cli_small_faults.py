"""Small faults of the command line: ids beyond SQLite's range, names with control
characters, a reader that leaves the pipe, crash logs that never overwrite each other."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tearconsole.cli.main import _write_crash_log
from tearconsole.core.validation import plan_problems, stimulus_problems
from tearconsole.paths import AppPaths
from tearconsole.storage.db import Database
from tests.cli import run_cli, run_json
from tests.planhelp import add_plan, add_text

HUGE = str(10**20)


@pytest.fixture
def data(paths: AppPaths) -> AppPaths:
    db = Database.open(paths, write=True)
    try:
        card = add_text(db, "card", "Welcome", "Welcome.")
        add_plan(db, "Evening", [{"stimulus_id": card, "duration_s": 30}])
    finally:
        db.close()
    return paths


def test_ids_beyond_sqlites_range_are_a_sentence_not_a_crash(
    data: AppPaths, tmp_path: Path
) -> None:
    commands = [
        ("plan", "show", HUGE),
        ("plan", "export", HUGE, "-o", str(tmp_path / "x.tearplan")),
        ("check", HUGE),
        ("report", HUGE, "--format", "csv", "-o", str(tmp_path / "r.csv")),
        ("plan", "create", "Other", "--stimuli", HUGE),
    ]
    for command in commands:
        done = run_cli(*command, data_dir=data.data_dir)
        assert done.returncode == 1, command
        assert HUGE in done.stderr and "unexpected" not in done.stderr, done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
    assert not (data.log_dir).exists() or not list(data.log_dir.glob("crash-*"))


@pytest.mark.parametrize(
    "name", ["Two\nlines", "A\ttab", "Bell\x07", "Esc\x1b[31mred", "Line\u2028sep"]
)
def test_names_refuse_control_characters(data: AppPaths, name: str) -> None:
    assert plan_problems({"name": name})
    assert stimulus_problems({"title": name})
    done = run_cli("plan", "create", name, "--stimuli", "1", data_dir=data.data_dir)
    assert done.returncode == 1 and "control characters" in done.stderr
    assert not plan_problems({"name": "Evening, 夜の部"})  # spaces and kanji are fine


def test_a_file_name_with_a_line_break_makes_a_one_line_title(
    data: AppPaths, tmp_path: Path
) -> None:
    folder = tmp_path / "import"
    folder.mkdir()
    (folder / "Two\nlines.txt").write_text("A short story.\n", encoding="utf-8")
    done = run_cli("library", "import", str(folder), "--json", data_dir=data.data_dir)
    assert done.returncode == 0, done.stderr
    titles = {item["title"] for item in run_json("library", "list", data_dir=data.data_dir)}
    assert titles == {"Welcome", "Two lines"}


def test_a_reader_leaving_the_pipe_ends_the_command_quietly(data: AppPaths) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # as `| head -1` does once it has its line
    try:
        done = subprocess.run(
            [sys.executable, "-m", "tearconsole", "--data-dir", str(data.data_dir),
             "plan", "show", "1"],
            stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=60,
        )  # fmt: skip
    finally:
        os.close(write_end)
    assert done.stderr == ""
    assert done.returncode == 141


def test_two_crashes_in_one_second_keep_two_logs(tmp_path: Path) -> None:
    written = []
    for message in ("first", "second"):
        try:
            raise RuntimeError(message)
        except RuntimeError:
            written.append(Path(_write_crash_log(tmp_path)))
    assert written[0] != written[1]
    assert "first" in written[0].read_text() and "second" in written[1].read_text()


def test_a_name_saved_before_the_rule_reaches_the_terminal_escaped(data: AppPaths) -> None:
    with sqlite3.connect(data.db_path) as conn:  # as an older tearconsole let it be saved
        conn.execute("UPDATE plan SET name = ? WHERE name = 'Evening'", ("Eve\x1b[2Jning\nx",))
    for command in (("plan", "list"), ("plan", "show", "1")):
        done = run_cli(*command, data_dir=data.data_dir)
        assert done.returncode == 0, done.stderr
        assert "\x1b" not in done.stdout and "Eve\\x1b[2Jning\\nx" in done.stdout
