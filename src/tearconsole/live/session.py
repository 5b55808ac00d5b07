"""``LiveSession``: the one front door of a live session (no Qt).

It owns, for one session of a plan: the conductor (the state machine), the output it
plays through, the write-ahead event log, and the per-cue record (``CueTally``, fed
from each event as it is logged, never read back from SQLite). Every client acts
through it, the console's buttons and keys, a clicker, the phone remote, the command
line's headless rehearsal and the tests alike:

- ``perform(action)`` carries an action out and answers ``Outcome``: done, or refused
  with the reason in words; ``allowed(action)`` says so beforehand. Both come from the
  conductor's one transition table.
- after every change it publishes one immutable ``SessionSnapshot`` (``snapshot``, and
  to every ``subscribe``-d callback), which every view draws.

Time moves on by ``tick()`` (a QTimer in ``runner.LiveRunner``); ``publish()`` between
changes keeps the clocks moving. Call it from one thread only.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

from tearconsole.core.clock import Clock, MonotonicClock
from tearconsole.core.conductor import CONSOLE, Conductor, Outcome
from tearconsole.core.conductor.log import LoggedEvent
from tearconsole.core.conductor.table import Action
from tearconsole.core.conductor.view import LiveView, Mode
from tearconsole.core.cue_tally import CueTally, CueTiming
from tearconsole.core.kinds import EventKind, SessionMode
from tearconsole.core.plan import PlanSpec
from tearconsole.core.ports import Output
from tearconsole.core.records import RecordedEvent
from tearconsole.errors import UserError
from tearconsole.i18n import QT_TRANSLATE_NOOP, translate
from tearconsole.live.snapshot import SessionSnapshot, session_snapshot
from tearconsole.storage.db import Database
from tearconsole.storage.eventlog import EventLog
from tearconsole.storage.sessions import (
    ResumePoint,
    claim_session,
    create_session,
    end_session,
    mark_live,
)

#: How long a notice for the facilitator stays up.
NOTICE_S = 15.0
RECOVERED_NOTICE = QT_TRANSLATE_NOOP(
    "ConsoleBinding", "Picked up where it stopped, paused. Resume (P) when the room is ready."
)
#: A client's actions may be refused, but asking costs nothing: every action is asked
#: of the table for each snapshot.
ACTIONS = tuple(Action)


@dataclass(frozen=True)
class RunOptions:
    mode: SessionMode = SessionMode.LIVE
    speed: float = 1.0
    autopilot: bool = False  # GO by itself, end at the end (headless rehearsal)


class _Sink:
    """The event log, counted so the session knows where this run's events begin; each
    event also goes into the session's record as it is logged.

    While ``origin`` is set (an action from a phone), every event that carries an action
    also says where it came from (``{"via": "remote", "device": NAME}``)."""

    def __init__(self, log: EventLog, tally: CueTally) -> None:
        self.log = log
        self.tally = tally
        self.first_seq = log.last_seq + 1
        self.origin: dict[str, str] | None = None

    def record(self, event: LoggedEvent) -> None:
        if self.origin is not None and event.action is not None:
            event = replace(event, detail={**event.detail, **self.origin})
        self.log.record(event)
        self.tally.add(
            RecordedEvent(
                seq=self.log.last_seq,
                kind=event.kind.value,
                mono_s=round(event.mono_s, 6),  # as the log keeps it
                cue_position=event.cue_position,
                position_s=None if event.position_s is None else round(event.position_s, 3),
                detail=event.detail_dict(),
            )
        )


class LiveSession:
    """One session of ``plan`` (module docstring); with ``session_id`` and ``resume``, an
    interrupted one, picked up where it was."""

    def __init__(
        self,
        db: Database,
        plan: PlanSpec,
        output: Output,
        options: RunOptions | None = None,
        session_id: int | None = None,
        resume: ResumePoint | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.db = db
        self.plan = plan
        self.output = output
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
        self.events = EventLog(db.paths.db_path, session_id)
        self.tally = CueTally(plan, self.options.speed)
        self._sink = _Sink(self.events, self.tally)
        self.conductor = Conductor(
            plan,
            output,
            clock or MonotonicClock(),
            self._sink,
            listener=self,
            speed=self.options.speed,
            mono_offset_s=resume.mono_s if resume else 0.0,
        )
        self.sound_output = ""  # where the sound goes, once the output says
        self._subscribers: list[Callable[[SessionSnapshot], None]] = []
        self._notice_listeners: list[Callable[[str], None]] = []
        self._notice = ""
        self._notice_at = 0.0
        self._snapshot: SessionSnapshot | None = None
        self._acting = False  # inside ``perform``: what changes is published once, after
        self._closed = False

    @property
    def rehearsal(self) -> bool:
        return self.options.mode is SessionMode.REHEARSAL

    @property
    def first_seq(self) -> int:
        """The sequence number of this run's first event (a resumed session has earlier ones)."""
        return self._sink.first_seq

    # -- the door ---------------------------------------------------------------------------
    def begin(self) -> None:
        """Open the session: standing by at the first cue, or recovered where it was."""
        self.conductor.begin(self._resume.snapshot if self._resume else None)
        self.publish()

    def perform(
        self,
        action: Action,
        value: float | None = None,
        *,
        text: str = "",
        private: bool = True,
        source: str = CONSOLE,
    ) -> Outcome:
        """Carry ``action`` out for ``source`` (the console, or a phone's name), logged
        before its effect; or refuse it, logged, with the reason in the ``Outcome``."""
        acting, self._acting = self._acting, True
        try:
            with self._acting_for(source):
                outcome = self.conductor.perform(
                    action, value, text=text, private=private, source=source
                )
        finally:
            self._acting = acting
        self.publish()  # once for the whole action (every screen redraws from it)
        return outcome

    def allowed(self, action: Action, value: float | None = None) -> Outcome:
        return self.conductor.allowed(action, value)

    def record(self, kind: EventKind, detail: Mapping[str, Any]) -> None:
        """A fact about the room, not an action (the room check, a sound output lost)."""
        self.conductor.record(kind, detail)

    @contextmanager
    def _acting_for(self, source: str) -> Iterator[None]:
        if source == CONSOLE:
            yield
            return
        self._sink.origin = {"via": "remote", "device": source}
        try:
            yield
        finally:
            self._sink.origin = None

    def tick(self) -> None:
        self.conductor.tick()

    # -- what it publishes ---------------------------------------------------------------
    @property
    def snapshot(self) -> SessionSnapshot:
        """The latest published snapshot."""
        if self._snapshot is None:
            self.publish()
        assert self._snapshot is not None
        return self._snapshot

    def subscribe(self, callback: Callable[[SessionSnapshot], None]) -> None:
        self._subscribers.append(callback)

    def on_notice(self, callback: Callable[[str], None]) -> None:
        """``callback(sentence)`` for each notice, as it is told."""
        self._notice_listeners.append(callback)

    def set_sound_output(self, name: str) -> None:
        """Where the sound goes now, by the output's name ("": the system's default)."""
        if name != self.sound_output:
            self.sound_output = name
            self.publish()

    def tell(self, sentence: str) -> None:
        """Tell the facilitator (the console's notice line; never the room)."""
        self._notice, self._notice_at = sentence, time.monotonic()
        for listener in list(self._notice_listeners):
            listener(sentence)
        if not self._acting:
            self.publish()

    def publish(self, view: LiveView | None = None) -> SessionSnapshot:
        """Make and hand out the session's snapshot as it is now."""
        view = view or self.conductor.view()
        refusals = {}
        for action in ACTIONS:
            outcome = self.conductor.allowed(action)
            if not outcome.done:
                refusals[action] = outcome.told
        snapshot = session_snapshot(
            self.plan,
            view,
            self._statuses(),
            refusals,
            rehearsal=self.rehearsal,
            notice=self._current_notice(view),
            sound_output=self.sound_output,
        )
        self._snapshot = snapshot
        for callback in list(self._subscribers):
            callback(snapshot)
        return snapshot

    def _statuses(self) -> dict[int, str]:
        reached = ((cue.position, self.tally.status(cue.position)) for cue in self.plan.cues)
        return {position: status for position, status in reached if status != "not reached"}

    def _current_notice(self, view: LiveView) -> str:
        notice = self._notice if time.monotonic() - self._notice_at < NOTICE_S else ""
        if view.mode is Mode.RECOVERED and not notice:
            notice = translate("ConsoleBinding", RECOVERED_NOTICE)
        saving = self.events.status  # beside, never instead of, a media notice
        return f"{notice} {saving}" if notice and saving else notice or saving

    def timings(self) -> list[CueTiming]:
        """Planned against actual time per cue so far (from the record as it was logged)."""
        self.tally.reach(self.conductor.steps.mono_now())
        return self.tally.timings()

    # -- the conductor's listener ----------------------------------------------------------
    def view_changed(self, view: LiveView) -> None:
        if not self._acting:  # (an action's own changes are published when it is done)
            self.publish(view)

    def notice(self, message: str) -> None:
        self.tell(message)

    # -- closing ---------------------------------------------------------------------------
    @property
    def closed(self) -> bool:
        return self._closed

    def finish(self) -> bool:
        """The session has ended: close its log and mark it finished. False (and told)
        when steps of it wait to be saved: it is then not marked finished."""
        if self._closed:
            return False
        self._closed = True
        saved = self._close_log()
        if saved:
            try:
                with self.db.session() as session:
                    end_session(session, self.session_id)
            except UserError as exc:  # the ENDED event is logged: it reads as finished
                self.tell(str(exc))
        mark_live(self.session_id, False)
        return saved

    def close(self) -> None:
        """Stop without ending the session (it stays open: resumable)."""
        if self._closed:
            return
        self._closed = True
        self._close_log()
        mark_live(self.session_id, False)

    def _close_log(self) -> bool:
        self.events.close()
        if self.events.waiting:
            self.tell(self.waiting_notice)
        return not self.events.waiting

    def log_messages(self) -> list[str]:
        """The event log's own news (an outage, its end, steps set aside), once each."""
        return self.events.take_messages()

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
