"""``RunnerDriver``: the console's ``ConsoleDriver`` over a ``LiveRunner`` and its output.

The conductor says what is happening (``LiveView``); the session's own event log says
what has happened (which cues played, which were skipped, how long each took). This
module joins the two into the ``ConsoleState`` the console draws, and turns the
facilitator's keys into the conductor's actions.
"""

from __future__ import annotations

import time
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from tearconsole.core.conductor_timings import CueTiming, cue_timings
from tearconsole.core.conductor_view import LiveState, LiveView
from tearconsole.core.kinds import CueKind, SessionMode
from tearconsole.core.plan import CueSpec, PlanSpec
from tearconsole.i18n import QT_TRANSLATE_NOOP
from tearconsole.live.runner import LiveRunner
from tearconsole.storage.history import recorded_event
from tearconsole.storage.models import Event
from tearconsole.ui.live.keys import Action
from tearconsole.ui.live.state import ConsoleState, CueRow, RowState
from tearconsole.ui.live.timing_model import TimingRow

#: How long a notice for the facilitator stays up.
NOTICE_S = 15.0
#: The breathing pause that Extend adds.
EXTEND_S = 30.0
#: How often the record of what has played is re-read while nothing else changes.
RECORD_EVERY_S = 2.0

DONE_STATUSES = ("played", "stopped", "failed")
RECOVERED_NOTICE = QT_TRANSLATE_NOOP(
    "ConsoleBinding", "Picked up where it stopped, paused. Resume (P) when the room is ready."
)

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(...) calls


class VideoOutput(Protocol):
    def set_video_window(self, handle: int | None) -> None: ...
    def shutdown(self) -> None: ...


def cue_kind_label(cue: CueSpec) -> str:
    if cue.kind is CueKind.PAUSE:
        return "pause"
    if cue.kind in (CueKind.BED_START, CueKind.BED_STOP):
        return "bed"
    return cue.stimulus.kind.value if cue.stimulus is not None else "missing"


def cue_rows(plan: PlanSpec, view: LiveView, statuses: dict[int, str]) -> tuple[CueRow, ...]:
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
        elif statuses.get(cue.position) in DONE_STATUSES:
            state = RowState.DONE
        elif statuses.get(cue.position) == "skipped":
            state = RowState.SKIPPED
        else:
            state = RowState.UPCOMING
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
            )
        )
    return tuple(rows)


def console_state(
    plan: PlanSpec,
    view: LiveView,
    statuses: dict[int, str],
    rehearsal: bool,
    notice: str = "",
) -> ConsoleState:
    """What the console draws, from the conductor's view and the record so far."""
    main = view.main
    return ConsoleState(
        plan_name=plan.name,
        rows=cue_rows(plan, view, statuses),
        standby_position=view.standing_by,
        session_started=bool(statuses) or view.state is not LiveState.READY or bool(view.running),
        session_elapsed_s=view.session_elapsed_s,
        cue_remaining_s=view.cue_remaining_s,
        plan_remaining_s=view.plan_remaining_s,
        target_s=view.target_s,
        paused=view.state is LiveState.PAUSED,
        soften_level=view.soften_level,
        held=view.held,
        stopped=view.state is LiveState.STOPPED,
        ended=view.state is LiveState.ENDED,
        pace=view.pace,
        rehearsal=rehearsal,
        speed=view.speed,
        story_title=main.title if main is not None and view.story_text else "",
        story_text=view.story_text,
        audience=view.scene,
        notice=notice,
        hard_stop_armed=view.hard_stop_armed,
    )


def timing_rows(timings: list[CueTiming]) -> tuple[TimingRow, ...]:
    return tuple(TimingRow(t.position, t.title, t.planned_s, t.actual_s) for t in timings)


class RunnerDriver:
    """Drives one session: ``runner`` conducts, ``output`` plays (``VlcOutput`` live)."""

    def __init__(self, runner: LiveRunner, output: VideoOutput) -> None:
        self.runner = runner
        self.output = output
        self.plan = runner.plan
        self.rehearsal = runner.options.mode is SessionMode.REHEARSAL
        self._notice = ""
        self._notice_at = 0.0
        self._timings: list[CueTiming] = []
        self._statuses: dict[int, str] = {}
        self._read_at = 0.0
        self._marker: tuple[object, ...] = ()
        self._closed = False
        runner.notice.connect(self._on_notice)

    @property
    def session_id(self) -> int | None:
        return self.runner.session_id

    # -- what the console draws -----------------------------------------------------------
    def snapshot(self) -> ConsoleState:
        view = self.runner.conductor.view()
        self._reread_record(view)
        notice = self._notice if time.monotonic() - self._notice_at < NOTICE_S else ""
        if view.recovered and view.state is LiveState.PAUSED and not notice:
            notice = translate("ConsoleBinding", RECOVERED_NOTICE)
        return console_state(self.plan, view, self._statuses, self.rehearsal, notice)

    def timing_rows(self) -> tuple[TimingRow, ...]:
        return timing_rows(self._timings)

    def _reread_record(self, view: LiveView) -> None:
        marker = (view.standing_by, tuple(c.position for c in view.running), view.state)
        now = time.monotonic()
        if marker == self._marker and now - self._read_at < RECORD_EVERY_S:
            return
        self._marker, self._read_at = marker, now
        db = self.runner.db
        with db.session() as session:
            rows = session.scalars(
                select(Event).where(Event.session_id == self.runner.session_id)
            ).all()
            events = [recorded_event(row) for row in rows]
        self._timings = cue_timings(self.plan, events, self.runner.conductor.speed)
        self._statuses = {t.position: t.status for t in self._timings if t.status != "not reached"}

    def _on_notice(self, message: str) -> None:
        self._notice = message
        self._notice_at = time.monotonic()

    # -- what the facilitator does ----------------------------------------------------------
    def perform(self, action: Action) -> None:
        conductor = self.runner.conductor
        simple = {
            Action.GO: conductor.go,
            Action.PAUSE: conductor.toggle_pause,
            Action.SOFTEN: conductor.soften,
            Action.RESTORE: conductor.restore,
            Action.HOLD: conductor.hold,
            Action.SKIP: conductor.skip,
            Action.BACK: conductor.back,
            Action.SAFE_STOP: conductor.safe_stop,
            Action.HARD_STOP: conductor.hard_stop,
        }
        if action is Action.EXTEND:
            conductor.extend(EXTEND_S)
        elif action in simple:
            simple[action]()
        self._marker = ()  # re-read the record on the next snapshot

    def finish(self) -> None:
        """End the session (the plan is done, or the facilitator is)."""
        self.runner.conductor.end()

    def add_note(self, text: str, private: bool = True) -> None:
        """A quick note is the facilitator's own: private (out of exports unless asked),
        unless they share it."""
        self.runner.conductor.note(text, private=private)

    def set_pace(self, factor: float) -> None:
        self.runner.conductor.set_pace(factor)

    def seek(self, delta_s: float) -> None:
        self.runner.conductor.seek(delta_s)

    def set_speed(self, speed: float) -> None:
        self.runner.conductor.set_speed(speed)

    def set_video_window(self, handle: int | None) -> None:
        self.output.set_video_window(handle)

    def close(self) -> None:
        """Let go of playback; an unfinished session stays open (resumable)."""
        if self._closed:
            return
        self._closed = True
        self.runner.close()
        self.output.shutdown()
