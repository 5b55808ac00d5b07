"""Pure edits of a ``PlanSpec``: each returns a new plan, positions renumbered 0..n-1.

The plan editor wraps these in undo commands that keep the plan before and after, so
undo and redo give back exactly the plan that was there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from tearconsole.core.kinds import CueKind, StimulusKind
from tearconsole.core.plan import CueSpec, PlanSpec, StimulusInfo
from tearconsole.core.planning import DEFAULT_CARD_S, DEFAULT_PAUSE_S

#: Fields the inspector may change on a cue.
CUE_FIELDS = (
    "in_s",
    "out_s",
    "fade_in_s",
    "fade_out_s",
    "level_db",
    "pre_wait_s",
    "continue_mode",
    "post_wait_s",
    "duration_s",
    "tone",
    "text",
    "notes",
)


def _renumbered(cues: Sequence[CueSpec]) -> tuple[CueSpec, ...]:
    return tuple(
        cue if cue.position == i else replace(cue, position=i) for i, cue in enumerate(cues)
    )


def default_cue(stimulus: StimulusInfo, kind: CueKind = CueKind.STIMULUS) -> CueSpec:
    """A cue with default settings for a stimulus (cards get a planned length)."""
    is_card = kind is CueKind.STIMULUS and stimulus.kind is StimulusKind.CARD
    return CueSpec(
        position=0, kind=kind, stimulus=stimulus, duration_s=DEFAULT_CARD_S if is_card else None
    )


def pause_cue(
    seconds: float = DEFAULT_PAUSE_S, text: str | None = "Breathe in, breathe out."
) -> CueSpec:
    return CueSpec(position=0, kind=CueKind.PAUSE, duration_s=seconds, text=text)


def bed_stop_cue() -> CueSpec:
    return CueSpec(position=0, kind=CueKind.BED_STOP)


def insert_cues(plan: PlanSpec, at: int, new: Sequence[CueSpec]) -> PlanSpec:
    at = max(0, min(at, len(plan.cues)))
    cues = [*plan.cues[:at], *new, *plan.cues[at:]]
    landing = plan.soft_landing_position
    if landing is not None and landing >= at:
        landing += len(new)
    return replace(plan, cues=_renumbered(cues), soft_landing_position=landing)


def remove_cues(plan: PlanSpec, positions: Sequence[int]) -> PlanSpec:
    gone = set(positions)
    cues = [cue for i, cue in enumerate(plan.cues) if i not in gone]
    landing = plan.soft_landing_position
    if landing is not None:
        landing = None if landing in gone else landing - sum(1 for p in gone if p < landing)
    return replace(plan, cues=_renumbered(cues), soft_landing_position=landing)


def move_cue(plan: PlanSpec, source: int, target: int) -> PlanSpec:
    """Move the cue at ``source`` so that it ends up at position ``target``."""
    count = len(plan.cues)
    if not 0 <= source < count:
        return plan
    target = max(0, min(target, count - 1))
    if source == target:
        return plan
    order = list(range(count))
    order.insert(target, order.pop(source))
    cues = [plan.cues[i] for i in order]
    landing = plan.soft_landing_position
    if landing is not None and 0 <= landing < count:
        landing = order.index(landing)
    return replace(plan, cues=_renumbered(cues), soft_landing_position=landing)


def update_cue(plan: PlanSpec, position: int, **changes: Any) -> PlanSpec:
    unknown = set(changes) - set(CUE_FIELDS)
    if unknown:
        raise ValueError(f"not editable cue fields: {sorted(unknown)}")
    cues = list(plan.cues)
    cues[position] = replace(cues[position], **changes)
    return replace(plan, cues=tuple(cues))


def update_plan(plan: PlanSpec, **changes: Any) -> PlanSpec:
    allowed = {"name", "theme", "target_s", "soft_landing_position"}
    if set(changes) - allowed:
        raise ValueError(f"not editable plan fields: {sorted(set(changes) - allowed)}")
    return replace(plan, **changes)


def content_equal(a: PlanSpec, b: PlanSpec) -> bool:
    """The same plan as far as a facilitator can tell: ids of rows do not count."""

    def strip(plan: PlanSpec) -> PlanSpec:
        return replace(plan, id=None, cues=tuple(replace(c, id=None) for c in plan.cues))

    return strip(a) == strip(b)
