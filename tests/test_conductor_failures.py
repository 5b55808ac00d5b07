"""A conductor step that raises is undone as a whole: none of its effects runs later, the
state is as it was, the facilitator is told, and the next action behaves as if the
failed step had been refused."""

from __future__ import annotations

from dataclasses import replace

from tearconsole.core.conductor.view import Mode, SceneKind
from tearconsole.core.cue_timings import cue_timings
from tearconsole.core.kinds import ContinueMode, CueKind, EventKind
from tearconsole.core.plan import CueSpec, PlanSpec
from tearconsole.core.ports import Layer, MediaRequest
from tearconsole.core.records import RecordedEvent, as_done
from tests.conductor_fakes import FILM, MUSIC, FakeOutput, Rig

PLAN = PlanSpec(
    id=1,
    name="Two pieces",
    cues=(
        CueSpec(0, CueKind.STIMULUS, FILM, continue_mode=ContinueMode.GO),
        CueSpec(1, CueKind.STIMULUS, MUSIC, continue_mode=ContinueMode.GO),
        CueSpec(2, CueKind.PAUSE, duration_s=4.0, continue_mode=ContinueMode.GO),
    ),
)


class RaisingOutput(FakeOutput):
    """A fake output whose next ``start`` raises, as a broken driver might."""

    fail_next_start = False

    def start(
        self, layer: Layer, request: MediaRequest, fade_in_s: float, crossfade_s: float = 0.0
    ) -> None:
        if self.fail_next_start:
            self.fail_next_start = False
            self._note("start-raised", layer, request)
            raise RuntimeError("the audio device went away")
        super().start(layer, request, fade_in_s, crossfade_s)


def _rig(plan: PlanSpec = PLAN) -> Rig:
    rig = Rig(plan)
    output = RaisingOutput(rig.clock, rig.sink, lengths=dict(rig.output.lengths))
    rig.output = output
    rig.conductor.steps.output = output
    output.set_listener(rig.conductor)
    return rig


def _shape(rig: Rig, since: int) -> list[tuple[str, object]]:
    """The output calls after ``since``, without the tokens (a failed step used some)."""
    shape = []
    for call in rig.output.calls[since:]:
        args = tuple(a.path if isinstance(a, MediaRequest) else a for a in call.args)
        shape.append((call.name, args))
    return shape


def test_a_go_whose_output_raises_leaves_nothing_behind_and_is_told() -> None:
    failing, twin = _rig(), _rig()
    for rig in (failing, twin):
        rig.conductor.begin()
        rig.conductor.go()  # the film plays
        rig.run(1.0)
    c = failing.conductor
    before = c.view()
    calls_before = len(failing.output.calls)
    assert isinstance(failing.output, RaisingOutput)
    failing.output.fail_next_start = True
    c.go()  # the music's start raises: the film must go on, the music stands by again

    assert [call.name for call in failing.output.calls[calls_before:]] == ["start-raised"]
    assert c.mode is Mode.RUNNING and c.standing_by == 1
    assert c.view().main is not None and c.view().main.position == 0  # type: ignore[union-attr]
    assert c.scene.kind is SceneKind.VIDEO
    assert c.snapshot() == failing.conductor.snapshot()
    assert (c.view().standing_by, c.view().running[0].title) == (
        before.standing_by,
        before.running[0].title,
    )
    refused = failing.events()[-1]
    assert refused.kind is EventKind.IGNORED and refused.action == "go"
    assert refused.detail["failed"] is True and "audio device" in refused.detail["reason"]
    assert refused.snapshot.main == 0 and refused.snapshot.standby == 1  # where it stands
    assert "could not be carried out" in failing.listener.notices[-1]
    assert failing.listener.views[-1].standing_by == 1

    # nothing of the failed step fires on the next, unrelated action
    logged = len(failing.sink.events)
    calls = len(failing.output.calls)
    c.note("The room is quiet")
    assert len(failing.output.calls) == calls
    assert [e.kind for e in failing.sink.events[logged:]] == [EventKind.NOTE]

    # and from here the session goes on exactly as one where that GO was refused
    twin.conductor.note("The room is quiet")
    marks = len(failing.output.calls), len(twin.output.calls)
    for rig in (failing, twin):
        rig.run(0.5)
        rig.conductor.go()
        rig.run(6.0)
    assert _shape(failing, marks[0]) == _shape(twin, marks[1])
    assert failing.conductor.view().standing_by == twin.conductor.view().standing_by == 2
    assert [e.kind for e in failing.events()[logged + 1 :]] == [
        e.kind for e in twin.events()[-len(failing.events()[logged + 1 :]) :]
    ]


def test_a_failing_automatic_step_is_undone_and_the_session_goes_on() -> None:
    follow = CueSpec(0, CueKind.STIMULUS, FILM, continue_mode=ContinueMode.FOLLOW)
    rig = _rig(PlanSpec(id=2, name="Follow on", cues=(follow, *PLAN.cues[1:])))
    c = rig.conductor
    c.begin()
    c.go()
    assert isinstance(rig.output, RaisingOutput)
    rig.output.fail_next_start = True
    rig.run(6.5)  # the film ends; following on to the music raises
    refused = rig.events(EventKind.IGNORED)
    assert len(refused) == 1 and refused[0].action is None and refused[0].detail["failed"]
    assert "The last automatic step could not be carried out" in rig.listener.notices[-1]
    started = rig.events(EventKind.CUE_STARTED)  # logged before it was tried, then undone
    assert [e.cue_position for e in started] == [0, 1] and refused[0].snapshot.main == 0
    assert c.view().main is not None and c.view().main.position == 0  # type: ignore[union-attr]
    rig.run(15.0)  # the film's end is taken again when the media watchdog gives it up
    assert [e.cue_position for e in rig.events(EventKind.CUE_STARTED)] == [0, 1, 1]
    ended = [(e.cue_position, e.detail["reason"]) for e in rig.events(EventKind.CUE_ENDED)]
    assert ended[-1] == (1, "done")  # the music then played to its end
    assert c.mode is Mode.READY and c.standing_by == 2


def test_the_record_leaves_out_what_a_failed_step_undid() -> None:
    rig = _rig()
    c = rig.conductor
    c.begin()
    c.go()  # the film
    rig.run(1.0)
    assert isinstance(rig.output, RaisingOutput)
    rig.output.fail_next_start = True
    c.go()  # logs the film's end and the music's start, then its start raises
    rig.run(2.0)
    refused = rig.events(EventKind.IGNORED)[-1]
    assert refused.detail["undone"] == 2
    recorded = [
        RecordedEvent(i + 1, e.kind.value, e.mono_s, None, e.cue_position, e.position_s,
                      e.detail_dict())
        for i, e in enumerate(rig.sink.events)
    ]  # fmt: skip
    standing = as_done(recorded)
    assert len(standing) == len(recorded) - 2
    assert [e.kind for e in standing if e.cue_position == 1] == []  # the music never started
    assert "ignored" in [e.kind for e in standing]
    timings = {t.position: t for t in cue_timings(PLAN, recorded)}
    assert timings[0].status == "played" and timings[1].status == "not reached"
    assert (timings[0].actual_s or 0) > 1.5  # not cut at the failed GO (1 s in): it ran on


def test_a_fast_rehearsal_on_a_slow_decoder_records_no_media_problem() -> None:
    """At x4 a busy laptop may decode a long film slower than four times: while its
    position moves on, it is no media problem (normal speed would record none)."""
    long_film = replace(FILM, path="long.mp4", duration_s=60.0)
    plan = PlanSpec(id=3, name="Long film", cues=(CueSpec(0, CueKind.STIMULUS, long_film),))
    rig = Rig(plan, speed=4.0)
    rig.output.lengths["long.mp4"] = 60.0
    c = rig.conductor
    c.begin()
    c.go()
    rig.output.rate = 1.0  # the decoder keeps up with x1 only
    rig.run(40.0, step=0.5)  # past the x4 limit (60 / 4 x 1.5 + 5 = 27.5 s), still moving
    assert not rig.events(EventKind.MEDIA_ERROR)
    rig.run(21.0, step=0.5)
    ended = [(e.cue_position, e.detail["reason"]) for e in rig.events(EventKind.CUE_ENDED)]
    assert ended == [(0, "done")] and not rig.events(EventKind.MEDIA_ERROR)


def test_media_that_stops_moving_and_never_ends_is_given_up() -> None:
    rig = Rig()
    c = rig.begin(at=5)
    c.go()  # the film (6 s, 1 s pre-wait)
    rig.run(2.0)
    assert isinstance(rig.output, FakeOutput)
    rig.output.lengths.pop("film.mp4")  # it never reports its end ...
    rig.output.set_paused(True, 0.0)  # ... and its picture freezes
    rig.run(20.0)
    errors = rig.events(EventKind.MEDIA_ERROR)
    assert errors and "did not report its end" in errors[0].detail["reason"]
