"""Every message in the facilitator's words: it names what they gave, says what to do,
and never shows a temporary name, an option that does not apply, or a library's name."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from tearconsole.paths import AppPaths
from tearconsole.storage.db import Database
from tests.cli import run_cli
from tests.session_records import make_plan, make_session

#: Words a facilitator cannot act on (kept for the log file and for ``doctor``).
NEVER = (".part", ".tearconsole-", ".bundle-", "libVLC", "SQLAlchemy", "sqlite3.", "Traceback")


@dataclass(frozen=True)
class Case:
    name: str
    args: tuple[str, ...]  # {out} is a scratch folder, {data} the data folder
    says: tuple[str, ...]  # what the one sentence must contain
    code: int = 1
    not_said: tuple[str, ...] = ()


CASES = [
    Case(
        "plan export to a place that cannot be written",
        ("plan", "export", "1", "-o", "/sys/first.tearplan"),
        ("/sys/first.tearplan", "choose another place"),
        not_said=("--data-dir",),
    ),
    Case(
        "plan export into a folder that does not exist",
        ("plan", "export", "1", "-o", "{out}/nowhere/first.tearplan"),
        ("{out}/nowhere", "does not exist", "first.tearplan"),
    ),
    Case(
        "plan export to a folder",
        ("plan", "export", "1", "-o", "{out}"),
        ("{out} is a folder", "name of a file"),
    ),
    Case(
        "report to a folder",
        ("report", "1", "-o", "{out}"),
        ("{out} is a folder", "{out}/session-1.pdf"),
        not_said=("Say which format",),
    ),
    Case(
        "report to a name with no known ending",
        ("report", "1", "-o", "{out}/report.txt"),
        ("report.txt", ".pdf", "--format"),
    ),
    Case(
        "--data-dir naming a file",
        ("--data-dir", "{out}/a-file", "library", "list"),
        ("{out}/a-file is a file, not a folder",),
        not_said=("File exists",),
    ),
    Case(
        "relink a folder that does not exist",
        ("library", "relink", "{out}/gone"),
        ("There is no folder at {out}/gone",),
        not_said=("found again",),
    ),
    Case(
        "import an empty folder",
        ("library", "import", "{out}/empty"),
        ("nothing to import in {out}/empty", "nothing was added"),
        not_said=("0 imported",),
    ),
    Case(
        "import a file that is no film or music",
        ("library", "import", "{out}/noise.mp3"),
        ("could not be imported",),
    ),
    Case(
        "a plan name the rule refuses",
        ("plan", "create", "w" * 201),
        ("A plan's name can be at most 200 characters.",),
    ),
    Case(
        "a full disk",
        ("report", "1", "--format", "csv", "-o", "/dev/full"),
        ("disk is full", "/dev/full"),
    ),
]


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("messages")
    paths = AppPaths.resolve(root / "data").ensure()
    db = Database.open(paths, write=True)
    try:
        make_session(db, make_plan(db))
    finally:
        db.close()
    out = root / "out"
    out.mkdir()
    (out / "a-file").write_text("not a folder")
    (out / "empty").mkdir()
    (out / "noise.mp3").write_bytes(os.urandom(40_000))
    return paths.data_dir, out


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_each_message_is_one_sentence_in_the_facilitators_words(
    folders: tuple[Path, Path], case: Case
) -> None:
    data, out = folders
    args = [a.format(out=out, data=data) for a in case.args]
    own_data_dir = "--data-dir" in args
    done = run_cli(*args, data_dir=None if own_data_dir else data)
    assert done.returncode == case.code, (done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    message = lines[0]
    for part in case.says:
        assert part.format(out=out) in message, message
    for part in (*NEVER, *case.not_said):
        assert part not in message, message
        assert part not in done.stdout, done.stdout
    assert message.endswith("."), message


def test_relink_that_finds_nothing_says_so_and_fails(
    folders: tuple[Path, Path], tmp_path: Path
) -> None:
    data, out = folders
    paths = AppPaths.resolve(tmp_path / "lost")
    clip = tmp_path / "clip.txt"
    clip.write_text("A short story about a lighthouse keeper.\n", encoding="utf-8")
    assert run_cli("library", "import", str(clip), data_dir=paths.data_dir).returncode == 0
    clip.unlink()
    done = run_cli("library", "relink", str(out), data_dir=paths.data_dir)
    assert done.returncode == 1
    assert f"None of the 1 missing file was found in {out}" in done.stderr
