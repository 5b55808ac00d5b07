from __future__ import annotations

import pytest

from tearconsole.core.timing import format_clock, reading_time_s


def test_reading_time_english_is_words_at_140_wpm() -> None:
    assert reading_time_s("word " * 140) == 60.0
    assert reading_time_s("word " * 70, pace=2.0) == 60.0


def test_reading_time_counts_japanese_by_character() -> None:
    assert reading_time_s("涙" * 300) == 60.0
    assert reading_time_s("マッチ売りの少女 " * 40) == pytest.approx(64.0, abs=0.1)


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (None, "--:--"),
        (0, "0:00"),
        (59.6, "1:00"),
        (75.4, "1:15"),
        (3723, "1:02:03"),
        (-5, "-0:05"),
    ],
)
def test_format_clock(seconds: float | None, text: str) -> None:
    assert format_clock(seconds) == text


def test_running_starts() -> None:
    from tearconsole.core.timing import running_starts

    assert running_starts([60, 30, 120]) == [0, 60, 90]
    assert running_starts([]) == []
