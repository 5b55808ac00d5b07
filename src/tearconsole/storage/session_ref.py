"""Finding a session by what the user typed: its id."""

from __future__ import annotations

from sqlalchemy.orm import Session

from tearconsole.errors import UserError
from tearconsole.i18n.message import Message
from tearconsole.storage.models import SessionRecord, row_id


def find_session(session: Session, ref: str | int) -> SessionRecord:
    """The session with this id; a ``UserError`` naming what was asked for otherwise."""
    text = str(ref).strip()
    number = row_id(text)
    record = session.get(SessionRecord, number) if number is not None else None
    if record is None:
        raise UserError(
            Message.translate(
                "Storage",
                "There is no session {ref}; `tearconsole sessions list` shows them by id.",
            ).format(ref=repr(text))
        )
    return record
