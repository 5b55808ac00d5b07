"""Fades measured from the samples libVLC decodes (amem), not from the volume we set."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tearconsole.core.ports import SILENCE_DB, Layer, MediaRequest
from tearconsole.playback.capture import now_us
from tests.enginekit import (
    Rig,
    make_rig,
    points,
    reference_peak,
    s_curve_fit,
    sounded_until,
    start_preloaded,
)
from tests.media import MediaFactory

MAIN = Layer.MAIN


@pytest.fixture
def rig(qtbot: QtBot, vlc_instance: Any) -> Iterator[Rig]:
    yield from make_rig(vlc_instance)


def _start_preloaded(rig: Rig, qtbot: QtBot, request: MediaRequest, fade_in_s: float) -> int:
    return start_preloaded(rig, qtbot, MAIN, request, fade_in_s)


def test_fade_out_has_the_planned_s_curve_and_duration(
    rig: Rig, qtbot: QtBot, make_media: MediaFactory
) -> None:
    request = MediaRequest(1, str(make_media.tone("fade-out.wav", 8)))
    _start_preloaded(rig, qtbot, request, 0.0)
    steady = now_us()
    qtbot.waitUntil(lambda: sounded_until(rig, "main-1", steady + 600_000), timeout=5000)
    began = now_us()
    rig.out.fade(MAIN, SILENCE_DB, 1.0)
    qtbot.waitUntil(lambda: sounded_until(rig, "main-1", began + 1_500_000), timeout=5000)

    before = points(rig.capture.blocks("main-1"), steady)
    ref = reference_peak([p for p in before if p.arrived_s * 1e6 < began])
    fade = [p for p in before if p.arrived_s * 1e6 >= began - 100_000]
    start, duration, worst = s_curve_fit(
        [p.pts_s for p in fade], [p.peak / ref for p in fade], falling=True
    )
    print(f"start {start - began / 1e6:.3f} duration {duration:.3f} worst {worst:.3f}")
    assert abs(duration - 1.0) < 0.05
    assert worst < 0.06  # an S-curve, not a line or a step
    assert fade[-1].peak == 0.0  # silence at the end
    assert rig.out.level_db(MAIN) == SILENCE_DB


def test_fade_in_from_preload_has_the_planned_shape(
    rig: Rig, qtbot: QtBot, make_media: MediaFactory
) -> None:
    """libVLC applies the gain as it hands a block over; the block sounds ``lead`` later.

    The lead is steady for a running stream (so the fade out above is exact by pts) but
    grows from ~10 to ~150 ms while a new stream fills libVLC's buffer, which stretches
    a fade in by pts by up to that much with amem; a real output (PulseAudio) applies the
    stream volume when it mixes instead. So: exact by hand-over time, close by pts.
    """
    request = MediaRequest(1, str(make_media.tone("fade-in.wav", 8)))
    go = _start_preloaded(rig, qtbot, request, 1.0)
    qtbot.waitUntil(lambda: sounded_until(rig, "main-1", go + 2_000_000), timeout=6000)
    after = points(rig.capture.blocks("main-1"), go)
    ref = reference_peak([p for p in after if p.pts_s * 1e6 > go + 1_500_000])
    gains = [p.peak / ref for p in after]
    start, duration, worst = s_curve_fit([p.arrived_s for p in after], gains, falling=False)
    assert abs(duration - 1.0) < 0.05 and worst < 0.06
    assert abs(start - go / 1e6) < 0.1  # the fade began at GO
    _, by_pts, _ = s_curve_fit([p.pts_s for p in after], gains, falling=False)
    assert abs(by_pts - 1.0) < 0.15
    assert after[0].peak < 0.05 * ref  # the first sound after GO is (nearly) silent


def test_equal_power_crossfade_keeps_the_summed_power(
    rig: Rig, qtbot: QtBot, make_media: MediaFactory
) -> None:
    first = MediaRequest(1, str(make_media.tone("xfade-a.wav", 8, freq=440)))
    second = MediaRequest(2, str(make_media.tone("xfade-b.wav", 8, freq=660)))
    _start_preloaded(rig, qtbot, first, 0.0)
    rig.out.preload(MAIN, second)
    qtbot.waitUntil(lambda: rig.out.ready(MAIN, 2), timeout=5000)
    steady = now_us()
    qtbot.waitUntil(lambda: sounded_until(rig, "main-1", steady + 400_000), timeout=5000)
    go = now_us()
    rig.out.start(MAIN, second, 1.0, crossfade_s=1.0)
    qtbot.waitUntil(lambda: rig.heard.saw("started", 2), timeout=5000)
    qtbot.waitUntil(lambda: sounded_until(rig, "main-2", go + 1_600_000), timeout=6000)

    a = points(rig.capture.blocks("main-1"), steady)
    b = points(rig.capture.blocks("main-2"), go)
    ref_a = reference_peak([p for p in a if p.arrived_s * 1e6 < go])
    ref_b = reference_peak([p for p in b if p.arrived_s * 1e6 > go + 1_300_000])
    assert abs(ref_a - ref_b) < 0.1 * ref_a  # both tones at the same level
    # the summed power of the two at every hand-over of the incoming stream, inside the fade
    powers = []
    for p in b:
        if go / 1e6 + 0.1 < p.arrived_s < go / 1e6 + 0.9:
            gain_a = _gain_at(a, p.arrived_s) / ref_a
            powers.append(gain_a**2 + (p.peak / ref_b) ** 2)
    assert len(powers) >= 10
    assert min(powers) > 0.8 and max(powers) < 1.2, powers  # within about 1 dB
    assert not any(p.peak > 0 for p in a if p.arrived_s > go / 1e6 + 1.1)  # the first stopped


def _gain_at(pts: list[Any], arrived_s: float) -> float:
    """The gain of the block handed over last before ``arrived_s``."""
    earlier = [p for p in pts if p.arrived_s <= arrived_s]
    return float(earlier[-1].peak) if earlier else 0.0
