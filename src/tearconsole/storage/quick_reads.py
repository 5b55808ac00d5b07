"""Reads straight from an SQLite connection, without SQLAlchemy: the library page's rows,
and whether a session was left unfinished (the resume offer at start).

Loading 10,000 ORM objects with their tags took ~430 ms here, SQLAlchemy Core rows
~120 ms, the driver's own rows ~35 ms (docs/benchmarks.md): the library has to open at
once, so its read goes to the driver directly. It needs no SQLAlchemy either, so the
window can show its first screenful before SQLAlchemy is imported (start-up,
docs/benchmarks.md); ``storage.stimuli.library_rows`` runs the same read in a session.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tearconsole.core.words import split_words
from tearconsole.storage.datapaths import to_absolute

if TYPE_CHECKING:
    import sqlite3

ROW_COLUMNS = (
    "id", "title", "kind", "path", "duration_s", "status", "status_reason", "intensity",
    "content_notes", "language", "credit", "licence", "text", "private_notes",
    "thumbnail_path", "has_video", "has_audio", "width", "height", "status_message",
)  # fmt: skip


def split_notes(value: str) -> list[str]:
    return split_words(value)


def read_rows(
    conn: sqlite3.Connection,
    roots: tuple[str, ...],
    with_text: bool = True,
    first: int | None = None,
) -> list[dict[str, Any]]:
    """Every stimulus as the page's row dictionary (``stimuli.stimulus_row``'s shape).

    ``roots``: the data folder, for paths stored relative to it (``datapaths``);
    ``with_text=False`` leaves the stories' text out (``None``); ``first=N`` reads only
    the first N by title, the first screenful the page shows while the rest loads.
    """
    tags: dict[int, list[str]] = {}
    for stimulus_id, name in _fetch_all(
        conn,
        "SELECT stimulus_tag.stimulus_id, tag.name FROM stimulus_tag "
        "JOIN tag ON tag.id = stimulus_tag.tag_id ORDER BY tag.name",
    ):
        tags.setdefault(stimulus_id, []).append(name)
    rows = []
    names = [c if with_text or c != "text" else "NULL" for c in ROW_COLUMNS]
    query = f"SELECT {', '.join(names)} FROM stimulus ORDER BY id"
    if first is not None:
        query = query.replace("ORDER BY id", f"ORDER BY title COLLATE NOCASE LIMIT {int(first)}")
    for values in _fetch_all(conn, query):
        row = dict(zip(ROW_COLUMNS, values, strict=True))
        row["path"] = to_absolute(row["path"], roots)
        row["thumbnail_path"] = to_absolute(row["thumbnail_path"], roots)
        row["tags"] = tags.get(row["id"], [])
        row["content_notes"] = split_notes(row["content_notes"]) if row["content_notes"] else []
        if row["duration_s"] is not None:
            row["duration_s"] = round(row["duration_s"], 3)
        if row["kind"] not in ("story", "card"):
            row["text"] = None
        row["has_video"], row["has_audio"] = bool(row["has_video"]), bool(row["has_audio"])
        rows.append(row)
    return rows


def count(conn: sqlite3.Connection) -> int:
    return int(_fetch_all(conn, "SELECT count(*) FROM stimulus")[0][0])


def any_unfinished(conn: sqlite3.Connection) -> bool:
    """Whether some session is not marked finished: only such a session can be interrupted
    (``storage.sessions.session_state``); when none is, there is nothing to offer."""
    return bool(_fetch_all(conn, "SELECT 1 FROM session WHERE state != 'finished' LIMIT 1"))


def _fetch_all(conn: sqlite3.Connection, query: str) -> list[Any]:
    cursor = conn.cursor()
    try:
        cursor.execute(query)
        return list(cursor.fetchall())
    finally:
        cursor.close()
