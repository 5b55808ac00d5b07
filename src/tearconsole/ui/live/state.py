"""What the live console shows, as plain immutable data (no Qt): one ``ConsoleState``.

The binding to the conductor (``binding.py``) turns the conductor's view of the session
into one of these several times a second; every widget of the console only draws it.
That keeps the widgets dumb and the decisions (what is amber, what the room sees)
testable without a window.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from tearconsole.core.conductor.view import Scene
from tearconsole.i18n import translate  # Qt-free: the phone remote's page reads this too
from tearconsole.ui.audience.scene import CALM


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


@dataclass(frozen=True)
class ConsoleState:
    plan_name: str = ""
    rows: tuple[CueRow, ...] = ()
    standby_position: int | None = None
    session_started: bool = False
    session_elapsed_s: float = 0.0
    cue_remaining_s: float | None = None
    plan_remaining_s: float = 0.0
    target_s: float | None = None
    paused: bool = False
    soften_level: int = 0  # 0 = as planned, 1-3 softened
    held: bool = False
    stopped: bool = False  # after a safe stop, until the next GO
    ended: bool = False
    pace: float = 1.0  # pauses and pre-waits
    rehearsal: bool = False
    speed: float = 1.0
    story_title: str = ""
    story_text: str | None = None  # the running story, for the teleprompter
    audience: Scene = field(default=CALM)
    hard_stop_armed: bool = False
    notice: str = ""  # one calm sentence for the facilitator (a media problem, ...)

    @property
    def running_rows(self) -> list[CueRow]:
        return [row for row in self.rows if row.state is RowState.RUNNING]

    @property
    def standby_row(self) -> CueRow | None:
        for row in self.rows:
            if row.state is RowState.STANDBY:
                return row
        return None


def projected_overrun_s(state: ConsoleState) -> float | None:
    """How far past the target the plan will end at this rate (negative: early)."""
    if state.target_s is None:
        return None
    return state.session_elapsed_s + state.plan_remaining_s - state.target_s


def clock_tone(state: ConsoleState) -> ClockTone:
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
