"""The stimulus library: short repository functions over ``Stimulus`` rows."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from tearconsole.core.validation import stimulus_problems
from tearconsole.errors import UserError
from tearconsole.storage.datapaths import roots_of, to_absolute
from tearconsole.storage.models import Stimulus, Tag


def all_stimuli(session: Session) -> Sequence[Stimulus]:
    query = select(Stimulus).options(selectinload(Stimulus.tags)).order_by(Stimulus.id)
    return session.scalars(query).all()


def find_by_hash(session: Session, content_hash: str) -> Stimulus | None:
    query = select(Stimulus).where(Stimulus.content_hash == content_hash).limit(1)
    return session.scalars(query).first()


def get_tags(session: Session, names: Iterable[str]) -> list[Tag]:
    """The tags with these names, created when new; names are trimmed and lower-cased."""
    wanted = sorted({n.strip().lower() for n in names if n.strip()})
    if not wanted:
        return []
    existing = {t.name: t for t in session.scalars(select(Tag).where(Tag.name.in_(wanted)))}
    for name in wanted:
        if name not in existing:
            existing[name] = Tag(name=name)
            session.add(existing[name])
    return [existing[name] for name in wanted]


def split_notes(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def stimulus_to_dict(stimulus: Stimulus) -> dict[str, Any]:
    """The ``library list --json`` shape of one stimulus (product.md)."""
    return {
        "id": stimulus.id,
        "title": stimulus.title,
        "kind": stimulus.kind,
        "path": stimulus.path,
        "duration_s": None if stimulus.duration_s is None else round(stimulus.duration_s, 3),
        "status": stimulus.status,
        "status_reason": stimulus.status_reason,
        "intensity": stimulus.intensity,
        "tags": [tag.name for tag in stimulus.tags],
        "content_notes": split_notes(stimulus.content_notes),
        "language": stimulus.language,
        "credit": stimulus.credit,
        "licence": stimulus.licence,
        "text": stimulus.text if stimulus.kind in ("story", "card") else None,
    }


def stimulus_row(stimulus: Stimulus) -> dict[str, Any]:
    """The library page's row: the list shape plus what only the facilitator sees."""
    row = stimulus_to_dict(stimulus)
    row.update(
        private_notes=stimulus.private_notes,
        thumbnail_path=stimulus.thumbnail_path,
        has_video=stimulus.has_video,
        has_audio=stimulus.has_audio,
        width=stimulus.width,
        height=stimulus.height,
    )
    return row


_ROW_COLUMNS = (
    "id", "title", "kind", "path", "duration_s", "status", "status_reason", "intensity",
    "content_notes", "language", "credit", "licence", "text", "private_notes",
    "thumbnail_path", "has_video", "has_audio", "width", "height",
)  # fmt: skip


def library_rows(
    session: Session, with_text: bool = True, first: int | None = None
) -> list[dict[str, Any]]:
    """Every ``stimulus_row``, read with two plain SQL queries and no ORM objects.

    Loading 10,000 ORM objects with their tags took ~430 ms here, SQLAlchemy Core rows
    ~120 ms, the driver's own rows ~35 ms (docs/benchmarks.md): the library has to
    open at once, so this one read goes to the driver's cursor directly. ``with_text=False``
    leaves the stories' text out (``None``); ``first=N`` reads only the first N by
    title, the first screenful the page shows while the rest loads in the background.
    """
    tags: dict[int, list[str]] = {}
    for stimulus_id, name in _fetch_all(
        session,
        "SELECT stimulus_tag.stimulus_id, tag.name FROM stimulus_tag "
        "JOIN tag ON tag.id = stimulus_tag.tag_id ORDER BY tag.name",
    ):
        tags.setdefault(stimulus_id, []).append(name)
    rows = []
    names = [c if with_text or c != "text" else "NULL" for c in _ROW_COLUMNS]
    query = f"SELECT {', '.join(names)} FROM stimulus ORDER BY id"
    if first is not None:
        query = query.replace("ORDER BY id", f"ORDER BY title COLLATE NOCASE LIMIT {int(first)}")
    roots = roots_of(session.get_bind().dialect)
    for values in _fetch_all(session, query):
        row = dict(zip(_ROW_COLUMNS, values, strict=True))
        row["path"] = to_absolute(row["path"], roots)
        row["thumbnail_path"] = to_absolute(row["thumbnail_path"], roots)
        row["tags"] = tags.get(row["id"], [])
        row["content_notes"] = split_notes(row["content_notes"]) if row["content_notes"] else []
        if row["duration_s"] is not None:
            row["duration_s"] = round(row["duration_s"], 3)
        if row["kind"] not in ("story", "card"):
            row["text"] = None
        row["has_video"], row["has_audio"] = bool(row["has_video"]), bool(row["has_audio"])
        rows.append(row)
    return rows


def stimulus_count(session: Session) -> int:
    return int(_fetch_all(session, "SELECT count(*) FROM stimulus")[0][0])


def _fetch_all(session: Session, query: str) -> list[Any]:
    """Rows straight from the sqlite3 cursor of the session's connection (in its
    transaction): SQLAlchemy's own ``Row`` objects cost ~13 µs each here."""
    cursor = session.connection().connection.cursor()
    try:
        cursor.execute(query)
        return list(cursor.fetchall())
    finally:
        cursor.close()


@dataclass(frozen=True)
class MetadataChanges:
    """An edit of one or many stimuli: ``None`` leaves a field as each one has it.

    Tags are added and removed rather than replaced, so that editing many at once keeps
    each one's other tags.
    """

    title: str | None = None
    intensity: int | None = None
    tags_add: tuple[str, ...] = ()
    tags_remove: tuple[str, ...] = ()
    content_notes: str | None = None
    language: str | None = None
    credit: str | None = None
    licence: str | None = None
    private_notes: str | None = None

    def is_empty(self) -> bool:
        return self == MetadataChanges()

    def as_values(self) -> dict[str, Any]:
        """The changed fields as they will be stored, for the rule (core.validation)."""
        values: dict[str, Any] = {"tags": [t.strip().lower() for t in self.tags_add]}
        for name in ("title", "intensity", "credit", "licence", "private_notes"):
            value = getattr(self, name)
            if value is not None:
                values[name] = (
                    value.strip() if isinstance(value, str) and name != "private_notes" else value
                )
        if self.content_notes is not None:
            values["content_notes"] = split_notes(self.content_notes)
        if self.language is not None:
            values["language"] = self.language.strip() or None
        return values


_PLAIN_FIELDS = ("title", "content_notes", "language", "credit", "licence", "private_notes")


def apply_changes(session: Session, ids: Sequence[int], changes: MetadataChanges) -> int:
    """Apply ``changes`` to the stimuli ``ids``; returns how many were changed."""
    problems = stimulus_problems(changes.as_values())
    if problems:
        raise UserError(problems[0].reason)
    query = select(Stimulus).options(selectinload(Stimulus.tags)).where(Stimulus.id.in_(ids))
    stimuli = session.scalars(query).all()
    added = get_tags(session, changes.tags_add)
    removed = {n.strip().lower() for n in changes.tags_remove}
    for stimulus in stimuli:
        for name in _PLAIN_FIELDS:
            value = getattr(changes, name)
            if value is not None:
                setattr(stimulus, name, value.strip() if name != "private_notes" else value)
        if changes.content_notes is not None:  # one way to write a list, as bundles do
            stimulus.content_notes = ", ".join(split_notes(changes.content_notes))
        if changes.language is not None:
            stimulus.language = changes.language.strip() or None
        if changes.intensity is not None:
            stimulus.intensity = changes.intensity
        if changes.intensity is not None or changes.content_notes is not None:
            stimulus.reviewed = True
        kept = [t for t in stimulus.tags if t.name not in removed]
        kept += [t for t in added if t not in kept]
        if kept != list(stimulus.tags):
            stimulus.tags = sorted(kept, key=lambda t: t.name)
    return len(stimuli)
