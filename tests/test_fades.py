"""Fade curves and the dB <-> libVLC volume mapping, exhaustively (pure functions)."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from tearconsole.core import fades
from tearconsole.core.ports import SILENCE_DB

fractions = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)
anything = st.floats(min_value=-10.0, max_value=10.0, allow_nan=False)
levels_db = st.floats(min_value=-100.0, max_value=18.0, allow_nan=False)
CURVES = [fades.linear, fades.s_curve, fades.equal_power_in, fades.equal_power_out]


@given(anything)
def test_every_curve_runs_from_0_to_1_and_clamps(u: float) -> None:
    for curve in CURVES:
        assert curve(0.0) == 0.0 and math.isclose(curve(1.0), 1.0)
        assert 0.0 <= curve(u) <= 1.0
        if u <= 0.0:
            assert curve(u) == 0.0
        if u >= 1.0:
            assert math.isclose(curve(u), 1.0)


@given(fractions, fractions)
def test_every_curve_is_monotonic(a: float, b: float) -> None:
    lo, hi = sorted((a, b))
    for curve in CURVES:
        assert curve(lo) <= curve(hi) + 1e-12


@given(fractions)
def test_s_curve_is_symmetric_and_gentle_at_the_ends(u: float) -> None:
    assert math.isclose(fades.s_curve(u) + fades.s_curve(1.0 - u), 1.0, abs_tol=1e-12)
    assert math.isclose(fades.s_curve(0.5), 0.5)
    # slope 0 at both ends: the first and last 5 % move the level by well under 1 %
    assert fades.s_curve(0.05) < 0.01 and fades.s_curve(0.95) > 0.99


@given(fractions)
def test_equal_power_crossfade_keeps_power_constant(u: float) -> None:
    outgoing = 1.0 - fades.equal_power_out(u)  # a ramp 1 -> 0 along the out curve
    incoming = fades.equal_power_in(u)
    assert math.isclose(outgoing**2 + incoming**2, 1.0, abs_tol=1e-12)


@given(levels_db)
def test_db_and_gain_round_trip(db: float) -> None:
    assert math.isclose(fades.gain_to_db(fades.db_to_gain(db)), db, abs_tol=1e-9)


def test_silence_is_exactly_zero() -> None:
    assert fades.db_to_gain(SILENCE_DB) == 0.0 and fades.db_to_gain(-500.0) == 0.0
    assert fades.gain_to_db(0.0) == SILENCE_DB and fades.gain_to_db(-1.0) == SILENCE_DB
    assert fades.db_to_vlc_volume(SILENCE_DB) == 0
    assert fades.vlc_volume_to_db(0) == SILENCE_DB


def test_libvlc_volume_is_cubic() -> None:
    # measured through libVLC's amem: 100 is unity, 50 gives 1/8, 25 gives 1/64, 200 8x
    assert fades.db_to_vlc_volume(0.0) == 100
    assert fades.vlc_volume_to_gain(50) == 1 / 8
    assert fades.vlc_volume_to_gain(25) == 1 / 64
    assert fades.vlc_volume_to_gain(200) == 8.0
    assert fades.db_to_vlc_volume(-6.0) == 79  # 100 * 10 ** (-6 / 60) = 79.4, not 50
    assert fades.db_to_vlc_volume(-20.0) == 46
    assert fades.db_to_vlc_volume(40.0) == fades.VLC_MAX


@given(st.floats(min_value=-60.0, max_value=18.0, allow_nan=False))
def test_db_lands_on_the_nearest_libvlc_step(db: float) -> None:
    volume = fades.db_to_vlc_volume(db)
    error = abs(fades.vlc_volume_to_db(volume) - db)
    # one integer step of libVLC's volume near ``volume`` spans 60 / ln 10 / volume dB
    assert error <= 0.5 * 60.0 / math.log(10) / max(volume - 1, 1) + 1e-9
    if db >= -20.0:
        assert error < 0.3  # inaudible where it matters


@given(st.floats(min_value=-100.0, max_value=18.0), st.floats(min_value=-100.0, max_value=18.0))
def test_vlc_volume_is_monotonic_in_db(a: float, b: float) -> None:
    lo, hi = sorted((a, b))
    assert fades.db_to_vlc_volume(lo) <= fades.db_to_vlc_volume(hi)


@given(
    st.floats(min_value=0.0, max_value=4.0),
    st.floats(min_value=0.0, max_value=4.0),
    st.floats(min_value=0.0, max_value=10.0),
    st.floats(min_value=-5.0, max_value=20.0),
)
def test_ramp_stays_between_its_ends_and_finishes(
    start: float, end: float, duration: float, t: float
) -> None:
    for curve in CURVES:
        ramp = fades.Ramp(start, end, duration, 1.0, curve)
        value = ramp.value_at(t)
        assert min(start, end) - 1e-12 <= value <= max(start, end) + 1e-12
        assert ramp.value_at(1.0) == start or 1.0 + duration == 1.0
        assert math.isclose(ramp.value_at(1.0 + duration), end, abs_tol=1e-12)
        assert ramp.done(1.0 + duration) and ramp.ends_s == 1.0 + duration


@given(st.floats(min_value=0.01, max_value=5.0), fractions, st.floats(0.0, 1.0))
def test_ramp_to_never_jumps(duration: float, when: float, end: float) -> None:
    old = fades.Ramp(1.0, 0.0, duration, 0.0, fades.s_curve)
    now = when * duration
    new = fades.ramp_to(old, end, 2.0, now, fades.equal_power_in)
    assert math.isclose(new.value_at(now), old.value_at(now), abs_tol=1e-12)


def test_ramp_of_zero_duration_is_at_its_end() -> None:
    ramp = fades.Ramp(0.0, 1.0, 0.0, 5.0)
    assert ramp.value_at(0.0) == 1.0 and ramp.done(0.0)
    assert fades.Ramp.hold(0.5).value_at(123.0) == 0.5


@given(st.floats(min_value=0.0, max_value=600.0))
def test_steps_are_at_most_20_ms(duration: float) -> None:
    n = fades.steps(duration)
    assert n >= 1 and duration / n <= fades.STEP_S + 1e-9
