"""Plan bundles: export then import into an empty data folder gives the same plan."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from tearconsole.bundles import BundleError, export_plan, import_bundle
from tearconsole.core.kinds import CueKind
from tearconsole.hashing import file_sha256
from tearconsole.paths import AppPaths
from tearconsole.storage.db import Database
from tearconsole.storage.models import Stimulus
from tearconsole.storage.plans import cue_to_dict, find_plan, plan_spec
from tests.media import MediaFactory
from tests.planhelp import add_media, add_plan, add_text

STORY = "The snow fell on the little town, and the lamps were lit one by one. " * 20


def make_source(db: Database, vlc_instance: Any, make_media: MediaFactory) -> int:
    film = add_media(
        db,
        vlc_instance,
        make_media.film("bundle-film.mp4", 3.0),
        "film",
        title="First light",
        intensity=4,
        content_notes="loss",
        tags=["dawn", "nature"],
        private_notes="my copy from the festival",
    )
    bed = add_media(
        db,
        vlc_instance,
        make_media.tone("bundle-bed.ogg", 4.0, freq=220),
        "music",
        title="Bed",
        intensity=1,
    )
    story = add_text(
        db,
        "story",
        "Snow",
        STORY,
        duration_s=60.0,
        language="en",
        bed_stimulus_id=bed,
        credit="public domain",
        narration_path=str(make_media.tone("bundle-voice.ogg", 2.0, freq=330)),
    )
    notice = add_text(
        db, "card", "Content notice", "Loss comes up tonight.", intensity=1, tags=["content-notice"]
    )
    return add_plan(
        db,
        "Winter evening",
        [
            {"stimulus_id": notice, "duration_s": 40.0, "notes": "say it slowly"},
            {
                "stimulus_id": film,
                "in_s": 0.5,
                "out_s": 2.5,
                "fade_in_s": 1.0,
                "fade_out_s": 2.0,
                "level_db": -3.0,
                "pre_wait_s": 4.0,
                "continue_mode": "post_wait",
                "post_wait_s": 6.0,
            },
            {"kind": "bed_start", "stimulus_id": bed, "level_db": -12.0},
            {"stimulus_id": story, "continue_mode": "follow"},
            {"kind": "pause", "duration_s": 90.0, "tone": True, "text": "Breathe."},
            {"kind": "bed_stop", "fade_out_s": 5.0},
        ],
        theme="winter",
        target_s=900.0,
        soft_landing_position=4,
    )


def comparable(db: Database, ref: str | int) -> dict[str, Any]:
    """A plan as a facilitator sees it: no row ids or paths, media by their content."""
    with db.session() as session:
        spec = plan_spec(find_plan(session, ref))
        cues = []
        for cue in spec.cues:
            item = cue_to_dict(cue)
            item.pop("stimulus_id")
            if cue.stimulus is not None:
                row = session.get(Stimulus, cue.stimulus.id)
                assert row is not None
                item["stimulus"] = {
                    "title": row.title,
                    "kind": row.kind,
                    "text": row.text,
                    "tags": [t.name for t in row.tags],
                    "notes": row.content_notes,
                    "private": row.private_notes,
                    "intensity": row.intensity,
                    "duration_s": row.duration_s,
                    "credit": row.credit,
                    "bed": row.bed_stimulus_id is not None,
                    "media": file_sha256(Path(row.path)) if row.path else None,
                    "voice": file_sha256(Path(row.narration_path)) if row.narration_path else None,
                }
            cues.append(item)
    return {
        "theme": spec.theme,
        "target_s": spec.target_s,
        "landing": spec.soft_landing_position,
        "cues": cues,
    }


@pytest.fixture
def source(tmp_path: Path, vlc_instance: Any, make_media: MediaFactory) -> Any:
    paths = AppPaths.resolve(tmp_path / "source").ensure()
    db = Database.open(paths, write=True)
    plan_id = make_source(db, vlc_instance, make_media)
    yield db, plan_id
    db.close()


def test_export_then_import_into_an_empty_data_dir_gives_the_same_plan(
    source: Any, tmp_path: Path
) -> None:
    db, plan_id = source
    bundle = tmp_path / "winter.zip"
    report = export_plan(db, plan_id, bundle, include_private=True)
    assert report.media_files == 3 and report.stimuli == 4 and bundle.is_file()
    target_paths = AppPaths.resolve(tmp_path / "elsewhere").ensure()
    target = Database.open(target_paths, write=True)
    try:
        imported = import_bundle(target, bundle)
        assert imported.plan_name == "Winter evening" and len(imported.added) == 4
        assert comparable(target, imported.plan_id) == comparable(db, plan_id)
        with target.session() as session:
            paths = [Path(s.path) for s in session.query(Stimulus) if s.path]
        assert paths and all(p.is_relative_to(target_paths.media_dir) for p in paths)

        # A second import reuses every stimulus and copies no media again.
        files_before = sorted(target_paths.media_dir.rglob("*"))
        again = import_bundle(target, bundle)
        assert again.plan_name == "Winter evening (2)" and again.added == []
        assert len(again.reused) == 4 and again.bytes_copied == 0
        assert sorted(target_paths.media_dir.rglob("*")) == files_before
        assert comparable(target, again.plan_id) == comparable(db, plan_id)
    finally:
        target.close()


def test_export_leaves_private_notes_out_unless_asked(source: Any, tmp_path: Path) -> None:
    db, plan_id = source
    bundle = tmp_path / "public.zip"
    export_plan(db, plan_id, bundle)
    with zipfile.ZipFile(bundle) as archive:
        text = archive.read("manifest.json").decode()
        manifest = json.loads(text)
    assert "say it slowly" not in text and "festival" not in text
    assert [c["kind"] for c in manifest["cues"]] == [
        "stimulus",
        "stimulus",
        CueKind.BED_START.value,
        "stimulus",
        "pause",
        "bed_stop",
    ]
    assert manifest["version"] == 1


def test_export_refuses_a_plan_with_missing_media(source: Any, tmp_path: Path) -> None:
    db, plan_id = source
    with db.session() as session:
        row = session.query(Stimulus).filter_by(title="First light").one()
        row.path = str(tmp_path / "moved-away.mp4")
    with pytest.raises(Exception, match="media file of 'First light' is missing"):
        export_plan(db, plan_id, tmp_path / "x.zip")
    assert not (tmp_path / "x.zip").exists()
    assert not list(tmp_path.glob(".tearconsole-*"))


def test_an_unknown_format_version_is_refused_in_a_sentence(source: Any, tmp_path: Path) -> None:
    db, plan_id = source
    bundle = tmp_path / "future.zip"
    export_plan(db, plan_id, bundle)
    with zipfile.ZipFile(bundle) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(members["manifest.json"])
    manifest["version"] = 7
    members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(bundle, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    with pytest.raises(BundleError, match="format version 7.*Nothing was changed"):
        import_bundle(db, bundle)


def test_plan_export_and_import_on_the_command_line(source: Any, tmp_path: Path) -> None:
    from tests.cli import run_cli, run_json

    db, plan_id = source
    data_dir = db.paths.data_dir
    db.close()
    bundle = tmp_path / "cli.zip"
    done = run_cli("plan", "export", "Winter evening", "-o", str(bundle), data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    fresh = tmp_path / "fresh"
    imported = run_json("plan", "import", str(bundle), data_dir=fresh)
    assert imported["plan"] == "Winter evening" and len(imported["added"]) == 4
    shown = run_json("plan", "show", "Winter evening", data_dir=fresh)
    assert [c["title"] for c in shown["cues"]][:2] == ["Content notice", "First light"]
    broken = tmp_path / "broken.zip"
    broken.write_bytes(bundle.read_bytes()[:200])
    refused = run_cli("plan", "import", str(broken), data_dir=fresh)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert refused.stderr.strip().endswith("Nothing was changed.")
    assert len(run_json("plan", "list", data_dir=fresh)) == 1


def test_the_demo_plan_travels_whole(demo_paths: AppPaths, tmp_path: Path) -> None:
    source = Database.open(demo_paths, write=True)
    target = Database.open(AppPaths.resolve(tmp_path / "new").ensure(), write=True)
    try:
        bundle = tmp_path / "first-tears.zip"
        report = export_plan(source, "First tears", bundle, include_private=True)
        assert report.media_files >= 6  # the film, the music and the story files
        imported = import_bundle(target, bundle)
        assert comparable(target, imported.plan_id) == comparable(source, "First tears")
        with target.session() as session:
            spec = plan_spec(find_plan(session, imported.plan_id))
        assert spec.soft_landing_position == 13 and spec.target_s == 2400
    finally:
        source.close()
        target.close()


def test_a_bundle_brings_back_a_file_the_library_lost(source: Any, tmp_path: Path) -> None:
    db, plan_id = source
    bundle = tmp_path / "again.zip"
    export_plan(db, plan_id, bundle)
    with db.session() as session:
        row = session.query(Stimulus).filter_by(title="First light").one()
        lost = tmp_path / "lost-film.mp4"
        row.path, row.status = str(lost), "missing"
    report = import_bundle(db, bundle)
    assert "First light" in report.reused and report.added == []
    with db.session() as session:
        row = session.query(Stimulus).filter_by(title="First light").one()
        assert row.status == "ok" and Path(row.path or "").is_file()
        assert Path(row.path or "").is_relative_to(db.paths.media_dir)


def test_leftovers_of_a_killed_import_or_export_are_swept_at_the_next_start(
    source: Any,
) -> None:
    db, _plan_id = source
    paths = db.paths
    staging = paths.data_dir / ".bundle-killed"
    (staging / "x").mkdir(parents=True)
    (staging / "x" / "clip.mp4").write_bytes(b"\0" * 4096)
    part = paths.data_dir / ".tearconsole-abc123.part"
    part.write_bytes(b"half a file")
    mine = paths.data_dir / "notes.txt"
    mine.write_text("kept")
    db.close()
    Database.open(paths, write=True).close()
    assert not staging.exists() and not part.exists() and mine.exists()
