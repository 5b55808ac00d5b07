"""A damaged write-ahead file is a refusal, not a quiet loss: nothing folds it in, the
database and the file stay as they are, the sentence says what can be read and offers
the backup, and `restore` keeps both files aside. A crash's ordinary leftovers (a whole
-wal, or one whose last frame was cut short) still open with everything committed."""

from __future__ import annotations

import hashlib
import json
import shutil
import struct
from pathlib import Path

import pytest

from tearconsole.paths import AppPaths
from tearconsole.storage import backups, wal_check
from tests.cli import run_cli, run_json
from tests.faults import add_plans, plan_names

FIRST = {"Morning", "Evening"}
NEW = {f"New {n}" for n in range(1, 6)}  # one transaction each, only in the -wal


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    paths = AppPaths.resolve(tmp_path / "data")
    add_plans(paths, sorted(FIRST))
    assert run_cli("backup", data_dir=paths.data_dir).returncode == 0
    add_plans(paths, sorted(NEW), keep_in_wal=True)
    return paths


def _wal(paths: AppPaths) -> Path:
    return Path(f"{paths.db_path}-wal")


def _frames(wal: Path) -> tuple[int, list[int]]:
    """The frame size and the offset of each commit frame."""
    data = wal.read_bytes()
    page_size = struct.unpack(">I", data[8:12])[0]
    frame = wal_check.FRAME_HEADER + page_size
    commits = [
        offset
        for offset in range(wal_check.HEADER, len(data) - frame + 1, frame)
        if struct.unpack(">I", data[offset + 4 : offset + 8])[0]
    ]
    return frame, commits


def _overwrite(path: Path, offset: int, data: bytes) -> None:
    with path.open("r+b") as handle:
        handle.seek(offset)
        handle.write(data)


def _fingerprint(paths: AppPaths) -> tuple[str, str]:
    return tuple(  # type: ignore[return-value]
        hashlib.sha256(p.read_bytes()).hexdigest() for p in (paths.db_path, _wal(paths))
    )


def test_the_checksum_is_sqlites() -> None:
    # a header SQLite wrote: its stored checksum is the one computed over its first 24 bytes
    assert wal_check.checksum(bytes(8), False, (0, 0)) == (0, 0)
    assert wal_check.checksum(struct.pack("<2I", 1, 2), False, (0, 0)) == (1, 3)


def test_a_crash_leaves_a_wal_that_opens_with_every_change(paths: AppPaths) -> None:
    assert wal_check.damage_of(paths.db_path) is None
    frame, commits = _frames(_wal(paths))
    with _wal(paths).open("r+b") as handle:  # the last frame cut short, as a torn write
        handle.truncate(commits[-1] + frame // 2)
    assert wal_check.damage_of(paths.db_path) is None
    listed = run_json("plan", "list", data_dir=paths.data_dir)
    assert {plan["name"] for plan in listed} == FIRST | NEW - {"New 5"}


@pytest.mark.parametrize("where", ["frame", "header"])
def test_a_damaged_wal_is_refused_untouched_and_restore_keeps_it(
    paths: AppPaths, where: str
) -> None:
    wal = _wal(paths)
    _frame, commits = _frames(wal)
    assert len(commits) >= len(NEW)
    if where == "frame":  # 64 bytes inside the second new plan's commit
        _overwrite(wal, commits[-4] + 200, b"\xa5" * 64)
    else:
        _overwrite(wal, 16, b"\xa5" * 8)  # the salts
    damage = wal_check.damage_of(paths.db_path)
    assert damage is not None
    frozen = _fingerprint(paths)
    for command in (("doctor",), ("plan", "list"), ("sessions", "list"), ("backup",)):
        done = run_cli(*command, data_dir=paths.data_dir)
        assert done.returncode == 1, (command, done.stdout)
        assert "write-ahead file" in done.stderr and "is damaged" in done.stderr
        if where == "frame":
            assert f"only {damage.kept} of the {damage.total} changes" in done.stderr
        assert "tearconsole restore" in done.stderr and "Traceback" not in done.stderr
        assert _fingerprint(paths) == frozen, command  # doctor deletes no evidence
    doctor = run_cli("doctor", "--json", data_dir=paths.data_dir)
    assert "write-ahead file" in json.loads(doctor.stdout)["database_problem"]

    assert run_cli("restore", data_dir=paths.data_dir).returncode == 0
    assert {plan["name"] for plan in run_json("plan", "list", data_dir=paths.data_dir)} == FIRST
    (aside,) = paths.backup_dir.glob(f"{backups.SET_ASIDE_PREFIX}*.sqlite3")
    kept = Path(f"{aside}-wal")
    assert hashlib.sha256(kept.read_bytes()).hexdigest() == frozen[1]
    if where == "frame":  # what SQLite can still read of it, from a copy
        assert FIRST < plan_names(aside) < FIRST | NEW
    shutil.rmtree(paths.backup_dir)
