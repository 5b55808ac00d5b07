"""Keeping a copy of a library item's media in tearconsole's own data folder.

Media imported from a USB stick or a network share stay there; pull the stick out before
the evening and the plan is broken. A copy in ``<data>/media/library/`` (named after the
file, with the start of its content hash when the name is taken) makes the plan depend
on the laptop alone. The copy is written beside its final name and renamed into place
once complete and of the right size, so a half-copied file is never used; the item then
points at the copy. Stories need none: their text lives in the database.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from tearconsole.atomic import TEMP_PREFIX, TEMP_SUFFIX
from tearconsole.core.kinds import MediaStatus, StimulusKind
from tearconsole.i18n import QT_TRANSLATE_NOOP, translate
from tearconsole.library import reasons
from tearconsole.storage.db import Database
from tearconsole.storage.models import Stimulus

LIBRARY_FOLDER = "library"


class CopyFailed(Exception):
    """A copy could not be made; ``str()`` is one sentence for the facilitator in the
    chosen language, ``reason`` the same in English (as ``--json`` keeps it)."""

    def __init__(self, source: str, **values: object) -> None:
        """``source``: the English sentence, marked where it is raised with
        ``QT_TRANSLATE_NOOP("CopyIn", ...)``; ``{placeholders}`` filled in both."""
        super().__init__(translate("CopyIn", source).format(**values))
        self.reason = source.format(**values)


@dataclass(frozen=True)
class CopyResult:
    stimulus_id: int
    title: str
    path: str  # where the item's media is now
    copied: bool  # False: it was in the data folder already (or needs no file)


def library_media_dir(db: Database) -> Path:
    return db.paths.media_dir / LIBRARY_FOLDER


def is_inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def copy_file_in(db: Database, source: Path, content_hash: str) -> Path:
    """Copy ``source`` into the data folder's media; its path there (made once per content)."""
    folder = library_media_dir(db)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.name
    if target.exists() and not _same_size(target, source):
        target = folder / f"{content_hash[:12]}-{source.name}"
    if target.exists() and _same_size(target, source):
        return target
    partial = target.with_name(f"{TEMP_PREFIX}{target.name}{TEMP_SUFFIX}")  # swept if left
    try:
        with open(source, "rb") as reader, open(partial, "wb") as writer:
            shutil.copyfileobj(reader, writer, 1024 * 1024)
            writer.flush()
            os.fsync(writer.fileno())
        if not _same_size(partial, source):
            raise OSError("the copy came out shorter than the file")
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        reason = exc.strerror or str(exc)
        raise CopyFailed(
            QT_TRANSLATE_NOOP(
                "CopyIn",
                "{name} could not be copied into tearconsole's data folder ({reason}); "
                "the library keeps using it where it is.",
            ),
            name=source.name,
            reason=reason,
        ) from exc
    return target


def _same_size(one: Path, other: Path) -> bool:
    try:
        return one.stat().st_size == other.stat().st_size
    except OSError:
        return False


def copy_stimulus_in(db: Database, stimulus_id: int) -> CopyResult:
    """Give a library item a copy of its media in the data folder and point it there."""
    with db.session() as session:
        stimulus = session.get(Stimulus, stimulus_id)
        if stimulus is None:
            raise CopyFailed(
                QT_TRANSLATE_NOOP("CopyIn", "There is no library item {id}."), id=stimulus_id
            )
        title, path, content_hash = stimulus.title, stimulus.path, stimulus.content_hash
        needs_file = stimulus.kind != StimulusKind.STORY.value
    if not path or not needs_file:
        return CopyResult(stimulus_id, title, path or "", False)
    source = Path(path)
    if is_inside(source, db.paths.data_dir):
        return CopyResult(stimulus_id, title, str(source), False)
    if not source.is_file():
        raise CopyFailed(
            QT_TRANSLATE_NOOP(
                "CopyIn",
                "“{title}” cannot be copied in: its file is not there ({path}); plug in the "
                "drive it was on, or relink it first.",
            ),
            title=title,
            path=source,
        )
    target = copy_file_in(db, source, content_hash or "")
    with db.session() as session:
        stimulus = session.get(Stimulus, stimulus_id)
        if stimulus is not None:
            stimulus.path = str(target)
            reasons.keep(stimulus, MediaStatus.OK.value, None)
    return CopyResult(stimulus_id, title, str(target), True)
