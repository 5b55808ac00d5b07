"""The conductor's state as one plain value (``LiveData``), and what is computed from it
(the snapshot each event carries, the view the UI draws).

``Mode`` is where the session stands as the facilitator sees it; ``table.TABLE`` says,
for each mode, what every action does there. The rest of ``LiveData`` is the detail a
mode needs: the main cue and its phase, the bed, what stands by, the adjustments.
Nothing here has side effects: the conductor copies the value before a step and puts
the copy back if the step fails.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace

from tearconsole.core.conductor.cues import BodyKind, LiveSettings, body_kind, is_story, uses_pace
from tearconsole.core.conductor.log import Snapshot
from tearconsole.core.conductor.view import (
    LiveView,
    Mode,
    Phase,
    RunningCue,
    Scene,
    SceneKind,
)
from tearconsole.core.kinds import CueKind
from tearconsole.core.plan import CueSpec, PlanSpec
from tearconsole.core.ports import Layer

#: Modes in which the session is in play (not stopped, not ended).
IN_PLAY = frozenset({Mode.READY, Mode.RUNNING, Mode.PAUSED, Mode.RECOVERED})
#: Modes in which nothing is heard until the facilitator resumes.
HUSHED = frozenset({Mode.PAUSED, Mode.RECOVERED})


@dataclass
class Main:
    """The cue on the main line (or, with ``cue`` None, a breathing pause between cues)."""

    cue: CueSpec | None
    phase: Phase
    elapsed: float = 0.0  # plan seconds into the phase
    extra: float = 0.0  # breathing seconds added to a post-wait or breathing phase
    token: int | None = None  # its media on Layer.MAIN, while the body plays
    offset: float = 0.0  # where the body started (a recovered session resumes mid-cue)
    wall_body: float = 0.0  # unpaused wall seconds in the body (media watchdog)
    seen_s: float | None = None  # the last position the output reported for the body
    moved_at: float = 0.0  # ``wall_body`` when that position last moved on
    pending: bool = False  # recovered: the body has not been started on the output yet


@dataclass
class Bed:
    cue: CueSpec
    token: int
    elapsed: float = 0.0
    pending: bool = False  # recovered: not started on the output yet


@dataclass
class LiveData:
    """Everything the conductor knows about the session, as one value."""

    mode: Mode = Mode.READY
    standby: int | None = None  # index of the cue GO starts next
    main: Main | None = None
    bed: Bed | None = None
    scene: Scene = field(default_factory=lambda: Scene(SceneKind.BLANK))
    soften_level: int = 0
    pace: float = 1.0
    speed: float = 1.0
    held: bool = False  # the next automatic step waits
    held_step: bool = False  # ... and it came due while held
    extension: float = 0.0  # breathing seconds queued for after the running body
    preloaded: tuple[int, int] | None = None  # (cue index, token) opened for an instant GO
    armed_at: float | None = None  # a first hard stop, waiting for its confirmation
    tone_token: int | None = None  # the last pause tone started (its failure is told)
    started_mono: float | None = None  # the session's seconds at the first GO (its clocks' 0)
    rewound: bool = False  # Back: GO brings back the music bed the plan has under the cue
    last_checkpoint: float = 0.0

    def copy(self) -> LiveData:
        """A copy that shares nothing mutable with this one."""
        return replace(self, main=copy.copy(self.main), bed=copy.copy(self.bed))

    @property
    def in_play(self) -> bool:
        return self.mode in IN_PLAY

    @property
    def hushed(self) -> bool:
        return self.mode in HUSHED

    def settle(self) -> None:
        """READY and RUNNING follow the main line: RUNNING while something runs on it."""
        if self.mode in (Mode.READY, Mode.RUNNING):
            self.mode = Mode.RUNNING if self.main is not None else Mode.READY


def phase_length(main: Main, data: LiveData, settings: LiveSettings) -> float | None:
    """The current phase's length in plan seconds (None: until the output says)."""
    cue = main.cue
    if main.phase is Phase.BREATHING or cue is None:
        return main.extra
    if main.phase is Phase.PRE_WAIT:
        return cue.pre_wait_s * data.pace + main.extra
    if main.phase is Phase.POST_WAIT:
        return cue.post_wait_s * data.pace + main.extra
    kind = body_kind(cue)
    if kind is BodyKind.MEDIA:
        return None if main.token is not None else cue.body_s
    if kind is not BodyKind.TIMED:
        return 0.0
    length = cue.body_s
    if uses_pace(cue):
        length *= data.pace
    if is_story(cue):
        length *= settings.story_pace[data.soften_level]
    return length


def snapshot(data: LiveData, cues: tuple[CueSpec, ...], body_s: float | None) -> Snapshot:
    """Where the session stands, as every logged event records it (``body_s``: seconds
    into the main cue's body)."""
    main = data.main
    in_progress = (
        main is not None and main.cue is not None and main.phase in (Phase.PRE_WAIT, Phase.BODY)
    )
    return Snapshot(
        main=main.cue.position if in_progress and main and main.cue else None,
        main_s=body_s if in_progress else None,
        standby=None if data.standby is None else cues[data.standby].position,
        bed=data.bed.cue.position if data.bed is not None else None,
        paused=data.hushed,
        soften=data.soften_level,
        pace=data.pace,
        held=data.held,
        since=data.started_mono,
    )


def interrupted(data: LiveData) -> Main | None:
    """The cue a safe stop interrupted, waiting for GO to continue it."""
    main = data.main
    if data.mode is Mode.STOPPED and main is not None and main.cue is not None and main.pending:
        return main
    return None


def plan_remaining(
    data: LiveData, cues: tuple[CueSpec, ...], phase_remaining: float | None
) -> float:
    """The running cue's rest plus every cue from standby on, in plan seconds."""
    total = 0.0
    main = data.main
    if main is not None and main.cue is not None:
        cue = main.cue
        total += phase_remaining or 0.0
        post = cue.post_wait_s * data.pace if cue.continue_mode.value == "post_wait" else 0.0
        if main.phase is Phase.PRE_WAIT:
            total += cue.body_s + post
        elif main.phase is Phase.BODY:
            total += post
    elif main is not None:
        total += phase_remaining or 0.0
    if data.standby is not None:
        total += sum(cue.planned_s for cue in cues[data.standby :])
    return total


def dimmed_scene(data: LiveData, settings: LiveSettings) -> Scene:
    """What the audience sees, dimmed as softening asks."""
    brightness = settings.soften_brightness[data.soften_level]
    scene = data.scene
    return Scene(scene.kind, scene.text, scene.title, scene.cue_position, brightness)


def live_view(
    data: LiveData,
    plan: PlanSpec,
    settings: LiveSettings,
    *,
    body_s: float | None,
    elapsed_s: float,
    hard_stop_armed: bool,
) -> LiveView:
    """What the UI shows of ``data`` (``body_s``: where the output says the main cue's
    body is; ``elapsed_s``: the session's plan seconds so far)."""
    running: list[RunningCue] = []
    stopped_in = interrupted(data)
    main = None if stopped_in is not None else data.main
    cue_remaining: float | None = None
    story_text: str | None = None
    story_progress: float | None = None
    if main is not None:
        length = phase_length(main, data, settings)
        elapsed = main.elapsed
        if main.phase is Phase.BODY and main.cue is not None and main.token is not None:
            elapsed = body_s or main.elapsed
            length = main.cue.body_s or None
        title = main.cue.title if main.cue else "Breathing pause"
        kind = main.cue.kind if main.cue else CueKind.PAUSE
        position = main.cue.position if main.cue else None
        item = RunningCue(position, title, kind, Layer.MAIN.value, main.phase, elapsed, length)
        running.append(item)
        cue_remaining = item.remaining_s
        if main.cue is not None and is_story(main.cue) and main.phase is Phase.BODY:
            story_text = main.cue.stimulus.text if main.cue.stimulus else None
            story_progress = item.progress
    rest = 0.0
    if stopped_in is not None and stopped_in.cue is not None:
        length = phase_length(stopped_in, data, settings) or stopped_in.cue.body_s
        rest = max(0.0, length - stopped_in.elapsed)
        if is_story(stopped_in.cue):  # the teleprompter keeps the story while the room waits
            story_text = stopped_in.cue.stimulus.text if stopped_in.cue.stimulus else None
    if data.bed is not None and not (data.mode is Mode.STOPPED and data.bed.pending):
        bed = data.bed
        running.append(
            RunningCue(
                bed.cue.position,
                bed.cue.title,
                bed.cue.kind,
                Layer.BED.value,
                Phase.BODY,
                bed.elapsed,
                None,
            )  # fmt: skip
        )
    return LiveView(
        mode=data.mode,
        scene=dimmed_scene(data, settings),
        standing_by=None if data.standby is None else plan.cues[data.standby].position,
        running=tuple(running),
        soften_level=data.soften_level,
        held=data.held,
        pace=data.pace,
        extension_s=data.extension,
        hard_stop_armed=hard_stop_armed,
        started=data.started_mono is not None,
        session_elapsed_s=elapsed_s,
        cue_remaining_s=cue_remaining,
        plan_remaining_s=plan_remaining(data, plan.cues, cue_remaining or rest),
        target_s=plan.target_s,
        speed=data.speed,
        story_text=story_text,
        story_progress=story_progress,
        interrupted=stopped_in.cue.position if stopped_in and stopped_in.cue else None,
        interrupted_at_s=stopped_in.elapsed if stopped_in is not None else None,
    )
