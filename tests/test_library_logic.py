"""The library's plain logic: text decoding, sniffing, search and filters, multi-edit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tearconsole.errors import UserError
from tearconsole.library.search import LibraryFilter, all_tags, filter_indices, search_text
from tearconsole.library.sniff import Refused, Route, image_info, looks_like_text, route_for
from tearconsole.library.text import NotText, decode_text, split_title
from tearconsole.playback.lengths import header_length
from tearconsole.storage.db import Database
from tearconsole.storage.models import Stimulus
from tearconsole.storage.stimuli import MetadataChanges, apply_changes, library_rows

JAPANESE = [
    "むかしむかし、あるところに、おじいさんとおばあさんが住んでいました。",
    "雨ニモマケズ　風ニモマケズ　雪ニモ夏ノ暑サニモマケヌ　丈夫ナカラダヲモチ",
    "マッチ売りの少女は、寒さにふるえながら、一本のマッチをすりました。",
    "カタカナだけのテキスト、スープ、コーヒー、ケーキ。",
    "漢字仮名交じり文：東京都新宿区、午後三時。",
]


@pytest.mark.parametrize("text", JAPANESE)
@pytest.mark.parametrize("encoding", ["shift_jis", "euc_jp", "utf-8", "utf-16", "utf-8-sig"])
def test_japanese_text_decodes_in_each_encoding(text: str, encoding: str) -> None:
    decoded = decode_text(text.encode(encoding))
    assert decoded.text == text


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("naïve café — “quotes”".encode("cp1252"), "cp1252"),
        ("naïve café".encode(), "utf-8"),
        ("plain\r\nlines\r\n".encode("utf-16-le"), "utf-16"),  # no BOM
        ("plain".encode("utf-16-be"), "utf-16"),
    ],
)
def test_western_text_and_bomless_utf16(data: bytes, encoding: str) -> None:
    decoded = decode_text(data)
    assert decoded.encoding == encoding
    assert "\r" not in decoded.text


def test_binary_is_not_text() -> None:
    with pytest.raises(NotText):
        decode_text(bytes(range(256)) * 4)


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        alphabet=st.characters(
            codec="shift_jis", exclude_categories=("Cc", "Cs"), exclude_characters="¥‾"
        )
    )
)
def test_any_shift_jis_text_round_trips_as_text(text: str) -> None:
    """Whatever Shift_JIS text comes in is read back without loss (or as UTF-8 if ASCII)."""
    try:
        decoded = decode_text(text.encode("shift_jis"))
    except NotText:
        return  # stray control-like characters in generated text
    if decoded.encoding == "shift_jis":
        assert decoded.text == text.replace("\r\n", "\n").replace("\r", "\n")


def test_split_title() -> None:
    assert split_title("Title\n\nBody text.", "file") == ("Title", "Body text.")
    assert split_title("# Heading\n\nBody", "file") == ("Heading", "Body")
    assert split_title("One paragraph only, no title line.", "file")[0] == "file"
    assert split_title("First line\nsecond line\n\nthird", "f")[0] == "f"


def test_routes_and_refusals() -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + (640).to_bytes(4, "big") * 2
    assert route_for(Path("a.png"), png) is Route.IMAGE
    assert route_for(Path("noext"), png) is Route.IMAGE
    assert image_info(png) is not None and image_info(png).width == 640  # type: ignore[union-attr]
    assert route_for(Path("a.MP4"), b"\x00\x00\x00\x18ftypmp42") is Route.MEDIA
    assert route_for(Path("a.md"), b"# hi") is Route.TEXT
    with pytest.raises(Refused, match="empty"):
        route_for(Path("a.mp4"), b"")
    with pytest.raises(Refused, match="text file"):
        route_for(Path("a.mkv"), b"just some words\n")
    with pytest.raises(Refused, match=".docx"):
        route_for(Path("a.docx"), b"PK\x03\x04")
    assert looks_like_text("日本語".encode()[:-1])  # a character cut at the sample's end


def test_mp3_header_length(make_media: Any) -> None:
    mp3 = make_media.tone("logic-2.8.mp3", 2.8)
    assert header_length(mp3, 5.7).duration_s == pytest.approx(2.8, abs=0.06)
    cut = mp3.parent / "logic-cut.mp3"
    cut.write_bytes(mp3.read_bytes()[:10_000])
    assert header_length(cut, 1.0).problem is not None
    avi = make_media.film("logic-2.44.avi", 2.44)
    assert header_length(avi, 2.0).duration_s == pytest.approx(2.44, abs=0.05)
    assert header_length(avi, 9.0).duration_s == 9.0  # disagreeing headers are not trusted


def _row(**fields: Any) -> dict[str, Any]:
    row = {
        "id": 1,
        "title": "",
        "kind": "film",
        "path": None,
        "duration_s": 60.0,
        "status": "ok",
        "intensity": 3,
        "tags": [],
        "content_notes": [],
        "private_notes": "",
        "text": None,
    }
    row.update(fields)
    return row


ROWS = [
    _row(id=1, title="Hachiko", tags=["dogs", "loyalty"], intensity=5, duration_s=300.0),
    _row(id=2, title="Rain song", kind="music", tags=["rain"], duration_s=200.0, intensity=2),
    _row(id=3, title="Match girl", kind="story", text="It was terribly COLD", duration_s=90.0),
    _row(id=4, title="Lost", status="missing", private_notes="ask Keiko about the ending"),
    _row(id=5, title="雨の日", kind="story", text="ｶﾀｶﾅ で書いた", duration_s=None),
    _row(id=6, title="Farewell", content_notes=["bereavement"], intensity=4),
]
BLOBS = [search_text(r) for r in ROWS]


@pytest.mark.parametrize(
    ("wanted", "ids"),
    [
        (LibraryFilter(), [1, 2, 3, 4, 5, 6]),
        (LibraryFilter(text="cold"), [3]),  # story text, any case
        (LibraryFilter(text="keiko"), [4]),  # private notes
        (LibraryFilter(text="bereavement"), [6]),  # content notes
        (LibraryFilter(text="LOYAL"), [1]),  # tags
        (LibraryFilter(text="カタカナ"), [5]),  # half-width katakana folded to full width
        (LibraryFilter(text="rain song"), [2]),  # every word must be there
        (LibraryFilter(text="rain hachiko"), []),
        (LibraryFilter(kinds=frozenset({"story"})), [3, 5]),
        (LibraryFilter(tag="rain"), [2]),
        (LibraryFilter(intensity_min=4), [1, 6]),
        (LibraryFilter(intensity_max=2), [2]),
        (LibraryFilter(duration_min_s=100, duration_max_s=250), [2]),
        (LibraryFilter(duration_max_s=100), [3, 4, 6]),  # a row with no length is left out
        (LibraryFilter(statuses=frozenset({"missing"})), [4]),
    ],
)
def test_filters(wanted: LibraryFilter, ids: list[int]) -> None:
    assert [ROWS[i]["id"] for i in filter_indices(ROWS, BLOBS, wanted)] == ids


def test_all_tags() -> None:
    assert all_tags(ROWS) == ["dogs", "loyalty", "rain"]


def test_edit_many_at_once_keeps_each_ones_other_tags(db: Database) -> None:
    with db.session() as session:
        for title in ("a", "b", "c"):
            session.add(Stimulus(kind="film", title=title, status="ok"))
    with db.session() as session:
        apply_changes(session, [1], MetadataChanges(tags_add=("dogs",), credit="A. Maker"))
        apply_changes(session, [2], MetadataChanges(tags_add=("rain",)))
    with db.session() as session:
        changed = apply_changes(
            session,
            [1, 2],
            MetadataChanges(intensity=5, tags_add=("Grief ",), tags_remove=("rain",)),
        )
    assert changed == 2
    with db.session() as session:
        rows = {r["title"]: r for r in library_rows(session)}
    assert rows["a"]["tags"] == ["dogs", "grief"] and rows["a"]["credit"] == "A. Maker"
    assert rows["b"]["tags"] == ["grief"]
    assert rows["a"]["intensity"] == rows["b"]["intensity"] == 5
    assert rows["c"]["intensity"] == 3 and rows["c"]["tags"] == []
    with db.session() as session, pytest.raises(UserError, match="1 .gentle. to 5"):
        apply_changes(session, [1], MetadataChanges(intensity=9))


def test_the_library_package_imports_neither_qt_nor_vlc() -> None:
    import subprocess
    import sys

    script = (
        "import importlib, pkgutil, sys, tearconsole.library as lib\n"
        "for m in pkgutil.iter_modules(lib.__path__):\n"
        "    importlib.import_module('tearconsole.library.' + m.name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'vlc')))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True)
    assert out.stdout.strip() == "[]"
