"""How long a text takes to read aloud, and where the reader is at each moment.

English is counted in words (140 a minute: unhurried reading to a group, a little slower
than conversation, pauses included). Japanese is counted in characters, as Japanese
read-aloud figures are quoted: about 300 a minute for broadcast news, 250-280 for
natural, unhurried reading, both counted over every character of the manuscript and
including the pauses. We model the pauses instead of hiding them in the rate: between
rests the reader speaks at ``JAPANESE_CHARS_PER_MINUTE`` (300, a clear broadcast pace
for the words themselves), and rests as a reader breathes: briefly at 、, longer at
。！？, longest at the end of a paragraph. With these rests a real story comes out at
about 260 characters a minute over all its characters (ごん狐: 261, 18 minutes; see
tests/test_reading.py), in the middle of the natural range, which is the default we
want for a story read to a room that may cry; the facilitator's pace keys and softening
slow it further.

``reading_marks`` gives the second at which each character is reached, so the
teleprompter can linger at a full stop instead of scrolling at a constant speed.
Readings (furigana) are not read in addition to their base text: ruby is stripped first.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from tearconsole.core.ruby import strip_ruby

WORDS_PER_MINUTE = 140
JAPANESE_CHARS_PER_MINUTE = 300
#: Seconds of rest after a mark in Japanese text, and at the end of a Japanese paragraph.
REST_COMMA_S = 0.25  # 、，
REST_STOP_S = 0.6  # 。！？
REST_PARAGRAPH_S = 1.0

_COMMAS = frozenset("、，")
_STOPS = frozenset("。！？")
_JAPANESE = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f々〆〇ヶ]"
)
_WORD = re.compile(r"[A-Za-z0-9\u00c0-\u024f\uff10-\uff19\uff21-\uff3a\uff41-\uff5a'’.-]+")


def has_japanese(text: str) -> bool:
    """Whether ``text`` has kana or kanji in it (then it is paced by characters)."""
    return bool(_JAPANESE.search(text))


def _is_spoken_japanese(char: str) -> bool:
    return bool(_JAPANESE.match(char))


def reading_costs(text: str) -> list[float]:
    """Seconds spent on each character of ``text`` (already free of ruby notation)."""
    costs = [0.0] * len(text)
    per_char = 60.0 / JAPANESE_CHARS_PER_MINUTE
    for index, char in enumerate(text):
        if _is_spoken_japanese(char):
            costs[index] = per_char
        elif char in _COMMAS:
            costs[index] = REST_COMMA_S
        elif char in _STOPS:
            costs[index] = REST_STOP_S
    per_word = 60.0 / WORDS_PER_MINUTE
    for match in _WORD.finditer(text):
        # A word's time is spread over its letters, so a mark inside it lands between.
        if any(_is_spoken_japanese(c) for c in match.group()):
            continue
        share = per_word / len(match.group())
        for index in range(match.start(), match.end()):
            costs[index] = share
    line_start = 0
    for index, char in enumerate(text):
        if char == "\n":  # a Japanese paragraph ends (the story's end needs no rest)
            if _JAPANESE.search(text, line_start, index):
                costs[index] += REST_PARAGRAPH_S
            line_start = index + 1
    return costs


def reading_marks(text: str) -> list[float]:
    """Seconds from the start at which each character of ``text`` is reached; one more
    entry than characters, the last being the whole reading time."""
    return list(accumulate(reading_costs(text), initial=0.0))


def offset_at(marks: list[float], fraction: float) -> float:
    """Where the reader is, as a character offset (with a fraction through the
    character), ``fraction`` of the way through the reading time; rests count as time
    spent on their mark, so the offset lingers there."""
    if len(marks) < 2 or marks[-1] <= 0:
        return max(0.0, fraction) * (len(marks) - 1)
    at = max(0.0, min(1.0, fraction)) * marks[-1]
    index = min(len(marks) - 2, max(0, bisect_right(marks, at) - 1))
    span = marks[index + 1] - marks[index]
    return index + (min(1.0, (at - marks[index]) / span) if span > 0 else 0.0)


def reading_time_s(text: str, pace: float = 1.0) -> float:
    """Seconds to read ``text`` (ruby notation allowed) aloud; ``pace`` > 1 reads slower."""
    return round(sum(reading_costs(strip_ruby(text))) * pace, 1)


def manuscript_rate(text: str) -> float:
    """Characters a minute over every character but spaces and line ends (how Japanese
    read-aloud rates are quoted), at the time ``reading_time_s`` gives."""
    plain = strip_ruby(text)
    characters = sum(1 for c in plain if not c.isspace())
    seconds = reading_time_s(plain)
    return characters * 60.0 / seconds if seconds else 0.0
