"""Permissions are told, never changed: a read-only database file or data folder is named,
with the command that makes it writable.

tearconsole creates its folders and files readable by their owner only; it never chmods
what exists, since a file or folder made read-only was made so by someone, on purpose or
not, and only they know which. The owner's write bit is read (not ``os.access``): as
root, ``access`` says yes to every file, and SQLite's answer would then come only later,
as a refused write in the middle of a task.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from tearconsole.errors import UserError
from tearconsole.i18n.message import Message


def read_only(path: Path) -> bool:
    """Whether ``path`` exists and its owner may not write to it (a folder: or enter it)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    needed = stat.S_IWUSR | (stat.S_IXUSR if stat.S_ISDIR(mode) else 0)
    return mode & needed != needed or not os.access(path, os.W_OK)


def fix_command(path: Path) -> str:
    if os.name == "nt":  # pragma: no cover - Windows keeps a read-only attribute
        return f'attrib -r "{path}"'
    return f"chmod u+rwx '{path}'" if path.is_dir() else f"chmod u+w '{path}'"


def read_only_error(path: Path) -> UserError:
    if path.is_dir():
        sentence = Message.translate(
            "Storage",
            "The folder {path} is read-only, so tearconsole cannot save there; tearconsole "
            "changes no permissions itself: make it writable with {command}, or use another "
            "--data-dir.",
        )
    else:
        sentence = Message.translate(
            "Storage",
            "The file {path} is read-only, so tearconsole cannot save to it; tearconsole "
            "changes no permissions itself: make it writable with {command}.",
        )
    return UserError(sentence.format(path=path, command=fix_command(path)))


def refuse_read_only(*paths: Path) -> None:
    """Raise for the first of ``paths`` that is read-only."""
    for path in paths:
        if read_only(path):
            raise read_only_error(path)


def database_files(db_path: Path) -> list[Path]:
    """The folder and files SQLite writes to for ``db_path``."""
    return [db_path.parent, db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")]
