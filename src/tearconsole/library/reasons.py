"""Why a stimulus cannot play, kept with it: its status reason as a ``Message``.

A file's status reason (``library.locate``) and a probe's verdict (``playback.probe``)
are kept in two columns: ``status_reason``, the English sentence (what ``--json`` prints
and what older versions wrote), and ``status_message``, the message itself (JSON), from
which ``said`` tells it in the chosen language. A reason an older version wrote, with no
message beside it, is shown as stored.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from tearconsole.i18n.message import Message
from tearconsole.i18n.message import said as said_message

if TYPE_CHECKING:
    from pathlib import Path

    from tearconsole.storage.models import Stimulus


MOVED = Message.translate(
    "Locate",
    "The file is no longer at {path} (moved, renamed, or its drive is not plugged in). "
    "Use Relink to point at the folder it is in now.",
)
CHANGED = Message.translate(
    "Locate", "The file at {path} has changed since it was imported; import it again."
)


def moved(path: Path) -> Message:
    return MOVED.format(path=path)


def changed(path: Path) -> Message:
    return CHANGED.format(path=path)


def verdict(error: str) -> Message:
    """A probe's verdict (one of ``playback.probe.VERDICTS``, marked there) as a message."""
    return Message("Probe", error)


#: What a status reason may be: a message, a sentence an older version kept, or none.
Reason = Message | str | None


def kept(stimulus: Stimulus) -> Reason:
    """The reason ``stimulus`` keeps now (its message, else its stored sentence)."""
    message = Message.from_dict(_loads(stimulus.status_message))
    return message if message is not None else stimulus.status_reason


def keep(stimulus: Stimulus, status: str, reason: Reason) -> None:
    """Give ``stimulus`` its ``status`` and ``reason`` (both columns)."""
    stimulus.status = status
    stimulus.status_reason = english(reason)
    stimulus.status_message = (
        json.dumps(reason.as_dict(), ensure_ascii=False) if isinstance(reason, Message) else None
    )


def english(reason: Reason) -> str | None:
    """The reason's English sentence (as ``--json`` prints it and older versions read it)."""
    return reason.english() if isinstance(reason, Message) else reason


def is_changed(reason: Reason) -> bool:
    """Whether ``reason`` says the file changed since its import (``changed``)."""
    if isinstance(reason, Message):
        return (reason.context, reason.source) == (CHANGED.context, CHANGED.source)
    return reason is not None and reason.endswith(_CHANGED_END)  # an older version's words


def said(row: Mapping[str, Any]) -> str:
    """A library row's status reason in the chosen language ("" for none)."""
    return said_message(_loads(row.get("status_message")), row.get("status_reason"))


def _loads(stored: object) -> object:
    if not isinstance(stored, str):
        return None
    try:
        return json.loads(stored)
    except ValueError:
        return None


_CHANGED_END = "has changed since it was imported; import it again."
