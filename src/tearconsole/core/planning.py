"""A plan's timing and emotional arc, worked out from plain ``PlanSpec`` data.

The arc is a list of segments over planned time: each cue's pre-wait (silence), its body
at its intensity, and its post-wait. Pauses and cards are kept as their own kinds so a
chart can show where the room gets to breathe.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from tearconsole.core.kinds import ContinueMode, CueKind, StimulusKind
from tearconsole.core.plan import CueSpec, PlanSpec

#: What a new card or pause cue is planned to last until someone changes it.
DEFAULT_CARD_S = 30.0
DEFAULT_PAUSE_S = 60.0
#: From this intensity up a cue counts as intense (preflight, the arc's colouring).
INTENSE = 4


class SegmentKind(StrEnum):
    MEDIA = "media"  # a film, music or story
    CARD = "card"
    PAUSE = "pause"
    WAIT = "wait"  # a pre-wait or post-wait: nothing new on screen


@dataclass(frozen=True)
class ArcSegment:
    start_s: float
    end_s: float
    intensity: int
    kind: SegmentKind
    position: int  # the cue it belongs to
    title: str

    @property
    def length_s(self) -> float:
        return self.end_s - self.start_s


@dataclass(frozen=True)
class CueTiming:
    position: int
    start_s: float
    planned_s: float

    @property
    def end_s(self) -> float:
        return self.start_s + self.planned_s


@dataclass(frozen=True)
class PlanTiming:
    cues: tuple[CueTiming, ...]
    total_s: float
    target_s: float | None

    @property
    def over_s(self) -> float | None:
        """How much longer than the target the plan is (negative: shorter)."""
        return None if self.target_s is None else self.total_s - self.target_s


def plan_timing(plan: PlanSpec) -> PlanTiming:
    starts = plan.start_times()
    cues = tuple(
        CueTiming(cue.position, start, cue.planned_s)
        for cue, start in zip(plan.cues, starts, strict=True)
    )
    return PlanTiming(cues=cues, total_s=plan.planned_s, target_s=plan.target_s)


def segment_kind(cue: CueSpec) -> SegmentKind:
    if cue.kind is CueKind.PAUSE:
        return SegmentKind.PAUSE
    if cue.stimulus is not None and cue.stimulus.kind is StimulusKind.CARD:
        return SegmentKind.CARD
    return SegmentKind.MEDIA


def emotional_arc(plan: PlanSpec) -> list[ArcSegment]:
    """Intensity over planned time; cues with no length (bed start/stop) add nothing."""
    segments: list[ArcSegment] = []
    clock = 0.0
    for cue in plan.cues:
        post = cue.post_wait_s if cue.continue_mode is ContinueMode.POST_WAIT else 0.0
        parts = (
            (cue.pre_wait_s, 0, SegmentKind.WAIT),
            (cue.body_s, cue.intensity, segment_kind(cue)),
            (post, 0, SegmentKind.WAIT),
        )
        for length, intensity, kind in parts:
            if length > 0:
                segments.append(
                    ArcSegment(clock, clock + length, intensity, kind, cue.position, cue.title)
                )
                clock += length
    return segments


def is_intense(cue: CueSpec) -> bool:
    return cue.intensity >= INTENSE


@dataclass(frozen=True)
class BedSpan:
    start_s: float
    end_s: float
    title: str
    position: int  # the bed start cue


def bed_spans(plan: PlanSpec) -> list[BedSpan]:
    """When music beds play under other cues: from a bed start to the next stop (or start,
    which replaces it), or to the end of the plan."""
    spans: list[BedSpan] = []
    playing: tuple[float, CueSpec] | None = None
    for cue, start in zip(plan.cues, plan.start_times(), strict=True):
        if cue.kind in (CueKind.BED_START, CueKind.BED_STOP) and playing is not None:
            spans.append(BedSpan(playing[0], start, playing[1].title, playing[1].position))
            playing = None
        if cue.kind is CueKind.BED_START:
            playing = (start + cue.pre_wait_s, cue)
    if playing is not None:
        spans.append(BedSpan(playing[0], plan.planned_s, playing[1].title, playing[1].position))
    return spans
