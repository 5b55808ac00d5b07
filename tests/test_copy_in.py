"""Media that do not depend on a USB stick: ``library import --copy`` and ``library
copy-in`` put a copy in the data folder, the copy plays after the source folder is
gone, and preflight warns about media on removable or network storage."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tearconsole.core import preflight
from tearconsole.core.preflight import Severity, check_plan
from tearconsole.paths import AppPaths
from tearconsole.storage.db import Database
from tearconsole.storage.plans import find_plan, plan_spec
from tests.cli import run_cli, run_json
from tests.live_plans import Step, make_plan
from tests.media import MediaFactory


def _stick(tmp_path: Path, make_media: MediaFactory) -> Path:
    stick = tmp_path / "stick"
    stick.mkdir()
    shutil.copyfile(make_media.tone("copy-song.wav", 3), stick / "song.wav")
    (stick / "story.txt").write_text("A lamp\n\nIt kept a window warm all night.\n")
    return stick


def test_import_copy_plays_after_the_source_folder_is_gone(
    paths: AppPaths, tmp_path: Path, make_media: MediaFactory
) -> None:
    stick = _stick(tmp_path, make_media)
    report = run_json("library", "import", str(stick), "--copy", data_dir=paths.data_dir)
    by_name = {Path(item["path"]).name: item for item in report["imported"]}
    song = by_name["song.wav"]
    copy = Path(song["copied_to"])
    assert (
        copy.parent == paths.media_dir / "library"
        and copy.read_bytes() == (stick / "song.wav").read_bytes()
    )
    assert by_name["story.txt"]["copied_to"] == str(stick / "story.txt")  # text: in the db
    shutil.rmtree(stick)  # the stick is pulled out
    items = {i["id"]: i for i in run_json("library", "list", data_dir=paths.data_dir)}
    assert items[song["stimulus_id"]]["status"] == "ok"
    assert items[song["stimulus_id"]]["path"] == str(copy)
    created = run_cli(
        "plan", "create", "From the copy", "--stimuli", str(song["stimulus_id"]),
        data_dir=paths.data_dir,
    )  # fmt: skip
    assert created.returncode == 0, created.stderr
    rehearsal = run_json(
        "rehearse", "From the copy", "--headless", "--speed", "4", data_dir=paths.data_dir
    )
    assert rehearsal["media_errors"] == []
    song_cue = next(c for c in rehearsal["cues"] if c["actual_s"])
    assert song_cue["actual_s"] > 2.0  # the 3 s song played (plan seconds)


def test_copy_in_later_and_again(paths: AppPaths, tmp_path: Path, make_media: MediaFactory) -> None:
    stick = _stick(tmp_path, make_media)
    report = run_json("library", "import", str(stick / "song.wav"), data_dir=paths.data_dir)
    sid = report["imported"][0]["stimulus_id"]
    assert report["imported"][0]["copied_to"] is None
    first = run_json("library", "copy-in", str(sid), data_dir=paths.data_dir)
    assert first["copied"][0]["copied"] is True
    assert Path(first["copied"][0]["path"]).is_relative_to(paths.media_dir)
    again = run_json("library", "copy-in", str(sid), data_dir=paths.data_dir)
    assert again["copied"][0]["copied"] is False  # already there: nothing to do
    missing = run_cli("library", "copy-in", "999", data_dir=paths.data_dir)
    assert missing.returncode == 1 and "no library item 999" in missing.stderr


def test_preflight_warns_about_media_on_a_stick(
    db: Database, tmp_path: Path, make_media: MediaFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = _stick(tmp_path, make_media)
    plan_id = make_plan(db, "On a stick", [Step("music", stick / "song.wav", seconds=3.0)])
    with db.session() as session:
        spec = plan_spec(find_plan(session, plan_id))
    assert not [f for f in check_plan(spec) if f.rule.startswith("media-removable")]
    monkeypatch.setattr(preflight, "read_mounts", lambda: [(str(stick), "vfat"), ("/", "ext4")])
    found = [f for f in check_plan(spec) if f.rule == "media-removable"]
    assert len(found) == 1 and found[0].severity is Severity.WARNING
    assert "removable drive" in found[0].message and found[0].position == 0
    monkeypatch.setattr(preflight, "read_mounts", lambda: [(str(tmp_path), "nfs4")])
    assert [f.rule for f in check_plan(spec) if f.rule.startswith("media-n")] == ["media-network"]
