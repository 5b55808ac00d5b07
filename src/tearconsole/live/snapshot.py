"""One published picture of a live session: ``SessionSnapshot`` (plain immutable data,
no Qt).

``LiveSession`` makes one after every change of the session (and several times a second
while its clocks run) from the conductor's view, the per-cue record and what the
facilitator should be told. The console, the room's window, the phone remote and the
command line draw this and nothing else: they derive no state of their own, and they
offer exactly the actions it allows (``refusals`` says why the others are not).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from tearconsole.core.conductor.table import Action
from tearconsole.core.conductor.view import LiveView, Mode, Phase, Scene, SceneKind
from tearconsole.core.kinds import CueKind
from tearconsole.core.plan import CueSpec, PlanSpec
from tearconsole.i18n import translate


class RowState(StrEnum):
    DONE = "done"
    STOPPED = "stopped"  # cut off by a safe or hard stop (the report says so too)
    FAILED = "failed"  # its media could not play
    SKIPPED = "skipped"
    RUNNING = "running"
    STANDBY = "standby"
    UPCOMING = "upcoming"


class ClockTone(StrEnum):
    CALM = "calm"
    AMBER = "amber"  # the plan will end a little after the target
    RED = "red"  # well over, or already past the target


class GoMeaning(StrEnum):
    """What GO (Space, a clicker's Page Down) does now, so its button can say it."""

    START = "start"  # the cue standing by
    RESUME = "resume"  # paused: fade back in
    CONTINUE = "continue"  # after a safe stop: the interrupted cue, where it was


@dataclass(frozen=True)
class CueRow:
    position: int
    title: str
    kind: str  # film, music, story, card, pause, bed
    planned_s: float
    state: RowState = RowState.UPCOMING
    progress: float | None = None  # 0..1 while running
    remaining_s: float | None = None  # while running
    notes: str = ""
    cue_kind: str = "stimulus"  # core.kinds.CueKind: stimulus, pause, bed_start, bed_stop


#: A cue's status in the record (``CueTally``) as the cue list shows it.
ROW_STATES = {
    "played": RowState.DONE,
    "stopped": RowState.STOPPED,
    "failed": RowState.FAILED,
    "skipped": RowState.SKIPPED,
}


@dataclass(frozen=True)
class SessionSnapshot:
    plan_name: str = ""
    rows: tuple[CueRow, ...] = ()
    standby_position: int | None = None
    mode: Mode = Mode.READY
    started: bool = False  # the first GO was given: the clocks run from it
    session_elapsed_s: float = 0.0
    cue_remaining_s: float | None = None
    plan_remaining_s: float = 0.0
    target_s: float | None = None
    main_phase: Phase | None = None  # where the main cue is (pre-wait, body, post-wait...)
    soften_level: int = 0  # 0 = as planned, 1-3 softened
    held: bool = False
    pace: float = 1.0  # pauses and pre-waits
    rehearsal: bool = False
    speed: float = 1.0
    story_title: str = ""
    story_text: str | None = None  # the running story, for the teleprompter
    audience: Scene = field(default=Scene(SceneKind.CALM))
    hard_stop_armed: bool = False
    interrupted: int | None = None  # after a safe stop: the cue GO continues
    interrupted_at_s: float | None = None
    go: GoMeaning = GoMeaning.START
    #: The actions not allowed now, each with why (in the facilitator's language).
    refusals: Mapping[Action, str] = field(default_factory=lambda: MappingProxyType({}))
    sound_output: str = ""  # where the sound goes ("": the system's default output)
    notice: str = ""  # one calm sentence for the facilitator (a media problem, ...)

    @property
    def paused(self) -> bool:
        """Nothing is heard until resumed (paused, or picked up after a crash)."""
        return self.mode in (Mode.PAUSED, Mode.RECOVERED)

    @property
    def stopped(self) -> bool:
        return self.mode is Mode.STOPPED

    @property
    def ended(self) -> bool:
        return self.mode is Mode.ENDED

    @property
    def recovered(self) -> bool:
        return self.mode is Mode.RECOVERED

    def allows(self, action: Action) -> bool:
        return action not in self.refusals

    @property
    def pause_toggle(self) -> Action:
        """What the pause key (P, the phone's pause) asks for now: resume when paused."""
        return Action.RESUME if self.paused else Action.PAUSE

    @property
    def running_rows(self) -> list[CueRow]:
        return [row for row in self.rows if row.state is RowState.RUNNING]

    @property
    def main_row(self) -> CueRow | None:
        return next((row for row in self.running_rows if row.kind != "bed"), None)

    @property
    def standby_row(self) -> CueRow | None:
        for row in self.rows:
            if row.state is RowState.STANDBY:
                return row
        return None


def cue_kind_label(cue: CueSpec) -> str:
    if cue.kind is CueKind.PAUSE:
        return "pause"
    if cue.kind in (CueKind.BED_START, CueKind.BED_STOP):
        return "bed"
    return cue.stimulus.kind.value if cue.stimulus is not None else "missing"


def cue_rows(plan: PlanSpec, view: LiveView, statuses: Mapping[int, str]) -> tuple[CueRow, ...]:
    running = {item.position: item for item in view.running if item.position is not None}
    rows = []
    for cue in plan.cues:
        item = running.get(cue.position)
        progress = remaining = None
        if item is not None:
            state = RowState.RUNNING
            progress, remaining = item.progress, item.remaining_s
        elif cue.position == view.standing_by:
            state = RowState.STANDBY
        elif cue.position == view.interrupted:
            state = RowState.STOPPED
        else:
            state = ROW_STATES.get(statuses.get(cue.position, ""), RowState.UPCOMING)
        rows.append(
            CueRow(
                cue.position,
                cue.title,
                cue_kind_label(cue),
                cue.planned_s,
                state,
                progress,
                remaining,
                cue.notes,
                cue.kind.value,
            )
        )
    return tuple(rows)


def go_meaning(view: LiveView) -> GoMeaning:
    if view.mode in (Mode.PAUSED, Mode.RECOVERED):
        return GoMeaning.RESUME
    if view.interrupted is not None:
        return GoMeaning.CONTINUE
    return GoMeaning.START


def session_snapshot(
    plan: PlanSpec,
    view: LiveView,
    statuses: Mapping[int, str],
    refusals: Mapping[Action, str],
    *,
    rehearsal: bool,
    notice: str = "",
    sound_output: str = "",
) -> SessionSnapshot:
    """The session as every client draws it, from the conductor's view, the record so
    far (``statuses``: each cue's status in ``CueTally``) and the actions refused now."""
    main = view.main
    story_title = ""
    if view.story_text:
        story_title = main.title if main is not None else _title(plan, view.interrupted)
    return SessionSnapshot(
        plan_name=plan.name,
        rows=cue_rows(plan, view, statuses),
        standby_position=view.standing_by,
        mode=view.mode,
        started=view.started,
        session_elapsed_s=view.session_elapsed_s,
        cue_remaining_s=view.cue_remaining_s,
        plan_remaining_s=view.plan_remaining_s,
        target_s=view.target_s,
        main_phase=main.phase if main is not None else None,
        soften_level=view.soften_level,
        held=view.held,
        pace=view.pace,
        rehearsal=rehearsal,
        speed=view.speed,
        story_title=story_title,
        story_text=view.story_text,
        audience=view.scene,
        hard_stop_armed=view.hard_stop_armed,
        interrupted=view.interrupted,
        interrupted_at_s=view.interrupted_at_s,
        go=go_meaning(view),
        refusals=MappingProxyType(dict(refusals)),
        sound_output=sound_output,
        notice=notice,
    )


def _title(plan: PlanSpec, position: int | None) -> str:
    return next((cue.title for cue in plan.cues if cue.position == position), "")


def projected_overrun_s(state: SessionSnapshot) -> float | None:
    """How far past the target the plan will end at this rate (negative: early)."""
    if state.target_s is None:
        return None
    return state.session_elapsed_s + state.plan_remaining_s - state.target_s


def clock_tone(state: SessionSnapshot) -> ClockTone:
    """Amber when the plan will run past its target; red when well past or already over.

    "Well past" is more than five minutes or a tenth of the target, whichever is smaller
    (a short plan shows red sooner); past the target itself is always red.
    """
    over = projected_overrun_s(state)
    if over is None or state.target_s is None or over <= 0:
        return ClockTone.CALM
    if state.session_elapsed_s > state.target_s:
        return ClockTone.RED
    if over > min(300.0, 0.1 * state.target_s):
        return ClockTone.RED
    return ClockTone.AMBER


def soften_label(level: int) -> str:
    if level == 0:
        return translate("ConsoleState", "As planned")
    if level >= 3:
        return translate("ConsoleState", "Soft landing")
    return translate("ConsoleState", "Softer ({level})").format(level=level)
