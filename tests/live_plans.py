"""Plans of real media written straight into a real database, for live-engine tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tearconsole.core.kinds import SessionMode
from tearconsole.core.ports import Output
from tearconsole.live.runner import LiveRunner
from tearconsole.live.session import LiveSession, RunOptions
from tearconsole.storage.db import Database
from tearconsole.storage.models import Cue, Plan, Stimulus
from tearconsole.storage.plans import find_plan, plan_spec


@dataclass
class Step:
    """One cue: ``kind`` is a stimulus kind (film, music, story, card) or a cue kind
    (pause, bed_start, bed_stop)."""

    kind: str
    path: Path | None = None
    seconds: float = 1.0  # media length, or how long a card/story/pause runs
    text: str = ""
    cue: dict[str, Any] = field(default_factory=dict)  # continue_mode, pre_wait_s, ...


def make_plan(db: Database, name: str, steps: list[Step], soft_landing: int | None = None) -> int:
    with db.session() as session:
        plan = Plan(name=name, target_s=60.0, soft_landing_position=soft_landing)
        for position, step in enumerate(steps):
            stimulus = None
            cue_kind = step.kind if step.kind in ("pause", "bed_start", "bed_stop") else "stimulus"
            if step.kind in ("film", "music", "bed_start"):
                stimulus = Stimulus(
                    kind="music" if step.kind == "bed_start" else step.kind,
                    title=f"{step.kind} {position}",
                    path=str(step.path),
                    duration_s=step.seconds,
                    has_audio=True,
                    has_video=step.kind == "film",
                )
            elif step.kind in ("card", "story"):
                stimulus = Stimulus(
                    kind=step.kind,
                    title=f"{step.kind} {position}",
                    text=step.text or f"The {step.kind} at {position}.",
                    duration_s=step.seconds if step.kind == "story" else None,
                )
            options: dict[str, Any] = {"continue_mode": "follow", **step.cue}
            duration = step.seconds if step.kind in ("card", "pause") else None
            plan.cues.append(
                Cue(
                    position=position,
                    kind=cue_kind,
                    stimulus=stimulus,
                    duration_s=duration,
                    **options,
                )  # fmt: skip
            )
        session.add(plan)
        session.flush()
        return plan.id


def live_runner(db: Database, plan_id: int, output: Output) -> LiveRunner:
    """A live session of the plan ``plan_id`` on ``output`` (not started)."""
    with db.session() as session:
        spec = plan_spec(find_plan(session, plan_id))
    return LiveRunner(LiveSession(db, spec, output, RunOptions(SessionMode.LIVE)))
