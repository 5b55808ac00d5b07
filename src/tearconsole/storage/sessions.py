"""Live sessions and rehearsals: opening, ending, their state, and where to resume one.

A session row stays ``open`` from its start until it is ended. It is *running* only
while the process that conducts it (``owner_pid``, claimed when a runner starts or
resumes it) is this one and still conducts it, or is another process that holds the data
folder's writer lock (which the operating system releases however a process dies; the
lock file names its holder). Any other open session is *interrupted*: a tearconsole open
on the data folder does not make a session from an earlier crash look alive.
Its events say where to resume: every event carries the conductor's snapshot, so the
last one written is enough (``resume_point``).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tearconsole.core.conductor.log import Snapshot
from tearconsole.core.kinds import EventKind, SessionMode, SessionState
from tearconsole.core.plan import PlanSpec
from tearconsole.core.plan_codec import spec_from_dict, spec_to_dict
from tearconsole.core.plan_outline import outline_of
from tearconsole.storage import event_files
from tearconsole.storage.db import Database
from tearconsole.storage.lock import DataDirLock
from tearconsole.storage.models import Event, SessionRecord, utcnow
from tearconsole.storage.session_ref import find_session

#: Sessions this process is conducting right now (open, and certainly not interrupted).
_LIVE_HERE: set[int] = set()


@dataclass(frozen=True)
class SessionInfo:
    """One line of ``tearconsole sessions list``."""

    id: int
    plan: str
    plan_id: int | None
    mode: str
    speed: float
    started_at: datetime
    ended_at: datetime | None
    state: SessionState
    position: int | None = None  # interrupted: the cue to resume at
    position_s: float | None = None  # ... and seconds into it
    waiting: int = 0  # steps kept in a file beside the database, not yet saved in it

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "plan": self.plan,
            "plan_id": self.plan_id,
            "mode": self.mode,
            "speed": self.speed,
            "started_at": self.started_at.isoformat(timespec="seconds") + "Z",
            "ended_at": self.ended_at.isoformat(timespec="seconds") + "Z"
            if self.ended_at
            else None,
            "state": self.state.value,
            "position": self.position,
            "position_s": None if self.position_s is None else round(self.position_s, 2),
            "waiting": self.waiting,
        }


@dataclass(frozen=True)
class ResumePoint:
    snapshot: Snapshot
    mono_s: float  # the session's clock at its last event
    last_seq: int
    ended: bool = False  # the last event ended the session (killed before it was saved)

    @property
    def position(self) -> int | None:
        """The cue to resume at: the one in progress, else the one standing by."""
        return self.snapshot.main if self.snapshot.main is not None else self.snapshot.standby

    @property
    def position_s(self) -> float:
        if self.snapshot.main is None:
            return 0.0
        return self.snapshot.main_s or 0.0


def create_session(
    session: Session, plan: PlanSpec, mode: SessionMode, speed: float = 1.0
) -> SessionRecord:
    """A new open session row, keeping the plan as it is run (for its reports)."""
    record = SessionRecord(
        plan_id=plan.id,
        plan_name=plan.name,
        mode=mode.value,
        state="open",
        speed=speed,
        plan_json=json.dumps(
            {**outline_of(plan).as_dict(), "spec": spec_to_dict(plan)},
            ensure_ascii=False,
            separators=(",", ":"),
        ),
    )
    session.add(record)
    session.flush()
    return record


def plan_as_run_spec(record: SessionRecord) -> PlanSpec | None:
    """The whole plan as ``record`` ran it (None: kept before whole plans were kept)."""
    try:
        data = json.loads(record.plan_json or "{}")
    except ValueError:
        return None
    return spec_from_dict(data["spec"]) if isinstance(data, dict) and "spec" in data else None


def end_session(session: Session, session_id: int) -> None:
    record = find_session(session, session_id)
    record.state = SessionState.FINISHED.value
    record.ended_at = utcnow()
    _LIVE_HERE.discard(session_id)


def claim_session(session: Session, session_id: int) -> None:
    """Record that this process conducts ``session_id`` from now on (start or resume)."""
    find_session(session, session_id).owner_pid = os.getpid()


def mark_live(session_id: int, live: bool = True) -> None:
    """Say that this process conducts ``session_id`` (so it is open, not interrupted)."""
    (_LIVE_HERE.add if live else _LIVE_HERE.discard)(session_id)


def session_state(record: SessionRecord, lock_path: Path) -> SessionState:
    if record.state == SessionState.FINISHED.value:
        return SessionState.FINISHED
    if record.id in _LIVE_HERE or _conducted_elsewhere(record.owner_pid, lock_path):
        return SessionState.OPEN
    return SessionState.INTERRUPTED


def _conducted_elsewhere(owner_pid: int | None, lock_path: Path) -> bool:
    """Whether another live process that holds the data folder conducts the session."""
    if owner_pid is None or owner_pid == os.getpid():
        return False  # never claimed, or ours (and then ``_LIVE_HERE`` says)
    if not DataDirLock.held_elsewhere(lock_path):
        return False  # its process is gone: the lock went with it
    holder = DataDirLock.holder_pid(lock_path)
    return holder is None or holder == owner_pid  # unreadable: assume it runs (safe side)


def resume_point(session: Session, session_id: int) -> ResumePoint | None:
    """Where an interrupted session stood at its last logged event (None: no events)."""
    last = session.scalars(
        select(Event).where(Event.session_id == session_id).order_by(Event.seq.desc()).limit(1)
    ).first()
    if last is None:
        return None
    try:
        detail = json.loads(last.detail_json or "{}")
    except ValueError:
        detail = {}
    snap = detail.get("snap") if isinstance(detail, dict) else None
    if not isinstance(snap, dict):  # written by something else than the conductor
        snap = {"main": last.cue_position, "main_s": last.position_s}
    ended = last.kind == EventKind.ENDED.value
    return ResumePoint(Snapshot.from_dict(snap), float(last.mono_s), int(last.seq), ended)


def list_sessions(
    session: Session, lock_path: Path, db_path: Path | None = None
) -> list[SessionInfo]:
    """Every session, newest first, with its state and, if interrupted, where it stood.

    With ``db_path``, also how many of its steps wait in a file beside the database; a
    session with steps waiting never reads as finished."""
    records = session.scalars(select(SessionRecord).order_by(SessionRecord.id.desc())).all()
    waiting = event_files.waiting_count(db_path) if db_path is not None else {}
    out = []
    for record in records:
        state = session_state(record, lock_path)
        if state is SessionState.FINISHED and waiting.get(record.id):
            state = SessionState.INTERRUPTED
        position = position_s = None
        if state is SessionState.INTERRUPTED:
            point = resume_point(session, record.id)
            if point is not None and point.ended and not waiting.get(record.id):
                state = SessionState.FINISHED  # its end was logged, not yet saved on the row
            elif point is not None:
                position, position_s = point.position, point.position_s
        out.append(
            SessionInfo(
                id=record.id,
                plan=record.plan_name,
                plan_id=record.plan_id,
                mode=record.mode,
                speed=record.speed,
                started_at=record.started_at,
                ended_at=record.ended_at,
                state=state,
                position=position,
                position_s=position_s,
                waiting=waiting.get(record.id, 0),
            )
        )
    return out


def interrupted_sessions(session: Session, lock_path: Path) -> list[SessionInfo]:
    return [s for s in list_sessions(session, lock_path) if s.state is SessionState.INTERRUPTED]


def event_count(session: Session, session_id: int) -> int:
    query = select(func.count()).select_from(Event).where(Event.session_id == session_id)
    return int(session.execute(query).scalar_one())


def finish_session(db: Database, session_id: int) -> None:
    """``end_session`` in a unit of work of its own (an interrupted session let go)."""
    with db.session() as session:
        end_session(session, session_id)
