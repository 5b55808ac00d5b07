"""Importing files and folders into the library.

Each file is hashed first: content already in the library is a skip (and a missing item
found again is relinked to its new place). New files are read (stories), checked
(pictures) or probed and test-decoded by libVLC (films and music) through the ``probe``
callable; a file that cannot be used is reported with its reason and the import goes on.
One short database transaction per file, so a cancel or a crash keeps what was done.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import select

from tearconsole.core.kinds import MediaStatus, StimulusKind
from tearconsole.core.timing import reading_time_s
from tearconsole.core.validation import without_controls
from tearconsole.hashing import file_sha256
from tearconsole.i18n import QT_TRANSLATE_NOOP, translate
from tearconsole.library import reasons
from tearconsole.library.aozora import looks_like_aozora, read_aozora
from tearconsole.library.copy_in import CopyFailed, copy_stimulus_in
from tearconsole.library.sniff import (
    SNIFF_BYTES,
    Refused,
    Route,
    image_info,
    is_ignored,
    refusal,
    route_for,
)
from tearconsole.library.text import NotText, decode_text, looks_japanese, split_title
from tearconsole.library.zipped import story_bytes
from tearconsole.playback.probe import ProbeResult
from tearconsole.storage.db import Database
from tearconsole.storage.models import Stimulus
from tearconsole.storage.stimuli import find_by_hash

Probe = Callable[[Path], ProbeResult]
#: ``(path, duration_s, content_hash) -> thumbnail path or None`` (playback.thumbnail).
Thumbnailer = Callable[[Path, float | None, str], str | None]

IMPORTED, SKIPPED, FAILED = "imported", "skipped", "failed"


class Control(Protocol):
    """Progress and cancel (``ui.tasks.TaskControl`` fits; so does ``NoControl``)."""

    def progress(self, done: int, total: int, message: str = "") -> None: ...

    def check(self) -> None: ...


class NoControl:
    def progress(self, done: int, total: int, message: str = "") -> None:
        pass

    def check(self) -> None:
        pass


@dataclass(frozen=True)
class ImportItem:
    path: str
    outcome: str  # imported, skipped, failed
    reason: str = ""
    stimulus_id: int | None = None
    kind: str | None = None
    title: str | None = None
    copied_to: str | None = None  # with ``copy``: its copy in the data folder
    told: str = ""  # ``reason`` in the chosen language, as shown (--json keeps ``reason``)

    @property
    def said(self) -> str:
        """Why, for a person to read: in the chosen language."""
        return self.told or self.reason


@dataclass
class ImportReport:
    items: list[ImportItem] = field(default_factory=list)

    def of(self, outcome: str) -> list[ImportItem]:
        return [item for item in self.items if item.outcome == outcome]

    @property
    def imported(self) -> list[ImportItem]:
        return self.of(IMPORTED)

    @property
    def skipped(self) -> list[ImportItem]:
        return self.of(SKIPPED)

    @property
    def failed(self) -> list[ImportItem]:
        return self.of(FAILED)

    def summary(self) -> str:
        if not self.items:
            return translate(
                "ImportReport",
                "nothing to import there: no films, music, pictures or stories (.txt)",
            )
        # (counts in plain names: pyside6-lupdate skips a call whose count is a call)
        imported, skipped, failed = len(self.imported), len(self.skipped), len(self.failed)
        parts = [translate("ImportReport", "%n imported", "", imported)]
        if skipped:
            parts.append(translate("ImportReport", "%n already in the library", "", skipped))
        if failed:
            parts.append(translate("ImportReport", "%n could not be used", "", failed))
        return translate("ImportReport", ", ", "list separator").join(parts)

    def to_dict(self) -> dict[str, Any]:
        return {
            name: [_as_dict(item) for item in self.of(name)] for name in (IMPORTED, SKIPPED, FAILED)
        }


@dataclass
class Analysis:
    """What a new file becomes; filled in off the database."""

    kind: StimulusKind
    title: str
    text: str | None = None
    duration_s: float | None = None
    has_audio: bool = False
    has_video: bool = False
    width: int | None = None
    height: int | None = None
    language: str | None = None
    credit: str = ""


def collect_files(paths: Iterable[Path]) -> tuple[list[Path], list[ImportItem]]:
    """Every file under ``paths`` (folders recursively, sorted), and paths that are not there."""
    files: list[Path] = []
    absent: list[ImportItem] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                files.extend(
                    Path(root) / n for n in sorted(names) if not is_ignored(Path(root) / n)
                )
        elif path.is_file():
            files.append(path)
        else:
            absent.append(ImportItem(str(path), FAILED, "there is no file or folder there"))
    unique = list(dict.fromkeys(p.resolve() for p in files))
    return unique, absent


def import_paths(
    db: Database,
    paths: Iterable[Path],
    probe: Probe,
    control: Control | None = None,
    thumbnail: Thumbnailer | None = None,
    copy: bool = False,
) -> ImportReport:
    """Import files and folders; ``control`` gets progress and may cancel between files.

    With ``copy``, each item (also one already in the library) keeps a copy of its media
    in the data folder (``library.copy_in``) and plays from there."""
    control = control or NoControl()
    files, absent = collect_files(paths)
    report = ImportReport(items=list(absent))
    for done, path in enumerate(files):
        control.check()
        control.progress(done, len(files), path.name)
        item = import_file(db, path, probe, thumbnail)
        report.items.append(_copied_in(db, item) if copy else item)
    control.progress(len(files), len(files), "")
    return report


def import_file(
    db: Database, path: Path, probe: Probe, thumbnail: Thumbnailer | None = None
) -> ImportItem:
    """Import one file: imported, skipped (same content already there) or failed, with why."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(SNIFF_BYTES)
        route = route_for(path, head)
        content_hash = file_sha256(path)
    except Refused as exc:
        return _failed(path, exc)
    except OSError as exc:
        return _unreadable(path, exc)
    known = _already_there(db, content_hash, path)
    if known is not None:
        return known
    try:
        analysis = analyse(path, route, head, probe)
    except (Refused, NotText) as exc:
        return _failed(path, exc)
    except OSError as exc:
        return _unreadable(path, exc)
    still = None
    if thumbnail is not None and analysis.kind is StimulusKind.FILM:
        still = thumbnail(path, analysis.duration_s, content_hash)
    with db.session() as session:
        again = find_by_hash(session, content_hash)  # another import may have just added it
        if again is not None:
            source = QT_TRANSLATE_NOOP("ImportReasons", "It is already in the library.")
            told = translate("ImportReasons", source)
            return ImportItem(str(path), SKIPPED, source, again.id, told=told)
        stimulus = _new_stimulus(path, content_hash, analysis)
        stimulus.thumbnail_path = still
        session.add(stimulus)
        session.flush()
        return ImportItem(str(path), IMPORTED, "", stimulus.id, stimulus.kind, stimulus.title)


def analyse(path: Path, route: Route, head: bytes, probe: Probe) -> Analysis:
    """Read, check or probe a file that is not yet in the library."""
    title = title_from_name(path)
    if route is Route.TEXT:
        decoded = decode_text(story_bytes(path))
        credit = ""
        if looks_like_aozora(decoded.text):  # header, notes and colophon out; ruby kept
            aozora = read_aozora(decoded.text)
            story_title, body, credit = aozora.title or title, aozora.body, aozora.credit
        else:
            story_title, body = split_title(decoded.text, title)
        if not body.strip():
            raise refusal(QT_TRANSLATE_NOOP("ImportReasons", "the story file holds no text"))
        return Analysis(
            StimulusKind.STORY,
            story_title,
            text=body,
            duration_s=reading_time_s(body),
            language="ja" if looks_japanese(body) else None,
            credit=credit,
        )
    if route is Route.IMAGE:
        info = image_info(head)
        if info is None:
            raise refusal(
                QT_TRANSLATE_NOOP(
                    "ImportReasons", "it is not a picture, despite its name ({suffix})"
                ),
                suffix=path.suffix.lower(),
            )
        return Analysis(StimulusKind.CARD, title, text="", width=info.width, height=info.height)
    result = probe(path)
    if not result.playable:
        if result.error:
            raise Refused(reasons.verdict(result.error))
        raise refusal(UNPLAYABLE)
    return Analysis(
        StimulusKind.FILM if result.has_video else StimulusKind.MUSIC,
        title,
        duration_s=result.duration_s,
        has_audio=result.has_audio,
        has_video=result.has_video,
        width=result.width,
        height=result.height,
    )


def _copied_in(db: Database, item: ImportItem) -> ImportItem:
    if item.outcome == FAILED or item.stimulus_id is None:
        return item
    try:
        result = copy_stimulus_in(db, item.stimulus_id)
    except CopyFailed as exc:
        return replace(  # the copy's failure is told in the chosen language in both
            item,
            reason=" ".join(filter(None, (item.reason, exc.reason))),
            told=" ".join(filter(None, (item.said, str(exc)))),
        )
    return replace(item, copied_to=result.path) if result.path else item


def title_from_name(path: Path) -> str:
    stem = path.stem.replace("_", " ").strip()
    return stem or path.name


def _already_there(db: Database, content_hash: str, path: Path) -> ImportItem | None:
    """A skip when the content is known; a missing copy found again is relinked here."""
    with db.session() as session:
        existing = find_by_hash(session, content_hash)
        if existing is None:
            return None
        source = QT_TRANSLATE_NOOP("ImportReasons", "It is already in the library as “{title}”.")
        if existing.status == MediaStatus.MISSING.value and existing.path is not None:
            existing.path = str(path)
            reasons.keep(existing, MediaStatus.OK.value, None)
            source = QT_TRANSLATE_NOOP(
                "ImportReasons", "It was missing from the library as “{title}”; found again here."
            )
        reason = source.format(title=existing.title)
        told = translate("ImportReasons", source).format(title=existing.title)
        return ImportItem(
            str(path), SKIPPED, reason, existing.id, existing.kind, existing.title, told=told
        )


def _new_stimulus(path: Path, content_hash: str, analysis: Analysis) -> Stimulus:
    return Stimulus(
        kind=analysis.kind.value,
        title=(without_controls(analysis.title).strip() or "?")[:300],  # a name in a file
        path=str(path),
        content_hash=content_hash,
        size_bytes=path.stat().st_size,
        text=analysis.text,
        duration_s=analysis.duration_s,
        status=MediaStatus.OK.value,
        has_audio=analysis.has_audio,
        has_video=analysis.has_video,
        width=analysis.width,
        height=analysis.height,
        language=analysis.language,
        intensity=3,
        content_notes="",
        reviewed=False,
        credit=analysis.credit,
        licence="",
        private_notes="",
    )


UNPLAYABLE = QT_TRANSLATE_NOOP("ImportReasons", "libVLC cannot play it")


def _failed(path: Path, exc: Refused | NotText) -> ImportItem:
    return ImportItem(str(path), FAILED, _sentence(str(exc)), told=_sentence(exc.told))


def _unreadable(path: Path, exc: OSError) -> ImportItem:
    source = QT_TRANSLATE_NOOP("ImportReasons", "It could not be read ({reason}).")
    why = exc.strerror or exc
    told = translate("ImportReasons", source).format(reason=why)
    return ImportItem(str(path), FAILED, source.format(reason=why), told=told)


def _as_dict(item: ImportItem) -> dict[str, Any]:
    """As ``--json`` has always written it: the reason in English, no ``told``."""
    fields = asdict(item)
    del fields["told"]
    return fields


def _sentence(reason: str) -> str:
    reason = reason.strip()
    if not reason.startswith("libVLC"):
        reason = reason[:1].upper() + reason[1:]
    return reason + ("" if reason.endswith((".", "。")) else ".")


def add_thumbnails(
    db: Database,
    thumbnail: Thumbnailer,
    ids: Iterable[int] | None = None,
    control: Control | None = None,
) -> list[int]:
    """Make thumbnails for films that have none (all, or those in ``ids``); returns the
    ids that got one. The page runs this after an import, so the import itself ends
    sooner (a thumbnail costs 0.4-0.9 s of a film's ~1 s, docs/benchmarks.md)."""
    control = control or NoControl()
    with db.session() as session:
        query = select(Stimulus.id, Stimulus.path, Stimulus.duration_s, Stimulus.content_hash)
        query = query.where(
            Stimulus.kind == StimulusKind.FILM.value,
            Stimulus.thumbnail_path.is_(None),
            Stimulus.status == MediaStatus.OK.value,
            Stimulus.path.is_not(None),
        )
        if ids is not None:
            query = query.where(Stimulus.id.in_(list(ids)))
        films = session.execute(query).all()
    made: list[int] = []
    for done, (stimulus_id, path, duration_s, content_hash) in enumerate(films):
        control.check()
        film = Path(path or "")
        control.progress(done, len(films), film.name)
        still = thumbnail(film, duration_s, content_hash or str(stimulus_id))
        if still is None:
            continue
        with db.session() as session:
            stimulus = session.get(Stimulus, stimulus_id)
            if stimulus is not None:
                stimulus.thumbnail_path = still
                made.append(stimulus_id)
    control.progress(len(films), len(films), "")
    return made
