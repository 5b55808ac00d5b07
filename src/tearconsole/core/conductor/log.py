"""What the conductor writes to the event log, and the port it writes through.

Each event carries a *snapshot* of where the session stands (``Snapshot``) in its
detail, so that the last event written is enough to resume a session after a crash.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from tearconsole.core.kinds import EventKind


@dataclass(frozen=True)
class Snapshot:
    main: int | None  # the main cue in progress (pre-wait or body), if any
    main_s: float | None  # seconds into its body
    standby: int | None
    bed: int | None  # the bed cue playing, if any
    paused: bool = False
    # The facilitator's live adjustments (None: not recorded, as in older logs).
    soften: int | None = None  # soften level 0..3
    pace: float | None = None  # pace factor
    held: bool | None = None  # the next automatic step is held
    since: float | None = None  # the session's seconds at the first GO (None: not yet)

    def as_dict(self) -> dict[str, Any]:
        return {
            "main": self.main,
            "main_s": None if self.main_s is None else round(self.main_s, 3),
            "standby": self.standby,
            "bed": self.bed,
            "paused": self.paused,
            "soften": self.soften,
            "pace": self.pace,
            "held": self.held,
            "since": None if self.since is None else round(self.since, 3),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Snapshot:
        return cls(
            main=data.get("main"),
            main_s=data.get("main_s"),
            standby=data.get("standby"),
            bed=data.get("bed"),
            paused=bool(data.get("paused", False)),
            soften=None if (soften := _number(data.get("soften"))) is None else int(soften),
            pace=_number(data.get("pace")),
            held=data.get("held") if isinstance(data.get("held"), bool) else None,
            since=_number(data.get("since")),
        )


def _number(value: Any) -> float | None:
    """``value`` when it is a number (not a bool), else None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


@dataclass(frozen=True)
class LoggedEvent:
    """One fact, as the conductor records it before acting on it.

    ``action`` names the facilitator's action that caused it (``"go"``, ``"pause"``...);
    ``None`` for what the conductor does on its own (a cue following, a checkpoint, a
    media error). Every action writes exactly one event that carries its name.
    """

    kind: EventKind
    mono_s: float  # seconds since the session started (continues across a recovery)
    cue_position: int | None  # the cue the event is about
    position_s: float | None  # seconds into that cue's body
    snapshot: Snapshot
    action: str | None = None
    detail: Mapping[str, Any] = field(default_factory=dict)

    def detail_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.detail)
        if self.action is not None:
            out["action"] = self.action
        out["snap"] = self.snapshot.as_dict()
        return out


class EventSink(Protocol):
    def record(self, event: LoggedEvent) -> None:
        """Make ``event`` durable before returning (it must survive a killed process)."""
