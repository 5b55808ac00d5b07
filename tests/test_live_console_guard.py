"""The live console keeps its hands on the room: GO and safe stop survive the sidebar,
the room's screen never falls to the desktop, closing mid-session asks twice, and a
quick note can be shared. Real windows, real libVLC (dummy outputs), a real database."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tearconsole.core.checkin import EndInfo, StartInfo
from tearconsole.storage.db import Database
from tearconsole.storage.models import Event
from tearconsole.ui.app import make_application
from tearconsole.ui.live.page import LivePage
from tests.live_plans import Step, make_plan


def _events(db: Database, session_id: int | None) -> list[Event]:
    with db.session() as session:
        rows = session.scalars(
            select(Event).where(Event.session_id == session_id).order_by(Event.seq)
        ).all()
        session.expunge_all()
    return list(rows)


def _kinds(db: Database, session_id: int | None) -> list[str]:
    return [e.kind for e in _events(db, session_id)]


def _cards(db: Database, name: str) -> int:
    return make_plan(
        db, name, [Step("card", seconds=30, cue={"continue_mode": "go"}) for _ in range(3)]
    )


@pytest.fixture
def live_page(qtbot: QtBot, db: Database, vlc_instance: Any) -> Iterator[LivePage]:
    make_application()
    page = LivePage(
        db,
        ask_start=lambda *_: StartInfo(group_size=5),
        ask_end=lambda *_: EndInfo(),
        vlc_instance=vlc_instance,
    )
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    yield page
    page.shutdown()


def test_shift_enter_shares_a_quick_note_and_enter_keeps_it_private(
    qtbot: QtBot, db: Database, live_page: LivePage
) -> None:
    console = live_page.open_plan(_cards(db, "Notes"))
    assert console is not None
    placeholder = console.note.placeholderText()
    assert "Enter keeps it private" in placeholder and "Shift+Enter shares it" in placeholder
    sid = console.driver.session_id

    qtbot.keyClick(console, Qt.Key.Key_N)
    qtbot.keyClicks(console.note, "kept to myself")
    qtbot.keyClick(console.note, Qt.Key.Key_Return)
    qtbot.keyClicks(console.note, "for the report")
    qtbot.keyClick(console.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(console.note, "also mine")
    qtbot.keyClick(console.note, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)

    notes = [
        (json.loads(e.detail_json)["text"], e.private) for e in _events(db, sid) if e.kind == "note"
    ]
    assert notes == [("kept to myself", True), ("for the report", False), ("also mine", True)]
    assert console.note.text() == "" and not console.note.hasFocus()
