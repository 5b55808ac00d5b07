"""Putting a restored copy in place of the database, whole or not at all at every instant.

A restore is three or four renames (the database, its ``-wal`` and ``-shm`` moved aside,
the finished copy moved in): a process killed between two of them would leave neither
database. So before the first rename a journal beside the database names the finished
copy and where the old files go; the next opening of the data folder (or the next
restore) finishes what the journal says, and only then is the journal removed. The copy
is complete and on the disk before the journal is written, so finishing is always
possible; a restore killed before the journal exists has changed nothing (its partial
copy is a temporary file, swept at the next start).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from tearconsole.atomic import sync_folder, write_text
from tearconsole.errors import UserError
from tearconsole.i18n.message import Message

JOURNAL_NAME = "restore-journal.json"
SIDES = ("", "-wal", "-shm")


@dataclass(frozen=True)
class Swap:
    """The database, the finished copy to put in its place, and where the old files go."""

    db_path: Path
    restored: Path
    aside: Path


def journal_path(db_path: Path) -> Path:
    return db_path.with_name(JOURNAL_NAME)


def swap_in(swap: Swap) -> None:
    """Put ``swap.restored`` (complete, synced) in place of the database; the old files
    (``-wal`` and ``-shm`` included) go to ``swap.aside``. A failure the system reports
    undoes what was done; a kill is finished by ``finish_interrupted``."""
    journal = journal_path(swap.db_path)
    document = {"restored": str(swap.restored), "aside": str(swap.aside)}
    write_text(journal, json.dumps(document))
    moved: list[tuple[Path, Path]] = []
    try:
        for side, aside in _sides(swap):
            if side.exists():
                os.replace(side, aside)
                moved.append((aside, side))
        os.replace(swap.restored, swap.db_path)
    except OSError:
        for aside, side in reversed(moved):  # put the database back as it was
            os.replace(aside, side)
        swap.restored.unlink(missing_ok=True)
        journal.unlink(missing_ok=True)
        raise
    _done(swap)


def finish_interrupted(db_path: Path) -> bool:
    """Finish a restore that was killed half way (the caller holds the writer lock);
    True when there was one."""
    journal = journal_path(db_path)
    try:
        document = json.loads(journal.read_text(encoding="utf-8"))
        swap = Swap(db_path, Path(document["restored"]), Path(document["aside"]))
    except FileNotFoundError:
        return False
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UserError(
            Message.translate(
                "Storage",
                "A restore was interrupted, and its journal {path} cannot be read; the "
                "database was left as it is. Move that file aside and run `tearconsole "
                "restore` again.",
            ).format(path=journal)
        ) from exc
    if swap.restored.exists():  # the copy has not been moved in yet: go on from here
        for side, aside in _sides(swap):
            if side.exists():
                os.replace(side, aside)
        os.replace(swap.restored, swap.db_path)
    _done(swap)
    return True


def interrupted(db_path: Path) -> bool:
    return journal_path(db_path).exists()


def _sides(swap: Swap) -> list[tuple[Path, Path]]:
    return [(Path(f"{swap.db_path}{s}"), Path(f"{swap.aside}{s}")) for s in SIDES]


def _done(swap: Swap) -> None:
    sync_folder(swap.aside.parent)  # the renames reach the disk before the journal goes
    sync_folder(swap.db_path.parent)
    journal_path(swap.db_path).unlink(missing_ok=True)
    sync_folder(swap.db_path.parent)
