"""Missing files: flag them (never delete them), and relink them from a folder by content.

``check_files`` compares each stimulus's file with what the library remembers (there at
all; same size). ``relink_from_folder`` looks for the missing ones in a folder the user
points at, by content hash; only files of a matching size are hashed, so a large folder
is quick to search.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from tearconsole.core.kinds import MediaStatus
from tearconsole.hashing import file_sha256
from tearconsole.i18n import translate
from tearconsole.library import reasons
from tearconsole.library.importer import Control, NoControl
from tearconsole.storage.db import Database
from tearconsole.storage.models import Stimulus


@dataclass
class StatusChanges:
    now_missing: list[int] = field(default_factory=list)
    found_again: list[int] = field(default_factory=list)
    changed: list[int] = field(default_factory=list)


def check_files(db: Database) -> StatusChanges:
    """Bring every stimulus's status in line with its file on disk."""
    changes = StatusChanges()
    with db.session() as session:
        for stimulus in session.scalars(select(Stimulus).where(Stimulus.path.is_not(None))):
            status, reason = file_status(stimulus)
            if status == stimulus.status and reason == reasons.kept(stimulus):
                continue
            if status == MediaStatus.MISSING.value:
                changes.now_missing.append(stimulus.id)
            elif status == MediaStatus.OK.value:
                changes.found_again.append(stimulus.id)
            else:
                changes.changed.append(stimulus.id)
            reasons.keep(stimulus, status, reason)
    return changes


def file_status(stimulus: Stimulus) -> tuple[str, reasons.Reason]:
    """What a stimulus's file says about it now: (status, reason or ``None``)."""
    path = Path(stimulus.path or "")
    try:
        size = path.stat().st_size
    except OSError:
        return MediaStatus.MISSING.value, reasons.moved(path)
    if stimulus.size_bytes is not None and size != stimulus.size_bytes:
        return MediaStatus.UNPLAYABLE.value, reasons.changed(path)
    unplayable = stimulus.status == MediaStatus.UNPLAYABLE.value
    kept = reasons.kept(stimulus)
    if unplayable and not reasons.is_changed(kept):
        return stimulus.status, kept  # a verdict of the probe stays
    return MediaStatus.OK.value, None


@dataclass
class RelinkReport:
    relinked: list[tuple[int, str]] = field(default_factory=list)  # (stimulus id, new path)
    still_missing: list[int] = field(default_factory=list)

    def summary(self) -> str:
        found = len(self.relinked)
        if not found and not self.still_missing:
            return translate(
                "RelinkReport",
                "nothing in the library is missing, so there was nothing to relink",
            )
        if self.still_missing:
            return translate(
                "RelinkReport", "%n file(s) found again; {missing} still missing", "", found
            ).format(missing=len(self.still_missing))
        return translate("RelinkReport", "%n file(s) found again", "", found)


def relink_from_folder(db: Database, folder: Path, control: Control | None = None) -> RelinkReport:
    """Find missing stimuli's files under ``folder`` by content and point them there."""
    control = control or NoControl()
    folder = folder.expanduser().resolve()
    with db.session() as session:
        missing = session.scalars(
            select(Stimulus).where(Stimulus.status == MediaStatus.MISSING.value)
        ).all()
        wanted = {(s.size_bytes, s.content_hash): s.id for s in missing if s.content_hash}
    report = RelinkReport()
    sizes = {size for size, _ in wanted}
    candidates = [p for p in _walk(folder) if _size(p) in sizes]
    found: dict[int, str] = {}
    for done, path in enumerate(candidates):
        control.check()
        control.progress(done, len(candidates), path.name)
        key = (_size(path), _hash(path))
        if key in wanted and wanted[key] not in found:
            found[wanted[key]] = str(path)
    control.progress(len(candidates), len(candidates), "")
    with db.session() as session:
        for stimulus in session.scalars(select(Stimulus).where(Stimulus.id.in_(list(found)))):
            stimulus.path = found[stimulus.id]
            reasons.keep(stimulus, MediaStatus.OK.value, None)
    report.relinked = sorted(found.items())
    report.still_missing = sorted(set(wanted.values()) - set(found))
    return report


def _walk(folder: Path) -> list[Path]:
    paths: list[Path] = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        paths.extend(Path(root) / name for name in names)
    return paths


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None


def _hash(path: Path) -> str | None:
    try:
        return file_sha256(path)
    except OSError:
        return None
