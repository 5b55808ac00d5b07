"""Planned durations that need no media player: reading aloud and formatting."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import accumulate

# Unhurried reading aloud to a group, a little slower than conversation (~150-160 wpm).
WORDS_PER_MINUTE = 140
# Japanese is read by characters; a calm reading pace is about 300-350 characters a minute.
CJK_CHARS_PER_MINUTE = 320

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]")


def reading_time_s(text: str, pace: float = 1.0) -> float:
    """Seconds to read ``text`` aloud at a calm pace; ``pace`` > 1 reads slower."""
    cjk = len(_CJK.findall(text))
    rest = _CJK.sub(" ", text)
    words = len(rest.split())
    minutes = words / WORDS_PER_MINUTE + cjk / CJK_CHARS_PER_MINUTE
    return round(minutes * 60.0 * pace, 1)


def format_clock(seconds: float | None) -> str:
    """``75.4`` -> ``"1:15"``; an hour or more -> ``"1:02:03"``; ``None`` -> ``"--:--"``."""
    if seconds is None:
        return "--:--"
    sign = "-" if seconds < 0 else ""
    total = int(abs(seconds) + 0.5)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"


def running_starts(lengths: Iterable[float]) -> list[float]:
    """Where each of a sequence of lengths starts: ``[60, 30, 120]`` -> ``[0, 60, 90]``."""
    return list(accumulate(lengths, initial=0.0))[:-1]
