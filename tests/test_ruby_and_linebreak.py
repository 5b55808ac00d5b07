"""Furigana notation (core.ruby) and Japanese line breaking (core.linebreak)."""

from __future__ import annotations

import pytest

from tearconsole.core.linebreak import NO_LINE_END, NO_LINE_START, Atom, atoms, break_lines
from tearconsole.core.ruby import Run, bracketed_ruby, has_ruby, parse_ruby, strip_ruby
from tests.japanese_texts import aozora


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("私《わたし》が", [Run("私", "わたし"), Run("が")]),
        ("村の茂平《もへい》という", [Run("村の"), Run("茂平", "もへい"), Run("という")]),
        ("「ごん狐《ぎつね》」", [Run("「ごん"), Run("狐", "ぎつね"), Run("」")]),
        ("或《ある》秋《あき》の", [Run("或", "ある"), Run("秋", "あき"), Run("の")]),
        ("一番｜獅子《しし》", [Run("一番"), Run("獅子", "しし")]),
        ("ひがん｜花《ばな》が", [Run("ひがん"), Run("花", "ばな"), Run("が")]),
        ("｜お土産《おみやげ》に", [Run("お土産", "おみやげ"), Run("に")]),
        ("カタカナ《かたかな》", [Run("カタカナ", "かたかな")]),
        ("Orion《オリオン》の星", [Run("Orion", "オリオン"), Run("の星")]),
        ("「《》」", [Run("「《》」")]),  # nothing to hang a reading on: kept as written
        ("no ruby here", [Run("no ruby here")]),
    ],
)
def test_parse_ruby(text: str, runs: list[Run]) -> None:
    assert parse_ruby(text) == runs


def test_readings_in_brackets_for_plain_text() -> None:
    text = "｜兵十《ひょうじゅう》だな。青い煙《けむり》が"
    assert bracketed_ruby(text) == "兵十（ひょうじゅう）だな。青い煙（けむり）が"
    assert bracketed_ruby("no notation here") == "no notation here"


def test_strip_and_detect() -> None:
    assert strip_ruby("｜兵十《ひょうじゅう》だな。青い煙《けむり》") == "兵十だな。青い煙"
    assert has_ruby("煙《けむり》")
    assert not has_ruby("けむり")
    assert not has_ruby("「《》」")


def _fixed(atom: Atom) -> float:
    """Every character one unit wide; a reading half a unit a character."""
    base = float(len(atom.text))
    return max(base, len(atom.reading) * 0.5) if atom.reading else base


@pytest.mark.parametrize("width", [5, 7, 11, 13, 17, 20, 24, 31])
def test_kinsoku_on_a_whole_story(width: int) -> None:
    """No line of ごん狐 starts with 。、」）ー or a small kana, none ends with 「（, and
    a base text with its reading is never split, at any width."""
    body = aozora().body
    for paragraph in body.split("\n"):
        runs = parse_ruby(paragraph)
        if not runs:
            continue
        lines = break_lines(runs, width, _fixed)
        assert "".join(a.text for line in lines for a in line) == strip_ruby(paragraph)
        for number, line in enumerate(lines):
            assert line, paragraph
            if number:
                assert line[0].text[0] not in NO_LINE_START, (paragraph, width)
            if number < len(lines) - 1:
                assert line[-1].text[-1] not in NO_LINE_END, (paragraph, width)
            assert sum(_fixed(a) for a in line) <= width or len(line) == 1
        readings = [a for line in lines for a in line if a.reading]
        assert [(a.text, a.reading) for a in readings] == [
            (r.text, r.reading) for r in runs if r.reading
        ]


def _lines(text: str, width: int) -> list[str]:
    return ["".join(a.text for a in line) for line in break_lines(parse_ruby(text), width, _fixed)]


def test_a_character_is_pushed_down_rather_than_a_line_starting_with_a_stop() -> None:
    assert _lines("あいうえお。かきくけこ", 5) == ["あいうえ", "お。かきく", "けこ"]
    assert _lines("あいう「えお」", 4) == ["あいう", "「えお」"]  # 「 never ends a line


def test_latin_words_break_only_at_spaces() -> None:
    assert [a.text for a in atoms(parse_ruby("Moon River を"))] == ["Moon ", "River ", "を"]
    assert _lines("ここで Moon River をききます", 8) == ["ここで Moon ", "River をき", "きます"]
