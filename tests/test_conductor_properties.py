"""Random sequences of the facilitator's actions against the conductor's invariants
(fake clock, fake output: every path of the state machine, fast)."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tearconsole.core.conductor.view import Mode, SceneKind
from tearconsole.core.kinds import ContinueMode, EventKind
from tests.conductor_fakes import LENGTHS, Rig, sample_plan

SIMPLE = ["go", "pause", "resume", "soften", "restore", "hold", "skip", "back", "safe_stop"]
ACTION = st.one_of(
    st.tuples(st.sampled_from(SIMPLE)),
    st.tuples(st.just("go")),  # GO is the most common press of all
    st.tuples(st.just("wait"), st.floats(0.05, 8.0)),
    st.tuples(st.just("wait"), st.floats(1.0, 15.0)),
    st.tuples(st.just("wait"), st.floats(0.01, 0.4)),  # quick double presses
    st.tuples(st.sampled_from(["extend"] + ["go"] * 3), st.floats(-1.0, 30.0)).map(
        lambda t: t if t[0] == "extend" else ("go",)
    ),
    st.tuples(
        st.sampled_from(["pace", "note", "hard_stop"] + ["wait"] * 3),
        st.sampled_from([0.25, 0.5, 1.0, 1.5, 2.0, 3.0]),
    ).map(
        lambda t: {"pace": t, "note": ("note", str(t[1])), "hard_stop": ("hard_stop",)}.get(
            t[0], ("wait", t[1])
        )
    ),
)
#: The event kind each accepted action writes (IGNORED when it had no effect).
ACCEPTED = {
    "go": {EventKind.CUE_STARTED, EventKind.RESUMED},  # paused or stopped: GO goes on
    "pause": {EventKind.PAUSED},
    "resume": {EventKind.RESUMED},
    "soften": {EventKind.SOFTENED},
    "restore": {EventKind.RESTORED},
    "hold": {EventKind.HELD, EventKind.RELEASED},
    "skip": {EventKind.CUE_SKIPPED},
    "back": {EventKind.BACK},
    "safe_stop": {EventKind.SAFE_STOP},
    "hard_stop": {EventKind.HARD_STOP},
    "extend": {EventKind.EXTENDED},
    "pace": {EventKind.PACE},
    "note": {EventKind.NOTE},
}


def perform(rig: Rig, action: tuple[Any, ...]) -> None:
    name, *args = action
    c = rig.conductor
    calls = {
        "go": c.go, "pause": c.pause, "resume": c.resume, "soften": c.soften,
        "restore": c.restore, "hold": c.hold, "skip": c.skip, "back": c.back,
        "safe_stop": c.safe_stop, "hard_stop": c.hard_stop, "extend": c.extend,
        "pace": c.set_pace, "note": c.note,
    }  # fmt: skip
    calls[name](*args)


def check_state(rig: Rig) -> None:
    c, out = rig.conductor, rig.output
    view = c.view()
    assert view.mode in set(Mode)
    assert 0 <= view.soften_level <= 3 and 0.5 <= view.pace <= 2.0
    positions = {cue.position for cue in rig.plan.cues}
    assert view.standing_by is None or view.standing_by in positions
    if view.mode is Mode.RUNNING:
        assert view.main is not None
    if view.mode is Mode.READY:
        assert view.main is None
    if view.mode in (Mode.STOPPED, Mode.ENDED):
        assert view.scene.kind is SceneKind.CALM and view.main is None
        assert not [r for r in view.running if r.layer == "bed"]
    if view.mode is Mode.ENDED:
        assert out.audible() == []
    if view.mode is Mode.PAUSED:
        assert out.audible() == []
    # nothing plays at full level while softened
    if view.soften_level >= 1:
        assert out.master_db <= -6.0 and out.brightness <= 0.8
        assert view.scene.brightness <= 0.8
    if view.soften_level >= 2:
        assert out.master_db <= -12.0


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    actions=st.lists(ACTION, min_size=3, max_size=60),
    modes=st.lists(st.sampled_from(list(ContinueMode)), max_size=9),
    broken=st.sets(st.sampled_from(sorted(LENGTHS))),
    speed=st.sampled_from([1.0, 1.0, 4.0]),
)
def test_random_sessions_keep_every_invariant(
    actions: list[tuple[Any, ...]], modes: list[ContinueMode], broken: set[str], speed: float
) -> None:
    rig = Rig(sample_plan(modes), speed=speed)
    rig.output.broken |= broken
    rig.conductor.begin()
    done: list[str] = []
    stopped_at: float | None = None
    for action in actions:
        name = action[0]
        if name == "wait":
            rig.run(action[1], step=0.1)
        else:
            before = len(rig.sink.events)
            calls_before = len(rig.output.calls)
            perform(rig, action)
            done.append(name)
            mine = [e for e in rig.sink.events[before:] if e.action is not None]
            # every action is logged exactly once, with the kind it says or IGNORED
            assert len(mine) == 1 and mine[0].action == name
            assert mine[0].kind in ACCEPTED[name] | {EventKind.IGNORED}
            if mine[0].kind is EventKind.IGNORED:
                assert mine[0].detail["reason"]  # GO (or any action) never silently does nothing
            # ... and before its effect: every output call came after the event was written
            for call in rig.output.calls[calls_before:]:
                assert call.events_logged > before, call
            if name == "safe_stop" and mine[0].kind is EventKind.SAFE_STOP:
                stopped_at = rig.clock.now()
        check_state(rig)
        c = rig.conductor
        if c.mode is not Mode.STOPPED:
            stopped_at = None
        elif stopped_at is not None and rig.clock.now() - stopped_at >= 3.0 / speed:
            # safe stop always ends in silence over the calm card
            assert rig.output.audible() == [] and c.scene.kind is SceneKind.CALM
    logged = [e.action for e in rig.sink.events if e.action is not None]
    assert logged == done  # in order, once each
    monos = [e.mono_s for e in rig.sink.events]
    assert monos == sorted(monos)


@settings(max_examples=60, deadline=None)
@given(waits=st.lists(st.floats(0.0, 2.0), min_size=1, max_size=30))
def test_safe_stop_ends_in_silence_from_anywhere(waits: list[float]) -> None:
    rig = Rig()
    c = rig.conductor
    c.begin()
    for wait in waits:
        rig.run(wait, step=0.1)
        rig.clock.advance(0.31)
        c.go()
    c.safe_stop()
    rig.run(3.05)
    assert rig.output.audible() == [] and c.scene.kind is SceneKind.CALM
    assert c.mode is Mode.STOPPED


@settings(max_examples=60, deadline=None)
@given(gap=st.floats(0.0, 0.6), presses=st.integers(2, 6))
def test_go_is_debounced_at_300_ms(gap: float, presses: int) -> None:
    rig = Rig()
    c = rig.conductor
    c.begin()
    for _ in range(presses):
        c.go()
        rig.clock.advance(gap)
    go_events = [e for e in rig.sink.events if e.action == "go"]
    assert len(go_events) == presses
    accepted = []
    for i in range(presses):  # accepted when 300 ms have passed since the last press
        accepted.append(i == 0 or gap >= 0.3 - 1e-9)
    assert [e.kind is EventKind.CUE_STARTED for e in go_events] == accepted


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    actions=st.lists(ACTION, min_size=1, max_size=40),
    modes=st.lists(st.sampled_from(list(ContinueMode)), max_size=9),
    speed=st.sampled_from([1.0, 4.0]),
)
def test_the_last_event_always_says_where_to_resume(
    actions: list[tuple[Any, ...]], modes: list[ContinueMode], speed: float
) -> None:
    """Kill the conductor at any moment: its last event resumes it at the same cue, within
    the time since that event (a checkpoint is written every second)."""
    rig = Rig(sample_plan(modes), speed=speed)
    rig.conductor.begin()
    for action in actions:
        if action[0] == "wait":
            rig.run(action[1], step=0.1)
        else:
            perform(rig, action)
    c = rig.conductor
    if c.mode is Mode.ENDED:
        return
    last = rig.sink.events[-1]
    snap = last.snapshot
    assert snap.standby == c.standing_by
    bed = c.data.bed  # playing, or waiting after a safe stop to fade back in
    assert snap.bed == (bed.cue.position if bed else None)
    truth = c.snapshot()
    assert snap.main == truth.main
    # softening, pace and hold survive the crash, and nothing comes back at full level
    assert (snap.soften, snap.pace, snap.held) == (c.soften_level, c.pace, c.view().held)
    resumed = Rig(sample_plan(modes), speed=speed)
    resumed.conductor.begin(resume=snap)
    view = resumed.conductor.view()
    assert (view.soften_level, view.pace, view.held) == (c.soften_level, c.pace, c.view().held)
    check_state(resumed)
    first_media = [i for i, call in enumerate(resumed.output.calls) if call.name != "set_rate"]
    assert resumed.output.calls[first_media[0]].name == "set_master"  # before any preload
    since = (rig.clock.now() - rig.conductor._t0 - last.mono_s) * speed
    if truth.main is not None:
        behind = (truth.main_s or 0) - (snap.main_s or 0)
        assert -1e-9 <= behind <= since + 1e-6  # float sums of ticks: rounding, either way
        assert behind <= 1.1 * speed + 1e-6  # within about a second (one 0.1 s tick late)
        again = Rig(sample_plan(modes), speed=speed)
        again.conductor.begin(resume=snap)
        view = again.conductor.view()
        assert view.mode is Mode.RECOVERED and view.main is not None
        assert view.main.position == snap.main
        assert again.output.audible() == []
