"""A whole ``PlanSpec`` as plain JSON data, and back: the plan exactly as a session ran it.

The outline (``plan_outline``) is what reports need; this is what resuming needs: every
cue with its stimulus, fades, waits and paths, so that an interrupted session goes on
with the cues its snapshots point at, even after the plan was edited or deleted.
"""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import Any

from tearconsole.core.kinds import ContinueMode, CueKind, MediaStatus, StimulusKind
from tearconsole.core.plan import CueSpec, PlanSpec, StimulusInfo


def spec_to_dict(plan: PlanSpec) -> dict[str, Any]:
    """``plan`` as JSON-ready data (enums as their values, tuples as lists)."""
    data = asdict(plan)
    data["cues"] = [_plain(cue) for cue in data["cues"]]
    return data


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, CueKind | ContinueMode | MediaStatus | StimulusKind):
        return value.value
    return value


def spec_from_dict(data: Any) -> PlanSpec | None:
    """The plan ``data`` describes; None when it cannot be read (older or damaged data)."""
    try:
        cues = tuple(_cue(cue) for cue in data["cues"])
        return PlanSpec(
            id=data.get("id"),
            name=str(data["name"]),
            theme=str(data.get("theme") or ""),
            target_s=data.get("target_s"),
            soft_landing_position=data.get("soft_landing_position"),
            cues=cues,
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def _known(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    return {key: value for key, value in data.items() if key in names}


def _cue(data: dict[str, Any]) -> CueSpec:
    values = _known(CueSpec, data)
    values["kind"] = CueKind(values["kind"])
    values["continue_mode"] = ContinueMode(values.get("continue_mode", "go"))
    stimulus = values.get("stimulus")
    values["stimulus"] = None if stimulus is None else _stimulus(stimulus)
    return CueSpec(**values)


def _stimulus(data: dict[str, Any]) -> StimulusInfo:
    values = _known(StimulusInfo, data)
    values["kind"] = StimulusKind(values["kind"])
    values["status"] = MediaStatus(values.get("status", "ok"))
    values["content_notes"] = tuple(values.get("content_notes") or ())
    values["tags"] = tuple(values.get("tags") or ())
    return StimulusInfo(**values)


def same_cues(a: PlanSpec, b: PlanSpec) -> bool:
    """Whether two plans run the same cues in the same order with the same settings.

    Where a stimulus's file lives (relinked, found missing) is not a change of plan."""

    def shape(plan: PlanSpec) -> list[dict[str, Any]]:
        out = []
        for cue in spec_to_dict(plan)["cues"]:
            cue = dict(cue)
            cue.pop("id", None)
            stimulus = cue.pop("stimulus", None)
            cue["stimulus"] = None if stimulus is None else stimulus["id"]
            out.append(cue)
        return out

    return shape(a) == shape(b) and a.soft_landing_position == b.soft_landing_position
