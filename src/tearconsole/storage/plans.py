"""Plans and their cues: short repository functions."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from tearconsole.core.kinds import ContinueMode, CueKind, MediaStatus, StimulusKind
from tearconsole.core.plan import CueSpec, PlanSpec, StimulusInfo
from tearconsole.errors import UserError
from tearconsole.storage.models import Cue, Plan, Stimulus
from tearconsole.storage.stimuli import split_notes


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
    """The plan as immutable core data (load it with ``find_plan`` for its stimuli)."""
    return PlanSpec(
        id=plan.id,
        name=plan.name,
        theme=plan.theme,
        target_s=plan.target_s,
        soft_landing_position=plan.soft_landing_position,
        cues=tuple(cue_spec(cue) for cue in sorted(plan.cues, key=lambda c: c.position)),
    )
