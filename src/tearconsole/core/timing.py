"""Planned durations that need no media player: reading aloud and formatting."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import accumulate

from tearconsole.core.reading import reading_time_s

__all__ = ["format_clock", "reading_time_s", "running_starts"]


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
