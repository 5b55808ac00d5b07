"""Importing a plan bundle: check everything first, then change things all at once.

1. Read the zip's directory and the manifest, and check them: member names that stay in
   their folder (no absolute paths, ``..``, links or duplicates), nothing unexpected,
   sane sizes and counts, a known format version, every field's type and range.
2. Stream each media file into a staging folder, never trusting the declared size, and
   check its SHA-256 against the manifest.
3. In one database transaction: reuse stimuli whose content is already in the library,
   add the others (their files moved from staging into ``AppPaths.media_dir``), add the
   plan (renamed if its name is taken).
Any failure removes what steps 2-3 made; the database and media folder are as before.
"""

from __future__ import annotations

import hashlib
import json
import lzma
import shutil
import stat
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from sqlalchemy.exc import SQLAlchemyError

from tearconsole.atomic import STAGING_PREFIX
from tearconsole.bundles.manifest import (
    MANIFEST_NAME,
    MAX_MANIFEST_BYTES,
    MAX_MEMBERS,
    MAX_RATIO,
    MAX_TOTAL_BYTES,
    BundleError,
    Manifest,
    MediaEntry,
    damaged,
    parse_manifest,
    shown,
)
from tearconsole.errors import UserError
from tearconsole.hashing import text_sha256
from tearconsole.i18n import QT_TRANSLATE_NOOP, translate
from tearconsole.i18n.message import Message
from tearconsole.storage.db import Database, human_db_error
from tearconsole.storage.media_orphans import IMPORTED_FOLDER
from tearconsole.storage.models import Cue, Plan, Stimulus
from tearconsole.storage.plans import unique_plan_name
from tearconsole.storage.stimuli import find_by_hash, get_tags

Progress = Callable[[int, int], None]
#: What zipfile and its decompressors raise on a damaged or odd archive.
UNREADABLE = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    EOFError,
    ValueError,
    struct.error,
    zlib.error,
    lzma.LZMAError,
    NotImplementedError,  # a compression method zipfile does not know
    RuntimeError,  # e.g. an encrypted member
)
CHUNK = 1 << 20


@dataclass
class ImportReport:
    plan_id: int = 0
    plan_name: str = ""
    added: list[str] = field(default_factory=list)
    reused: list[str] = field(default_factory=list)
    bytes_copied: int = 0


def import_bundle(db: Database, bundle: Path, progress: Progress | None = None) -> ImportReport:
    bundle = bundle.expanduser()
    if not bundle.is_file():
        raise UserError(
            Message.translate("Bundles", "There is no plan file at {path}.").format(path=bundle)
        )
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=db.paths.data_dir))
    moved: list[Path] = []
    try:
        try:
            with zipfile.ZipFile(bundle) as archive:
                manifest = _read(archive)
                staged = _stage(archive, manifest, staging, progress, _in_library(db, manifest))
        except UNREADABLE as exc:
            raise damaged(unreadable_detail(exc)) from exc
        except OSError as exc:
            raise BundleError(
                Message.translate(
                    "Bundles", "This plan file could not be read ({reason}). Nothing was changed."
                ).format(reason=exc.strerror or exc)
            ) from exc
        return _apply(db, manifest, staged, moved)
    except BaseException:
        for path in moved:
            path.unlink(missing_ok=True)
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def unreadable_detail(exc: BaseException) -> str:
    """What is wrong with a plan file that zipfile could not read, as precisely as the
    error tells: cut short, a checksum that does not match, a damaged table, ..."""
    text = str(exc)
    if isinstance(exc, zipfile.BadZipFile):
        if "Bad CRC-32" in text:
            return translate(
                "Bundles", "part of it is damaged (a checksum inside it does not match)"
            )
        if "not a zip file" in text:
            return translate("Bundles", "it is not a complete plan file (it may be truncated)")
        return translate("Bundles", "its table of contents is damaged")
    if isinstance(exc, zlib.error | lzma.LZMAError | EOFError):
        return translate("Bundles", "a compressed part of it is damaged")
    if isinstance(exc, NotImplementedError):
        return translate("Bundles", "it is compressed in a way tearconsole cannot read")
    if isinstance(exc, RuntimeError) and "encrypted" in text:
        return translate("Bundles", "it is encrypted")
    return translate("Bundles", "its table of contents is damaged")


#: What can be wrong with one media file inside a plan file.
MEDIA_MISSING = QT_TRANSLATE_NOOP("Bundles", "the media file “{name}” is missing from it")
MEDIA_WRONG_SIZE = QT_TRANSLATE_NOOP(
    "Bundles", "the media file “{name}” does not have its declared size"
)
MEDIA_TOO_SQUEEZED = QT_TRANSLATE_NOOP(
    "Bundles", "the media file “{name}” is compressed implausibly well"
)
MEDIA_TOO_LARGE = QT_TRANSLATE_NOOP("Bundles", "the media file “{name}” is larger than declared")
MEDIA_DAMAGED = QT_TRANSLATE_NOOP("Bundles", "the media file “{name}” is damaged")


def _about(member: str, problem: str) -> str:
    return translate("Bundles", problem).format(name=shown(member))


def _read(archive: zipfile.ZipFile) -> Manifest:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise damaged(
            translate("Bundles", "it holds {count} files, far more than a plan needs").format(
                count=len(infos)
            )
        )
    names = [info.filename for info in infos]
    if len(set(names)) != len(names):
        raise damaged(translate("Bundles", "it holds two files with the same name"))
    by_name = {info.filename: info for info in infos}
    for info in infos:
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode) or info.is_dir() or info.flag_bits & 0x1:
            raise damaged(
                translate(
                    "Bundles", "it holds a link, folder or encrypted entry (“{name}”)"
                ).format(name=shown(info.filename))
            )
    if MANIFEST_NAME not in by_name:
        raise damaged(translate("Bundles", "it has no manifest"))
    if by_name[MANIFEST_NAME].file_size > MAX_MANIFEST_BYTES:
        raise damaged(translate("Bundles", "its manifest is far too large"))
    raw = _read_limited(archive.open(MANIFEST_NAME), MAX_MANIFEST_BYTES)
    try:
        document: Any = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise damaged(translate("Bundles", "its manifest is not valid JSON")) from exc
    if not isinstance(document, dict):
        raise damaged(translate("Bundles", "its manifest is not a set of fields"))
    manifest = parse_manifest(document)
    expected = {entry.member: entry for entry in manifest.media}
    unexpected = set(names) - set(expected) - {MANIFEST_NAME}
    if unexpected:
        raise damaged(
            translate("Bundles", "it holds a file the manifest does not list (“{name}”)").format(
                name=shown(sorted(unexpected)[0])
            )
        )
    total = 0
    for member, entry in expected.items():
        if member not in by_name:
            raise damaged(_about(member, MEDIA_MISSING))
        info = by_name[member]
        if info.file_size != entry.size:
            raise damaged(_about(member, MEDIA_WRONG_SIZE))
        if info.file_size > CHUNK and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise damaged(_about(member, MEDIA_TOO_SQUEEZED))
        total += entry.size
    if total > MAX_TOTAL_BYTES:
        raise damaged(translate("Bundles", "its media add up to far more than a plan needs"))
    return manifest


def _read_limited(handle: IO[bytes], limit: int) -> bytes:
    with handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise damaged(translate("Bundles", "its manifest is far too large"))
    return data


def _in_library(db: Database, manifest: Manifest) -> set[str]:
    """The media hashes whose files the library already has (checked, not copied)."""
    found = set()
    with db.session() as session:
        for entry in manifest.media:
            existing = find_by_hash(session, entry.sha256)
            if existing is not None and existing.path and Path(existing.path).is_file():
                found.add(entry.sha256)
    return found


def _stage(
    archive: zipfile.ZipFile,
    manifest: Manifest,
    staging: Path,
    progress: Progress | None,
    known: set[str],
) -> dict[str, Path]:
    """Verify every media file, extracting those the library lacks into ``staging``."""
    entries = manifest.media
    total = sum(entry.size for entry in entries)
    needed = sum(entry.size for entry in entries if entry.sha256 not in known)
    free = shutil.disk_usage(staging).free
    if needed + (64 << 20) > free:
        raise BundleError(
            Message.translate(
                "Bundles",
                "The plan's media need {needed} MB but only {free} MB are free; "
                "free some space and try again. Nothing was changed.",
            ).format(needed=f"{needed / 1e6:.0f}", free=f"{free / 1e6:.0f}")
        )
    staged: dict[str, Path] = {}
    done = 0
    for index, entry in enumerate(entries):
        target = None if entry.sha256 in known else staging / f"{index:05d}"
        done = _extract(archive, entry, target, done, total, progress)
        if target is not None:
            staged[entry.member] = target
    return staged


def _extract(
    archive: zipfile.ZipFile,
    entry: MediaEntry,
    target: Path | None,
    done: int,
    total: int,
    progress: Progress | None,
) -> int:
    digest = hashlib.sha256()
    written = 0
    sink = open(target, "wb") if target is not None else None  # noqa: SIM115
    try:
        with archive.open(entry.member) as source:
            while chunk := source.read(CHUNK):
                written += len(chunk)
                if written > entry.size:
                    raise damaged(_about(entry.member, MEDIA_TOO_LARGE))
                digest.update(chunk)
                if sink is not None:
                    sink.write(chunk)
                if progress:
                    progress(done + written, total)
    finally:
        if sink is not None:
            sink.close()
    if written != entry.size or digest.hexdigest() != entry.sha256:
        raise damaged(_about(entry.member, MEDIA_DAMAGED))
    return done + written


def _apply(
    db: Database, manifest: Manifest, staged: dict[str, Path], moved: list[Path]
) -> ImportReport:
    report = ImportReport()
    destination = db.paths.media_dir / IMPORTED_FOLDER
    try:
        with db.session() as session:

            def bring(media: MediaEntry) -> str:
                """The verified file in the media folder, or the library's own copy."""
                if media.member not in staged:
                    existing = find_by_hash(session, media.sha256)
                    assert existing is not None and existing.path  # see _in_library
                    return existing.path
                report.bytes_copied += media.size
                return str(_place(staged.pop(media.member), media, destination, moved))

            by_key: dict[str, Stimulus] = {}
            for entry in manifest.stimuli:
                fields = entry.fields
                content_hash = (
                    entry.media.sha256
                    if entry.media
                    else text_sha256(fields["kind"], fields["title"], fields["text"] or "")
                )
                existing = find_by_hash(session, content_hash)
                if existing is not None:
                    by_key[entry.key] = existing
                    report.reused.append(existing.title)
                    lost = existing.path is not None and not Path(existing.path).is_file()
                    if entry.media is not None and lost:
                        # The library lost this file; the bundle brings it back.
                        existing.path = bring(entry.media)
                        existing.status, existing.status_reason = "ok", None
                        existing.status_message = None
                    continue
                stimulus = Stimulus(**fields, content_hash=content_hash, status="ok")
                stimulus.tags = get_tags(session, entry.tags)
                if entry.media is not None:
                    stimulus.path = bring(entry.media)
                    stimulus.size_bytes = entry.media.size
                if entry.narration is not None:
                    stimulus.narration_path = bring(entry.narration)
                session.add(stimulus)
                by_key[entry.key] = stimulus
                report.added.append(stimulus.title)
            session.flush()
            for entry in manifest.stimuli:
                stimulus = by_key[entry.key]
                if entry.bed and stimulus.bed_stimulus_id is None:
                    stimulus.bed_stimulus_id = by_key[entry.bed].id
            plan = Plan(
                **{**manifest.plan, "name": unique_plan_name(session, manifest.plan["name"])}
            )
            for position, cue in enumerate(manifest.cues):
                played = by_key[cue.stimulus] if cue.stimulus else None
                plan.cues.append(Cue(position=position, stimulus=played, **cue.fields))
            session.add(plan)
            session.flush()
            report.plan_id, report.plan_name = plan.id, plan.name
    except SQLAlchemyError as exc:
        raise human_db_error(exc, db.paths.db_path) from exc
    return report


def _place(staged: Path, entry: MediaEntry, destination: Path, moved: list[Path]) -> Path:
    """Move a verified file into the media folder under a name no other file has."""
    destination.mkdir(parents=True, exist_ok=True)
    name = entry.member.removeprefix("media/")
    final, n = destination / name, 2
    while final.exists():
        final, n = destination / f"{n}-{name}", n + 1
    shutil.move(staged, final)
    moved.append(final)
    return final
