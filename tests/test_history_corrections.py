"""Check-in and check-out added or corrected after a session, on a real database: the
session's row takes them, the record logs each change with what it replaced, an
interrupted session still resumes where it stood, and History's dialog does it."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tearconsole.core.checkin import SudsReading
from tearconsole.errors import UserError
from tearconsole.reports.html import report_html
from tearconsole.storage import sessions
from tearconsole.storage.db import Database
from tearconsole.storage.history import correct_readings, load_report
from tearconsole.storage.models import Event, SessionRecord
from tearconsole.ui.history_page import HistoryPage
from tearconsole.ui.history_readings import ReadingsDialog
from tearconsole.ui.suds_input import COUNTS, GROUP, NOT_TAKEN
from tests.session_records import EVENTS, make_plan, make_session

LATER = SudsReading.from_counts({1: 4, 2: 6, 4: 2})


def corrections(db: Database, session_id: int) -> list[dict[str, object]]:
    with db.session() as session:
        events = session.scalars(
            select(Event).where(Event.session_id == session_id, Event.kind == "corrected")
        ).all()
        return [json.loads(e.detail_json or "{}") for e in events]


def without_checkout(db: Database) -> int:
    made = make_session(db, make_plan(db))
    with db.session() as session:
        record = session.get(SessionRecord, made.session_id)
        assert record is not None
        record.checkout_json = None
    return made.session_id


def test_a_check_out_added_later_is_kept_and_logged(db: Database) -> None:
    session_id = without_checkout(db)
    with db.session() as session:
        before = load_report(session, session_id, include_private=False).facts
        logged = correct_readings(session, session_id, checkin=before.checkin, checkout=LATER)
    assert len(logged) == 1  # the check-in did not change: not logged
    with db.session() as session:
        report = load_report(session, session_id, include_private=False)
    assert report.facts.checkout == LATER and report.facts.checkin == before.checkin
    (change,) = corrections(db, session_id)
    assert change["what"] == "checkout" and change["before"] is None
    assert change["after"] == {"counts": list(LATER.counts or ())}
    assert report.events[-1].kind == "corrected"  # in the record every report draws from
    assert "Check-out corrected: " in report_html(report)  # and the report says so


def test_a_correction_logs_what_it_replaced_and_none_is_a_choice(db: Database) -> None:
    made = make_session(db, make_plan(db))
    with db.session() as session:
        correct_readings(session, made.session_id, checkin=None, checkout=LATER)
    first, second = corrections(db, made.session_id)
    assert first["what"] == "checkin" and first["after"] is None
    assert first["before"] == {"counts": [0, 0, 0, 2, 0, 6, 3, 0, 1, 0, 0]}
    assert second["what"] == "checkout" and second["after"] == {"counts": [0, 4, 6, 0, 2] + [0] * 6}
    with db.session() as session:
        facts = load_report(session, made.session_id, include_private=False).facts
    assert facts.checkin is None and facts.checkout == LATER


def test_an_interrupted_session_still_resumes_where_it_stood(db: Database) -> None:
    snap = {"main": 3, "main_s": 42.5}
    cut = [e for e in EVENTS if e[0] < 340.0] + [
        (341.0, "checkpoint", 3, {"snap": snap}, False)
    ]  # the power went in the middle of the story
    made = make_session(db, make_plan(db), events=cut)
    with db.session() as session:
        record = session.get(SessionRecord, made.session_id)
        assert record is not None
        record.state = "open"
        record.ended_at = None
        point = sessions.resume_point(session, made.session_id)
    with db.session() as session:
        correct_readings(
            session,
            made.session_id,
            checkin=None,
            checkout=LATER,
            lock_path=db.paths.lock_path,
        )
    with db.session() as session:
        after = sessions.resume_point(session, made.session_id)
    assert point is not None and after is not None and point.position == 3
    assert (after.position, after.position_s, after.ended) == (
        point.position,
        point.position_s,
        point.ended,
    )


def test_not_while_the_session_is_being_conducted(db: Database) -> None:
    made = make_session(db, make_plan(db))
    with db.session() as session:
        record = session.get(SessionRecord, made.session_id)
        assert record is not None
        record.state = "open"
    sessions.mark_live(made.session_id)
    try:
        with pytest.raises(UserError, match="still running"), db.session() as session:
            correct_readings(
                session, made.session_id, checkin=None, checkout=LATER, lock_path=db.paths.lock_path
            )
    finally:
        sessions.mark_live(made.session_id, False)
    assert corrections(db, made.session_id) == []


def when_shown(fill: Callable[[ReadingsDialog], None]) -> None:
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ReadingsDialog):
            QTimer.singleShot(10, run)
            return
        fill(dialog)

    QTimer.singleShot(0, run)


def test_history_adds_a_check_out_and_shows_it(qtbot: QtBot, db: Database) -> None:
    session_id = without_checkout(db)
    page = HistoryPage(db)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    assert page.select_session(session_id)
    assert page.readings_button.isEnabled()
    seen: dict[str, int] = {}

    def fill(dialog: ReadingsDialog) -> None:
        seen["checkin"] = dialog.checkin.how.currentIndex()
        seen["checkout"] = dialog.checkout.how.currentIndex()
        seen["fives"] = dialog.checkin.counts[5].value()
        dialog.checkout.how.setCurrentIndex(GROUP)
        dialog.checkout.group.setValue(2.5)
        dialog.save_button.click()

    when_shown(fill)
    assert page.correct_selected()
    assert seen == {"checkin": COUNTS, "checkout": NOT_TAKEN, "fives": 6}  # as stored
    with db.session() as session:
        facts = load_report(session, session_id, include_private=False).facts
    assert facts.checkout == SudsReading.of_group(2.5)
    assert [c["what"] for c in corrections(db, session_id)] == ["checkout"]
    assert "2.5" in page.preview.toPlainText()  # the report shown has it

    when_shown(lambda dialog: dialog.reject())
    assert not page.correct_selected()  # cancelled: nothing more logged
    assert len(corrections(db, session_id)) == 1


def test_an_unchanged_reading_is_not_logged(qtbot: QtBot, db: Database) -> None:
    made = make_session(db, make_plan(db), started_at=datetime(2026, 11, 3, 19, 0))
    page = HistoryPage(db)
    qtbot.addWidget(page)
    page.show()
    assert page.select_session(made.session_id)
    when_shown(lambda dialog: dialog.save_button.click())
    assert not page.correct_selected()
    assert corrections(db, made.session_id) == []
