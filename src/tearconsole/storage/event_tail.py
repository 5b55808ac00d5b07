"""``EventTail``: a session's events newer than the last ones read, for the live console.

The console reads its record on the GUI thread several times a second while the session
logs a checkpoint every second: re-reading the whole log would cost more the longer the
session ran (hundreds of milliseconds after an hour). A tail remembers the last ``seq``
it saw and asks SQLite only for later rows, through the ``(session_id, seq)`` index,
leaving checkpoints out (a tally needs only the moment the newest one reached). So a
read costs the same after three hours as after three minutes; only the first read of a
resumed session walks its earlier events, once.

It has its own read-only connection that waits at most ``BUSY_TIMEOUT_MS`` for a lock:
a database locked by another program skips a round (the rows are read the next time),
it never freezes the console.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from tearconsole.core.kinds import EventKind
from tearconsole.core.records import RecordedEvent

BUSY_TIMEOUT_MS = 5

_NEWEST = "SELECT seq, mono_s FROM event WHERE session_id = ? ORDER BY seq DESC LIMIT 1"
_SINCE = (
    "SELECT seq, kind, mono_s, cue_position, position_s, detail_json, private FROM event "
    "WHERE session_id = ? AND seq > ? AND seq <= ? AND kind != ? ORDER BY seq"
)


def parse_detail(text: str | None) -> dict[str, Any]:
    """An event's ``detail_json`` as a dict, whatever was stored."""
    try:
        detail = json.loads(text or "{}")
    except ValueError:
        return {"unreadable": text}
    return detail if isinstance(detail, dict) else {"value": detail}


class EventTail:
    """Reads ``session_id``'s events from ``db_path`` in order, each once."""

    def __init__(self, db_path: Path, session_id: int) -> None:
        self.session_id = session_id
        self.last_seq = 0
        self.last_mono_s: float | None = None
        self._conn = sqlite3.connect(
            f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True,
            timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False,
        )  # fmt: skip

    def read(self) -> list[RecordedEvent]:
        """The events logged since the last read (checkpoints left out; their time is
        ``last_mono_s``); empty when nothing is new or the database is busy just now."""
        try:
            newest = self._conn.execute(_NEWEST, (self.session_id,)).fetchone()
            if newest is None or newest[0] <= self.last_seq:
                return []
            rows = self._conn.execute(
                _SINCE, (self.session_id, self.last_seq, newest[0], EventKind.CHECKPOINT.value)
            ).fetchall()
        except sqlite3.Error:
            return []  # locked or busy: the same rows are there next time
        self.last_seq, self.last_mono_s = int(newest[0]), float(newest[1])
        return [
            RecordedEvent(
                seq=seq,
                kind=kind,
                mono_s=mono_s,
                cue_position=position,
                position_s=position_s,
                detail=parse_detail(detail),
                private=bool(private),
            )  # fmt: skip
            for seq, kind, mono_s, position, position_s, detail, private in rows
        ]

    def close(self) -> None:
        self._conn.close()
