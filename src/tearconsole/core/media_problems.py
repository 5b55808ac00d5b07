"""What the facilitator is told when a cue's media cannot play, and how it is kept.

The playback layer and the conductor name a problem in English: that is the reason the
event log keeps (a record, read back later in whatever language the reader has chosen).
``told`` says a kept reason in the chosen language, its file or cue name as kept.
"""

from __future__ import annotations

from pathlib import PurePath

from tearconsole import i18n
from tearconsole.i18n import QT_TRANSLATE_NOOP

MISSING = QT_TRANSLATE_NOOP(
    "MediaProblem", "The media file {file} is missing (moved, renamed or deleted?)."
)
BROKEN = QT_TRANSLATE_NOOP(
    "MediaProblem",
    "tearconsole could not play {file}: the file may be damaged or in a format it cannot read.",
)
NOTHING_TO_PLAY = QT_TRANSLATE_NOOP(
    "MediaProblem", "The cue “{cue}” has nothing to play; moving on."
)
NO_BED = QT_TRANSLATE_NOOP(
    "MediaProblem", "The bed has nothing to play; the session goes on without it."
)
_KNOWN = tuple(("MediaProblem", source) for source in (MISSING, BROKEN, NOTHING_TO_PLAY, NO_BED))


def missing(path: str) -> str:
    return MISSING.format(file=PurePath(path).name)


def broken(path: str) -> str:
    return BROKEN.format(file=PurePath(path).name)


def told(reason: str | None) -> str:
    """A kept reason in the chosen language (as kept when it is none of these)."""
    return i18n.told(reason, _KNOWN)
