"""Which cues the room check plays a few seconds of: the plan's loudest and quietest
sounding cues by their cue levels, from a third of the way in (past any quiet opening)."""

from __future__ import annotations

from dataclasses import dataclass

from tearconsole.core.kinds import CueKind, StimulusKind
from tearconsole.core.plan import CueSpec, PlanSpec

SNIPPET_S = 6.0
SOUNDING = (StimulusKind.FILM, StimulusKind.MUSIC)


@dataclass(frozen=True)
class Snippet:
    cue: CueSpec
    path: str
    start_s: float
    seconds: float
    level_db: float


def snippet_of(cue: CueSpec) -> Snippet | None:
    stimulus = cue.stimulus
    if cue.kind not in (CueKind.STIMULUS, CueKind.BED_START) or stimulus is None:
        return None
    if stimulus.kind not in SOUNDING or not stimulus.path:
        return None
    length = (cue.out_s or stimulus.duration_s or 0.0) - cue.in_s
    start = cue.in_s + max(0.0, min(30.0, length / 3 if length > SNIPPET_S else 0.0))
    seconds = SNIPPET_S if length <= 0 else min(SNIPPET_S, max(0.5, length))
    return Snippet(cue, stimulus.path, start, seconds, cue.level_db)


def loudest_and_quietest(plan: PlanSpec) -> tuple[Snippet | None, Snippet | None]:
    """The sounding cues with the highest and the lowest cue level (first of equals)."""
    snippets = [s for s in (snippet_of(cue) for cue in plan.cues) if s is not None]
    if not snippets:
        return None, None
    loudest = max(snippets, key=lambda s: s.level_db)
    quietest = min(snippets, key=lambda s: s.level_db)
    return loudest, quietest
