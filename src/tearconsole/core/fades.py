"""Fade curves and level conversions: small pure functions, no Qt, no libVLC.

A *curve* maps the elapsed fraction ``u`` of a fade (0..1) to the fraction ``w`` of the
way from the start gain to the end gain (0..1); gains are linear amplitudes.

- ``s_curve``: half a cosine, for fades in and out (gentle at both ends).
- ``equal_power_in`` / ``equal_power_out``: for crossfades. Fading one sound 1 -> 0 with
  ``equal_power_out`` (its gain is ``cos(pi u / 2)``) against another 0 -> 1 with
  ``equal_power_in`` (``sin(pi u / 2)``) keeps the summed power constant.

libVLC's volume (``audio_set_volume``, 0..100 is unity, up to 200) is not linear: every
software or system output in libVLC 3 cubes it (``amem``'s ``SoftVolumeSet``,
``volume.h``, PulseAudio's cubic ``pa_volume_t``): amplitude = (volume / 100) ** 3.
Measured here with libVLC 3.0.24 through ``amem``: 50 gave 1/8 of the amplitude, 25 gave
1/64, 200 gave 8x. So a dB-correct level is ``volume = 100 * 10 ** (dB / 60)``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from tearconsole.core.ports import SILENCE_DB

Curve = Callable[[float], float]

STEP_S = 0.02  # fades are stepped at least this often
VLC_UNITY = 100  # libVLC's volume for a gain of 1.0 (0 dB)
VLC_MAX = 200  # libVLC's largest volume: (200 / 100) ** 3 = 8x, about +18 dB
SILENCE_GAIN = 10.0 ** (SILENCE_DB / 20.0)


def _clamp01(u: float) -> float:
    return 0.0 if u <= 0.0 else 1.0 if u >= 1.0 else u


def linear(u: float) -> float:
    return _clamp01(u)


def s_curve(u: float) -> float:
    """Half a cosine: slow start, slow finish, symmetric about the middle."""
    return (1.0 - math.cos(math.pi * _clamp01(u))) / 2.0


def equal_power_in(u: float) -> float:
    return math.sin(math.pi / 2.0 * _clamp01(u))


def equal_power_out(u: float) -> float:
    """As a curve from a gain down to 0: the gain follows ``start * cos(pi u / 2)``."""
    u = _clamp01(u)
    return 1.0 if u == 1.0 else 1.0 - math.cos(math.pi / 2.0 * u)


def db_to_gain(db: float) -> float:
    """Linear amplitude for a level in dB; ``SILENCE_DB`` or below is exactly 0."""
    if db <= SILENCE_DB:
        return 0.0
    return float(10.0 ** (db / 20.0))


def gain_to_db(gain: float) -> float:
    """Level in dB for a linear amplitude; silence (or anything below it) is ``SILENCE_DB``."""
    if gain <= SILENCE_GAIN:
        return SILENCE_DB
    return 20.0 * math.log10(gain)


def gain_to_vlc_volume(gain: float) -> int:
    """libVLC's ``audio_set_volume`` value whose cubic amplitude is closest to ``gain``."""
    if gain <= SILENCE_GAIN:
        return 0
    volume = round(VLC_UNITY * float(gain ** (1.0 / 3.0)))
    return max(0, min(VLC_MAX, volume))


def db_to_vlc_volume(db: float) -> int:
    return gain_to_vlc_volume(db_to_gain(db))


def vlc_volume_to_gain(volume: int) -> float:
    """The amplitude libVLC applies for ``volume`` (its cube, 100 = unity)."""
    return (max(0, volume) / VLC_UNITY) ** 3


def vlc_volume_to_db(volume: int) -> float:
    return gain_to_db(vlc_volume_to_gain(volume))


@dataclass(frozen=True)
class Ramp:
    """A gain moving from ``start`` to ``end`` over ``duration_s`` along ``curve``.

    ``began_s`` is on whatever monotonic clock the caller uses. A ramp of zero duration
    is at its end at once. A new ramp should start from ``value_at(now)`` of the old one,
    so levels never jump.
    """

    start: float
    end: float
    duration_s: float
    began_s: float
    curve: Curve = s_curve

    @staticmethod
    def hold(gain: float, now_s: float = 0.0) -> Ramp:
        return Ramp(gain, gain, 0.0, now_s, linear)

    def progress(self, now_s: float) -> float:
        if self.duration_s <= 0.0 or now_s >= self.began_s + self.duration_s:
            return 1.0
        return _clamp01((now_s - self.began_s) / self.duration_s)

    def value_at(self, now_s: float) -> float:
        return self.start + (self.end - self.start) * self.curve(self.progress(now_s))

    def done(self, now_s: float) -> bool:
        return self.progress(now_s) >= 1.0

    @property
    def ends_s(self) -> float:
        return self.began_s + max(0.0, self.duration_s)


def ramp_to(current: Ramp, end: float, duration_s: float, now_s: float, curve: Curve) -> Ramp:
    """A ramp from wherever ``current`` is now to ``end``."""
    return Ramp(current.value_at(now_s), end, max(0.0, duration_s), now_s, curve)


def steps(duration_s: float, step_s: float = STEP_S) -> int:
    """How many steps of at most ``step_s`` a fade of ``duration_s`` needs (at least 1)."""
    if duration_s <= 0.0:
        return 1
    return max(1, math.ceil(duration_s / step_s - 1e-9))
