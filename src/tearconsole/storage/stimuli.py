"""The stimulus library: short repository functions over ``Stimulus`` rows."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from tearconsole.core.kinds import StimulusKind
from tearconsole.core.validation import stimulus_problems
from tearconsole.errors import UserError
from tearconsole.storage import quick_reads
from tearconsole.storage.datapaths import roots_of
from tearconsole.storage.db import Database
from tearconsole.storage.models import Stimulus, Tag
from tearconsole.storage.quick_reads import split_notes


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


def stimulus_to_dict(stimulus: Stimulus) -> dict[str, Any]:
    """The ``library list --json`` shape of one stimulus (docs/design.md)."""
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
        status_message=stimulus.status_message,
    )
    return row


def library_rows(
    session: Session, with_text: bool = True, first: int | None = None
) -> list[dict[str, Any]]:
    """Every ``stimulus_row``, read with two plain SQL queries and no ORM objects, in the
    session's transaction (``quick_reads.read_rows``, which says why)."""
    roots = roots_of(session.get_bind().dialect)
    return quick_reads.read_rows(_driver(session), roots, with_text, first)


def _driver(session: Session) -> Any:
    """The sqlite3 connection under the session's (in its transaction)."""
    return session.connection().connection


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
    text: str | None = None  # a card's words (cards only; other kinds keep their own)

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
        if self.text is not None:
            values["text"] = card_text(self.text)
        return values


def card_text(text: str) -> str:
    """A card's words as kept: each line without trailing spaces, no blank lines around."""
    return "\n".join(line.rstrip() for line in text.strip("\n").splitlines()).strip()


_PLAIN_FIELDS = ("title", "content_notes", "language", "credit", "licence", "private_notes")


def apply_changes(session: Session, ids: Sequence[int], changes: MetadataChanges) -> int:
    """Apply ``changes`` to the stimuli ``ids``; returns how many were changed."""
    problems = stimulus_problems(changes.as_values())
    if problems:
        raise UserError(problems[0].message)
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
        if changes.text is not None and stimulus.kind == StimulusKind.CARD.value:
            stimulus.text = card_text(changes.text)
        if changes.intensity is not None or changes.content_notes is not None:
            stimulus.reviewed = True
        kept = [t for t in stimulus.tags if t.name not in removed]
        kept += [t for t in added if t not in kept]
        if kept != list(stimulus.tags):
            stimulus.tags = sorted(kept, key=lambda t: t.name)
    return len(stimuli)


# -- one unit of work each, for the pages (which never open a session themselves) --------
def load_library_rows(db: Database) -> list[dict[str, Any]]:
    """Every ``stimulus_row`` of the library."""
    with db.session() as session:
        return library_rows(session)


def stimulus_text(db: Database, stimulus_id: int) -> str:
    """A card's or a story's words as stored now ("" if none): the library's first
    screenful is read without them."""
    with db.session() as session:
        stimulus = session.get(Stimulus, stimulus_id)
        return (stimulus.text or "") if stimulus is not None else ""


def new_card(db: Database, changes: MetadataChanges) -> int:
    """A card of words alone (no picture), as the editor filled it in; its id. Refused,
    with nothing added, when the editor's fields are (a card needs a title)."""
    with db.session() as session:
        card = Stimulus(kind=StimulusKind.CARD.value, title="", text="", intensity=1)
        session.add(card)
        session.flush()
        apply_changes(session, [card.id], replace(changes, title=changes.title or ""))
        return card.id


def change_stimuli(db: Database, ids: Sequence[int], changes: MetadataChanges) -> int:
    """Apply the metadata editor's ``changes`` to the stimuli ``ids``; how many."""
    with db.session() as session:
        return apply_changes(session, ids, changes)
