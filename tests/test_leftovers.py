"""No leftovers: whatever a killed operation left (media a plan import moved in, a copy's
partial file, an export's partial file in the user's folder, a demo's or thumbnail's
temporary file) is found and removed at the next start, whatever its age."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from tearconsole.atomic import TEMP_PREFIX, TEMP_SUFFIX
from tearconsole.paths import AppPaths
from tearconsole.storage.db import Database
from tearconsole.storage.media_orphans import IMPORTED_FOLDER
from tests.cli import run_cli, run_json
from tests.faults import RENAMES, WRITES, run_killed_at
from tests.media import MediaFactory
from tests.planhelp import exported_plan

MOST_KILL_POINTS = 60


@pytest.fixture(scope="module")
def bundle(
    tmp_path_factory: pytest.TempPathFactory, vlc_instance: Any, make_media: MediaFactory
) -> Path:
    """A plan file with two media files (about 1 MB each)."""
    media = [make_media.tone("left-1.wav", 6.0), make_media.tone("left-2.wav", 6.0, 660)]
    folder = tmp_path_factory.mktemp("leftovers")
    return exported_plan(folder, vlc_instance, media, "Leftovers")


def _ours(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.startswith((TEMP_PREFIX, ".bundle-"))]


def test_a_plan_import_killed_at_any_rename_leaves_nothing_after_the_next_start(
    bundle: Path, tmp_path: Path
) -> None:
    for number in range(1, MOST_KILL_POINTS + 1):
        paths = AppPaths.resolve(tmp_path / f"{number}")
        Database.open(paths.ensure()).close()
        done = run_killed_at(RENAMES, number, paths.data_dir, "plan", "import", str(bundle))
        assert run_cli("backup", data_dir=paths.data_dir).returncode == 0  # the next start
        imported = paths.media_dir / IMPORTED_FOLDER
        files = sorted(p.name for p in imported.iterdir()) if imported.exists() else []
        items = run_json("library", "list", data_dir=paths.data_dir)
        referred = sorted(Path(item["path"]).name for item in items if item["path"])
        assert files == referred, (number, files, referred)
        assert _ours(paths.data_dir) == []
        if done.returncode == 0:
            assert len(files) == 2
            break
        shutil.rmtree(paths.data_dir)
    else:
        pytest.fail(f"plan import still not finished after {MOST_KILL_POINTS} kill points")
    assert number > 3


def test_a_killed_export_leaves_no_partial_file_after_the_next_start(
    bundle: Path, tmp_path: Path
) -> None:
    paths = AppPaths.resolve(tmp_path / "data")
    assert run_cli("plan", "import", str(bundle), data_dir=paths.data_dir).returncode == 0
    out = tmp_path / "out"
    out.mkdir()
    killed = run_killed_at(
        WRITES, 40, paths.data_dir, "plan", "export", "Leftovers", "-o", str(out / "x.tearplan")
    )
    assert killed.returncode != 0
    (partial,) = out.iterdir()  # a fresh partial file, far younger than an hour
    assert partial.name.startswith(TEMP_PREFIX) and partial.name.endswith(TEMP_SUFFIX)
    assert run_cli("plan", "list", data_dir=paths.data_dir).returncode == 0  # the next start
    assert list(out.iterdir()) == []


def test_partial_copies_in_the_media_folders_are_removed_at_the_next_start(
    paths: AppPaths,
) -> None:
    Database.open(paths).close()
    left = [
        paths.media_dir / "library" / f"{TEMP_PREFIX}song.ogg{TEMP_SUFFIX}",  # library --copy
        paths.media_dir / "demo" / "music" / f"{TEMP_PREFIX}abc{TEMP_SUFFIX}",  # demo install
        paths.thumbnail_dir / f"{TEMP_PREFIX}film{TEMP_SUFFIX}.png",  # a thumbnail
        paths.data_dir / f"{TEMP_PREFIX}events-waiting-3.jsonl{TEMP_SUFFIX}",  # waiting steps
    ]
    for path in left:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"partial")
    Database.open(paths).close()
    assert [p for p in left if p.exists()] == []


def test_waiting_steps_half_written_to_the_temporary_folder_are_removed_at_the_next_start(
    paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A disk full beside the database sends waiting steps to the system's temporary
    folder; a write of them killed there is this database's to remove, and no one else's."""
    import tempfile

    from tearconsole.storage import event_files

    shared = tmp_path / "tmp"
    shared.mkdir()
    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(shared))
    Database.open(paths).close()
    ours = event_files._waiting_name(paths.db_path, shared, 7).name
    mine = shared / f"{TEMP_PREFIX}{ours}{TEMP_SUFFIX}"
    other = shared / f"{TEMP_PREFIX}tearconsole-0123456789ab-events-waiting-7.jsonl{TEMP_SUFFIX}"
    someone_elses = shared / f"{TEMP_PREFIX}notes.txt{TEMP_SUFFIX}"
    for path in (mine, other, someone_elses):
        path.write_text("partial")
    Database.open(paths).close()
    assert not mine.exists()
    assert other.exists() and someone_elses.exists()  # another database's, another program's
