"""Kept for code written against the old path: see ``tearconsole.core.conductor.cues``."""

from tearconsole.core.conductor.cues import (
    BodyKind,
    LiveSettings,
    body_kind,
    is_side_cue,
    is_story,
    media_request,
    scene_for,
    tone_request,
    uses_pace,
)

__all__ = [
    "BodyKind",
    "LiveSettings",
    "body_kind",
    "is_side_cue",
    "is_story",
    "media_request",
    "scene_for",
    "tone_request",
    "uses_pace",
]
