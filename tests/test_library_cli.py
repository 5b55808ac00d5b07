"""``tearconsole library import|list|relink`` as a user runs them (real subprocesses)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.cli import run_cli, run_json
from tests.media import MediaFactory


def test_import_list_move_relink(tmp_path: Path, make_media: MediaFactory) -> None:
    data = tmp_path / "data"
    source = tmp_path / "collection"
    source.mkdir()
    shutil.copyfile(make_media.tone("cli-song.ogg", 2.0), source / "song.ogg")
    (source / "story.txt").write_text("Snow\n\nIt snowed.", "utf-8")
    (source / "broken.mp4").write_bytes(b"")

    done = run_cli("library", "import", str(source), "--json", data_dir=data)
    assert done.returncode == 1  # one file failed: a script must notice
    assert done.stderr.strip() == (
        "1 file could not be imported; the reasons are listed in the output, and "
        "everything else was imported."
    )
    first = json.loads(done.stdout)
    assert [Path(i["path"]).name for i in first["imported"]] == ["song.ogg", "story.txt"]
    assert first["skipped"] == []
    assert [(Path(i["path"]).name, i["reason"]) for i in first["failed"]] == [
        ("broken.mp4", "The file is empty (0 bytes).")
    ]
    second = run_json("library", "import", str(source / "song.ogg"), data_dir=data)
    assert second["imported"] == [] and len(second["skipped"]) == 1

    listed = {i["title"]: i for i in run_json("library", "list", data_dir=data)}
    assert listed["song"]["status"] == "ok" and listed["song"]["kind"] == "music"
    assert listed["Snow"]["text"] == "It snowed."

    moved = tmp_path / "elsewhere"
    moved.mkdir()
    (source / "song.ogg").rename(moved / "renamed.ogg")
    listed = {i["title"]: i for i in run_json("library", "list", data_dir=data)}
    assert listed["song"]["status"] == "missing"
    assert "no longer at" in listed["song"]["status_reason"]

    relinked = run_json("library", "relink", str(moved), data_dir=data)
    assert relinked["relinked"] == [
        {"id": listed["song"]["id"], "path": str(moved / "renamed.ogg")}
    ]
    listed = {i["title"]: i for i in run_json("library", "list", data_dir=data)}
    assert listed["song"]["status"] == "ok"


def test_import_of_nothing_usable_exits_1_with_reasons(tmp_path: Path) -> None:
    (tmp_path / "notes.mkv").write_text("only words here\n", "utf-8")
    done = run_cli("library", "import", str(tmp_path / "notes.mkv"), data_dir=tmp_path / "d")
    assert done.returncode == 1
    assert "text file" in done.stdout and "Traceback" not in done.stderr
    bad_usage = run_cli("library", "import", data_dir=tmp_path / "d")
    assert bad_usage.returncode == 2
    listed = json.loads(run_cli("library", "list", "--json", data_dir=tmp_path / "d").stdout)
    assert listed == []


def test_list_beside_an_open_window_reports_missing_without_writing(
    tmp_path: Path, make_media: MediaFactory
) -> None:
    from tearconsole.paths import AppPaths
    from tearconsole.storage.db import Database
    from tearconsole.storage.stimuli import library_rows

    data = tmp_path / "data"
    song = tmp_path / "song.wav"
    shutil.copyfile(make_media.tone("cli-open.wav", 2.0), song)
    run_json("library", "import", str(song), data_dir=data)
    song.rename(tmp_path / "moved.wav")
    window = Database.open(AppPaths.resolve(data), write=True)  # holds the writer lock
    try:
        (item,) = run_json("library", "list", data_dir=data)
        assert item["status"] == "missing"
        with window.session() as session:
            assert library_rows(session)[0]["status"] == "ok"  # nothing written
    finally:
        window.close()
