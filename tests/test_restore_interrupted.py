"""A restore is whole or not at all at every instant: killed at any rename or write, the
next command finds either the old database (its write-ahead file included) or the
restored one with the old one kept aside, never neither; and a missing database beside
its backups is a refusal, never an empty new one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tearconsole.paths import AppPaths
from tearconsole.storage import backups
from tearconsole.storage.restore_journal import journal_path
from tests.cli import run_cli, run_json
from tests.faults import RENAMES, WRITES, add_plans, plan_names, run_killed_at

BACKED_UP = {"Morning", "Evening"}
ONLY_IN_WAL = {"Late one", "Later one", "Latest one"}
MOST_KILL_POINTS = 120


@pytest.fixture
def template(tmp_path_factory: pytest.TempPathFactory) -> AppPaths:
    """A backup of two plans, then three more plans that are only in the ``-wal``."""
    paths = AppPaths.resolve(tmp_path_factory.mktemp("restore") / "data")
    add_plans(paths, sorted(BACKED_UP))
    assert run_cli("backup", data_dir=paths.data_dir).returncode == 0
    add_plans(paths, sorted(ONLY_IN_WAL), keep_in_wal=True)
    assert Path(f"{paths.db_path}-wal").stat().st_size > 0
    return paths


def _fresh(template: AppPaths, where: Path) -> AppPaths:
    shutil.copytree(template.data_dir, where)
    return AppPaths.resolve(where)


def _set_aside(paths: AppPaths) -> list[Path]:
    return sorted(paths.backup_dir.glob(f"{backups.SET_ASIDE_PREFIX}*.sqlite3"))


def _check_whole(paths: AppPaths) -> str:
    """After a kill: the next command sees the old data or the restored data, and the old
    data (its ``-wal`` rows included) is never lost. Which one it was."""
    listed = run_cli("plan", "list", "--json", data_dir=paths.data_dir)
    assert listed.returncode == 0, listed.stderr
    assert not journal_path(paths.db_path).exists()
    names = {plan["name"] for plan in run_json("plan", "list", data_dir=paths.data_dir)}
    if names == BACKED_UP | ONLY_IN_WAL:
        assert _set_aside(paths) == []
        return "old"
    assert names == BACKED_UP, names
    (aside,) = _set_aside(paths)
    assert plan_names(aside) == BACKED_UP | ONLY_IN_WAL
    assert list(paths.data_dir.glob(".tearconsole-*")) == []  # no partial copy left
    return "restored"


@pytest.mark.parametrize("calls", [RENAMES, WRITES])
def test_a_restore_killed_at_any_rename_or_write_loses_nothing(
    template: AppPaths, tmp_path: Path, calls: str
) -> None:
    seen: set[str] = set()
    for number in range(1, MOST_KILL_POINTS + 1):
        paths = _fresh(template, tmp_path / f"{number}")
        done = run_killed_at(calls, number, paths.data_dir, "restore")
        seen.add(_check_whole(paths))
        if done.returncode == 0:
            break
        assert done.returncode < 0 or done.returncode == 137, done.stderr
        shutil.rmtree(paths.data_dir)
    else:
        pytest.fail(f"restore still not finished after {MOST_KILL_POINTS} kill points")
    assert number > 3  # it was killed at several points before it could finish
    assert seen == {"old", "restored"}


def test_a_missing_database_beside_its_backups_is_refused_with_the_way_out(
    template: AppPaths, tmp_path: Path
) -> None:
    paths = _fresh(template, tmp_path / "data")
    paths.db_path.unlink()
    Path(f"{paths.db_path}-wal").unlink()
    Path(f"{paths.db_path}-shm").unlink(missing_ok=True)
    for command in (("doctor",), ("plan", "list"), ("library", "import", str(tmp_path))):
        done = run_cli(*command, data_dir=paths.data_dir)
        assert done.returncode == 1, (command, done.stdout)
        assert "is missing" in done.stderr and "tearconsole restore" in done.stderr
        assert "Traceback" not in done.stderr
        assert not paths.db_path.exists(), command  # no empty database made
    assert run_cli("restore", data_dir=paths.data_dir).returncode == 0
    assert {p["name"] for p in run_json("plan", "list", data_dir=paths.data_dir)} == BACKED_UP


def test_a_missing_database_with_its_write_ahead_file_is_refused_untouched(
    template: AppPaths, tmp_path: Path
) -> None:
    paths = _fresh(template, tmp_path / "data")
    shutil.rmtree(paths.backup_dir)
    paths.db_path.unlink()
    wal = Path(f"{paths.db_path}-wal")
    before = wal.read_bytes()
    done = run_cli("doctor", data_dir=paths.data_dir)
    assert done.returncode == 1
    assert "write-ahead file" in done.stderr and str(wal) in done.stderr
    assert wal.read_bytes() == before and not paths.db_path.exists()
