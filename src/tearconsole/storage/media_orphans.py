"""Media a killed plan import left behind: moved into the data folder, but no library item
refers to them, because the import's transaction never committed.

A plan import moves each verified file from its staging folder into ``media/imported``
before it commits the items that point at them (``bundles.importer``); killed in
between, the files stay with nothing pointing at them. At the next start for writing
(under the writer lock, so no import is running) they are removed.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from tearconsole.storage.datapaths import PATH_COLUMNS, folder_roots, to_stored

#: The folder of ``media_dir`` that plan imports move their media into.
IMPORTED_FOLDER = "imported"


def remove_unreferenced(conn: sqlite3.Connection, data_dir: Path, media_dir: Path) -> list[Path]:
    """Remove the files of ``media_dir/imported`` that no library item refers to."""
    folder = media_dir / IMPORTED_FOLDER
    try:
        files = [entry for entry in folder.iterdir() if entry.is_file()]
    except OSError:
        return []
    if not files:
        return []
    roots = folder_roots(data_dir)
    referred: set[str] = set()
    for column in PATH_COLUMNS:
        for (value,) in conn.execute(f"SELECT {column} FROM stimulus WHERE {column} IS NOT NULL"):
            referred.add(os.path.normpath(value))
    removed = []
    for path in files:
        stored = to_stored(str(path), roots) or ""
        if os.path.normpath(stored) in referred or os.path.normpath(str(path)) in referred:
            continue
        try:
            path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed
