"""The conductor's in-memory state and the views computed from it (no side effects)."""

from __future__ import annotations

import copy
from dataclasses import dataclass

from tearconsole.core.conductor.cues import BodyKind, LiveSettings, body_kind, is_story, uses_pace
from tearconsole.core.conductor.log import Snapshot
from tearconsole.core.conductor.view import LiveState, LiveView, Phase, RunningCue, Scene, SceneKind
from tearconsole.core.kinds import CueKind
from tearconsole.core.plan import CueSpec, PlanSpec
from tearconsole.core.ports import Layer


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
    pending: bool = False  # recovered: the body has not been started on the output yet


@dataclass
class Bed:
    cue: CueSpec
    token: int
    elapsed: float = 0.0
    pending: bool = False


class StateMixin:
    """Fields and read-only questions; ``Conductor`` adds the actions."""

    def __init__(self, plan: PlanSpec, settings: LiveSettings, speed: float) -> None:
        if speed <= 0:
            raise ValueError("speed must be positive")
        self.plan = plan
        self.cues: tuple[CueSpec, ...] = plan.cues
        self.settings = settings
        self.speed = float(speed)
        self.soften_level = 0
        self.pace = 1.0
        self.recovered = False
        self._mode = LiveState.READY  # READY (in play), STOPPED or ENDED
        self._paused = False
        self._held = False
        self._held_step = False  # an automatic step came due while held
        self._extension = 0.0  # breathing seconds queued for after the running body
        self._standby: int | None = 0 if self.cues else None
        self._main: Main | None = None
        self._bed: Bed | None = None
        self._scene = Scene(SceneKind.BLANK)
        self._preloaded: tuple[int, int] | None = None  # (cue index, token)

    #: What a step may change, and a failed step puts back (``_saved_state``).
    _STATE_FIELDS = (
        "speed", "soften_level", "pace", "recovered", "_mode", "_paused", "_held",
        "_held_step", "_extension", "_standby", "_main", "_bed", "_scene", "_preloaded",
        "_armed_at", "_last_checkpoint", "_tone_token",
    )  # fmt: skip

    def _saved_state(self) -> dict[str, object]:
        """A copy of the state (``Main`` and ``Bed`` are mutable; the rest are values)."""
        return {name: copy.copy(getattr(self, name, None)) for name in self._STATE_FIELDS}

    def _restore_state(self, saved: dict[str, object]) -> None:
        for name, value in saved.items():
            setattr(self, name, value)

    # -- questions ------------------------------------------------------------------
    @property
    def state(self) -> LiveState:
        if self._mode is not LiveState.READY:
            return self._mode
        if self._paused:
            return LiveState.PAUSED
        return LiveState.RUNNING if self._main is not None else LiveState.READY

    @property
    def scene(self) -> Scene:
        """What the audience sees, dimmed as softening asks."""
        brightness = self.settings.soften_brightness[self.soften_level]
        scene = self._scene
        return Scene(scene.kind, scene.text, scene.title, scene.cue_position, brightness)

    @property
    def standing_by(self) -> int | None:
        return None if self._standby is None else self.cues[self._standby].position

    @property
    def held(self) -> bool:
        return self._held

    def _index_of(self, position: int | None) -> int | None:
        if position is None:
            return None
        for index, cue in enumerate(self.cues):
            if cue.position == position:
                return index
        return None

    def _next_index(self, index: int) -> int | None:
        return index + 1 if index + 1 < len(self.cues) else None

    def phase_length(self, main: Main) -> float | None:
        """The current phase's length in plan seconds (None: until the output says)."""
        cue = main.cue
        if main.phase is Phase.BREATHING or cue is None:
            return main.extra
        if main.phase is Phase.PRE_WAIT:
            return cue.pre_wait_s * self.pace + main.extra
        if main.phase is Phase.POST_WAIT:
            return cue.post_wait_s * self.pace + main.extra
        kind = body_kind(cue)
        if kind is BodyKind.MEDIA:
            return None if main.token is not None else cue.body_s
        if kind is not BodyKind.TIMED:
            return 0.0
        length = cue.body_s
        if uses_pace(cue):
            length *= self.pace
        if is_story(cue):
            length *= self.settings.story_pace[self.soften_level]
        return length

    def _body_position(self, main: Main | None = None) -> float | None:
        raise NotImplementedError

    def snapshot(self) -> Snapshot:
        main = self._main
        in_progress = (
            main is not None and main.cue is not None and main.phase in (Phase.PRE_WAIT, Phase.BODY)
        )
        return Snapshot(
            main=main.cue.position if in_progress and main and main.cue else None,
            main_s=self._body_position() if in_progress else None,
            standby=self.standing_by,
            bed=self._bed.cue.position if self._bed is not None else None,
            paused=self._paused,
            soften=self.soften_level,
            pace=self.pace,
            held=self._held,
        )

    # -- the view -------------------------------------------------------------------
    def _mono_now(self) -> float:
        raise NotImplementedError

    def view(self) -> LiveView:
        running: list[RunningCue] = []
        main = self._main
        cue_remaining: float | None = None
        story_text: str | None = None
        story_progress: float | None = None
        if main is not None:
            length = self.phase_length(main)
            elapsed = main.elapsed
            if main.phase is Phase.BODY and main.cue is not None and main.token is not None:
                elapsed = self._body_position() or main.elapsed
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
        if self._bed is not None:
            bed = self._bed
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
            state=self.state,
            scene=self.scene,
            standing_by=self.standing_by,
            running=tuple(running),
            soften_level=self.soften_level,
            held=self._held,
            pace=self.pace,
            extension_s=self._extension,
            hard_stop_armed=self._hard_stop_armed(),
            recovered=self.recovered,
            session_elapsed_s=self._mono_now() * self.speed,
            cue_remaining_s=cue_remaining,
            plan_remaining_s=self._plan_remaining(cue_remaining),
            target_s=self.plan.target_s,
            speed=self.speed,
            story_text=story_text,
            story_progress=story_progress,
        )

    def _hard_stop_armed(self) -> bool:
        raise NotImplementedError

    def _plan_remaining(self, phase_remaining: float | None) -> float:
        total = 0.0
        main = self._main
        if main is not None and main.cue is not None:
            cue = main.cue
            total += phase_remaining or 0.0
            post = cue.post_wait_s * self.pace if cue.continue_mode.value == "post_wait" else 0.0
            if main.phase is Phase.PRE_WAIT:
                total += cue.body_s + post
            elif main.phase is Phase.BODY:
                total += post
        elif main is not None:
            total += phase_remaining or 0.0
        if self._standby is not None:
            total += sum(cue.planned_s for cue in self.cues[self._standby :])
        return total
