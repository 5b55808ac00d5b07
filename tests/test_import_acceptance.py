"""Importing a real folder: every container and codec, every text encoding, every bad kind.

Real media made by ffmpeg, real libVLC (headless) probing and test-decoding, a real
SQLite file. Issue acceptance: kinds, durations (to 0.3 s), decoded texts, rejection
reasons, a second import adds nothing, and a moved file shows as missing and relinks.
"""

from __future__ import annotations

import random
import re
import shutil
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from tearconsole.library.importer import ImportReport, import_paths
from tearconsole.library.locate import check_files, relink_from_folder
from tearconsole.library.sniff import image_info
from tearconsole.playback.probe import probe_file
from tearconsole.playback.thumbnail import thumbnail_maker
from tearconsole.storage.db import Database
from tearconsole.storage.stimuli import library_rows
from tests.media import MediaFactory

STORY_EN = "The Little Match Girl\n\nIt was terribly cold; it snowed.\nShe had no shoes."
STORY_JA = (
    "マッチ売りの少女\n\nひどく寒い日でした。雪が降っていて、あたりは暗くなり始めていました。"
)
STORY_UTF16 = "A letter home\n\nDear mother — I kept the red scarf. Ça va. 母へ。"
STORY_EUC = "雨の日\n\n傘をさして、ゆっくり歩きました。涙が出そうでした。"

# name in the folder -> (kind, seconds)
MEDIA = {
    "film-h264.mp4": ("film", 2.5),
    "film-vp9.webm": ("film", 2.2),
    "film-mpeg4.avi": ("film", 2.4),
    "film-silent.mp4": ("film", 2.3),
    "tone.flac": ("music", 2.6),
    "tone.m4a": ("music", 2.7),
    "tone.mp3": ("music", 2.8),
    "tone.opus": ("music", 2.9),
    "tone.wav": ("music", 3.1),
    "tone.ogg": ("music", 3.2),
    "雨の音.ogg": ("music", 2.1),  # a Japanese file name
}

BAD = {
    "empty.wav": "empty",
    "cut-short.mp4": "cut short",
    "noise.mp3": "no sound or picture",
    # libVLC's parse finds an audio track in noise, and may even decode a frame of it.
    "noise.flac": "no sound or picture|damaged",
    "notes.mkv": "text file",
    "subtitles-only.mkv": "no sound or picture",  # parses, but has no audio or video track
    "broken-picture.png": "not a picture",
    "binary.txt": "binary data",
    "manual.pdf": "does not use .pdf",
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory, make_media: MediaFactory) -> Path:
    root = tmp_path_factory.mktemp("to-import")
    (root / "films").mkdir()
    (root / "music" / "deeper").mkdir(parents=True)
    (root / "bad").mkdir()
    for name, (kind, seconds) in MEDIA.items():
        if name == "film-silent.mp4":
            source = make_media.silent_film(f"imp-{name}", seconds)
        elif kind == "film":
            source = make_media.film(f"imp-{name}", seconds)
        else:
            source = make_media.tone(f"imp-{seconds}-{name}", seconds, freq=int(seconds * 100))
        where = root / "films" if kind == "film" else root / "music" / "deeper"
        shutil.copyfile(source, where / name)
    stories = root / "stories"
    stories.mkdir()
    (stories / "match-girl.txt").write_text(STORY_EN, "utf-8")
    (stories / "letter.md").write_bytes(STORY_UTF16.encode("utf-16"))  # with a BOM
    (stories / "マッチ売りの少女.txt").write_bytes(STORY_JA.encode("shift_jis"))
    (stories / "ame.txt").write_bytes(STORY_EUC.encode("euc_jp"))
    shutil.copyfile(make_media.picture("imp-card.png"), root / "breathing.png")
    (root / ".DS_Store").write_bytes(b"\x00\x01litter")

    bad = root / "bad"
    (bad / "empty.wav").write_bytes(b"")
    whole = make_media.remux(
        make_media.film("imp-long.mp4", 6.0), "imp-long-faststart.mp4", "-movflags", "+faststart"
    )
    data = whole.read_bytes()
    (bad / "cut-short.mp4").write_bytes(data[: len(data) // 3])
    noise = bytes((i * 7919 + 13) % 251 for i in range(60_000))
    (bad / "noise.mp3").write_bytes(noise)
    (bad / "noise.flac").write_bytes(random.Random(7).randbytes(60_000))  # the same each run
    (bad / "notes.mkv").write_text("These are my notes, not a film.\n" * 50, "utf-8")
    shutil.copyfile(make_media.subtitles_only("imp-subs.mkv"), bad / "subtitles-only.mkv")
    (bad / "broken-picture.png").write_text("not really a png", "utf-8")
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (bad / "manual.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\n")
    return root


def _import(db: Database, vlc_instance: Any, *paths: Path) -> ImportReport:
    return import_paths(db, list(paths), partial(probe_file, vlc_instance))


def _by_name(report: ImportReport, outcome: str) -> dict[str, Any]:
    return {Path(item.path).name: item for item in report.of(outcome)}


def test_a_folder_imports_with_kinds_durations_texts_and_reasons(
    db: Database, vlc_instance: Any, folder: Path
) -> None:
    report = _import(db, vlc_instance, folder)
    imported = _by_name(report, "imported")
    failed = _by_name(report, "failed")
    expected_good = set(MEDIA) | {
        "match-girl.txt",
        "letter.md",
        "マッチ売りの少女.txt",
        "ame.txt",
        "breathing.png",
    }
    assert set(imported) == expected_good, report.to_dict()
    assert set(failed) == set(BAD)
    for name, fragment in BAD.items():
        assert re.search(fragment, failed[name].reason), (name, failed[name].reason)
        assert failed[name].reason.endswith(".") and failed[name].reason[0].isupper()
    assert report.skipped == []  # .DS_Store is passed over without a word

    with db.session() as session:
        rows = {Path(r["path"]).name: r for r in library_rows(session)}
    assert set(rows) == expected_good
    for name, (kind, seconds) in MEDIA.items():
        row = rows[name]
        assert row["kind"] == kind, name
        assert row["status"] == "ok"
        assert row["duration_s"] == pytest.approx(seconds, abs=0.3), name
    assert rows["film-silent.mp4"]["has_audio"] is False
    assert rows["film-h264.mp4"]["width"] == 320

    assert rows["match-girl.txt"]["title"] == "The Little Match Girl"
    assert rows["match-girl.txt"]["text"] == STORY_EN.split("\n\n", 1)[1]
    assert rows["letter.md"]["text"] == STORY_UTF16.split("\n\n", 1)[1]
    assert rows["マッチ売りの少女.txt"]["title"] == "マッチ売りの少女"
    assert rows["マッチ売りの少女.txt"]["text"] == STORY_JA.split("\n\n", 1)[1]
    assert rows["マッチ売りの少女.txt"]["language"] == "ja"
    assert rows["ame.txt"]["text"] == STORY_EUC.split("\n\n", 1)[1]
    for name in ("match-girl.txt", "letter.md", "ame.txt"):
        assert rows[name]["kind"] == "story" and rows[name]["duration_s"] > 0
    assert rows["breathing.png"]["kind"] == "card"
    assert rows["breathing.png"]["width"] == 64

    again = _import(db, vlc_instance, folder)
    assert again.imported == []
    assert set(_by_name(again, "skipped")) == expected_good
    assert set(_by_name(again, "failed")) == set(BAD)
    with db.session() as session:
        assert len(library_rows(session)) == len(expected_good)


def test_same_content_under_another_name_is_a_skip(
    db: Database, vlc_instance: Any, make_media: MediaFactory, tmp_path: Path
) -> None:
    first = tmp_path / "a" / "song.wav"
    first.parent.mkdir()
    shutil.copyfile(make_media.tone("imp-same.wav", 2.0), first)
    copy = tmp_path / "b" / "a-copy-with-another-name.wav"
    copy.parent.mkdir()
    shutil.copyfile(first, copy)
    report = _import(db, vlc_instance, first.parent, copy.parent)
    assert len(report.imported) == 1 and len(report.skipped) == 1
    assert "already in the library" in report.skipped[0].reason


def test_a_moved_file_is_flagged_missing_then_relinked_by_content(
    db: Database, vlc_instance: Any, make_media: MediaFactory, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    shutil.copyfile(make_media.tone("imp-move.ogg", 2.0), home / "rain.ogg")
    (home / "story.txt").write_text("Rain\n\nIt rained all day.", "utf-8")
    report = _import(db, vlc_instance, home)
    assert len(report.imported) == 2

    elsewhere = tmp_path / "usb-stick" / "renamed"
    elsewhere.mkdir(parents=True)
    (home / "rain.ogg").rename(elsewhere / "rain (1).ogg")
    shutil.copyfile(make_media.tone("imp-decoy.ogg", 2.0, freq=600), elsewhere / "rain.ogg")
    changes = check_files(db)
    assert len(changes.now_missing) == 1
    with db.session() as session:
        rows = {r["title"]: r for r in library_rows(session)}
    assert rows["rain"]["status"] == "missing"
    assert "no longer at" in rows["rain"]["status_reason"]
    assert rows["Rain"]["status"] == "ok"

    relinked = relink_from_folder(db, tmp_path / "usb-stick")
    assert relinked.relinked == [(rows["rain"]["id"], str(elsewhere / "rain (1).ogg"))]
    assert relinked.still_missing == []
    with db.session() as session:
        rows = {r["title"]: r for r in library_rows(session)}
    assert rows["rain"]["status"] == "ok" and rows["rain"]["status_reason"] is None
    assert rows["rain"]["path"] == str(elsewhere / "rain (1).ogg")
    assert check_files(db).now_missing == []


def test_importing_a_missing_item_again_relinks_it(
    db: Database, vlc_instance: Any, make_media: MediaFactory, tmp_path: Path
) -> None:
    song = tmp_path / "song.mp3"
    shutil.copyfile(make_media.tone("imp-again.mp3", 2.2), song)
    _import(db, vlc_instance, song)
    moved = tmp_path / "moved.mp3"
    song.rename(moved)
    check_files(db)
    report = _import(db, vlc_instance, moved)
    assert report.imported == [] and "found again" in report.skipped[0].reason
    with db.session() as session:
        (row,) = library_rows(session)
    assert row["status"] == "ok" and row["path"] == str(moved)


def test_paths_that_are_not_there_are_reported(db: Database, vlc_instance: Any) -> None:
    report = _import(db, vlc_instance, Path("/no/such/folder"))
    assert [i.reason for i in report.failed] == ["there is no file or folder there"]


def test_films_get_a_thumbnail_from_libvlc(
    db: Database, vlc_instance: Any, make_media: MediaFactory, tmp_path: Path
) -> None:
    film = tmp_path / "red.webm"
    shutil.copyfile(make_media.film("imp-red.webm", 2.0, colour="red"), film)
    song = tmp_path / "song.wav"
    shutil.copyfile(make_media.tone("imp-thumb.wav", 2.0), song)
    thumbs = tmp_path / "thumbs"
    report = import_paths(
        db,
        [tmp_path],
        partial(probe_file, vlc_instance),
        thumbnail=thumbnail_maker(vlc_instance, thumbs),
    )
    assert len(report.imported) == 2
    with db.session() as session:
        rows = {r["kind"]: r for r in library_rows(session)}
    assert rows["music"]["thumbnail_path"] is None
    still = Path(rows["film"]["thumbnail_path"])
    assert still.parent == thumbs
    assert [p.name for p in thumbs.iterdir()] == [still.name]  # whole, nothing beside it
    info = image_info(still.read_bytes()[:64])
    assert info is not None and info.format == "png" and info.width == 320
    from PySide6.QtGui import QImage

    image = QImage(str(still))
    red = image.pixelColor(image.width() // 2, image.height() // 2)
    assert red.red() > 200 and red.green() < 60 and red.blue() < 60


def test_a_file_changed_on_disk_is_flagged_until_it_is_back(
    db: Database, vlc_instance: Any, make_media: MediaFactory, tmp_path: Path
) -> None:
    song = tmp_path / "song.flac"
    shutil.copyfile(make_media.tone("imp-changed.flac", 2.0), song)
    _import(db, vlc_instance, song)
    original = song.read_bytes()
    song.write_bytes(original[: len(original) // 2])  # overwritten by a broken copy
    assert len(check_files(db).changed) == 1
    with db.session() as session:
        (row,) = library_rows(session)
    assert row["status"] == "unplayable" and "has changed" in row["status_reason"]
    song.write_bytes(original)
    assert len(check_files(db).found_again) == 1
    with db.session() as session:
        (row,) = library_rows(session)
    assert row["status"] == "ok" and row["status_reason"] is None
