"""``RunnerDriver``: the console's ``ConsoleDriver`` over a ``LiveRunner`` and its output.

The conductor says what is happening (``LiveView``); the session's own event log says
what has happened (which cues played, which were skipped, how long each took). This
module joins the two into the ``ConsoleState`` the console draws, and turns the
facilitator's keys into the conductor's actions.

The record is kept, never rebuilt: each snapshot reads only the events logged since the
last one (``EventTail``) into a ``CueTally``, so a snapshot costs the same after three
hours as after three minutes.
"""

from __future__ import annotations

import time
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from tearconsole.core.conductor.view import LiveState, LiveView
from tearconsole.core.cue_tally import CueTally, CueTiming
from tearconsole.core.kinds import CueKind, SessionMode
from tearconsole.core.plan import CueSpec, PlanSpec
from tearconsole.i18n import QT_TRANSLATE_NOOP
from tearconsole.live.runner import LiveRunner
from tearconsole.storage.event_tail import EventTail
from tearconsole.ui.live.keys import Action
from tearconsole.ui.live.state import ConsoleState, CueRow, RowState
from tearconsole.ui.live.timing_model import TimingRow

#: How long a notice for the facilitator stays up.
NOTICE_S = 15.0
#: The breathing pause that Extend adds.
EXTEND_S = 30.0
#: How often the record is read while the cues stand still (a key, or a cue starting or
#: ending, reads it at once): a bounded read, but not needed ten times a second.
RECORD_EVERY_S = 1.0
#: A cue's status in the record (``CueTally``) as the cue list shows it.
ROW_STATES = {
    "played": RowState.DONE,
    "stopped": RowState.STOPPED,
    "failed": RowState.FAILED,
    "skipped": RowState.SKIPPED,
}
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
        self._tally = CueTally(self.plan, runner.conductor.speed)
        self._tail = EventTail(runner.db.paths.db_path, runner.session_id)
        self._statuses: dict[int, str] = {}
        self._marker: tuple[object, ...] = ()
        self._read_at = 0.0
        self._closed = False
        runner.notice.connect(self._on_notice)

    @property
    def session_id(self) -> int | None:
        return self.runner.session_id

    # -- what the console draws -----------------------------------------------------------
    def snapshot(self) -> ConsoleState:
        view = self.runner.conductor.view()
        marker = (view.standing_by, tuple(c.position for c in view.running), view.state)
        now = time.monotonic()
        if marker != self._marker or now - self._read_at >= RECORD_EVERY_S:
            self._marker, self._read_at = marker, now
            self._read_record()
        notice = self._notice if time.monotonic() - self._notice_at < NOTICE_S else ""
        if view.recovered and view.state is LiveState.PAUSED and not notice:
            notice = translate("ConsoleBinding", RECOVERED_NOTICE)
        saving = self.runner.log_status  # beside, never instead of, a media notice
        notice = f"{notice} {saving}" if notice and saving else notice or saving
        return console_state(self.plan, view, self._statuses, self.rehearsal, notice)

    def timing_rows(self) -> tuple[TimingRow, ...]:
        return timing_rows(self._tally.timings())

    def _read_record(self) -> None:
        """Take in the events logged since the last snapshot (a bounded read)."""
        new = self._tail.read()
        for event in new:
            self._tally.add(event)
        if self._tail.last_mono_s is not None:
            self._tally.reach(self._tail.last_mono_s)
        if new:
            reached = ((cue.position, self._tally.status(cue.position)) for cue in self.plan.cues)
            self._statuses = {position: s for position, s in reached if s != "not reached"}

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
        self._marker = ()  # read what the action logged at the next snapshot

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
        self._tail.close()
