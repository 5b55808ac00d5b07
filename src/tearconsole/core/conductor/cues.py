"""The defaults of product.md's live semantics, and what each cue asks of the output."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from tearconsole.assets import pause_tone_path
from tearconsole.core.conductor.view import Scene, SceneKind
from tearconsole.core.kinds import CueKind, StimulusKind
from tearconsole.core.plan import CueSpec
from tearconsole.core.ports import MediaRequest


@dataclass(frozen=True)
class LiveSettings:
    """Live semantics (product.md); every duration in plan seconds."""

    debounce_s: float = 0.3  # a GO within this (wall) time of the last press is ignored
    crossfade_s: float = 2.0  # a main cue still playing fades out under the next one
    pause_fade_s: float = 1.5
    restore_s: float = 3.0
    soften_ramp_s: float = 2.0
    landing_fade_s: float = 3.0  # soften level 3 fades the running cue out this long
    safe_stop_s: float = 3.0
    bed_fade_s: float = 3.0  # a bed stop with no fade-out of its own
    hard_stop_confirm_s: float = 5.0  # wall seconds for the confirming second action
    checkpoint_s: float = 1.0  # wall seconds between position checkpoints
    soften_db: tuple[float, float, float, float] = (0.0, -6.0, -12.0, -12.0)
    soften_brightness: tuple[float, float, float, float] = (1.0, 0.8, 0.6, 0.6)
    story_pace: tuple[float, float, float, float] = (1.0, 1.0, 1.25, 1.25)
    min_pace: float = 0.5
    max_pace: float = 2.0
    max_extension_s: float = 600.0
    extend_s: float = 30.0  # the breathing pause Extend adds when not told how long
    watchdog_factor: float = 1.5  # media that overruns its length this much is given up
    watchdog_grace_s: float = 5.0
    # The soft tone a pause with ``tone`` plays once at its start (None: never).
    pause_tone: str | None = field(default_factory=lambda: str(pause_tone_path()))
    pause_tone_db: float = 0.0  # the file itself is soft (-14 dBFS peak)


class BodyKind(StrEnum):
    MEDIA = "media"  # plays on the main layer, ends when the output says so
    TIMED = "timed"  # a card, pause or story: ends when its time is up
    BED_START = "bed_start"
    BED_STOP = "bed_stop"
    BROKEN = "broken"  # a stimulus cue whose stimulus is gone


def body_kind(cue: CueSpec) -> BodyKind:
    if cue.kind is CueKind.BED_START:
        return BodyKind.BED_START
    if cue.kind is CueKind.BED_STOP:
        return BodyKind.BED_STOP
    if cue.kind is CueKind.PAUSE:
        return BodyKind.TIMED
    stimulus = cue.stimulus
    if stimulus is None:
        return BodyKind.BROKEN
    if stimulus.kind is StimulusKind.STORY:  # read aloud from its narration, else timed
        return BodyKind.MEDIA if stimulus.narration_path else BodyKind.TIMED
    if stimulus.kind is StimulusKind.CARD:
        return BodyKind.TIMED
    return BodyKind.MEDIA if stimulus.path else BodyKind.BROKEN


def is_side_cue(cue: CueSpec) -> bool:
    """Bed cues act beside the main line: they never replace the cue that is running."""
    return cue.kind in (CueKind.BED_START, CueKind.BED_STOP)


def uses_pace(cue: CueSpec) -> bool:
    """Pauses and cards stretch with the pace factor; stories with softening; media never."""
    if cue.kind is CueKind.PAUSE:
        return True
    return cue.stimulus is not None and cue.stimulus.kind is StimulusKind.CARD


def is_story(cue: CueSpec) -> bool:
    return cue.stimulus is not None and cue.stimulus.kind is StimulusKind.STORY


def media_request(
    cue: CueSpec, token: int, offset_s: float = 0.0, loop: bool = False
) -> MediaRequest:
    stimulus = cue.stimulus
    assert stimulus is not None
    path = stimulus.narration_path if stimulus.kind is StimulusKind.STORY else stimulus.path
    assert path
    return MediaRequest(
        token=token,
        path=path,
        in_s=cue.in_s + offset_s,
        out_s=cue.out_s,
        level_db=cue.level_db,
        loop=loop,
        has_video=stimulus.has_video,
    )


def tone_request(settings: LiveSettings, token: int) -> MediaRequest | None:
    """The pause's soft tone, when there is one to play."""
    if not settings.pause_tone:
        return None
    return MediaRequest(token=token, path=settings.pause_tone, level_db=settings.pause_tone_db)


def scene_for(cue: CueSpec, previous: Scene) -> Scene:
    """What the audience sees while ``cue``'s body runs."""
    stimulus = cue.stimulus
    if cue.kind is CueKind.PAUSE:
        return Scene(SceneKind.BREATHING, text=cue.text, title=cue.title, cue_position=cue.position)
    if stimulus is None or cue.kind is not CueKind.STIMULUS:
        return previous
    if stimulus.kind is StimulusKind.CARD:
        return Scene(SceneKind.CARD, stimulus.text, stimulus.title, cue.position)
    if stimulus.kind is StimulusKind.STORY:
        return Scene(SceneKind.STORY, stimulus.text, stimulus.title, cue.position)
    if stimulus.has_video:
        return Scene(SceneKind.VIDEO, None, stimulus.title, cue.position)
    if previous.kind is SceneKind.VIDEO:  # music after a film: the film's frame must go
        return Scene(SceneKind.BLANK)
    return previous
