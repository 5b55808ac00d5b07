"""Reasons tearconsole stores in English, told in the chosen language.

A file's status reason (``library.locate``) and a probe's verdict (``playback.probe``)
are kept in the database as English sentences: that is what ``--json`` prints and what
older data folders hold. Where a person reads one, ``told`` recognises which sentence it
is, placeholders and all, and says it in the chosen language; anything else (a reason
written by an older version) is shown as stored.
"""

from __future__ import annotations

from tearconsole import i18n
from tearconsole.i18n import QT_TRANSLATE_NOOP
from tearconsole.playback.probe import VERDICTS

# A file's status reason, as ``library.locate`` stores it.
MOVED_REASON = QT_TRANSLATE_NOOP(
    "Locate",
    "The file is no longer at {path} (moved, renamed, or its drive is not plugged in). "
    "Use Relink to point at the folder it is in now.",
)
CHANGED_REASON = QT_TRANSLATE_NOOP(
    "Locate", "The file at {path} has changed since it was imported; import it again."
)

STORED: tuple[tuple[str, str], ...] = (
    ("Locate", MOVED_REASON),
    ("Locate", CHANGED_REASON),
    *(("Probe", verdict) for verdict in VERDICTS),
)


def told(stored: str | None) -> str:
    """``stored`` in the chosen language ("" for none)."""
    return i18n.told(stored, STORED)
