"""The participants' phones on the laptop, with the real Live page (offscreen Qt, real
libVLC with dummy output, a real SQLite file) and the real participants' server on
loopback: off by default; on, the console's discreet line counts what the room said
(with at most a suggestion, and nothing done); the room's screen shows the QR code on the
welcome and closing cards only; the record keeps counts only (never a phone's id, its
address, or the room's code); and the phones' check-in and check-out are added to the
hand counts when the session ends. ``--participants`` says where in one line."""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from tearconsole.core.checkin import EndInfo, StartInfo, SudsReading
from tearconsole.core.conductor.table import Action
from tearconsole.core.conductor.view import SceneKind
from tearconsole.remote.participants import Phase, Signal
from tearconsole.storage.db import Database
from tearconsole.storage.models import Event, SessionRecord, Stimulus
from tearconsole.ui.live.page import LivePage
from tearconsole.ui.participants import announce
from tests.conftest import MakeLivePage
from tests.live_plans import Step, make_plan

#: A welcome card, a story, the closing card: each waits for GO.
TITLES = ("Welcome", "A short story", "Closing and care")


def _plan(db: Database) -> int:
    go = {"continue_mode": "go"}
    plan_id = make_plan(
        db,
        "With phones",
        [
            Step("card", seconds=60, text="Welcome. Take a seat.", cue=go),
            Step("story", seconds=60, text="Once upon a time.", cue=go),
            Step("card", seconds=60, text="Thank you.", cue=go),
        ],
    )
    with db.session() as session:
        for position, title in enumerate(TITLES):
            session.execute(
                update(Stimulus)
                .where(Stimulus.title == f"{'story' if position == 1 else 'card'} {position}")
                .values(title=title)
            )
    return plan_id


def _on_server_thread(work: Callable[[], Any]) -> Any:
    """``work`` on a thread of its own, as the server's thread calls the Room."""
    result: list[Any] = []
    thread = threading.Thread(target=lambda: result.append(work()))
    thread.start()
    thread.join(5)
    return result[0] if result else None


def _room_events(db: Database, session_id: int) -> list[dict[str, Any]]:
    with db.session() as session:
        rows = session.scalars(
            select(Event).where(Event.session_id == session_id, Event.kind == "participants")
        ).all()
        return [json.loads(row.detail_json or "{}") for row in rows]


def _go(page: LivePage, qtbot: QtBot, position: int) -> None:
    assert page.console is not None
    conductor = page.console.runner.conductor
    qtbot.waitUntil(lambda: conductor.go_wait_s() == 0, timeout=2000)  # GO's debounce
    page.console.handle(Action.GO)
    qtbot.waitUntil(lambda: page.audience.scene.cue_position == position, timeout=5000)


def test_phones_are_off_by_default_and_the_console_counts_what_the_room_says(
    qtbot: QtBot, db: Database, make_live_page: MakeLivePage
) -> None:
    hand_in = SudsReading.from_counts({2: 1, 4: 2})
    hand_out = SudsReading.from_counts({1: 2})
    page = make_live_page(
        start=StartInfo(checkin=hand_in),
        end=lambda *_: EndInfo(checkout=hand_out),
        size=(1366, 768),
    )
    plan_id = _plan(db)
    console = page.open_plan(plan_id)
    assert console is not None and page.participants is not None
    console.show_audience(True)  # one screen: shown when asked
    control, status = page.participants, page.participants_status
    assert status is not None
    assert not control.on and status.full_text == "Phones: off"  # off by default
    assert control.join_cues == frozenset({0, 2})  # the welcome and closing cards

    page.start_participants("127.0.0.1")
    room = control.room
    assert room is not None and control.url.endswith(f"/room#room={room.code}")
    qtbot.waitUntil(lambda: status.full_text == "Phones: 0", timeout=3000)

    # the room's screen: the QR code and the code on the welcome card only
    _go(page, qtbot, 0)
    assert page.audience.join_shown()
    assert page.audience.scene_view.join is not None
    assert page.audience.scene_view.join[1] == room.code

    phones = [_on_server_thread(lambda: room.join(room.code, "127.0.0.1")) for _ in range(3)]
    assert all(phones)
    for phone, score in zip(phones, (9, 3, None), strict=True):
        _on_server_thread(lambda p=phone, s=score: room.score(p, Phase.CHECK_IN, s))

    _go(page, qtbot, 1)  # the story: never the code
    assert page.audience.scene.kind is SceneKind.STORY and not page.audience.join_shown()
    assert page.audience.scene_view.join is None
    _on_server_thread(lambda: room.signal(phones[0], Signal.SOFTER))
    _on_server_thread(lambda: room.signal(phones[1], Signal.SOFTER))
    _on_server_thread(lambda: room.signal(phones[2], Signal.BREAK))
    expected = (
        "Soften? · 2 asked for softer in the last 3 minutes · 1 asked for a break · "
        "1 at 8 or more · Phones: 3"
    )
    qtbot.waitUntil(lambda: status.full_text == expected, timeout=3000)
    # with less room than the whole line needs: every count still there, in a few words
    brief = "Soften? · softer 2 · break 1 · 8+ 1 · 3 phones"
    qtbot.waitUntil(lambda: status.text() == brief, timeout=3000)
    assert status.sizeHint().width() <= 520  # beside the remote's, on a small screen
    status.resize(status.fontMetrics().horizontalAdvance("softer 2 · break 1 · 8+ 1") + 40, 30)
    assert status.text().startswith("softer 2 · break 1")  # the counts before the question
    assert console.runner.session.snapshot.soften_level == 0  # a suggestion, never an act

    # the record: counts only, at most one event per few seconds, the latest counts
    control.record_now()
    session_id = console.runner.session_id
    assert session_id is not None
    logged = _room_events(db, session_id)
    counts = {key: value for key, value in logged[-1].items() if key != "snap"}  # the cue's
    assert counts == {
        "phones": 3,
        "scores": {
            "check_in": [0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0],
            "check_out": [0] * 11,
        },
        "declined": {"check_in": 1, "check_out": 0},
        "signals": {"softer": 2, "break": 1, "ok": 0},
    }
    control.record_now()  # nothing new: nothing logged
    assert len(_room_events(db, session_id)) == len(logged)

    # the closing card: the code again, and the phones' check-out opens
    _go(page, qtbot, 2)
    assert page.audience.join_shown()
    assert room.state.phase is Phase.CHECK_OUT
    _on_server_thread(lambda: room.score(phones[0], Phase.CHECK_OUT, 8))
    _on_server_thread(lambda: room.score(phones[1], Phase.CHECK_OUT, 2))
    code, ids = room.code, list(phones)

    control.turn_off()  # off and on again mid-session: the same room, its code, its counts
    page.start_participants("127.0.0.1")
    assert control.room is room and room.code == code and not room.state.ended
    assert control.tally().phones == 3
    with qtbot.waitSignal(page.session_finished, timeout=10_000):
        page._finish()
    assert page.participants is None and not control.on and room.state.ended
    assert page.audience.scene_view.join is None  # the code goes with the session

    # the phones' answers added to the hand counts, as stored
    with db.session() as session:
        record = session.get(SessionRecord, session_id)
        assert record is not None
        checkin = SudsReading.from_json(record.checkin_json)
        checkout = SudsReading.from_json(record.checkout_json)
    assert checkin is not None and checkin.counts == (0, 0, 1, 1, 2, 0, 0, 0, 0, 1, 0)
    assert checkout is not None and checkout.counts == (0, 2, 1, 0, 0, 0, 0, 0, 1, 0, 0)
    assert _room_events(db, session_id)[-1]["scores"]["check_out"][8] == 1

    # privacy: nothing but counts reached the database file
    dump = "\n".join(sqlite3.connect(db.paths.db_path).iterdump())
    for secret in (*ids, code, "127.0.0.1"):
        assert secret not in dump


def test_the_end_form_shows_the_phones_and_their_quiet_prompt(qtbot: QtBot) -> None:
    from tearconsole.ui.session_end_dialog import SessionEndDialog

    dialog = SessionEndDialog(phones=SudsReading.from_counts({2: 3, 9: 1}))
    qtbot.addWidget(dialog)
    dialog.show()
    line = dialog.checkout.phones_line
    assert line.isVisible() and "4 people, average 3.8" in line.text()
    assert dialog.checkout.prompt.isVisible()  # someone at 9 on a phone: the quiet word
    calm = SessionEndDialog(phones=SudsReading.from_counts({2: 3}))
    qtbot.addWidget(calm)
    calm.show()
    assert not calm.checkout.prompt.isVisible()


def test_participants_flag_prints_one_line_with_the_address(
    qtbot: QtBot, db: Database, make_live_page: MakeLivePage, capsys: pytest.CaptureFixture[str]
) -> None:
    page = make_live_page()
    assert not announce.start_announced(page, "127.0.0.1")  # no session: said, not started
    assert "no session opened" in capsys.readouterr().err
    page.open_plan(_plan(db))
    assert announce.start_announced(page, "127.0.0.1")
    out = capsys.readouterr().out.strip().splitlines()
    assert page.participants is not None and page.participants.on
    assert len(out) == 1 and out[0].startswith("Participants: open http://127.0.0.1:")
    assert out[0].endswith(f"/room on a phone and type the room's code {page.participants.code}")
    assert page.participants_status is not None
    panel = page.participants_status.open_panel()  # where it listens, and its code
    assert panel.interface.currentData() == "127.0.0.1"
    assert panel.code.text() == page.participants.code and not panel.qr.pixmap().isNull()


class _Browser(QObject):
    """Stands in for the system's browser: the addresses it was asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def test_a_rehearsal_asked_for_phones_opens_the_page_on_the_laptop(
    qtbot: QtBot, db: Database, make_live_page: MakeLivePage, monkeypatch: pytest.MonkeyPatch
) -> None:
    browser = _Browser()
    QDesktopServices.setUrlHandler("http", browser, "open")
    try:
        monkeypatch.setattr(
            "tearconsole.ui.participants.session_phones.default_route_address", lambda: "127.0.0.1"
        )
        page = make_live_page(start=StartInfo(participants=True))
        page.open_plan(_plan(db), rehearsal=True)
        control = page.participants
        assert control is not None and control.on and control.listening == "127.0.0.1"
        assert browser.opened == [control.url]  # the simulated phone, on this laptop
    finally:
        QDesktopServices.unsetUrlHandler("http")


def test_a_real_phone_joins_from_the_qr_link_and_the_console_hears_it(
    qtbot: QtBot, db: Database, make_live_page: MakeLivePage
) -> None:
    """Chromium at a phone's size, on the address the QR code holds: it joins, answers
    9 at check-in and asks for softer; the console's line says so within a second."""
    from tests.phone import Phone

    page = make_live_page(size=(1366, 768))
    page.open_plan(_plan(db))
    control = page.start_participants("127.0.0.1")
    status = page.participants_status
    assert status is not None
    link = control.url
    phone = Phone(qtbot)
    try:

        def join_and_say(p: Any) -> None:
            p.goto(link)
            p.get_by_role("button", name="Join", exact=True).click()
            p.get_by_role("button", name="9 out of 10", exact=True).click()
            p.get_by_role("button", name="Softer, please").click()
            p.wait_for_function(
                "() => document.getElementById('live').textContent.startsWith('Heard')"
            )

        phone.do(join_and_say)
        qtbot.waitUntil(
            lambda: (
                status.full_text
                == "1 asked for softer in the last 3 minutes · 1 at 8 or more · Phones: 1"
            ),
            timeout=1000,
        )
        cookies = [c["value"] for c in phone.do(lambda p: p.context.cookies())]
        agent = phone.do(lambda p: p.evaluate("navigator.userAgent"))
    finally:
        phone.close()
    # privacy: the phone's cookie, its address and its browser never reach the database
    control.record_now()
    assert cookies and agent
    dump = "\n".join(sqlite3.connect(db.paths.db_path).iterdump())
    assert re.search(r'"softer": ?1', dump)  # the counts are there
    for secret in (*cookies, agent, "127.0.0.1", "Chrome"):
        assert secret not in dump


def test_the_room_sees_the_code_on_its_welcome_and_closing_cards_only(qtbot: QtBot) -> None:
    """The real audience window: the code on the chosen cards, never on a film, a
    story, a pause's breathing, the calm card or any other card."""
    from tearconsole.core.conductor.view import Scene
    from tearconsole.ui.audience.window import AudienceWindow

    window = AudienceWindow(None)
    qtbot.addWidget(window)
    window.resize(640, 360)
    window.show()
    window.set_join("http://127.0.0.1:9/room#room=ABCDE", "ABCDE", frozenset({0, 5}))
    shown = {
        kind: window.show_scene(Scene(kind, text="…", title="…", cue_position=0))
        or window.join_shown()
        for kind in SceneKind
    }
    assert shown == {kind: kind is SceneKind.CARD for kind in SceneKind}
    window.show_scene(Scene(SceneKind.CARD, text="Thank you.", cue_position=5))  # closing
    assert window.join_shown()
    window.show_scene(Scene(SceneKind.CARD, text="A poem.", cue_position=3))  # another card
    assert not window.join_shown()
    window.show_scene(Scene(SceneKind.CARD, text="Welcome.", cue_position=0))
    assert window.join_shown()
    window.set_join("", "", frozenset())  # the phones off: gone from the card at once
    assert not window.join_shown()
    window.close_for_good()


def test_the_last_counts_are_recorded_when_the_console_closes_with_the_session_open(
    qtbot: QtBot, db: Database, make_live_page: MakeLivePage
) -> None:
    page = make_live_page()
    console = page.open_plan(_plan(db))
    assert console is not None
    session_id = console.runner.session_id
    assert session_id is not None
    control = page.start_participants("127.0.0.1")
    room = control.room
    assert room is not None
    phone = _on_server_thread(lambda: room.join(room.code, "127.0.0.1"))
    _on_server_thread(lambda: room.score(phone, Phase.CHECK_IN, 6))
    page.close_console()  # left for later (resumable), within the record's 5 s
    logged = _room_events(db, session_id)
    assert logged and logged[-1]["scores"]["check_in"][6] == 1
