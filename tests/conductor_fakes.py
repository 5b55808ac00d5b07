"""A fake ``Output`` and event sink for exhaustive conductor tests (the real ones are
tested against libVLC and SQLite elsewhere)."""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field, replace

from tearconsole.core import media_problems
from tearconsole.core.clock import FakeClock
from tearconsole.core.conductor import Conductor
from tearconsole.core.conductor.log import LoggedEvent
from tearconsole.core.conductor.view import LiveView
from tearconsole.core.kinds import ContinueMode, CueKind, EventKind, StimulusKind
from tearconsole.core.plan import CueSpec, PlanSpec, StimulusInfo
from tearconsole.core.ports import Layer, MediaRequest, OutputListener


class MemorySink:
    def __init__(self) -> None:
        self.events: list[LoggedEvent] = []

    def record(self, event: LoggedEvent) -> None:
        self.events.append(event)

    def kinds(self) -> list[str]:
        return [e.kind.value for e in self.events]


@dataclass
class FakeLayer:
    request: MediaRequest | None = None
    started_at: float = 0.0
    position_at_start: float = 0.0
    stopping_until: float | None = None  # fading out; silent from then on
    paused_at: float | None = None
    ended: bool = False


@dataclass
class Call:
    name: str
    args: tuple[object, ...]
    events_logged: int  # how many events the sink held when the call was made


@dataclass
class FakeOutput:
    """Plays nothing; keeps the time of each layer and ends media at their length."""

    clock: FakeClock
    sink: MemorySink
    lengths: dict[str, float] = field(default_factory=dict)  # path -> seconds
    broken: set[str] = field(default_factory=set)  # paths that fail when started
    listener: OutputListener | None = None
    layers: dict[Layer, FakeLayer] = field(default_factory=dict)
    master_db: float = 0.0
    brightness: float = 1.0
    paused: bool = False
    rate: float = 1.0
    calls: list[Call] = field(default_factory=list)
    pending: list[tuple[str, int, str]] = field(default_factory=list)

    def _note(self, name: str, *args: object) -> None:
        self.calls.append(Call(name, args, len(self.sink.events)))

    # -- Output ---------------------------------------------------------------------
    def set_listener(self, listener: OutputListener) -> None:
        self.listener = listener

    def preload(self, layer: Layer, request: MediaRequest) -> None:
        self._note("preload", layer, request)

    def start(
        self, layer: Layer, request: MediaRequest, fade_in_s: float, crossfade_s: float = 0.0
    ) -> None:
        self._note("start", layer, request, fade_in_s, crossfade_s)
        now = self.clock.now()
        self.layers[layer] = FakeLayer(request, now, request.in_s)
        if request.path in self.broken:
            self.pending.append(("failed", request.token, media_problems.missing(request.path)))

    def fade(self, layer: Layer, to_db: float, seconds: float) -> None:
        self._note("fade", layer, to_db, seconds)

    def stop(self, layer: Layer | None, fade_out_s: float) -> None:
        self._note("stop", layer, fade_out_s)
        until = self.clock.now() + fade_out_s
        for name, state in self.layers.items():
            if layer is None or name is layer:
                state.stopping_until = min(until, state.stopping_until or until)
        if layer is None:
            self.paused = False

    def set_paused(self, paused: bool, fade_s: float) -> None:
        self._note("set_paused", paused, fade_s)
        now = self.clock.now()
        for state in self.layers.values():
            if paused and state.paused_at is None:
                state.paused_at = now
            elif not paused and state.paused_at is not None:
                state.started_at += now - state.paused_at
                state.paused_at = None
        self.paused = paused

    def set_master(self, gain_db: float, brightness: float, ramp_s: float) -> None:
        self._note("set_master", gain_db, brightness, ramp_s)
        self.master_db, self.brightness = gain_db, brightness

    def seek(self, layer: Layer, position_s: float) -> None:
        self._note("seek", layer, position_s)

    def set_rate(self, rate: float) -> None:
        self._note("set_rate", rate)
        self.rate = rate

    def set_video_window(self, handle: int | None) -> None:
        self._note("set_video_window", handle)

    def shutdown(self) -> None:
        self._note("shutdown")

    def position_s(self, layer: Layer) -> float | None:
        state = self.layers.get(layer)
        if state is None or state.request is None or self._silent(state):
            return None
        now = state.paused_at if state.paused_at is not None else self.clock.now()
        return state.position_at_start + (now - state.started_at) * self.rate

    # -- for tests ------------------------------------------------------------------
    def _silent(self, state: FakeLayer) -> bool:
        if state.ended or state.request is None:
            return True
        return state.stopping_until is not None and self.clock.now() >= state.stopping_until

    def audible(self) -> list[Layer]:
        """Layers that are heard now (playing, not paused, not faded out)."""
        return [
            name
            for name, state in self.layers.items()
            if not self._silent(state) and state.paused_at is None
        ]

    def pump(self) -> None:
        """Deliver what happened since the last pump (media ends, failures), as an
        engine would: after the conductor's call has returned."""
        for name, state in self.layers.items():
            request = state.request
            if request is None or state.ended or state.stopping_until is not None:
                continue
            length = self.lengths.get(request.path)
            end = request.out_s if request.out_s is not None else length
            if request.loop or end is None or state.paused_at is not None:
                continue
            if (self.position_s(name) or 0.0) >= end - 1e-9:
                state.ended = True
                self.pending.append(("ended", request.token, ""))
        pending, self.pending = self.pending, []
        assert self.listener is not None
        for what, token, reason in pending:
            for state in self.layers.values():
                if state.request is not None and state.request.token == token:
                    state.ended = True
            if what == "ended":
                self.listener.media_ended(token)
            else:
                self.listener.media_failed(token, reason)


class RecordingListener:
    def __init__(self) -> None:
        self.views: list[LiveView] = []
        self.notices: list[str] = []

    def view_changed(self, view: LiveView) -> None:
        self.views.append(view)

    def notice(self, message: str) -> None:
        self.notices.append(message)


def stimulus(kind: StimulusKind, title: str, **fields: object) -> StimulusInfo:
    return StimulusInfo(id=zlib.crc32(title.encode()), kind=kind, title=title, **fields)  # type: ignore[arg-type]


BED = stimulus(StimulusKind.MUSIC, "Quiet harbour", path="bed.ogg", duration_s=30.0)
FILM = stimulus(StimulusKind.FILM, "First light", path="film.mp4", duration_s=6.0, has_video=True)
MUSIC = stimulus(StimulusKind.MUSIC, "Homeward", path="music.ogg", duration_s=5.0)
STORY = stimulus(StimulusKind.STORY, "The Little Match Girl", text="It was dreadfully cold.")
WELCOME = stimulus(StimulusKind.CARD, "Welcome", text="Welcome. Take your time.")
CLOSING = stimulus(StimulusKind.CARD, "Closing", text="Thank you for coming.")
LENGTHS = {"bed.ogg": 30.0, "film.mp4": 6.0, "music.ogg": 5.0}


def sample_plan(modes: list[ContinueMode] | None = None) -> PlanSpec:
    """Every kind of cue: card, bed, story, pause, bed stop, film, music, card, landing."""
    go, follow, post = ContinueMode.GO, ContinueMode.FOLLOW, ContinueMode.POST_WAIT
    specs = [
        CueSpec(0, CueKind.STIMULUS, WELCOME, duration_s=5.0, continue_mode=go),
        CueSpec(1, CueKind.BED_START, BED, fade_in_s=2.0, continue_mode=follow),
        CueSpec(2, CueKind.STIMULUS, STORY, duration_s=10.0, continue_mode=post, post_wait_s=2.0),
        CueSpec(3, CueKind.PAUSE, duration_s=4.0, text="Breathe in", continue_mode=follow),
        CueSpec(4, CueKind.BED_STOP, continue_mode=follow),
        CueSpec(5, CueKind.STIMULUS, FILM, pre_wait_s=1.0, fade_in_s=1.0, continue_mode=go),
        CueSpec(6, CueKind.STIMULUS, MUSIC, continue_mode=post, post_wait_s=2.0),
        CueSpec(7, CueKind.STIMULUS, CLOSING, duration_s=3.0, continue_mode=go),
        CueSpec(8, CueKind.PAUSE, duration_s=5.0, text="Breathe with me", continue_mode=go),
    ]
    if modes:
        specs = [
            replace(spec, continue_mode=mode, post_wait_s=spec.post_wait_s or 1.0)
            for spec, mode in zip(specs, modes, strict=False)
        ] + specs[len(modes) :]
    return PlanSpec(id=1, name="Sample", target_s=60.0, soft_landing_position=8, cues=tuple(specs))


class Rig:
    """A conductor on a fake clock, fake output and memory log."""

    def __init__(self, plan: PlanSpec | None = None, speed: float = 1.0) -> None:
        self.clock = FakeClock()
        self.sink = MemorySink()
        self.output = FakeOutput(self.clock, self.sink, lengths=dict(LENGTHS))
        self.listener = RecordingListener()
        self.plan = plan or sample_plan()
        self.conductor = Conductor(
            self.plan, self.output, self.clock, self.sink, self.listener, speed=speed
        )

    def begin(self, at: int = 0) -> Conductor:
        """Begin the session and skip the cues before position ``at``: the conductor,
        standing by there."""
        self.conductor.begin()
        for _ in range(at):
            self.conductor.skip()
        return self.conductor

    def run(self, seconds: float, step: float = 0.05) -> None:
        """Let ``seconds`` pass in steps, delivering output events and ticking."""
        steps = max(1, round(seconds / step))
        for _ in range(steps):
            self.clock.advance(seconds / steps)
            self.output.pump()
            self.conductor.tick()

    def events(self, kind: EventKind | None = None) -> list[LoggedEvent]:
        return [e for e in self.sink.events if kind is None or e.kind is kind]


def rig_at_missing_music() -> Rig:
    """A session that has just GOne to the music cue (6), whose file is missing."""
    rig = Rig()
    rig.output.broken.add("music.ogg")
    rig.begin(at=6).go()
    rig.run(0.1)
    return rig
