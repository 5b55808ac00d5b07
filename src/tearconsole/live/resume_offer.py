"""What the start-up offer to pick up an interrupted session says: which session, the
cue it stopped at, and whether its plan changed (or went) since (``live.recovery``)."""

from __future__ import annotations

from dataclasses import dataclass

from tearconsole.errors import UserError
from tearconsole.live.recovery import plan_to_resume
from tearconsole.storage.db import Database
from tearconsole.storage.session_ref import find_session
from tearconsole.storage.sessions import SessionInfo, interrupted_sessions


@dataclass(frozen=True)
class ResumeOffer:
    info: SessionInfo
    cue_title: str | None  # the cue it stopped at, as the session ran it
    plan_changed: bool  # the plan was edited (or deleted) since
    plan_deleted: bool = False


def resume_offer(db: Database) -> ResumeOffer | None:
    """The most recent interrupted session, the cue it stopped at, and whether its plan
    changed since (it resumes the plan as it ran)."""
    with db.session() as session:
        found = interrupted_sessions(session, db.paths.lock_path)
        if not found:
            return None
        info = found[0]
        try:
            to_resume = plan_to_resume(session, find_session(session, info.id))
        except UserError:  # its plan went: the offer still stands, "It is over" ends it
            return ResumeOffer(info, None, True)
        cue = next((c for c in to_resume.plan.cues if c.position == info.position), None)
        title = cue.title if cue else None
        return ResumeOffer(info, title, to_resume.changed, to_resume.deleted)
