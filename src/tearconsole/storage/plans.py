"""Plans and their cues: short repository functions."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from tearconsole.errors import UserError
from tearconsole.storage.models import Cue, Plan


def all_plans(session: Session) -> Sequence[Plan]:
    query = select(Plan).options(selectinload(Plan.cues)).order_by(Plan.name)
    return session.scalars(query).all()


def find_plan(session: Session, ref: str | int) -> Plan:
    """The plan with this id or name; a ``UserError`` naming what was asked for otherwise."""
    query = select(Plan).options(selectinload(Plan.cues).selectinload(Cue.stimulus))
    text = str(ref).strip()
    plan = None
    if text.isdigit():
        plan = session.scalars(query.where(Plan.id == int(text))).first()
    if plan is None:
        plan = session.scalars(query.where(Plan.name == text)).first()
    if plan is None:
        raise UserError(f"There is no plan called {text!r}; `tearconsole plan list` shows them.")
    return plan


def plan_by_name(session: Session, name: str) -> Plan | None:
    return session.scalars(select(Plan).where(Plan.name == name)).first()
