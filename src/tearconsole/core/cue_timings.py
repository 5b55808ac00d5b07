"""Planned against actual time per cue, from a run's events (``rehearse`` reports it).

The counting is ``cue_tally.CueTally``'s (the live console keeps one up to date as
events are logged); this reads a whole run at once.
"""

from __future__ import annotations

from collections.abc import Sequence

from tearconsole.core.cue_tally import CueTally, CueTiming
from tearconsole.core.plan import PlanSpec
from tearconsole.core.records import RecordedEvent

__all__ = ["CueTiming", "cue_timings"]


def cue_timings(
    plan: PlanSpec, events: Sequence[RecordedEvent], speed: float = 1.0
) -> list[CueTiming]:
    """Each cue of ``plan`` with its actual share of ``events`` (in plan seconds).

    ``speed`` is the speed the run started at, unless its events say (speed changes and
    the speed a session started or resumed at are logged)."""
    tally = CueTally(plan, speed)
    for event in sorted(events, key=lambda e: e.seq):  # the tally leaves out what
        tally.add(event)  # failed steps undid
    return tally.timings()
