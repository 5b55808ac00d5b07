"""Plans as plain, immutable data: what the conductor, preflight and reports work from.

``storage.plans.plan_spec`` builds these from the database rows; nothing here knows
about SQL, Qt or libVLC.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tearconsole.core.kinds import ContinueMode, CueKind, MediaStatus, StimulusKind
from tearconsole.core.timing import reading_time_s, running_starts
from tearconsole.i18n import translate


@dataclass(frozen=True)
class StimulusInfo:
    id: int
    kind: StimulusKind
    title: str
    path: str | None = None
    duration_s: float | None = None
    status: MediaStatus = MediaStatus.OK
    intensity: int = 3
    content_notes: tuple[str, ...] = ()
    text: str | None = None
    has_video: bool = False
    has_audio: bool = False
    language: str | None = None
    bed_stimulus_id: int | None = None
    narration_path: str | None = None  # a story read aloud, played under its text
    tags: tuple[str, ...] = ()
    reviewed: bool = True  # intensity or content notes set by a person
    lists_plan_notes: bool = False  # a notice card filled with its plan's notes


@dataclass(frozen=True)
class CueSpec:
    position: int
    kind: CueKind
    stimulus: StimulusInfo | None = None
    in_s: float = 0.0
    out_s: float | None = None
    fade_in_s: float = 0.0
    fade_out_s: float = 0.0
    level_db: float = 0.0
    pre_wait_s: float = 0.0
    continue_mode: ContinueMode = ContinueMode.GO
    post_wait_s: float = 0.0
    duration_s: float | None = None  # a pause's length; how long a card stays up
    tone: bool = False
    text: str | None = None
    notes: str = ""
    id: int | None = None

    @property
    def title(self) -> str:
        if self.kind is CueKind.PAUSE:
            return translate("Cue", "Pause {seconds} s").format(seconds=f"{self.duration_s or 0:g}")
        name = self.stimulus.title if self.stimulus else translate("Cue", "(no stimulus)")
        if self.kind is CueKind.BED_START:
            return translate("Cue", "Bed: {title}", "background music").format(title=name)
        if self.kind is CueKind.BED_STOP:
            return translate("Cue", "Bed stops", "background music")
        return name

    @property
    def intensity(self) -> int:
        """A pause or bed change is calm (0); otherwise the stimulus's 1-5."""
        if self.kind is CueKind.STIMULUS and self.stimulus is not None:
            return self.stimulus.intensity
        return 0

    @property
    def body_s(self) -> float:
        """How long the cue itself runs, without its waits."""
        if self.kind is CueKind.PAUSE:
            return self.duration_s or 0.0
        if self.kind is not CueKind.STIMULUS or self.stimulus is None:
            return 0.0
        if self.stimulus.kind is StimulusKind.CARD:
            return self.duration_s or 0.0
        if self.stimulus.kind is StimulusKind.STORY:
            # The cue's own length, else the narration's or reading-aloud length.
            known = self.duration_s or self.stimulus.duration_s
            return known or reading_time_s(self.stimulus.text or "")
        media = self.stimulus.duration_s or 0.0
        end = media if self.out_s is None else min(self.out_s, media or self.out_s)
        return max(0.0, end - self.in_s)

    @property
    def planned_s(self) -> float:
        """The cue's share of the plan's planned time: pre-wait, body, post-wait."""
        post = self.post_wait_s if self.continue_mode is ContinueMode.POST_WAIT else 0.0
        return self.pre_wait_s + self.body_s + post


@dataclass(frozen=True)
class PlanSpec:
    id: int | None
    name: str
    theme: str = ""
    target_s: float | None = None
    soft_landing_position: int | None = None
    cues: tuple[CueSpec, ...] = field(default_factory=tuple)

    @property
    def planned_s(self) -> float:
        return sum(cue.planned_s for cue in self.cues)

    def start_times(self) -> list[float]:
        """Each cue's planned start, from the beginning of the session."""
        return running_starts(cue.planned_s for cue in self.cues)
