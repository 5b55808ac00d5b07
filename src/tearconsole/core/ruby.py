"""Furigana in Aozora Bunko's ruby notation: ``｜漢字《かんじ》`` or ``漢字《かんじ》``.

A story keeps the notation in its text (so nothing is lost on import or export); the
views ask this module for runs of base text, each with its reading or none. Without
``｜`` a reading belongs to the run of characters of one kind (kanji, hiragana,
katakana, Latin letters) just before ``《``, as Aozora Bunko's notation rules say; with
``｜`` it belongs to everything from ``｜`` to ``《``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN, CLOSE, BAR = "《", "》", "｜"
_NOTATION = re.compile(r"(?:｜([^｜《》\n]*))?《([^《》\n]*)》")


@dataclass(frozen=True)
class Run:
    """Base text as read, with its reading (furigana) when it has one."""

    text: str
    reading: str | None = None


def char_kind(char: str) -> str:
    """The kind of character a bare ``《`` reading attaches to a run of."""
    code = ord(char)
    if (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x3FFFF
        or 0xF900 <= code <= 0xFAFF
        or char in "々〆〇ヶ仝"
    ):
        return "kanji"
    if 0x3041 <= code <= 0x309F:
        return "hiragana"
    if 0x30A1 <= code <= 0x30FA or char == "ー":
        return "katakana"
    if char.isascii() and char.isalnum() or 0xFF10 <= code <= 0xFF5A:
        return "latin"
    return "other"


def parse_ruby(text: str) -> list[Run]:
    """``text`` as runs; readings taken out of the notation, neighbouring plain runs merged."""
    runs: list[Run] = []
    cursor = 0
    for match in _NOTATION.finditer(text):
        reading = match.group(2)
        if match.group(1) is not None:  # ｜base《reading》
            before, base = text[cursor : match.start()], match.group(1)
        else:
            before_all = text[cursor : match.start()]
            start = len(before_all)
            kind = char_kind(before_all[-1]) if before_all else "other"
            if kind == "other":  # nothing to hang the reading on: keep the text as written
                _add(runs, Run(text[cursor : match.end()]))
                cursor = match.end()
                continue
            while start > 0 and char_kind(before_all[start - 1]) == kind:
                start -= 1
            before, base = before_all[:start], before_all[start:]
        _add(runs, Run(before))
        if base and reading:
            runs.append(Run(base, reading))
        else:
            _add(runs, Run(base))
        cursor = match.end()
    _add(runs, Run(text[cursor:]))
    return runs


def _add(runs: list[Run], run: Run) -> None:
    if not run.text:
        return
    if run.reading is None and runs and runs[-1].reading is None:
        runs[-1] = Run(runs[-1].text + run.text)
    else:
        runs.append(run)


def strip_ruby(text: str) -> str:
    """The base text alone, as it is read: ``｜漢字《かんじ》は`` -> ``漢字は``."""
    if OPEN not in text:
        return text
    return "".join(run.text for run in parse_ruby(text))


def bracketed_ruby(text: str) -> str:
    """The readings in brackets after their base, for plain text (the library's preview):
    ``｜漢字《かんじ》は`` -> ``漢字（かんじ）は``."""
    if OPEN not in text:
        return text
    return "".join(
        f"{run.text}（{run.reading}）" if run.reading else run.text for run in parse_ruby(text)
    )


def has_ruby(text: str) -> bool:
    return any(run.reading for run in parse_ruby(text)) if OPEN in text else False
