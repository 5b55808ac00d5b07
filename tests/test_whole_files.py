"""Whole files or none: a report or bundle that cannot be written whole is not written at
all, and the command says so in one sentence naming the file the user chose."""

from __future__ import annotations

import csv
import io
import resource
import stat
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from tearconsole.atomic import write_text
from tearconsole.errors import UserError
from tearconsole.paths import AppPaths
from tearconsole.reports.csv import cell
from tearconsole.storage.db import Database
from tearconsole.storage.models import Event, SessionRecord, Stimulus
from tests.cli import run_cli
from tests.media import MediaFactory
from tests.session_records import make_plan, make_session

#: Larger than the database's shared-memory file (32 KB), smaller than every export below.
FILE_SIZE_LIMIT = 40_000


@pytest.fixture
def big(paths: AppPaths, make_media: MediaFactory) -> tuple[AppPaths, int, int]:
    """A session with a long notes list (reports well over the limit) and a plan with a
    real media file (a bundle well over the limit)."""
    db = Database.open(paths, write=True)
    try:
        plan_id = make_plan(db)
        made = make_session(db, plan_id)
        with db.session() as session:
            record = session.get(SessionRecord, made.session_id)
            assert record is not None
            for index in range(300):
                text = f"Note {index}: " + "the room breathed together again; " * 5
                session.add(
                    Event(
                        session_id=made.session_id,
                        seq=1000 + index,
                        kind="note",
                        wall_time=record.started_at + timedelta(seconds=700 + index),
                        mono_s=700.0 + index,
                        detail_json=f'{{"action": "note", "text": "{text}", "private": false}}',
                        private=False,
                    )
                )
            film = session.query(Stimulus).filter_by(title="First light").one()
            film.path = str(make_media.tone("whole-files.wav", 2.0))
    finally:
        db.close()
    assert run_cli("doctor", data_dir=paths.data_dir).returncode == 0  # today's backup
    return paths, made.session_id, plan_id


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_SIZE_LIMIT, FILE_SIZE_LIMIT))


def _export_args(kind: str, session_id: int, plan_id: int, target: str) -> list[str]:
    if kind == "bundle":
        return ["plan", "export", str(plan_id), "-o", target]
    return ["report", str(session_id), "--format", kind, "-o", target]


KINDS = ["html", "csv", "pdf", "bundle"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_full_disk_leaves_no_file_and_says_so(
    big: tuple[AppPaths, int, int], tmp_path: Path, kind: str
) -> None:
    paths, session_id, plan_id = big
    out = tmp_path / "out"
    out.mkdir()
    target = out / f"export.{kind}"
    unlimited = run_cli(
        *_export_args(kind, session_id, plan_id, str(target)), data_dir=paths.data_dir
    )
    assert unlimited.returncode == 0, unlimited.stderr
    assert target.stat().st_size > FILE_SIZE_LIMIT  # the limit below does bite
    for written in out.iterdir():  # a CSV's cues file beside it as well
        written.unlink()
    command = [sys.executable, "-m", "tearconsole", "--data-dir", str(paths.data_dir)]
    done = subprocess.run(
        [*command, *_export_args(kind, session_id, plan_id, str(target))],
        capture_output=True,
        text=True,
        preexec_fn=_limited,
        timeout=120,
    )
    assert done.returncode == 1, (done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and str(target) in lines[0], done.stderr
    assert "not saved" in lines[0] and ".part" not in lines[0]
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("kind", KINDS)
def test_dev_full_fails_in_one_sentence(big: tuple[AppPaths, int, int], kind: str) -> None:
    paths, session_id, plan_id = big
    done = run_cli(*_export_args(kind, session_id, plan_id, "/dev/full"), data_dir=paths.data_dir)
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "disk is full" in lines[0] and "/dev/full" in lines[0]
    assert stat.S_ISCHR(Path("/dev/full").stat().st_mode)  # still the device, not a file


def test_a_failed_write_keeps_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    target.write_text("old")

    def explode(_path: Path) -> None:
        raise OSError(28, "No space left on device")

    from tearconsole.atomic import write_file

    with pytest.raises(UserError) as caught:
        write_file(target, explode)
    assert str(target) in str(caught.value) and "disk is full" in str(caught.value)
    assert target.read_text() == "old" and sorted(tmp_path.iterdir()) == [target]
    write_text(target, "new")
    assert target.read_text() == "new" and sorted(tmp_path.iterdir()) == [target]


@pytest.mark.parametrize(
    ("title", "cell_text"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("A calm card", "A calm card"),
        ("Dawn = light", "Dawn = light"),
    ],
)
def test_csv_cells_a_spreadsheet_would_run_are_escaped(title: str, cell_text: str) -> None:
    assert cell(title) == cell_text


def test_a_formula_title_reaches_the_csv_as_text(paths: AppPaths, tmp_path: Path) -> None:
    db = Database.open(paths, write=True)
    try:
        made = make_session(db, make_plan(db))
        with db.session() as session:
            for stimulus in session.query(Stimulus):
                stimulus.title = "=1+1 " + stimulus.title
    finally:
        db.close()
    target = tmp_path / "r.csv"
    done = run_cli("report", str(made.session_id), "-o", str(target), data_dir=paths.data_dir)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    titles = {row["cue_title"] for row in rows if row["cue_title"].startswith(("'", "="))}
    assert len(titles) == 5 and all(title.startswith("'=1+1 ") for title in titles), titles


def test_an_export_sweeps_what_a_killed_export_left_beside_it(tmp_path: Path) -> None:
    import os

    stale = tmp_path / ".tearconsole-killed.part"
    stale.write_bytes(b"half a plan")
    os.utime(stale, (1_000_000_000, 1_000_000_000))
    running = tmp_path / ".tearconsole-running.part"  # another save, still going on
    running.write_bytes(b"in progress")
    mine = tmp_path / ".hidden-of-the-user.part"
    mine.write_text("theirs")
    write_text(tmp_path / "report.html", "<p>ok</p>")
    assert not stale.exists() and running.exists() and mine.exists()
