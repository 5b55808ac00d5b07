"""Planned against actual time per cue, from a run's events (``rehearse`` reports it).

A cue's actual time is its share of the session, measured like its ``planned_s``: from
its start (GO or follow) to the start of the next cue, or to the end of the session.
So pre-waits, post-waits and breathing extensions count where the plan counts them;
time spent paused does not.
"""

from __future__ import annotations

from collections.abc import Sequence
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


def cue_timings(
    plan: PlanSpec, events: Sequence[RecordedEvent], speed: float = 1.0
) -> list[CueTiming]:
    """Each cue of ``plan`` with its actual share of ``events`` (in plan seconds).

    ``speed`` is the speed the run started at, unless its events say (speed changes and
    the speed a session started or resumed at are logged)."""
    events = as_done(events)  # sorted, without what failed steps undid
    clock = PlanClock.from_log(((e.mono_s, e.kind, e.detail) for e in events), speed)
    actual: dict[int, float] = {}
    status: dict[int, str] = {}
    running: tuple[int, float] | None = None

    def close(at: float) -> None:
        if running is not None:
            position, started = running
            plan_s = clock.plan_s(at) - clock.plan_s(started)
            actual[position] = actual.get(position, 0.0) + plan_s

    for event in events:
        kind, position = event.event_kind, event.cue_position
        if kind is EventKind.CUE_STARTED and position is not None:
            close(event.mono_s)
            running = (position, event.mono_s)
            status[position] = "played"
        elif kind in (EventKind.ENDED, EventKind.SAFE_STOP, EventKind.PAUSED):
            close(event.mono_s)
            running = None
        elif kind is EventKind.RESUMED:  # a pause or a recovery is over: time runs again
            snap = event.detail.get("snap") or {}
            main = snap.get("main") if isinstance(snap, dict) else None
            if main is not None:
                running = (int(main), event.mono_s)
                status.setdefault(int(main), "played")
        elif kind is EventKind.MEDIA_ERROR and position is not None:
            status[position] = "failed"
        elif kind is EventKind.CUE_SKIPPED and position is not None:
            status.setdefault(position, "skipped")
        elif kind is EventKind.CUE_ENDED and position is not None:
            reason = event.detail.get("reason")
            if reason in ("safe_stop", "hard_stop") and status.get(position) == "played":
                status[position] = "stopped"
    if running is not None and events:
        close(max(e.mono_s for e in events))
    return [
        CueTiming(
            cue.position,
            cue.title,
            cue.kind.value if cue.stimulus is None else cue.stimulus.kind.value,
            cue.planned_s,
            actual.get(cue.position),
            status.get(cue.position, "not reached"),
        )
        for cue in plan.cues
    ]
