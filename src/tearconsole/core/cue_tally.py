"""``CueTally``: planned against actual time per cue, kept up to date one event at a time.

``cue_timings.cue_timings`` reads a whole run's events at once (reports, the
headless rehearsal); the live console cannot afford that, since a session logs a
checkpoint every second and re-reading the log would cost more the longer it ran. A
tally takes each new event once (``add``), in log order, and answers ``timings`` at a
cost that depends on the plan's length only, never the session's.

A cue's actual time is its share of the session, measured like its ``planned_s``: from
its start (GO or follow) to the start of the next cue, or to the last event seen. So
pre-waits, post-waits and breathing extensions count where the plan counts them; time
spent paused does not.
"""

from __future__ import annotations

from dataclasses import dataclass

from tearconsole.core.kinds import EventKind
from tearconsole.core.plan import PlanSpec
from tearconsole.core.plan_clock import PlanClock
from tearconsole.core.records import RecordedEvent, as_done


@dataclass(frozen=True)
class CueTiming:
    position: int
    title: str
    kind: str
    planned_s: float
    actual_s: float | None  # None: it did not run in this run
    status: str  # played, failed, skipped, stopped, not reached

    def as_dict(self) -> dict[str, object]:
        return {
            "position": self.position,
            "title": self.title,
            "kind": self.kind,
            "planned_s": round(self.planned_s, 2),
            "actual_s": None if self.actual_s is None else round(self.actual_s, 2),
            "status": self.status,
        }


#: Events that change nothing a tally keeps but the time reached (one a second).
QUIET_KINDS = frozenset({EventKind.CHECKPOINT.value})


class CueTally:
    """What each cue of ``plan`` did so far, from the events ``add``-ed in log order.

    ``speed`` is the speed the run started at, unless its events say (speed changes and
    the speed a session started or resumed at are logged)."""

    def __init__(self, plan: PlanSpec, speed: float = 1.0) -> None:
        self.plan = plan
        self.speed = speed if speed > 0 else 1.0
        self.last_mono_s: float | None = None  # the latest moment an event was logged
        self._kept: list[RecordedEvent] = []  # every event but checkpoints, for an undo
        self._start()

    def _start(self) -> None:
        self.clock = PlanClock(((0.0, self.speed),))
        self._actual: dict[int, float] = {}
        self._status: dict[int, str] = {}
        self._running: tuple[int, float] | None = None  # (position, since mono_s)

    def add(self, event: RecordedEvent) -> None:
        """Take the next event of the log into account.

        A failed step's refusal (``undone``) takes back the events it logged before it
        was undone: the tally starts again from the events that stand (rare, and bounded
        by the events that are not checkpoints)."""
        self.reach(event.mono_s)
        if event.kind in QUIET_KINDS:
            return
        self._kept.append(event)
        undone = event.detail.get("undone") if event.kind == EventKind.IGNORED.value else None
        if isinstance(undone, int) and not isinstance(undone, bool) and undone > 0:
            self._start()
            for standing in as_done(self._kept):
                self._take(standing)
        else:
            self._take(event)

    def _take(self, event: RecordedEvent) -> None:
        at = event.mono_s
        self.clock = self.clock.then(at, event.kind, event.detail)
        kind, position = event.event_kind, event.cue_position
        if kind is EventKind.CUE_STARTED and position is not None:
            self._close(at)
            self._running = (position, at)
            self._status[position] = "played"
        elif kind in (EventKind.ENDED, EventKind.SAFE_STOP, EventKind.PAUSED):
            self._close(at)
            self._running = None
        elif kind is EventKind.RESUMED:  # a pause or a recovery is over: time runs again
            snap = event.detail.get("snap") or {}
            main = snap.get("main") if isinstance(snap, dict) else None
            if main is not None:
                self._running = (int(main), at)
                self._status.setdefault(int(main), "played")
        elif kind is EventKind.MEDIA_ERROR and position is not None:
            self._status[position] = "failed"
        elif kind is EventKind.CUE_SKIPPED and position is not None:
            self._status.setdefault(position, "skipped")
        elif kind is EventKind.CUE_ENDED and position is not None:
            reason = event.detail.get("reason")
            if reason in ("safe_stop", "hard_stop") and self._status.get(position) == "played":
                self._status[position] = "stopped"

    def reach(self, mono_s: float) -> None:
        """The log has reached ``mono_s`` (a checkpoint read or left unread says so)."""
        if self.last_mono_s is None or mono_s > self.last_mono_s:
            self.last_mono_s = mono_s

    def status(self, position: int) -> str:
        """played, failed, skipped, stopped, or not reached."""
        return self._status.get(position, "not reached")

    def timings(self) -> list[CueTiming]:
        """Each cue of the plan with its share so far (a running cue up to the last event)."""
        actual = dict(self._actual)
        if self._running is not None and self.last_mono_s is not None:
            position, plan_s = self._running[0], self._share(self.last_mono_s)
            actual[position] = actual.get(position, 0.0) + plan_s
        return [
            CueTiming(
                cue.position,
                cue.title,
                cue.kind.value if cue.stimulus is None else cue.stimulus.kind.value,
                cue.planned_s,
                actual.get(cue.position),
                self.status(cue.position),
            )
            for cue in self.plan.cues
        ]

    def _share(self, at: float) -> float:
        assert self._running is not None
        return self.clock.plan_s(at) - self.clock.plan_s(self._running[1])

    def _close(self, at: float) -> None:
        if self._running is not None:
            position = self._running[0]
            self._actual[position] = self._actual.get(position, 0.0) + self._share(at)
