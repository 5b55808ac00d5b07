"""What every subcommand gets: the resolved paths and lazily opened resources."""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from tearconsole.core.validation import CONTROL_CATEGORIES
from tearconsole.paths import AppPaths
from tearconsole.playback.vlcenv import make_instance
from tearconsole.storage.db import Database


@dataclass
class CliContext:
    args: argparse.Namespace
    paths: AppPaths
    _db: Database | None = field(default=None, init=False)
    _vlc: Any = field(default=None, init=False)
    #: The damaged-database sentence was printed already (said once per command).
    told_damaged: bool = field(default=False, init=False)

    def db(self, write: bool = False) -> Database:
        """The database; ``write`` takes the data folder's writer lock."""
        if self._db is None or (write and self._db.lock is None):
            if self._db is not None:
                self._db.close()
            self._db = Database.open(self.paths, write=write)
        return self._db

    def db_for_reading_or_writing(self) -> Database:
        """For a command that only reads: never the writer's lock, so that running it
        (even in a loop) never makes the window refuse to open. A new or older schema is
        still brought up to date, for an instant, when no writer is running. A damaged
        database is opened for reading only, and the command says so first."""
        database = self._db if self._db is not None else self.db(write=False)
        if database.damaged is not None and not self.told_damaged:
            print(database.damaged, file=sys.stderr)
            self.told_damaged = True
        return database

    def vlc(self) -> Any:
        """A headless libVLC instance: the command line never shows or sounds anything."""
        if self._vlc is None:
            self._vlc = make_instance(headless=True)
        return self._vlc

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
        if self._vlc is not None:
            self._vlc.release()


def print_json(document: Any) -> None:
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: East Asian wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def on_one_line(text: str) -> str:
    """``text`` as a terminal line may show it: a control character (a name saved before
    names refused them) is written as its escape, never sent raw."""
    return "".join(
        ch.encode("unicode_escape").decode("ascii")
        if unicodedata.category(ch) in CONTROL_CATEGORIES
        else ch
        for ch in text
    )


def pad(text: str, width: int) -> str:
    """``text.ljust(width)`` by terminal columns, so Japanese tables line up."""
    return text + " " * max(0, width - display_width(text))


def label_width(labels: list[str], least: int) -> int:
    """The column a list of ``label  text`` lines puts its texts in: ``least`` (as English
    has always printed them), or wider when a translated label needs it."""
    return max([least, *(display_width(label) for label in labels)])


def print_table(rows: list[list[str]], headers: list[str]) -> None:
    rows = [[on_one_line(str(cell)) for cell in row] for row in rows]
    widths = [
        max(display_width(str(cell)) for cell in column)
        for column in zip(headers, *rows, strict=False)
    ]
    for line in [headers, *rows]:
        print(
            "  ".join(
                pad(str(cell), width) for cell, width in zip(line, widths, strict=True)
            ).rstrip()
        )
