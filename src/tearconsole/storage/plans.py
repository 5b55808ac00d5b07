"""Plans and their cues: short repository functions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from tearconsole.core.content_notice import fill_notice_cards
from tearconsole.core.kinds import ContinueMode, CueKind, MediaStatus, StimulusKind
from tearconsole.core.plan import CueSpec, PlanSpec, StimulusInfo
from tearconsole.core.plan_edits import default_cue
from tearconsole.core.validation import plan_problems
from tearconsole.errors import UserError
from tearconsole.i18n.message import Message
from tearconsole.storage.db import Database
from tearconsole.storage.models import Cue, Plan, Stimulus, row_id
from tearconsole.storage.quick_reads import split_notes
from tearconsole.storage.stimuli import all_stimuli


def all_plans(session: Session) -> Sequence[Plan]:
    query = select(Plan).options(selectinload(Plan.cues)).order_by(Plan.name)
    return session.scalars(query).all()


def find_plan(session: Session, ref: str | int) -> Plan:
    """The plan with this id or name; a ``UserError`` naming what was asked for otherwise."""
    query = select(Plan).options(
        selectinload(Plan.cues).selectinload(Cue.stimulus).selectinload(Stimulus.tags)
    )
    text = str(ref).strip()
    plan = None
    number = row_id(text)
    if number is not None:
        plan = session.scalars(query.where(Plan.id == number)).first()
    if plan is None:
        plan = session.scalars(query.where(Plan.name == text)).first()
    if plan is None:
        raise UserError(
            Message.translate(
                "Storage", "There is no plan called {name}; `tearconsole plan list` shows them."
            ).format(name=repr(text))
        )
    return plan


def already_named(name: str) -> Message:
    return Message.translate(
        "Storage", "There is already a plan called {name}; choose another name."
    ).format(name=repr(name))


def plan_by_name(session: Session, name: str) -> Plan | None:
    return session.scalars(select(Plan).where(Plan.name == name)).first()


def stimulus_info(stimulus: Stimulus) -> StimulusInfo:
    return StimulusInfo(
        id=stimulus.id,
        kind=StimulusKind(stimulus.kind),
        title=stimulus.title,
        path=stimulus.path,
        duration_s=stimulus.duration_s,
        status=MediaStatus(stimulus.status),
        intensity=stimulus.intensity,
        content_notes=tuple(split_notes(stimulus.content_notes)),
        text=stimulus.text,
        has_video=stimulus.has_video,
        has_audio=stimulus.has_audio,
        language=stimulus.language,
        bed_stimulus_id=stimulus.bed_stimulus_id,
        narration_path=stimulus.narration_path,
        tags=tuple(tag.name for tag in stimulus.tags),
        reviewed=stimulus.reviewed,
    )


def cue_spec(cue: Cue) -> CueSpec:
    return CueSpec(
        id=cue.id,
        position=cue.position,
        kind=CueKind(cue.kind),
        stimulus=stimulus_info(cue.stimulus) if cue.stimulus is not None else None,
        in_s=cue.in_s,
        out_s=cue.out_s,
        fade_in_s=cue.fade_in_s,
        fade_out_s=cue.fade_out_s,
        level_db=cue.level_db,
        pre_wait_s=cue.pre_wait_s,
        continue_mode=ContinueMode(cue.continue_mode),
        post_wait_s=cue.post_wait_s,
        duration_s=cue.duration_s,
        tone=cue.tone,
        text=cue.text,
        notes=cue.notes,
    )


def plan_spec(plan: Plan) -> PlanSpec:
    """The plan as immutable core data (load it with ``find_plan`` for its stimuli), its
    content-notice cards filled with its own notes (core.content_notice)."""
    spec = PlanSpec(
        id=plan.id,
        name=plan.name,
        theme=plan.theme,
        target_s=plan.target_s,
        soft_landing_position=plan.soft_landing_position,
        cues=tuple(cue_spec(cue) for cue in sorted(plan.cues, key=lambda c: c.position)),
    )
    return fill_notice_cards(spec)


def cue_to_dict(cue: CueSpec) -> dict[str, Any]:
    """One cue in the ``plan show --json`` shape."""
    stimulus = cue.stimulus
    return {
        "position": cue.position,
        "kind": cue.kind.value,
        "title": cue.title,
        "stimulus_id": stimulus.id if stimulus else None,
        "stimulus_kind": stimulus.kind.value if stimulus else None,
        "intensity": cue.intensity,
        "planned_s": round(cue.planned_s, 3),
        "in_s": cue.in_s,
        "out_s": cue.out_s,
        "fade_in_s": cue.fade_in_s,
        "fade_out_s": cue.fade_out_s,
        "level_db": cue.level_db,
        "pre_wait_s": cue.pre_wait_s,
        "continue_mode": cue.continue_mode.value,
        "post_wait_s": cue.post_wait_s,
        "duration_s": cue.duration_s,
        "tone": cue.tone,
        "text": cue.text,
        "notes": cue.notes,
    }


def plan_to_dict(spec: PlanSpec, with_cues: bool = True) -> dict[str, Any]:
    """The plan in the ``plan list`` / ``plan show`` JSON shape (docs/design.md)."""
    document: dict[str, Any] = {
        "id": spec.id,
        "name": spec.name,
        "theme": spec.theme,
        "cue_count": len(spec.cues),
        "planned_s": round(spec.planned_s, 3),
        "target_s": spec.target_s,
        "soft_landing_position": spec.soft_landing_position,
    }
    if with_cues:
        starts = spec.start_times()
        document["cues"] = [
            {**cue_to_dict(cue), "start_s": round(start, 3)}
            for cue, start in zip(spec.cues, starts, strict=True)
        ]
    return document


def all_plan_specs(session: Session) -> list[PlanSpec]:
    query = (
        select(Plan)
        .options(selectinload(Plan.cues).selectinload(Cue.stimulus).selectinload(Stimulus.tags))
        .order_by(Plan.name)
    )
    return [plan_spec(plan) for plan in session.scalars(query).all()]


def unique_plan_name(session: Session, wanted: str) -> str:
    """``wanted``, or ``wanted (2)``, ``wanted (3)``... if a plan already has that name."""
    base = wanted.strip() or "New plan"
    name, n = base, 2
    while plan_by_name(session, name) is not None:
        name, n = f"{base} ({n})", n + 1
    return name


def _apply_cue(row: Cue, cue: CueSpec) -> None:
    row.position = cue.position
    row.kind = cue.kind.value
    row.stimulus_id = cue.stimulus.id if cue.stimulus else None
    row.in_s, row.out_s = cue.in_s, cue.out_s
    row.fade_in_s, row.fade_out_s = cue.fade_in_s, cue.fade_out_s
    row.level_db, row.pre_wait_s = cue.level_db, cue.pre_wait_s
    row.continue_mode, row.post_wait_s = cue.continue_mode.value, cue.post_wait_s
    row.duration_s, row.tone, row.text, row.notes = cue.duration_s, cue.tone, cue.text, cue.notes


def save_plan(session: Session, spec: PlanSpec) -> Plan:
    """Write ``spec`` over its plan row (or a new one when ``spec.id`` is None).

    Cue rows are reused by position, so a cue keeps its row id while it stays put.
    """
    plan = session.get(Plan, spec.id) if spec.id is not None else None
    if plan is None:
        plan = Plan(name=spec.name)
        session.add(plan)
    elif spec.name != plan.name and plan_by_name(session, spec.name) is not None:
        raise UserError(already_named(spec.name))
    plan.name, plan.theme, plan.target_s = spec.name, spec.theme, spec.target_s
    plan.soft_landing_position = spec.soft_landing_position
    rows = sorted(plan.cues, key=lambda c: c.position)
    for row in rows[len(spec.cues) :]:
        plan.cues.remove(row)
    for index, cue in enumerate(spec.cues):
        if index < len(rows):
            row = rows[index]
        else:
            row = Cue(position=index, kind=cue.kind.value)
            plan.cues.append(row)
        _apply_cue(row, replace(cue, position=index))
    session.flush()
    return plan


def create_plan(session: Session, name: str, stimulus_ids: Sequence[int]) -> Plan:
    """A new plan of these stimuli, in this order, with default cue settings."""
    if plan_by_name(session, name.strip()) is not None:
        raise UserError(already_named(name.strip()))
    problems = plan_problems({"name": name.strip()})
    if problems:
        raise UserError(problems[0].message)
    cues = []
    for position, stimulus_id in enumerate(stimulus_ids):
        stimulus = session.get(Stimulus, stimulus_id) if row_id(stimulus_id) is not None else None
        if stimulus is None:
            raise UserError(
                Message.translate(
                    "Storage",
                    "There is no stimulus with id {id}; `tearconsole library list` shows them.",
                ).format(id=stimulus_id)
            )
        cues.append(replace(default_cue(stimulus_info(stimulus)), position=position))
    return save_plan(session, PlanSpec(id=None, name=name.strip(), cues=tuple(cues)))


def duplicate_plan(session: Session, ref: str | int) -> Plan:
    spec = plan_spec(find_plan(session, ref))
    copy = replace(spec, id=None, name=unique_plan_name(session, f"{spec.name} (copy)"))
    return save_plan(session, copy)


def delete_plan(session: Session, ref: str | int) -> str:
    plan = find_plan(session, ref)
    name = plan.name
    session.delete(plan)
    session.flush()
    return name


# -- one unit of work each, for the pages (which never open a session themselves) --------
def plan_choices(db: Database) -> list[tuple[str, int]]:
    """Every plan's name and id, in the order plans are listed."""
    with db.session() as session:
        return [(plan.name, plan.id) for plan in all_plans(session)]


def load_plan(db: Database, ref: str | int) -> PlanSpec:
    """The plan ``ref`` (an id or a name) as it is stored now."""
    with db.session() as session:
        return plan_spec(find_plan(session, ref))


def load_plan_specs(db: Database) -> list[PlanSpec]:
    with db.session() as session:
        return all_plan_specs(session)


def load_library(db: Database) -> list[StimulusInfo]:
    """What a plan can play: every stimulus of the library."""
    with db.session() as session:
        return [stimulus_info(s) for s in all_stimuli(session)]


def store_plan(db: Database, spec: PlanSpec) -> None:
    with db.session() as session:
        save_plan(session, spec)


def add_plan(db: Database, name: str, cues: Sequence[CueSpec] = ()) -> int:
    """A new plan of ``cues`` named ``name`` (or the next free "name (2)"); its id."""
    with db.session() as session:
        spec = PlanSpec(id=None, name=unique_plan_name(session, name), cues=tuple(cues))
        return save_plan(session, spec).id


def plan_name_taken(db: Database, name: str) -> bool:
    with db.session() as session:
        return plan_by_name(session, name) is not None


def copy_plan(db: Database, ref: str | int) -> int:
    """A copy of the plan ``ref`` under a free name; its id."""
    with db.session() as session:
        return duplicate_plan(session, ref).id


def remove_plan(db: Database, ref: str | int) -> str:
    """Delete the plan ``ref``; its name."""
    with db.session() as session:
        return delete_plan(session, ref)
