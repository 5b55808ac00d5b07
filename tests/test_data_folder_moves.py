"""A data folder that can move: files inside it are stored relative to it, so a moved or
copied folder plays its own files."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from tearconsole.paths import AppPaths
from tearconsole.playback.probe import probe_file
from tearconsole.storage.db import Database
from tests.cli import run_cli, run_json
from tests.media import MediaFactory


def _stored_paths(db_path: Path) -> list[str]:
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute(
            "SELECT path FROM stimulus WHERE path IS NOT NULL "
            "UNION ALL SELECT thumbnail_path FROM stimulus WHERE thumbnail_path IS NOT NULL"
        ).fetchall()
    finally:
        conn.close()
    return [row[0] for row in rows]


def test_a_moved_and_a_copied_data_folder_each_play_their_own_files(
    demo_paths: AppPaths, make_media: MediaFactory, vlc_instance: Any, tmp_path: Path
) -> None:
    data = demo_paths.data_dir
    copied = data / "media" / "copied" / "rain.ogg"  # as `library import --copy` leaves it
    copied.parent.mkdir(parents=True)
    shutil.copyfile(make_media.tone("moving-rain.ogg", 3.0), copied)
    done = run_cli("library", "import", str(copied), data_dir=data)
    assert done.returncode == 0, done.stderr
    stored = _stored_paths(demo_paths.db_path)
    assert len(stored) >= 7 and not any(os.path.isabs(path) for path in stored)

    moved = tmp_path / "usb-stick" / "tearconsole"
    moved.parent.mkdir()
    shutil.move(data, moved)
    twin = tmp_path / "second-laptop"
    shutil.copytree(moved, twin)
    for folder in (moved, twin):
        items = run_json("library", "list", data_dir=folder)
        with_files = [item for item in items if item["path"]]
        assert len(with_files) >= 7 and "rain" in {item["title"] for item in with_files}
        for item in with_files:
            assert Path(item["path"]).is_relative_to(folder), item["path"]
            assert item["status"] == "ok", item
            if item["kind"] in ("film", "music"):
                assert probe_file(vlc_instance, Path(item["path"])).playable, item["path"]
        check = run_cli("check", "First tears", "--json", data_dir=folder)
        assert check.returncode == 0, check.stderr
        report = json.loads(check.stdout)
        assert report["ok"] and not [f for f in report["findings"] if f["severity"] == "error"]
    shutil.rmtree(moved)  # the copy does not lean on the folder it was copied from
    assert all(item["status"] == "ok" for item in run_json("library", "list", data_dir=twin))


def test_absolute_paths_inside_the_folder_from_before_are_made_relative(
    paths: AppPaths, tmp_path: Path
) -> None:
    Database.open(paths, write=True).close()
    inside = paths.media_dir / "old.ogg"
    outside = tmp_path / "elsewhere.ogg"
    conn = sqlite3.connect(paths.db_path)
    for path in (inside, outside):
        conn.execute(
            "INSERT INTO stimulus (kind, title, path, status, has_video, has_audio, intensity, "
            "content_notes, credit, licence, private_notes, created_at, updated_at) VALUES "
            "('music', 'x', ?, 'ok', 0, 1, 3, '', '', '', '', '2026-01-01', '2026-01-01')",
            (str(path),),
        )
    conn.commit()
    conn.close()
    Database.open(paths, write=True).close()
    assert sorted(_stored_paths(paths.db_path)) == sorted(["media/old.ogg", str(outside)])


def test_the_path_rule_keeps_outside_paths_and_reads_relative_ones_from_the_folder(
    tmp_path: Path, monkeypatch: Any
) -> None:
    from tearconsole.storage.datapaths import to_absolute, to_stored

    roots = (str(tmp_path / "data"),)
    assert to_stored(str(tmp_path / "data" / "media" / "a.ogg"), roots) == "media/a.ogg"
    assert to_stored(str(tmp_path / "data" / "x" / ".." / "b.ogg"), roots) == "b.ogg"
    assert to_stored(str(tmp_path / "database" / "c.ogg"), roots) == str(
        tmp_path / "database" / "c.ogg"
    )
    assert to_stored(str(tmp_path / "data" / ".." / "d.ogg"), roots) == str(tmp_path / "d.ogg")
    monkeypatch.chdir(tmp_path)  # what a user typed is relative to where they were
    assert to_stored("clips/e.ogg", roots) == str(tmp_path / "clips" / "e.ogg")
    assert to_stored("data/media/f.ogg", roots) == "media/f.ogg"
    assert to_absolute("media/a.ogg", roots) == str(tmp_path / "data" / "media" / "a.ogg")
    assert to_absolute("/elsewhere/g.ogg", roots) == "/elsewhere/g.ogg"
    assert to_stored(None, roots) is None and to_absolute(None, roots) is None
