"""What the facilitator is told when a cue's media cannot play, and how it is kept.

The playback layer and the conductor name a problem as a ``Message``. The event log keeps
both its English sentence (``reason``: scripts and older versions read it) and the message
itself (``message``), so that it is said later in whatever language the reader has chosen
by then; an event written before messages were kept is said as stored (``said``).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import PurePath
from typing import Any

from tearconsole.i18n.message import Message
from tearconsole.i18n.message import said as said_message


def missing(path: str) -> Message:
    return Message.translate(
        "MediaProblem", "The media file {file} is missing (moved, renamed or deleted?)."
    ).format(file=PurePath(path).name)


def broken(path: str) -> Message:
    return Message.translate(
        "MediaProblem",
        "tearconsole could not play {file}: the file may be damaged or in a format it cannot read.",
    ).format(file=PurePath(path).name)


def nothing_to_play(cue: str) -> Message:
    return Message.translate(
        "MediaProblem", "The cue “{cue}” has nothing to play; moving on."
    ).format(cue=cue)


def no_bed() -> Message:
    return Message.translate(
        "MediaProblem", "The bed has nothing to play; the session goes on without it."
    )


def no_end() -> Message:
    return Message.translate("MediaProblem", "The media did not report its end; moving on.")


def kept(problem: Message) -> dict[str, Any]:
    """The words an event keeps of ``problem``: its English ``reason`` and its ``message``."""
    return {"reason": problem.english(), "message": problem.as_dict()}


def said(detail: Mapping[str, Any]) -> str:
    """A kept problem (an event's detail) in the chosen language: from its message, or,
    for an event of an older version, its reason as stored; "" for none."""
    reason = detail.get("reason") or detail.get("message")
    return said_message(detail.get("message"), reason if isinstance(reason, str) else None)
