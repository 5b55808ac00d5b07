"""The stimulus library: short repository functions over ``Stimulus`` rows."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

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
