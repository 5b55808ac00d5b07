"""Resuming an interrupted session: it lands PAUSED at the cue and position it was at.

``storage.sessions`` finds interrupted sessions and where they stood; this module turns
one into a ``LiveRunner`` that, on ``start()``, logs RECOVERED and waits for resume.

A session resumes the plan *as it ran* (kept on the session row when it started), since
its snapshots point at that plan's cue positions: a cue inserted or removed after the
crash must not make another cue resume at the old offset. Edits made since apply to the
next session; ``plan_to_resume`` says whether there were any, for the resume offer.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QObject
from sqlalchemy import select
from sqlalchemy.orm import Session

from tearconsole.core.conductor.log import Snapshot
from tearconsole.core.kinds import MediaStatus, SessionMode, SessionState
from tearconsole.core.plan import CueSpec, PlanSpec
from tearconsole.core.plan_codec import same_cues
from tearconsole.core.ports import Output
from tearconsole.errors import UserError
from tearconsole.i18n.message import Message
from tearconsole.live.runner import LiveRunner
from tearconsole.live.session import LiveSession, RunOptions
from tearconsole.storage import event_files
from tearconsole.storage.db import Database
from tearconsole.storage.history import last_speed
from tearconsole.storage.models import SessionRecord, Stimulus
from tearconsole.storage.plans import find_plan, plan_spec
from tearconsole.storage.session_ref import find_session
from tearconsole.storage.sessions import (
    ResumePoint,
    plan_as_run_spec,
    resume_point,
    session_state,
)


@dataclass(frozen=True)
class ResumePlan:
    plan: PlanSpec  # what the session ran (older sessions: the plan as it is now)
    changed: bool  # the plan was edited or deleted since the session started
    deleted: bool = False  # ... deleted


def plan_to_resume(session: Session, record: SessionRecord) -> ResumePlan:
    """The plan ``record`` ran, with its media where the library finds them now."""
    current = None
    if record.plan_id is not None:
        try:
            current = plan_spec(find_plan(session, record.plan_id))
        except UserError:
            current = None
    kept = plan_as_run_spec(record)
    if kept is None:  # kept before whole plans were: the plan as it is now
        if current is None:
            raise UserError(
                Message.translate(
                    "Recovery",
                    "The plan of session {id} ({plan}) was deleted, "
                    "so the session cannot be resumed.",
                ).format(id=record.id, plan=record.plan_name)
            )
        return ResumePlan(current, False)
    kept = _with_current_files(session, kept)
    if current is None:
        return ResumePlan(kept, True, deleted=True)
    return ResumePlan(kept, not same_cues(kept, current))


def _with_current_files(session: Session, plan: PlanSpec) -> PlanSpec:
    """``plan`` with each stimulus's file as the library has it now (relinked, missing)."""
    ids = {cue.stimulus.id for cue in plan.cues if cue.stimulus is not None}
    if not ids:
        return plan
    rows = {s.id: s for s in session.scalars(select(Stimulus).where(Stimulus.id.in_(ids)))}

    def refreshed(cue: CueSpec) -> CueSpec:
        row = rows.get(cue.stimulus.id) if cue.stimulus is not None else None
        if row is None or cue.stimulus is None:
            return cue
        stimulus = replace(
            cue.stimulus,
            path=row.path,
            narration_path=row.narration_path,
            status=MediaStatus(row.status),
        )
        return replace(cue, stimulus=stimulus)

    return replace(plan, cues=tuple(refreshed(cue) for cue in plan.cues))


def resume_runner(
    db: Database,
    session_ref: str | int,
    output: Output,
    speed: float | None = None,
    autopilot: bool = False,
    parent: QObject | None = None,
) -> LiveRunner:
    """A runner for the interrupted session ``session_ref``; a ``UserError`` otherwise."""
    event_files.merge_waiting_into(db.paths.db_path)  # its last steps may still wait
    with db.session() as session:
        record = find_session(session, session_ref)
        state = session_state(record, db.paths.lock_path)
        if state is SessionState.FINISHED:
            raise UserError(
                Message.translate(
                    "Recovery", "Session {id} is finished; there is nothing to resume."
                ).format(id=record.id)
            )
        if state is SessionState.OPEN:
            raise UserError(
                Message.translate(
                    "Recovery",
                    "Session {id} is still running in another tearconsole; "
                    "close that window first.",
                ).format(id=record.id)
            )
        plan = plan_to_resume(session, record).plan
        point = resume_point(session, record.id)
        if point is not None and point.ended:
            raise UserError(
                Message.translate(
                    "Recovery", "Session {id} had ended; there is nothing to resume."
                ).format(id=record.id)
            )
        mode, recorded_speed = SessionMode(record.mode), last_speed(session, record)
    if point is None:  # opened but nothing logged: resume at the start
        first = plan.cues[0].position if plan.cues else None
        point = ResumePoint(Snapshot(None, None, first, None), 0.0, 0)
    options = RunOptions(mode=mode, speed=speed or recorded_speed or 1.0, autopilot=autopilot)
    live = LiveSession(db, plan, output, options, session_id=record.id, resume=point)
    return LiveRunner(live, parent=parent)
