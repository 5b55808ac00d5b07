"""A session's logged events read back from the database, in the order they were logged."""

from __future__ import annotations

from sqlalchemy import select

from tearconsole.storage.db import Database
from tearconsole.storage.models import Event


def logged_events(db: Database, session_id: int | None) -> list[Event]:
    with db.session() as session:
        rows = session.scalars(
            select(Event).where(Event.session_id == session_id).order_by(Event.seq)
        ).all()
        session.expunge_all()
    return list(rows)


def logged_kinds(db: Database, session_id: int | None) -> list[str]:
    return [event.kind for event in logged_events(db, session_id)]
