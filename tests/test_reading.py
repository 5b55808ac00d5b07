"""Reading aloud: English by words, Japanese by characters with rests (core.reading)."""

from __future__ import annotations

import pytest

from tearconsole.core.reading import (
    JAPANESE_CHARS_PER_MINUTE,
    REST_COMMA_S,
    REST_PARAGRAPH_S,
    REST_STOP_S,
    manuscript_rate,
    offset_at,
    reading_marks,
    reading_time_s,
)
from tests.japanese_texts import DENDENMUSHI, aozora


def test_the_stated_rates() -> None:
    assert JAPANESE_CHARS_PER_MINUTE == 300
    assert reading_time_s("word " * 140) == 60.0  # 140 words a minute
    assert reading_time_s("あ" * 300) == 60.0  # 300 characters a minute between rests
    assert reading_time_s("涙" * 150 + "なみだ" * 50) == 60.0  # kanji and kana alike


def test_mixed_text_adds_words_and_characters() -> None:
    # Half a minute of kana and half a minute of English words.
    assert reading_time_s("あ" * 150 + " " + "word " * 70) == 60.0
    # English inside a Japanese sentence: 8 kana (1.6 s) and 2 words (0.86 s).
    assert reading_time_s("ここでMoon Riverをききます") == pytest.approx(1.6 + 0.86, abs=0.05)
    # Full-width Latin letters read as a word too.
    assert reading_time_s("ＣＤをかけます") == pytest.approx(5 * 0.2 + 60 / 140, abs=0.05)


def test_rests_longer_at_full_stops_than_commas_and_longest_at_paragraphs() -> None:
    plain = reading_time_s("あいうえお" * 2)
    comma = reading_time_s("あいうえお、あいうえお")
    stop = reading_time_s("あいうえお。あいうえお")
    paragraph = reading_time_s("あいうえお。\nあいうえお")
    assert comma == pytest.approx(plain + REST_COMMA_S, abs=0.06)
    assert stop == pytest.approx(plain + REST_STOP_S, abs=0.06)
    assert paragraph == pytest.approx(plain + REST_STOP_S + REST_PARAGRAPH_S, abs=0.06)
    assert plain < comma < stop < paragraph


def test_english_keeps_its_word_rate_with_no_rests() -> None:
    assert reading_time_s("One line.\nAnother, then.") == reading_time_s("One line Another then")


def test_furigana_are_not_read_twice() -> None:
    assert reading_time_s("｜兵十《ひょうじゅう》だな") == reading_time_s("兵十だな")
    assert reading_time_s("兵十《ひょうじゅう》だな") == pytest.approx(4 * 60 / 300, abs=0.05)


def test_real_stories_come_out_in_the_natural_range() -> None:
    """ごん狐 and でんでんむしのかなしみ as read: 250-280 characters a minute over all
    their characters (broadcast news, about 300, would be too fast for this room)."""
    gon = aozora()
    rate = manuscript_rate(gon.body)
    assert 250 <= rate <= 280, rate
    assert 17 * 60 < reading_time_s(gon.body) < 20 * 60
    assert 245 <= manuscript_rate(aozora(DENDENMUSHI).body) <= 280


def test_marks_linger_at_a_full_stop() -> None:
    text = "あいう。えお"
    marks = reading_marks(text)
    assert len(marks) == len(text) + 1
    steps = [b - a for a, b in zip(marks, marks[1:], strict=False)]
    assert steps[3] == pytest.approx(REST_STOP_S)
    assert steps[0] == pytest.approx(0.2)
    assert marks[-1] == pytest.approx(reading_time_s(text), abs=0.05)


def test_offset_at_walks_the_marks() -> None:
    marks = reading_marks("あいう。えお")  # 0.2 s a kana, 0.6 s on the 。
    total = marks[-1]
    assert offset_at(marks, 0.0) == 0.0
    assert offset_at(marks, 1.0) == pytest.approx(6.0)
    assert offset_at(marks, 0.7 / total) == pytest.approx(3.0 + 0.1 / 0.6)  # on the 。
    assert offset_at([0.0], 0.5) == 0.0
