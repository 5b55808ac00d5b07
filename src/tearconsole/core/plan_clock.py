"""Logged seconds to plan seconds for a rehearsal whose speed changed as it ran.

The event log stamps wall seconds since the session started (``mono_s``). At speed x4
one wall second is four seconds of the plan, and the facilitator may change the speed
mid-rehearsal (a ``pace`` event with action ``speed``); a resumed session may run at
another speed again (its ``recovered`` event says which). Plan time is the integral of
the speed over wall time, segment by segment.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from tearconsole.core.kinds import EventKind


def logged_speed(kind: str, detail: Mapping[str, Any]) -> float | None:
    """The speed an event sets from its moment on, if it sets one."""
    if kind == EventKind.PACE.value and detail.get("action") != "speed":
        return None  # the facilitator's pace factor: waits and cards, not the rate
    if kind not in (EventKind.STARTED.value, EventKind.RECOVERED.value, EventKind.PACE.value):
        return None
    speed = detail.get("speed")
    if isinstance(speed, int | float) and not isinstance(speed, bool) and speed > 0:
        return float(speed)
    return None


@dataclass(frozen=True)
class PlanClock:
    """``plan_s(mono_s)``: plan seconds reached at ``mono_s`` logged seconds."""

    changes: tuple[tuple[float, float], ...]  # (mono_s, speed from then on), first at 0

    @classmethod
    def from_log(
        cls, events: Iterable[tuple[float, str, Mapping[str, Any]]], start_speed: float = 1.0
    ) -> PlanClock:
        """From (mono_s, kind, detail) in log order; ``start_speed`` until one says else."""
        clock = cls(((0.0, start_speed if start_speed > 0 else 1.0),))
        for mono_s, kind, detail in events:
            clock = clock.then(mono_s, kind, detail)
        return clock

    def then(self, mono_s: float, kind: str, detail: Mapping[str, Any]) -> PlanClock:
        """This clock with one more logged event (the next in log order) taken into account."""
        speed = logged_speed(kind, detail)
        last_at, last_speed = self.changes[-1]
        if speed is None or speed == last_speed:
            return self
        at = max(float(mono_s), last_at)
        if at == last_at:
            return PlanClock((*self.changes[:-1], (at, speed)))
        return PlanClock((*self.changes, (at, speed)))

    @property
    def speeds(self) -> tuple[float, ...]:
        """The speeds the run went through, in order."""
        return tuple(speed for _, speed in self.changes)

    def plan_s(self, mono_s: float) -> float:
        total, index = 0.0, bisect.bisect_right([at for at, _ in self.changes], mono_s) - 1
        for i in range(max(index, 0)):
            (at, speed), (following, _) = self.changes[i], self.changes[i + 1]
            total += (following - at) * speed
        at, speed = self.changes[max(index, 0)]
        return total + (mono_s - at) * speed
