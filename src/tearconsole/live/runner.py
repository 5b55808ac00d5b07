"""``LiveRunner``: a session on the Qt event loop: the conductor, its clock tick, its
output, its event log, and the session row from start to end.

The conductor is plain Python; this object gives it a ``QTimer`` tick, writes its events
through ``EventLog`` (synchronously, before each effect), ends the session row when the
conductor ends, and re-emits what the conductor tells its UI as Qt signals. With
``autopilot`` (headless rehearsals) it also gives GO whenever a cue stands by, resumes
a recovered session at once, and ends the session at the end of the plan.

The output can be any ``core.ports.Output`` (``playback.engine.VlcOutput`` live) whose
listener calls arrive on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from tearconsole.core.clock import Clock, MonotonicClock
from tearconsole.core.conductor import Conductor
from tearconsole.core.conductor.log import LoggedEvent
from tearconsole.core.conductor.view import LiveState, LiveView
from tearconsole.core.kinds import SessionMode
from tearconsole.core.plan import PlanSpec
from tearconsole.core.ports import Output
from tearconsole.errors import UserError
from tearconsole.i18n import translate
from tearconsole.storage.db import Database
from tearconsole.storage.eventlog import EventLog
from tearconsole.storage.sessions import (
    ResumePoint,
    claim_session,
    create_session,
    end_session,
    mark_live,
)

TICK_MS = 20
VIEW_EVERY_MS = 100  # clocks and progress bars: pushed at most this often between changes


@dataclass(frozen=True)
class RunOptions:
    mode: SessionMode = SessionMode.LIVE
    speed: float = 1.0
    autopilot: bool = False  # GO by itself, end at the end (headless rehearsal)


class _Sink:
    """The event log, counted so the runner knows where this run's events begin.

    While ``origin`` is set (an action from the phone remote), every event that carries an
    action also says where it came from (``{"via": "remote", "device": NAME}``)."""

    def __init__(self, log: EventLog) -> None:
        self.log = log
        self.first_seq = log.last_seq + 1
        self.origin: dict[str, str] | None = None

    def record(self, event: LoggedEvent) -> None:
        if self.origin is not None and event.action is not None:
            event = replace(event, detail={**event.detail, **self.origin})
        self.log.record(event)


class _Listener:
    """The conductor's listener: hands its calls to the runner."""

    def __init__(self, runner: LiveRunner) -> None:
        self.runner = runner

    def view_changed(self, view: LiveView) -> None:
        self.runner._on_view(view)

    def notice(self, message: str) -> None:
        self.runner.notice.emit(message)


class LiveRunner(QObject):
    view_changed = Signal(object)  # LiveView
    notice = Signal(str)  # one sentence for the facilitator
    log_notice = Signal(str)  # the event log's outages, their ends, steps set aside
    ended = Signal(int)  # the session id, once the session is over and saved

    def __init__(
        self,
        db: Database,
        plan: PlanSpec,
        output: Output,
        options: RunOptions | None = None,
        session_id: int | None = None,
        resume: ResumePoint | None = None,
        clock: Clock | None = None,
        parent: QObject | None = None,
    ) -> None:
        """A new session of ``plan``; with ``session_id`` and ``resume``, a recovered one."""
        super().__init__(parent)
        self.db = db
        self.plan = plan
        self.options = options or RunOptions()
        if session_id is None and self.options.mode is SessionMode.LIVE:
            db.backup_before_session()
        with db.session() as session:
            if session_id is None:
                session_id = create_session(session, plan, self.options.mode, self.options.speed).id
            claim_session(session, session_id)
        self.session_id = session_id
        self._resume = resume
        mark_live(session_id)
        self.events = EventLog(db.paths.db_path, session_id)  # told through ``_tick``
        self._sink = _Sink(self.events)
        self.conductor = Conductor(
            plan,
            output,
            clock or MonotonicClock(),
            self._sink,
            listener=_Listener(self),
            speed=self.options.speed,
            mono_offset_s=resume.mono_s if resume else 0.0,
        )
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._since_view_ms = 0
        self._closed = False

    @property
    def first_seq(self) -> int:
        """The sequence number of this run's first event (a resumed session has earlier ones)."""
        return self._sink.first_seq

    @contextmanager
    def acting_for(self, device: str) -> Iterator[None]:
        """Actions taken inside are logged as coming from the phone remote ``device``."""
        self._sink.origin = {"via": "remote", "device": device}
        try:
            yield
        finally:
            self._sink.origin = None

    def start(self) -> None:
        self.conductor.begin(self._resume.snapshot if self._resume else None)
        self._timer.start()

    def _on_view(self, view: LiveView) -> None:
        self._since_view_ms = 0
        self.view_changed.emit(view)
        if view.state is LiveState.ENDED and not self._closed:
            QTimer.singleShot(0, self, self._finish)

    # -- the loop ------------------------------------------------------------------------
    def _tick(self) -> None:
        conductor = self.conductor
        conductor.tick()
        for message in self.events.take_messages():  # found on the log's own thread
            self.log_notice.emit(message)
        if self.options.autopilot:
            self._autopilot()
        self._since_view_ms += TICK_MS
        if self._since_view_ms >= VIEW_EVERY_MS:
            self._since_view_ms = 0
            self.view_changed.emit(conductor.view())

    @property
    def log_status(self) -> str:
        """While steps of the session wait to be saved, one sentence that says so (and,
        for a moment, that they were saved, or that one was set aside)."""
        return self.events.status

    def _autopilot(self) -> None:
        conductor = self.conductor
        state = conductor.state
        if state is LiveState.PAUSED and conductor.recovered:
            conductor.resume()
        elif state in (LiveState.READY, LiveState.STOPPED):
            if conductor.standing_by is None:
                conductor.end()
            elif conductor.go_wait_s() == 0:
                conductor.go()

    def _finish(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._timer.stop()
        if self._close_log():  # a session with steps still waiting is not finished yet
            try:
                with self.db.session() as session:
                    end_session(session, self.session_id)
            except UserError as exc:  # the ENDED event is logged: it reads as finished
                self.notice.emit(str(exc))
        mark_live(self.session_id, False)
        self.ended.emit(self.session_id)

    def _close_log(self) -> bool:
        """Close the event log; True when every step reached the database, else say
        plainly what waits (``waiting_notice``)."""
        self.events.close()
        for message in self.events.take_messages():
            self.log_notice.emit(message)
        if self.events.waiting:
            self.notice.emit(self.waiting_notice)
        return not self.events.waiting

    @property
    def waiting_notice(self) -> str:
        """What of this session waits to be saved, once its log is closed ("" if nothing)."""
        events = self.events
        if not events.waiting:
            return ""
        if events.waiting_path is None:
            return translate(
                "LiveRunner",
                "{count} step(s) of session {id} could not be saved anywhere (the disk is "
                "full) and are lost; the session is not marked finished.",
            ).format(count=events.waiting, id=self.session_id)
        return translate(
            "LiveRunner",
            "{count} step(s) of session {id} could not be saved yet; they are kept in {path} "
            "and saved the next time tearconsole opens this data folder. Until then the "
            "session is not marked finished.",
        ).format(count=events.waiting, id=self.session_id, path=events.waiting_path)

    def close(self) -> None:
        """Stop driving the session without ending it (it stays open: resumable)."""
        if self._closed:
            return
        self._closed = True
        self._timer.stop()
        self._close_log()
        mark_live(self.session_id, False)
