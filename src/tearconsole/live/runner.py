"""``LiveRunner``: a ``LiveSession`` on the Qt event loop (``opening.open_runner``
builds one).

The session is plain Python; this object gives it a ``QTimer`` tick, re-publishes its
snapshots and notices as Qt signals, and ends the session row when the conductor ends.
With ``autopilot`` (headless rehearsals) it also gives GO whenever a cue stands by,
resumes a recovered session at once, and ends the session at the end of the plan, all
through the session's door like any other client.

The output can be any ``core.ports.Output`` (``playback.engine.VlcOutput`` live) whose
listener calls arrive on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from tearconsole.core.conductor import Conductor
from tearconsole.core.conductor.table import Action
from tearconsole.core.conductor.view import Mode
from tearconsole.core.plan import PlanSpec
from tearconsole.core.ports import Output
from tearconsole.live.session import LiveSession, RunOptions
from tearconsole.live.snapshot import SessionSnapshot

TICK_MS = 20
VIEW_EVERY_MS = 100  # clocks and progress bars: published at most this often between changes

__all__ = ["LiveRunner", "RunOptions"]


class LiveRunner(QObject):
    published = Signal(object)  # SessionSnapshot, after every change and as the clocks run
    notice = Signal(str)  # one sentence for the facilitator
    log_notice = Signal(str)  # the event log's outages, their ends, steps set aside
    ended = Signal(int)  # the session id, once the session is over and saved

    def __init__(self, session: LiveSession, parent: QObject | None = None) -> None:
        """Runs ``session`` (a new one, or a recovered one) on the event loop."""
        super().__init__(parent)
        self.session = session
        self.session.subscribe(self._on_snapshot)
        self.session.on_notice(self.notice.emit)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._since_view_ms = 0
        self._done = False

    # -- what the clients of a session need often --------------------------------------------
    @property
    def conductor(self) -> Conductor:
        return self.session.conductor

    @property
    def session_id(self) -> int:
        return self.session.session_id

    @property
    def plan(self) -> PlanSpec:
        return self.session.plan

    @property
    def options(self) -> RunOptions:
        return self.session.options

    @property
    def output(self) -> Output:
        return self.session.output

    def start(self) -> None:
        self.session.begin()
        self._timer.start()

    def _on_snapshot(self, snapshot: SessionSnapshot) -> None:
        self._since_view_ms = 0
        self.published.emit(snapshot)
        if snapshot.ended and not self._done:
            self._done = True
            QTimer.singleShot(0, self, self._finish)

    # -- the loop ------------------------------------------------------------------------
    def _tick(self) -> None:
        session = self.session
        session.tick()
        for message in session.log_messages():  # found on the log's own thread
            self.log_notice.emit(message)
        if self.options.autopilot:
            self._autopilot()
        self._since_view_ms += TICK_MS
        if self._since_view_ms >= VIEW_EVERY_MS:
            session.publish()

    def _autopilot(self) -> None:
        session = self.session
        mode = session.conductor.mode
        if mode is Mode.RECOVERED:
            session.perform(Action.RESUME)
        elif mode in (Mode.READY, Mode.STOPPED):
            if session.conductor.standing_by is None:
                session.perform(Action.END)
            elif session.conductor.go_wait_s() == 0:
                session.perform(Action.GO)

    def _finish(self) -> None:
        self._timer.stop()
        self.session.finish()
        for message in self.session.log_messages():
            self.log_notice.emit(message)
        self.ended.emit(self.session_id)

    @property
    def waiting_notice(self) -> str:
        return self.session.waiting_notice

    def close(self) -> None:
        """Stop driving the session without ending it (it stays open: resumable), and let
        go of its playback."""
        self._timer.stop()
        self.session.close()
        self.session.output.shutdown()
