"""History queries over a real SQLite file: list, filter, check-in/out, notes, delete."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest
from sqlalchemy import func, select

from tearconsole.core.checkin import EndInfo, StartInfo, SudsReading
from tearconsole.errors import UserError
from tearconsole.storage import history
from tearconsole.storage.db import Database
from tearconsole.storage.models import Event, Plan, SessionRecord
from tests.session_records import EVENTS, make_plan, make_session


def test_list_shows_plan_date_length_group_softenings_and_stops(db: Database) -> None:
    plan_id = make_plan(db)
    made = make_session(db, plan_id)
    with db.session() as session:
        (row,) = history.list_sessions(session)
    assert row.id == made.session_id
    assert row.plan_name == "An evening of letters"
    assert row.started_at == datetime(2026, 11, 20, 18, 30)
    assert row.length_s == pytest.approx(675.0)
    assert (row.group_size, row.softenings, row.stops) == (12, 2, 1)
    assert row.mode == "live" and row.state == "finished"


def test_filters_by_mode_plan_and_date(db: Database) -> None:
    letters = make_plan(db)
    other = make_plan(db, "Pets we loved")
    make_session(db, letters, started_at=datetime(2026, 10, 1, 19, 0))
    at_x4 = [(0.0, "started", None, {"speed": 4.0}, False), *EVENTS[1:]]  # as logged at x4
    make_session(
        db, letters, mode="rehearsal", started_at=datetime(2026, 11, 2, 19, 0), events=at_x4
    )
    make_session(db, other, started_at=datetime(2026, 11, 3, 19, 0))
    with db.session() as session:
        rehearsal = session.scalars(select(SessionRecord).where(SessionRecord.mode == "rehearsal"))
        rehearsal.one().speed = 4.0
    with db.session() as session:
        everything = history.list_sessions(session)
        assert [r.started_at.day for r in everything] == [3, 2, 1]  # newest first
        assert [r.length_s for r in everything] == [675.0, 4 * 675.0, 675.0]  # plan seconds
        assert [r.mode for r in history.list_sessions(session, mode="rehearsal")] == ["rehearsal"]
        assert {r.plan_name for r in history.list_sessions(session, plan_text="pets")} == {
            "Pets we loved"
        }
        november = history.list_sessions(session, since=datetime(2026, 11, 1))
        assert len(november) == 2
        assert len(history.list_sessions(session, until=datetime(2026, 11, 1))) == 1


def test_start_and_end_info_are_stored_anonymously(db: Database) -> None:
    made = make_session(db, make_plan(db))
    checkin = SudsReading.from_counts([0, 0, 1, 2, 3, 0, 0, 0, 0, 0, 0])
    with db.session() as session:
        history.apply_start_info(session, made.session_id, StartInfo(6, checkin))
        history.apply_end_info(
            session,
            made.session_id,
            EndInfo(checkout=SudsReading.of_group(2), note="Quiet close", note_private=False),
        )
    with db.session() as session:
        record = session.get(SessionRecord, made.session_id)
        assert record is not None
        assert record.group_size == 6
        assert SudsReading.from_json(record.checkin_json) == checkin
        assert SudsReading.from_json(record.checkout_json) == SudsReading.of_group(2)
        last = record.events[-1]
        assert (last.kind, last.private, last.seq) == ("note", False, made.event_count + 1)
        assert "Quiet close" in last.detail_json


def test_a_note_is_private_by_default_and_linked_to_the_running_cue(db: Database) -> None:
    made = make_session(db, make_plan(db), events=[])
    with db.session() as session:
        session.add_all(
            [
                Event(session_id=made.session_id, seq=1, kind="started", wall_time=datetime.now(),
                      mono_s=0.0),
                Event(session_id=made.session_id, seq=2, kind="cue_started",
                      wall_time=datetime.now(), mono_s=1.0, cue_position=2),
            ]
        )  # fmt: skip
    with db.session() as session:
        note = history.add_note(session, made.session_id, "  Long silence, good  ")
        assert (note.private, note.cue_position, note.seq) == (True, 2, 3)
        assert '"Long silence, good"' in note.detail_json
    with db.session() as session, pytest.raises(UserError):
        history.add_note(session, made.session_id, "   ")


def test_delete_removes_the_session_and_its_events_only(db: Database) -> None:
    plan_id = make_plan(db)
    keep = make_session(db, plan_id)
    gone = make_session(db, plan_id)
    with db.session() as session:
        history.delete_session(session, gone.session_id)
    with db.session() as session:
        assert session.get(SessionRecord, gone.session_id) is None
        left = session.scalar(select(func.count()).select_from(Event))
        assert left == keep.event_count
        assert session.get(Plan, plan_id) is not None
        assert session.get(SessionRecord, keep.session_id) is not None
    with sqlite3.connect(db.paths.db_path) as raw:  # nothing orphaned behind the ORM's back
        orphans = raw.execute(
            "SELECT count(*) FROM event WHERE session_id = ?", (gone.session_id,)
        ).fetchone()[0]
    assert orphans == 0
    with db.session() as session, pytest.raises(UserError, match="no session"):
        history.delete_session(session, gone.session_id)


def test_report_data_leaves_private_things_out_unless_asked(db: Database) -> None:
    made = make_session(db, make_plan(db))
    with db.session() as session:
        shared = history.load_report(session, str(made.session_id), include_private=False)
        full = history.load_report(session, made.session_id, include_private=True)
    assert len(full.events) == made.event_count
    assert len(shared.events) == made.event_count - 1
    assert shared.facts.notes == "" and "longer pause" in full.facts.notes
    assert len(shared.timeline.notes) == 1 and len(full.timeline.notes) == 2
    with db.session() as session, pytest.raises(UserError, match="sessions list"):
        history.load_report(session, "nope", include_private=False)


def test_an_open_session_nobody_conducts_shows_as_interrupted(db: Database) -> None:
    made = make_session(db, make_plan(db))
    with db.session() as session:
        record = session.get(SessionRecord, made.session_id)
        assert record is not None
        record.state, record.ended_at = "open", None
    with db.session() as session:
        (plain,) = history.list_sessions(session)
        (checked,) = history.list_sessions(session, lock_path=db.paths.lock_path)
        report = history.load_report(
            session, made.session_id, include_private=False, lock_path=db.paths.lock_path
        )
    assert plain.state == "open"
    assert checked.state == "interrupted" and report.facts.state == "interrupted"
