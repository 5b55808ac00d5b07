"""Helpers for the engine tests: a recording listener, a capture rig and envelope maths."""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pytestqt.qtbot import QtBot

from tearconsole.core.ports import Layer, MediaRequest
from tearconsole.i18n.message import Message
from tearconsole.playback.capture import Block, SampleCapture, now_us
from tearconsole.playback.engine import VlcOutput


@dataclass
class Recorder:
    """An ``OutputListener`` that remembers every call, in order."""

    calls: list[tuple[str, int, str]] = field(default_factory=list)

    def media_started(self, token: int) -> None:
        self.calls.append(("started", token, ""))

    def media_ended(self, token: int) -> None:
        self.calls.append(("ended", token, ""))

    def media_failed(self, token: int, reason: Message) -> None:
        self.calls.append(("failed", token, reason.english()))

    def saw(self, kind: str, token: int) -> bool:
        return any(c[0] == kind and c[1] == token for c in self.calls)


@dataclass
class Rig:
    out: VlcOutput
    capture: SampleCapture
    heard: Recorder


def make_rig(vlc_instance: Any) -> Iterator[Rig]:
    """A fresh engine whose every player is captured (for a pytest fixture)."""
    capture = SampleCapture()
    out = VlcOutput(vlc_instance, on_new_player=capture.attach)
    heard = Recorder()
    out.set_listener(heard)
    yield Rig(out, capture, heard)
    out.shutdown()


def sounded_until(rig: Rig, name: str, t_us: int) -> bool:
    """Whether player ``name`` has handed over audio due at ``t_us`` or later."""
    blocks = rig.capture.blocks(name)
    return bool(blocks) and blocks[-1].pts_us >= t_us


def start_preloaded(
    rig: Rig, qtbot: QtBot, layer: Layer, request: MediaRequest, fade_in_s: float
) -> int:
    """Preload, wait until parked, start; returns GO on libVLC's clock (microseconds)."""
    rig.out.preload(layer, request)
    qtbot.waitUntil(lambda: rig.out.ready(layer, request.token), timeout=5000)
    go = now_us()
    rig.out.start(layer, request, fade_in_s)
    return go


@dataclass(frozen=True)
class Point:
    pts_s: float  # when it sounds
    arrived_s: float  # when libVLC applied its gain and handed it over
    peak: float


def points(blocks: list[Block], since_us: int = 0) -> list[Point]:
    """One point per decoded block (libVLC applies one gain to a whole block)."""
    return [
        Point(b.pts_us / 1e6, b.arrived_us / 1e6, max(b.peaks))
        for b in blocks
        if b.peaks and b.pts_us >= since_us
    ]


def reference_peak(pts: list[Point]) -> float:
    return statistics.median(p.peak for p in pts)


def fit_line(xs: list[float], ys: list[float]) -> tuple[float, float, float]:
    """Least squares ``y = a x + b``: (a, b, largest absolute residual)."""
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    a = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx
    b = my - a * mx
    worst = max(abs(y - (a * x + b)) for x, y in zip(xs, ys, strict=True))
    return a, b, worst


def s_curve_fit(
    times: list[float], gains: list[float], falling: bool
) -> tuple[float, float, float]:
    """Fit an S-curve (half cosine) fade to measured gains: (start s, duration s, worst).

    The gain of a fade out is (1 + cos(pi u)) / 2, so arccos(2 g - 1) / pi = u must be a
    straight line in time; ``worst`` is the largest miss in units of the fade (0.05 = 5 %).
    Only the points between 5 % and 95 % are used (quantisation dominates outside).
    """
    xs, us = [], []
    for t, g in zip(times, gains, strict=True):
        if 0.05 < g < 0.95:
            u = math.acos(2 * g - 1) / math.pi
            xs.append(t)
            us.append(u if falling else 1 - u)
    a, b, worst = fit_line(xs, us)
    return -b / a, 1 / a, worst
