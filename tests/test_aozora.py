"""Aozora Bunko files come in clean: no header, notes, editor's notes or colophon, with
their ruby kept (library.aozora, through the real importer and a real database)."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from tearconsole.core.reading import manuscript_rate, reading_time_s
from tearconsole.core.ruby import has_ruby, parse_ruby
from tearconsole.library.aozora import clean_notes, gaiji_character, looks_like_aozora, read_aozora
from tearconsole.library.importer import import_paths
from tearconsole.library.text import decode_text
from tearconsole.playback.probe import ProbeResult
from tearconsole.storage.db import Database
from tearconsole.storage.models import Stimulus
from tests.japanese_texts import DENDENMUSHI, GON, aozora

LEFTOVERS = ("［＃", "【テキスト中に現れる記号について】", "底本：", "-----", "入力：", "校正：")


def test_the_file_is_shift_jis_with_the_aozora_layout() -> None:
    raw = GON.read_bytes()
    decoded = decode_text(raw)
    assert decoded.encoding == "shift_jis"
    assert b"\r\n" in raw
    assert looks_like_aozora(decoded.text)
    marks = ("【テキスト中に現れる記号について】", "［＃「しだ」に傍点］", "底本：", "《わたし》")
    for mark in marks:
        assert mark in decoded.text


def test_gon_comes_in_clean_with_its_ruby() -> None:
    story = aozora(GON)
    assert (story.title, story.author) == ("ごん狐", "新美南吉")
    for leftover in LEFTOVERS:
        assert leftover not in story.body, leftover
    assert story.body.startswith("　　　　　　　一\n\n　これは、私《わたし》が小さいときに")
    assert story.body.endswith("青い煙が、まだ筒口《つつぐち》から細く出ていました。")
    assert "しだの一ぱいしげった森" in story.body  # the emphasis note went, its text stayed
    readings = [run for run in parse_ruby(story.body) if run.reading]
    assert len(readings) == 69  # every <ruby> of the XHTML edition
    assert ("兵十", "ひょうじゅう") in [(r.text, r.reading) for r in readings]
    assert story.colophon.startswith("底本：「新美南吉童話集」岩波文庫、岩波書店")
    source = "底本：「新美南吉童話集」岩波文庫、岩波書店"
    assert story.credit == f"新美南吉「ごん狐」（青空文庫; {source}）"


def test_a_text_without_ruby_comes_in_clean_too() -> None:
    story = aozora(DENDENMUSHI)
    assert story.title == "デンデンムシノ　カナシミ"
    assert story.body.startswith("　イツピキノ　デンデンムシガ　アリマシタ。")
    assert story.body.endswith("ヤメタノデ　アリマス。")
    assert not has_ruby(story.body)
    assert all(leftover not in story.body for leftover in LEFTOVERS)


def test_editor_notes_headings_page_breaks_and_characters_outside_shift_jis() -> None:
    text = "\r\n".join(
        [
            "蜘蛛の糸",
            "芥川龍之介",
            "",
            "-" * 55,
            "【テキスト中に現れる記号について】",
            "《》：ルビ",
            "-" * 55,
            "",
            "［＃８字下げ］一［＃「一」は中見出し］",
            "",
            "　※［＃「特のへん＋廴＋聿」、第3水準1-87-71］陀多《かんだた》と云う男が",
            "［＃改ページ］",
            "［＃ここから２字下げ］",
            "　蓮池《はすいけ》のふち※［＃「口＋世」、U+546D、12-3］",
            "［＃ここで字下げ終わり］",
            "",
            "底本：「芥川龍之介全集2」ちくま文庫、筑摩書房",
            "入力：テスト",
        ]
    )
    story = read_aozora(text)
    assert story.body == "一\n\n　犍陀多《かんだた》と云う男が\n\n　蓮池《はすいけ》のふち呭"
    assert gaiji_character("［＃「言＋墟のつくり」、第4水準2-88-74］") == "譃"
    assert gaiji_character("［＃「読めない字」］") == "〓"
    # Aozora writes a literal 《 as a note; it must not open ruby here.
    literal = read_aozora(
        "題\n著者\n\n本文※［＃始め二重山括弧、1-1-52］注※［＃終わり二重山括弧、1-1-53］"
    )
    assert literal.body == "本文≪注≫"
    assert clean_notes("前［＃「※［＃「口＋世」、第3水準1-15-1］」に傍点］後") == "前後"


def test_an_ordinary_story_file_is_not_taken_for_aozora() -> None:
    assert not looks_like_aozora("The Happy Prince\n\n" + "-" * 40 + "\nHigh above the city")
    assert not looks_like_aozora("雨ニモマケズ\n風ニモマケズ")


def _no_probe(path: Path) -> ProbeResult:
    raise AssertionError(f"a story is not probed: {path}")


@pytest.mark.parametrize("source", [GON, DENDENMUSHI])
def test_import_keeps_the_notation_and_the_credit(
    db: Database, tmp_path: Path, source: Path
) -> None:
    copy = tmp_path / source.name
    shutil.copyfile(source, copy)
    report = import_paths(db, [copy], _no_probe)
    assert [item.outcome for item in report.items] == ["imported"]
    with db.session() as session:
        stimulus = session.get(Stimulus, report.items[0].stimulus_id)
        assert stimulus is not None
        expected = aozora(source)
        assert stimulus.kind == "story"
        assert stimulus.title == expected.title
        assert stimulus.text == expected.body  # ruby notation kept as written
        assert stimulus.credit == expected.credit
        assert stimulus.language == "ja"
        assert stimulus.duration_s == reading_time_s(expected.body)
        assert 240 <= manuscript_rate(stimulus.text) <= 280


def test_a_zipped_aozora_file_imports_like_the_text(db: Database, tmp_path: Path) -> None:
    """Aozora Bunko hands its texts out as a ZIP holding one Shift_JIS .txt."""
    archive = tmp_path / "628_ruby_2315.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
        out.write(GON, "gongitsune.txt")
    two = tmp_path / "two.zip"
    with zipfile.ZipFile(two, "w") as out:
        out.write(GON, "a.txt")
        out.write(DENDENMUSHI, "b.txt")
    empty = tmp_path / "pictures.zip"
    with zipfile.ZipFile(empty, "w") as out:
        out.writestr("readme.html", "<p>no story</p>")
    report = import_paths(db, [archive, two, empty], _no_probe)
    outcomes = {Path(item.path).name: item for item in report.items}
    assert outcomes["628_ruby_2315.zip"].outcome == "imported"
    assert outcomes["two.zip"].outcome == "failed"
    assert outcomes["two.zip"].reason == (
        "The ZIP archive holds 2 text files; unzip it and import the story you want."
    )
    assert outcomes["pictures.zip"].reason == (
        "The ZIP archive holds no text file (.txt) to read as a story."
    )
    with db.session() as session:
        stimulus = session.get(Stimulus, outcomes["628_ruby_2315.zip"].stimulus_id)
        assert stimulus is not None
        assert (stimulus.title, stimulus.text) == ("ごん狐", aozora(GON).body)
