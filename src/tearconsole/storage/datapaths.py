"""Files inside the data folder are stored relative to it, so the folder can move.

A path under the data folder (the demo's media, copies made by ``library import
--copy``, media brought by a plan bundle, thumbnails) is written to the database
relative to the folder and read back joined to wherever the folder is now; a moved or
copied folder then plays its own files. Paths elsewhere stay absolute. The rule lives
in the column type (``models.DataPath``), so it holds whoever writes a row; the data
folder of an engine is set on its dialect by ``Database`` (``set_data_dir``). This module
imports no SQLAlchemy: the checks at start and the library's first rows use it before
SQLAlchemy is loaded.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Dialect, Engine

_ATTRIBUTE = "tearconsole_data_dirs"
#: The columns that hold file paths.
PATH_COLUMNS = ("path", "narration_path", "thumbnail_path")


def set_data_dir(engine: Engine, data_dir: Path) -> None:
    setattr(engine.dialect, _ATTRIBUTE, folder_roots(data_dir))


def folder_roots(data_dir: Path) -> tuple[str, ...]:
    """The folder as given and as resolved (a symlinked or bind-mounted home)."""
    given = os.path.normpath(os.path.abspath(data_dir))
    real = os.path.realpath(data_dir)
    return (given,) if given == real else (given, real)


def to_stored(path: str | None, roots: tuple[str, ...]) -> str | None:
    """``path`` as the database keeps it. A relative path given here is relative to the
    working folder (as a user typed it), never to the data folder: it is made absolute."""
    if not path or not roots:
        return path
    normal = os.path.normpath(os.path.abspath(path))
    for root in roots:
        if normal.startswith(root + os.sep):
            return PurePosixPath(*Path(os.path.relpath(normal, root)).parts).as_posix()
    return normal


def to_absolute(stored: str | None, roots: tuple[str, ...]) -> str | None:
    if not stored or not roots or os.path.isabs(stored):
        return stored
    return str(Path(roots[0]) / stored)


def roots_of(dialect: Dialect) -> tuple[str, ...]:
    return tuple(getattr(dialect, _ATTRIBUTE, ()))


def relativize_rows(conn: sqlite3.Connection, data_dir: Path) -> int:
    """Rewrite absolute paths under ``data_dir`` already in the database (rows written
    before this rule, or by an older tearconsole); returns how many values changed."""
    changed = 0
    for root in folder_roots(data_dir):
        prefix = root + os.sep
        pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        for column in PATH_COLUMNS:
            cursor = conn.execute(
                f"UPDATE stimulus SET {column} = substr({column}, ?) "
                f"WHERE {column} LIKE ? ESCAPE '\\'",
                (len(prefix) + 1, pattern),
            )
            changed += cursor.rowcount
    return changed
