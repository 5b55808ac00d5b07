"""A plan as it was run: what a session's record needs of it (cue order, titles, kinds,
planned times, intensity; the plan's name, theme and target), kept with the session.

A report drawn from the current plan would be wrong once the plan is edited or deleted;
``storage.sessions.create_session`` stores this outline on the session row, and reports
prefer it, falling back to the current plan for sessions recorded before it existed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from tearconsole.core.kinds import CueKind
from tearconsole.core.plan import PlanSpec
from tearconsole.core.timing import running_starts


@dataclass(frozen=True)
class CueOutline:
    position: int
    title: str
    kind: CueKind
    planned_s: float
    intensity: int = 0


@dataclass(frozen=True)
class PlanOutline:
    name: str
    theme: str = ""
    target_s: float | None = None
    cues: tuple[CueOutline, ...] = field(default_factory=tuple)

    @property
    def planned_s(self) -> float:
        return sum(cue.planned_s for cue in self.cues)

    def start_times(self) -> list[float]:
        """Each cue's planned start, from the beginning of the session."""
        return running_starts(cue.planned_s for cue in self.cues)

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, separators=(",", ":"))

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "theme": self.theme,
            "target_s": self.target_s,
            "cues": [
                {
                    "position": c.position,
                    "title": c.title,
                    "kind": c.kind.value,
                    "planned_s": round(c.planned_s, 3),
                    "intensity": c.intensity,
                }
                for c in self.cues
            ],
        }

    @classmethod
    def from_json(cls, text: str | None) -> PlanOutline | None:
        """The outline stored as ``text``; None when there is none or it cannot be read
        (the caller then falls back to the current plan)."""
        if not text:
            return None
        try:
            data: Any = json.loads(text)
            cues = tuple(
                CueOutline(
                    position=int(c["position"]),
                    title=str(c["title"]),
                    kind=CueKind(c["kind"]),
                    planned_s=float(c["planned_s"]),
                    intensity=int(c.get("intensity") or 0),
                )
                for c in data["cues"]
            )
            target = data.get("target_s")
            return cls(
                name=str(data["name"]),
                theme=str(data.get("theme") or ""),
                target_s=None if target is None else float(target),
                cues=cues,
            )
        except (ValueError, TypeError, KeyError, AttributeError):
            return None


def outline_of(plan: PlanSpec) -> PlanOutline:
    return PlanOutline(
        name=plan.name,
        theme=plan.theme,
        target_s=plan.target_s,
        cues=tuple(
            CueOutline(c.position, c.title, c.kind, c.planned_s, c.intensity) for c in plan.cues
        ),
    )
