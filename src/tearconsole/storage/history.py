"""Sessions after the fact: the history list, what a report needs, check-in and check-out,
notes, and deleting a session (the only way records are ever deleted).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import case, delete, func, select
from sqlalchemy.orm import Session, selectinload

from tearconsole.core.checkin import EndInfo, StartInfo, SudsReading
from tearconsole.core.kinds import EventKind, SessionMode, SessionState
from tearconsole.core.plan_clock import PlanClock
from tearconsole.core.plan_outline import PlanOutline, outline_of
from tearconsole.core.records import (
    RecordedEvent,
    SessionFacts,
    SessionReport,
    build_timeline,
    visible_events,
)
from tearconsole.errors import UserError
from tearconsole.i18n.message import Message
from tearconsole.storage.db import Database
from tearconsole.storage.event_tail import parse_detail
from tearconsole.storage.models import Cue, Event, Plan, SessionRecord, utcnow
from tearconsole.storage.plans import plan_spec
from tearconsole.storage.session_ref import find_session
from tearconsole.storage.sessions import session_state


@dataclass(frozen=True)
class SessionSummary:
    """One line of the history list."""

    id: int
    plan_name: str
    mode: str
    state: str
    started_at: datetime
    ended_at: datetime | None
    length_s: float  # in plan seconds: a rehearsal at x4 that took 5 minutes shows 20
    # (speed: the speed it started at; a speed changed mid-rehearsal counts from then on)
    group_size: int | None
    softenings: int
    stops: int
    speed: float = 1.0


def _state(record: SessionRecord, lock_path: Path | None) -> str:
    """``finished``, ``open`` or, for an open row nobody is conducting, ``interrupted``."""
    if lock_path is None or record.state != SessionState.OPEN.value:
        return record.state
    return session_state(record, lock_path).value


def list_sessions(
    session: Session,
    *,
    mode: SessionMode | str | None = None,
    plan_text: str = "",
    since: datetime | None = None,
    until: datetime | None = None,
    lock_path: Path | None = None,
) -> list[SessionSummary]:
    """Every session, newest first, optionally only one mode, plan (by part of its name)
    or stretch of dates (``since`` inclusive, ``until`` exclusive). With the data folder's
    ``lock_path``, an open session that nobody is conducting shows as interrupted."""
    counts = (
        select(
            Event.session_id.label("sid"),
            func.sum(case((Event.kind == EventKind.SOFTENED.value, 1), else_=0)).label("soft"),
            func.sum(
                case(
                    (Event.kind.in_([EventKind.SAFE_STOP.value, EventKind.HARD_STOP.value]), 1),
                    else_=0,
                )
            ).label("stops"),
            func.max(Event.mono_s).label("last_s"),
        )
        .group_by(Event.session_id)
        .subquery()
    )
    query = (
        select(SessionRecord, counts.c.soft, counts.c.stops, counts.c.last_s)
        .outerjoin(counts, counts.c.sid == SessionRecord.id)
        .order_by(SessionRecord.started_at.desc(), SessionRecord.id.desc())
    )
    if mode:
        query = query.where(SessionRecord.mode == str(mode))
    if plan_text.strip():
        query = query.where(SessionRecord.plan_name.icontains(plan_text.strip()))
    if since is not None:
        query = query.where(SessionRecord.started_at >= since)
    if until is not None:
        query = query.where(SessionRecord.started_at < until)
    speed_log = _speed_log(session)
    return [
        SessionSummary(
            id=record.id,
            plan_name=record.plan_name,
            mode=record.mode,
            state=_state(record, lock_path),
            started_at=record.started_at,
            ended_at=record.ended_at,
            length_s=PlanClock.from_log(speed_log.get(record.id, ()), record.speed or 1.0).plan_s(
                _length_s(record, last_s)
            ),
            group_size=record.group_size,
            softenings=int(soft or 0),
            stops=int(stops or 0),
            speed=record.speed or 1.0,
        )
        for record, soft, stops, last_s in session.execute(query)
    ]


def _speed_log(
    session: Session, session_id: int | None = None
) -> dict[int, list[tuple[float, str, dict[str, Any]]]]:
    """Per session, the events that may set its playback speed (few: rehearsals only)."""
    kinds = [EventKind.STARTED.value, EventKind.RECOVERED.value, EventKind.PACE.value]
    query = (
        select(Event.session_id, Event.mono_s, Event.kind, Event.detail_json)
        .where(Event.kind.in_(kinds), Event.detail_json.contains('"speed"'))
        .order_by(Event.session_id, Event.seq)
    )
    if session_id is not None:
        query = query.where(Event.session_id == session_id)
    out: dict[int, list[tuple[float, str, dict[str, Any]]]] = {}
    for sid, mono_s, kind, text in session.execute(query):
        try:
            detail = json.loads(text or "{}")
        except ValueError:
            continue
        if isinstance(detail, dict):
            out.setdefault(sid, []).append((float(mono_s), kind, detail))
    return out


def last_speed(session: Session, record: SessionRecord) -> float:
    """The speed the session ran at last (a resumed rehearsal goes on at it)."""
    log = _speed_log(session, record.id).get(record.id, [])
    return PlanClock.from_log(log, record.speed or 1.0).speeds[-1]


def _length_s(record: SessionRecord, last_event_s: float | None) -> float:
    if last_event_s is not None:
        return float(last_event_s)
    if record.ended_at is not None:
        return max(0.0, (record.ended_at - record.started_at).total_seconds())
    return 0.0


def recorded_event(event: Event) -> RecordedEvent:
    return RecordedEvent(
        seq=event.seq,
        kind=event.kind,
        mono_s=event.mono_s,
        wall_time=event.wall_time,
        cue_position=event.cue_position,
        position_s=event.position_s,
        detail=parse_detail(event.detail_json),
        private=event.private,
    )


def session_facts(record: SessionRecord, lock_path: Path | None = None) -> SessionFacts:
    return SessionFacts(
        id=record.id,
        plan_name=record.plan_name,
        mode=record.mode,
        state=_state(record, lock_path),
        started_at=record.started_at,
        ended_at=record.ended_at,
        speed=record.speed,
        group_size=record.group_size,
        checkin=SudsReading.from_json(record.checkin_json),
        checkout=SudsReading.from_json(record.checkout_json),
        notes=record.notes,
    )


def load_report(
    session: Session, ref: str | int, *, include_private: bool, lock_path: Path | None = None
) -> SessionReport:
    """What a report of this session may show; private notes only with ``include_private``."""
    record = find_session(session, ref)
    outline = plan_as_run(session, record)
    events = session.scalars(
        select(Event).where(Event.session_id == record.id).order_by(Event.seq)
    ).all()
    shown = visible_events([recorded_event(e) for e in events], include_private)
    facts = session_facts(record, lock_path)
    if not include_private:
        facts = SessionFacts(**{**facts.__dict__, "notes": ""})
    return SessionReport(
        facts=facts,
        timeline=build_timeline(outline, shown, time_scale=record.speed or 1.0),
        events=tuple(shown),
        include_private=include_private,
        theme=outline.theme if outline else "",
    )


def plan_as_run(session: Session, record: SessionRecord) -> PlanOutline | None:
    """The plan as this session ran it; for a session recorded before that was kept, the
    current plan (None if it was deleted since)."""
    kept = PlanOutline.from_json(record.plan_json)
    if kept is not None or record.plan_id is None:
        return kept
    query = select(Plan).options(selectinload(Plan.cues).selectinload(Cue.stimulus))
    plan = session.scalars(query.where(Plan.id == record.plan_id)).first()
    return outline_of(plan_spec(plan)) if plan is not None else None


def delete_session(session: Session, session_id: int) -> None:
    """Delete one session and its events, nothing else. Final: there is no undo."""
    record = find_session(session, session_id)
    session.execute(delete(Event).where(Event.session_id == record.id))
    session.execute(delete(SessionRecord).where(SessionRecord.id == record.id))
    session.expunge(record)


def apply_start_info(session: Session, session_id: int, info: StartInfo) -> None:
    record = find_session(session, session_id)
    record.group_size = info.group_size
    record.checkin_json = info.checkin.to_json() if info.checkin else None


def apply_end_info(session: Session, session_id: int, info: EndInfo) -> None:
    record = find_session(session, session_id)
    if info.group_size is not None:
        record.group_size = info.group_size
    record.checkout_json = info.checkout.to_json() if info.checkout else None
    if info.note.strip():
        add_note(session, session_id, info.note, private=info.note_private)


def running_cue(session: Session, session_id: int) -> int | None:
    """The position of the cue playing at the end of the log so far, if any."""
    query = (
        select(Event.kind, Event.cue_position)
        .where(Event.session_id == session_id, Event.cue_position.is_not(None))
        .where(Event.kind.in_([EventKind.CUE_STARTED.value, EventKind.CUE_ENDED.value]))
        .order_by(Event.seq.desc())
        .limit(1)
    )
    row = session.execute(query).first()
    return row.cue_position if row is not None and row.kind == "cue_started" else None


def add_note(
    session: Session,
    session_id: int,
    text: str,
    *,
    private: bool = True,
    cue_position: int | None = None,
    mono_s: float | None = None,
) -> Event:
    """A note event, linked to ``cue_position`` or else to the cue running at the time.

    For a session that is over (or open but not being conducted). During a live session
    the conductor's event log writes notes, so that its sequence numbers stay its own.
    """
    if not text.strip():
        raise UserError(Message.translate("Storage", "A note needs some text."))
    record = find_session(session, session_id)
    last = session.execute(
        select(func.max(Event.seq), func.max(Event.mono_s)).where(Event.session_id == record.id)
    ).one()
    if cue_position is None:
        cue_position = running_cue(session, record.id)
    detail: dict[str, Any] = {"text": text.strip()}
    event = Event(
        session_id=record.id,
        seq=int(last[0] or 0) + 1,
        kind=EventKind.NOTE.value,
        wall_time=utcnow(),
        mono_s=float(mono_s if mono_s is not None else (last[1] or 0.0)),
        cue_position=cue_position,
        detail_json=json.dumps(detail, ensure_ascii=False),
        private=private,
    )
    session.add(event)
    session.flush()
    return event


def append_event(
    session: Session, record: SessionRecord, kind: EventKind, detail: dict[str, Any]
) -> Event:
    """One event added after a session's last one, at its clock time and cue position,
    with its resume snapshot: an interrupted session still resumes where it stood."""
    last = session.scalars(
        select(Event).where(Event.session_id == record.id).order_by(Event.seq.desc()).limit(1)
    ).first()
    snap = parse_detail(last.detail_json).get("snap") if last is not None else None
    event = Event(
        session_id=record.id,
        seq=last.seq + 1 if last is not None else 1,
        kind=kind.value,
        wall_time=utcnow(),
        mono_s=last.mono_s if last is not None else 0.0,
        cue_position=last.cue_position if last is not None else None,
        position_s=last.position_s if last is not None else None,
        detail_json=json.dumps(
            {**detail, "snap": snap} if snap is not None else detail, ensure_ascii=False
        ),
        private=False,
    )
    session.add(event)
    session.flush()
    return event


def correct_readings(
    session: Session,
    session_id: int,
    *,
    checkin: SudsReading | None,
    checkout: SudsReading | None,
    lock_path: Path | None = None,
) -> list[Event]:
    """Add or correct a session's check-in and check-out afterwards (``None``: not taken).

    The session's row takes the new readings and each one that changed is logged as a
    ``corrected`` event (``what``: checkin or checkout, ``before`` and ``after`` as
    stored, null for none), so the record shows what was entered later and what it
    replaced. Not while the session is being conducted: its log is the conductor's.
    """
    record = find_session(session, session_id)
    if lock_path is not None and _state(record, lock_path) == SessionState.OPEN.value:
        raise UserError(
            Message.translate(
                "Storage",
                "This session is still running; enter its check-out when it ends.",
            )
        )
    logged = []
    for what, reading, column in (
        ("checkin", checkin, "checkin_json"),
        ("checkout", checkout, "checkout_json"),
    ):
        before = getattr(record, column)
        after = reading.to_json() if reading is not None else None
        if SudsReading.from_json(before) == reading:
            continue
        setattr(record, column, after)
        detail = {
            "what": what,
            "before": json.loads(before) if SudsReading.from_json(before) else None,
            "after": json.loads(after) if after else None,
        }
        logged.append(append_event(session, record, EventKind.CORRECTED, detail))
    return logged


# -- one unit of work each, for the pages (which never open a session themselves) --------
def load_sessions(
    db: Database,
    *,
    mode: SessionMode | str | None = None,
    plan_text: str = "",
    since: datetime | None = None,
) -> list[SessionSummary]:
    """``list_sessions`` of the data folder, an open session nobody conducts interrupted."""
    with db.session() as session:
        return list_sessions(
            session, mode=mode, plan_text=plan_text, since=since, lock_path=db.paths.lock_path
        )


def load_session_report(db: Database, session_id: int, *, include_private: bool) -> SessionReport:
    with db.session() as session:
        return load_report(
            session, session_id, include_private=include_private, lock_path=db.paths.lock_path
        )


def load_session_facts(db: Database, session_id: int) -> SessionFacts:
    with db.session() as session:
        return session_facts(find_session(session, session_id))


def correct_session_readings(
    db: Database,
    session_id: int,
    *,
    checkin: SudsReading | None,
    checkout: SudsReading | None,
) -> bool:
    """``correct_readings`` in the data folder; True when something changed."""
    with db.session() as session:
        changed = correct_readings(
            session,
            session_id,
            checkin=checkin,
            checkout=checkout,
            lock_path=db.paths.lock_path,
        )
        return bool(changed)


def remove_session(db: Database, session_id: int) -> None:
    with db.session() as session:
        delete_session(session, session_id)


def save_start_info(db: Database, session_id: int, info: StartInfo) -> None:
    with db.session() as session:
        apply_start_info(session, session_id, info)


def save_end_info(db: Database, session_id: int, info: EndInfo) -> None:
    with db.session() as session:
        apply_end_info(session, session_id, info)
