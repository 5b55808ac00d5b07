"""Events that did not reach the database, kept in files beside it.

- **Waiting** (``events-waiting-<session>.jsonl``): steps of a session that could not be
  saved for a passing reason (a full disk, a lock, a read-only moment) when the session
  log closed, or while such an outage lasts. They are merged into the database, in
  order, the next time tearconsole opens the data folder for writing
  (``merge_waiting``). When the data folder itself cannot take them (the disk is full),
  they go to the system's temporary folder under a name tied to the database, and are
  merged from there.
- **Set aside** (``events-set-aside.jsonl``): a step the database refused for good (a
  constraint it breaks). It is kept with the reason, once, and never blocks the steps
  after it.

Each line is one JSON array: the ``event`` row's values in ``ROW_COLUMNS`` order.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tearconsole.atomic import TEMP_PREFIX, TEMP_SUFFIX

log = logging.getLogger(__name__)

ROW_COLUMNS = (
    "session_id", "seq", "kind", "wall_time", "mono_s", "cue_position", "position_s",
    "detail_json", "private",
)  # fmt: skip
INSERT = f"INSERT INTO event ({', '.join(ROW_COLUMNS)}) VALUES ({', '.join('?' * 9)})"
SET_ASIDE_NAME = "events-set-aside.jsonl"

Row = tuple[int, int, str, str, float, int | None, float | None, str, int]


def _folders(db_path: Path) -> list[Path]:
    """Where waiting events may be kept: beside the database, else the temporary folder."""
    return [db_path.parent, Path(tempfile.gettempdir())]


def _waiting_name(db_path: Path, folder: Path, session_id: int) -> Path:
    if folder == db_path.parent:
        return folder / f"events-waiting-{session_id}.jsonl"
    tag = hashlib.sha256(str(db_path.resolve()).encode()).hexdigest()[:12]
    return folder / f"tearconsole-{tag}-events-waiting-{session_id}.jsonl"


def waiting_files(db_path: Path) -> dict[int, list[Path]]:
    """Each session with events waiting, and the files that hold them."""
    found: dict[int, list[Path]] = {}
    for folder in _folders(db_path):
        probe = _waiting_name(db_path, folder, 0)
        prefix = probe.name.removesuffix("0.jsonl")
        try:
            names = [p for p in folder.iterdir() if p.name.startswith(prefix)]
        except OSError:
            continue
        for path in names:
            number = path.name.removeprefix(prefix).removesuffix(".jsonl")
            if number.isdigit():
                found.setdefault(int(number), []).append(path)
    return found


def save_waiting(db_path: Path, session_id: int, rows: Sequence[Row]) -> Path | None:
    """Keep ``rows`` (a session's whole backlog, in order) in a file; where, or None."""
    text = "".join(json.dumps(list(row), ensure_ascii=False) + "\n" for row in rows)
    for folder in _folders(db_path):
        target = _waiting_name(db_path, folder, session_id)
        try:
            _write_atomically(target, text)
        except OSError as exc:  # the caller tells it, once
            log.debug("waiting events could not be kept in %s: %s", folder, exc)
            continue
        for other in _folders(db_path):  # one place only, so nothing is merged twice
            if other != folder:
                _waiting_name(db_path, other, session_id).unlink(missing_ok=True)
        return target
    return None


def sweep_temporaries(db_path: Path) -> list[Path]:
    """Remove what a killed write of waiting events left in the system's temporary
    folder: only this database's (the folder is shared), at a writing start, when no one
    else writes them (the data folder's lock)."""
    folder = _folders(db_path)[-1]
    mine = _waiting_name(db_path, folder, 0).name.removesuffix("0.jsonl")
    removed: list[Path] = []
    try:
        left = list(folder.glob(f"{TEMP_PREFIX}{mine}*{TEMP_SUFFIX}"))
    except OSError:
        return removed
    for path in left:
        try:
            path.unlink()
            removed.append(path)
        except OSError:
            continue
    return removed


def clear_waiting(db_path: Path, session_id: int) -> None:
    for folder in _folders(db_path):
        try:
            _waiting_name(db_path, folder, session_id).unlink(missing_ok=True)
        except OSError as exc:
            log.warning("a waiting-events file could not be removed: %s", exc)


def _write_atomically(target: Path, text: str) -> None:
    temp = target.with_name(f"{TEMP_PREFIX}{target.name}{TEMP_SUFFIX}")  # swept if left
    try:
        with open(temp, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except OSError:
        temp.unlink(missing_ok=True)
        raise


def read_rows(path: Path) -> list[Row]:
    """The rows in ``path`` (a damaged line is skipped and logged)."""
    rows: list[Row] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            values: Any = json.loads(line)
            if isinstance(values, list) and len(values) == len(ROW_COLUMNS):
                rows.append(tuple(values))
                continue
        except ValueError:
            pass
        log.error("%s line %d is not an event; left out", path, number)
    return rows


def waiting_count(db_path: Path) -> dict[int, int]:
    """How many events wait to be saved, per session."""
    counts: dict[int, int] = {}
    for session_id, paths in waiting_files(db_path).items():
        for path in paths:
            try:
                counts[session_id] = counts.get(session_id, 0) + len(read_rows(path))
            except OSError:
                continue
    return {sid: n for sid, n in counts.items() if n}


def set_aside(db_path: Path, row: Row, reason: str) -> Path | None:
    """Keep a refused step with its reason (appended, once); where, or None."""
    line = json.dumps({"row": list(row), "reason": reason}, ensure_ascii=False) + "\n"
    for folder in _folders(db_path):
        name = SET_ASIDE_NAME if folder == db_path.parent else f"tearconsole-{SET_ASIDE_NAME}"
        target = folder / name
        try:
            with open(target, "a", encoding="utf-8") as handle:
                handle.write(line)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError:
            continue
        return target
    log.error("a refused event could not be kept anywhere: %s (%s)", row, reason)
    return None


def merge_waiting_into(db_path: Path) -> int:
    """``merge_waiting`` on a connection of its own (before a session is resumed)."""
    if not waiting_files(db_path):
        return 0
    conn = sqlite3.connect(db_path, isolation_level=None, timeout=5)
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        return merge_waiting(conn, db_path)
    except sqlite3.Error as exc:
        log.warning("waiting events stay waiting: %s", exc)
        return 0
    finally:
        conn.close()


def last_waiting_seq(db_path: Path, session_id: int) -> int:
    """The highest event number waiting in a file for ``session_id`` (0: none)."""
    best = 0
    for path in waiting_files(db_path).get(session_id, []):
        try:
            best = max([best, *(int(row[1]) for row in read_rows(path))])
        except OSError:
            continue
    return best


def merge_waiting(conn: sqlite3.Connection, db_path: Path) -> int:
    """Save every waiting event into the database, in order; how many were saved.

    A row already there (saved before the file was written) is skipped; one the database
    refuses is set aside. A session whose end was among them is finished now. A file is
    removed only once all its rows are saved; on a passing error it stays for next time.
    """
    saved = 0
    for session_id, paths in sorted(waiting_files(db_path).items()):
        rows: dict[int, Row] = {}
        try:
            for path in paths:
                rows.update((int(row[1]), row) for row in read_rows(path))
        except OSError as exc:
            log.warning("waiting events of session %s could not be read: %s", session_id, exc)
            continue
        try:
            saved += _merge_rows(conn, db_path, [rows[seq] for seq in sorted(rows)])
        except sqlite3.Error as exc:
            log.warning("waiting events of session %s stay waiting: %s", session_id, exc)
            continue
        for path in paths:
            path.unlink(missing_ok=True)
    return saved


def _merge_rows(conn: sqlite3.Connection, db_path: Path, rows: list[Row]) -> int:
    saved = 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        for row in rows:
            there = conn.execute(
                "SELECT kind, mono_s FROM event WHERE session_id = ? AND seq = ?", row[:2]
            ).fetchone()
            if there is not None:
                if (there[0], round(there[1], 6)) != (row[2], round(float(row[4]), 6)):
                    set_aside(db_path, row, "another event has its number")
                continue
            try:
                conn.execute(INSERT, row)
            except (sqlite3.IntegrityError, sqlite3.DataError, sqlite3.InterfaceError) as exc:
                set_aside(db_path, row, str(exc))
                continue
            saved += 1
            if row[2] == "ended":
                conn.execute(
                    "UPDATE session SET state = 'finished', ended_at = ? "
                    "WHERE id = ? AND state = 'open'",
                    (row[3], row[0]),
                )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return saved
