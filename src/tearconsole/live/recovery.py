"""Resuming an interrupted session: it lands PAUSED at the cue and position it was at.

``storage.sessions`` finds interrupted sessions and where they stood; this module turns
one into a ``LiveRunner`` that, on ``start()``, logs RECOVERED and waits for resume.
"""

from __future__ import annotations

from tearconsole.core.conductor_log import Snapshot
from tearconsole.core.kinds import SessionMode, SessionState
from tearconsole.core.ports import Output
from tearconsole.errors import UserError
from tearconsole.live.runner import LiveRunner, RunOptions
from tearconsole.storage.db import Database
from tearconsole.storage.history import find_session, last_speed
from tearconsole.storage.plans import find_plan, plan_spec
from tearconsole.storage.sessions import ResumePoint, resume_point, session_state


def resume_runner(
    db: Database,
    session_ref: str | int,
    output: Output,
    speed: float | None = None,
    autopilot: bool = False,
) -> LiveRunner:
    """A runner for the interrupted session ``session_ref``; a ``UserError`` otherwise."""
    with db.session() as session:
        record = find_session(session, session_ref)
        state = session_state(record, db.paths.lock_path)
        if state is SessionState.FINISHED:
            raise UserError(f"Session {record.id} is finished; there is nothing to resume.")
        if state is SessionState.OPEN:
            raise UserError(
                f"Session {record.id} is still running in another tearconsole; "
                "close that window first."
            )
        if record.plan_id is None:
            raise UserError(
                f"The plan of session {record.id} ({record.plan_name}) was deleted, "
                "so the session cannot be resumed."
            )
        plan = plan_spec(find_plan(session, record.plan_id))
        point = resume_point(session, record.id)
        if point is not None and point.ended:
            raise UserError(f"Session {record.id} had ended; there is nothing to resume.")
        mode, recorded_speed = SessionMode(record.mode), last_speed(session, record)
    if point is None:  # opened but nothing logged: resume at the start
        first = plan.cues[0].position if plan.cues else None
        point = ResumePoint(Snapshot(None, None, first, None), 0.0, 0)
    options = RunOptions(mode=mode, speed=speed or recorded_speed or 1.0, autopilot=autopilot)
    return LiveRunner(db, plan, output, options, session_id=record.id, resume=point)
