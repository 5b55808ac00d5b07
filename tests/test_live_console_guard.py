"""The live console keeps its hands on the room: GO and safe stop survive the sidebar,
the room's screen never falls to the desktop, closing mid-session asks twice, and a
quick note can be shared. Real windows, real libVLC (dummy outputs), a real database."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from tearconsole.core.checkin import EndInfo, StartInfo
from tearconsole.core.conductor.view import SceneKind
from tearconsole.paths import AppPaths
from tearconsole.settings import CLICKER_KEYS
from tearconsole.storage.db import Database
from tearconsole.ui.app import make_application, open_window
from tearconsole.ui.live.console import CLOSE_NOTICE
from tearconsole.ui.live.page import LivePage
from tearconsole.ui.live.two_step import TwoStep
from tearconsole.ui.main_window import MainWindow
from tests.conftest import MakeLivePage
from tests.live_plans import Step, make_plan
from tests.logged_events import logged_events, logged_kinds

HARD = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _cards(db: Database, name: str) -> int:
    return make_plan(
        db, name, [Step("card", seconds=30, cue={"continue_mode": "go"}) for _ in range(3)]
    )


@pytest.fixture
def live_page(make_live_page: MakeLivePage) -> LivePage:
    return make_live_page(StartInfo(group_size=5), end=lambda *_: EndInfo(), size=(1280, 800))


def test_shift_enter_shares_a_quick_note_and_enter_keeps_it_private(
    qtbot: QtBot, db: Database, live_page: LivePage
) -> None:
    console = live_page.open_plan(_cards(db, "Notes"))
    assert console is not None
    placeholder = console.note.placeholderText()
    assert "Enter private" in placeholder and "Shift+Enter shared" in placeholder
    sid = console.runner.session_id

    qtbot.keyClick(console, Qt.Key.Key_N)
    qtbot.keyClicks(console.note, "kept to myself")
    qtbot.keyClick(console.note, Qt.Key.Key_Return)
    qtbot.keyClicks(console.note, "for the report")
    qtbot.keyClick(console.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(console.note, "also mine")
    qtbot.keyClick(console.note, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)

    notes = [
        (json.loads(e.detail_json)["text"], e.private)
        for e in logged_events(db, sid)
        if e.kind == "note"
    ]
    assert notes == [("kept to myself", True), ("for the report", False), ("also mine", True)]
    assert console.note.text() == "" and not console.note.hasFocus()


@pytest.fixture
def window(qtbot: QtBot, paths: AppPaths, vlc_instance: Any) -> Iterator[MainWindow]:
    make_application()
    db = Database.open(paths)
    _cards(db, "Guarded")
    db.close()
    window = open_window(paths)
    qtbot.addWidget(window)
    page = window.page("Live")
    assert isinstance(page, LivePage)
    page.ask_start = lambda *_: StartInfo()
    page.ask_end = lambda *_: None
    page._vlc, page._owns_vlc = vlc_instance, False
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    yield window
    page.shutdown()
    window.db.close()


def _nav(window: MainWindow, name: str) -> QPushButton:
    return window.nav_buttons[name]


def _press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    """A key where the keyboard is: the focused widget, else the window."""
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key)


@pytest.mark.parametrize("rehearsal", [False, True], ids=["live", "rehearsal"])
def test_go_and_safe_stop_survive_the_sidebar(
    qtbot: QtBot, window: MainWindow, rehearsal: bool
) -> None:
    page = window.open_live("Guarded", rehearsal=rehearsal)
    assert page is not None and page.console is not None
    sid = page.console.runner.session_id
    if rehearsal:  # other pages stay open in a rehearsal: go there and come back
        qtbot.mouseClick(_nav(window, "History"), Qt.MouseButton.LeftButton)
        assert window.pages.currentWidget() is not page
    qtbot.mouseClick(_nav(window, "Live"), Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is page

    _press(qtbot, window, Qt.Key.Key_Space)
    assert "cue_started" in logged_kinds(window.db, sid)
    _press(qtbot, window, Qt.Key.Key_Escape)
    assert "safe_stop" in logged_kinds(window.db, sid)
    assert page.console.state.stopped


def test_the_room_keeps_the_calm_card_after_the_session_until_hidden(
    qtbot: QtBot, db: Database, live_page: LivePage
) -> None:
    seen_at_end: list[tuple[bool, SceneKind]] = []
    live_page.ask_end = lambda *_: (
        seen_at_end.append((live_page.audience.isVisible(), live_page.audience.scene.kind))
        or EndInfo()
    )
    console = live_page.open_plan(_cards(db, "Room"))
    assert console is not None
    qtbot.keyClick(console, Qt.Key.Key_A, HARD)  # the room's screen up
    assert live_page.audience.isVisible()
    qtbot.keyClick(console, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: live_page.audience.scene.kind is SceneKind.CARD, timeout=3000)
    qtbot.keyClick(console, Qt.Key.Key_Escape)
    assert console.finish_button.isVisible()
    with qtbot.waitSignal(live_page.session_finished, timeout=5000):
        qtbot.mouseClick(console.finish_button, Qt.MouseButton.LeftButton)

    # up on the calm card while the end dialog was open, and after it
    assert seen_at_end == [(True, SceneKind.CALM)]
    audience = live_page.audience
    assert audience.isVisible() and audience.scene.kind is SceneKind.CALM
    assert audience._stack.currentWidget() is audience.scene_view
    assert live_page.room_button.isVisible()
    qtbot.keyClick(live_page, Qt.Key.Key_A, HARD)  # the same key hides it
    assert not audience.isVisible() and not live_page.room_button.isVisible()
    qtbot.keyClick(live_page, Qt.Key.Key_A, HARD)
    assert audience.isVisible() and audience.scene.kind is SceneKind.CALM
    qtbot.mouseClick(live_page.room_button, Qt.MouseButton.LeftButton)  # or the button
    assert not audience.isVisible()

    # a rehearsal opened while the calm card is up leaves the room on it
    qtbot.keyClick(live_page, Qt.Key.Key_A, HARD)
    rehearsal = live_page.open_plan(_cards(db, "Practice"), rehearsal=True)
    assert rehearsal is not None
    qtbot.keyClick(rehearsal, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: rehearsal.state.audience.kind is SceneKind.CARD, timeout=3000)
    rehearsal.refresh()
    assert audience.isVisible() and audience.scene.kind is SceneKind.CALM


def test_closing_the_window_mid_session_asks_inline_then_safe_stops(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.open_live("Guarded")
    assert page is not None and page.console is not None
    console, sid = page.console, page.console.runner.session_id
    _press(qtbot, window, Qt.Key.Key_Space)
    assert "cue_started" in logged_kinds(window.db, sid)

    assert not window.close()  # the first close only asks, inline: no dialog
    assert window.isVisible() and QApplication.activeModalWidget() is None
    assert console.notice.text() == CLOSE_NOTICE and "5 s" in CLOSE_NOTICE
    assert "safe_stop" not in logged_kinds(window.db, sid) and not console.state.stopped

    assert window.close()  # the second, within 5 s: safe stop first, then the window goes
    kinds = logged_kinds(window.db, sid)
    assert "safe_stop" in kinds and "ended" not in kinds  # the session stays resumable
    assert not window.isVisible()


def test_closing_a_rehearsal_needs_no_second_close(qtbot: QtBot, window: MainWindow) -> None:
    page = window.open_live("Guarded", rehearsal=True)
    assert page is not None and page.console is not None
    assert window.close()


def test_the_close_confirmation_lapses_after_its_seconds() -> None:
    now = [0.0]
    guard = TwoStep(5.0, clock=lambda: now[0])
    assert not guard.press() and guard.armed()
    now[0] = 5.5
    assert not guard.armed() and not guard.press()  # too late: this press arms again
    now[0] = 9.0
    assert guard.press() and not guard.armed()  # confirmed, and disarmed
    assert not guard.press()


def test_other_pages_wait_while_a_session_runs_for_the_room(
    qtbot: QtBot, window: MainWindow
) -> None:
    others = ("Library", "Plans", "History")
    page = window.open_live("Guarded")
    assert page is not None and page.console is not None
    note = page.console.note  # the whole hint is readable in a 1280 px window
    assert note.fontMetrics().horizontalAdvance(note.placeholderText()) < note.width() - 16
    assert not any(_nav(window, name).isEnabled() for name in others)
    assert _nav(window, "Live").isEnabled()
    qtbot.mouseClick(_nav(window, "History"), Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is page

    _press(qtbot, window, Qt.Key.Key_Escape)
    with qtbot.waitSignal(page.session_finished, timeout=5000):
        qtbot.mouseClick(page.console.finish_button, Qt.MouseButton.LeftButton)
    assert all(_nav(window, name).isEnabled() for name in others)

    page.open_plan("Guarded", rehearsal=True)  # a rehearsal leaves them open
    assert page.console is not None
    assert all(_nav(window, name).isEnabled() for name in others)


def _press_space(console: Any, repeat: bool) -> None:
    """One Space key press as the keyboard sends it (``repeat``: auto-repeated)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier, " ", repeat)
        QApplication.sendEvent(console, event)


def test_a_held_space_and_fifty_quick_presses_each_start_one_cue(
    qtbot: QtBot, db: Database, live_page: LivePage
) -> None:
    console = live_page.open_plan(_cards(db, "Held keys"))
    assert console is not None
    sid = console.runner.session_id
    conductor = console.runner.conductor  # type: ignore[attr-defined]
    console.window().activateWindow()
    console.setFocus()

    def started() -> int:
        return logged_kinds(db, sid).count("cue_started")

    _press_space(console, repeat=False)  # Space held down: one press, then auto-repeats
    for _ in range(30):
        _press_space(console, repeat=True)
    assert started() == 1 and conductor.standing_by == 1
    assert "ignored" not in logged_kinds(db, sid)  # an auto-repeat never even reaches GO

    for key in (Qt.Key.Key_S, Qt.Key.Key_Escape):  # held soften and safe stop: nothing
        event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, "", True)
        QApplication.sendEvent(console, event)
    assert "softened" not in logged_kinds(db, sid) and "safe_stop" not in logged_kinds(db, sid)

    qtbot.waitUntil(lambda: conductor.go_wait_s() == 0, timeout=3000)
    for _ in range(50):  # mashed: each press within the guard of the one before
        qtbot.keyClick(console, Qt.Key.Key_Space)
    assert started() == 2 and conductor.standing_by == 2
    go_rows = [e for e in logged_events(db, sid) if json.loads(e.detail_json).get("action") == "go"]
    assert len(go_rows) == 51 and sum(e.kind == "cue_started" for e in go_rows) == 2


def test_esc_in_the_note_field_leaves_it_and_only_outside_safe_stops(
    qtbot: QtBot, db: Database, live_page: LivePage
) -> None:
    console = live_page.open_plan(_cards(db, "Esc"))
    assert console is not None
    sid = console.runner.session_id
    qtbot.keyClick(console, Qt.Key.Key_Space)
    qtbot.keyClick(console, Qt.Key.Key_N)
    assert console.note.hasFocus()
    qtbot.keyClicks(console.note, "half a thought")
    qtbot.keyClick(console.note, Qt.Key.Key_Escape)
    assert not console.note.hasFocus() and console.hasFocus()
    assert console.note.text() == "half a thought"  # kept for later
    assert "safe_stop" not in logged_kinds(db, sid) and not console.state.stopped
    qtbot.keyClick(console, Qt.Key.Key_Escape)
    assert "safe_stop" in logged_kinds(db, sid) and console.state.stopped


def test_a_presentation_clickers_keys_and_switching_them_off(
    qtbot: QtBot, db: Database, live_page: LivePage
) -> None:
    console = live_page.open_plan(_cards(db, "Clicker"))
    assert console is not None
    sid = console.runner.session_id
    qtbot.keyClick(console, Qt.Key.Key_PageDown)  # next slide: GO
    assert logged_kinds(db, sid).count("cue_started") == 1
    qtbot.keyClick(console, Qt.Key.Key_PageUp)  # previous slide: back
    assert "back" in logged_kinds(db, sid)
    qtbot.keyClick(console, Qt.Key.Key_N)
    qtbot.keyClicks(console.note, "b. and B.")  # typed into a note: letters, no stop
    assert console.note.text() == "b. and B." and "safe_stop" not in logged_kinds(db, sid)
    qtbot.keyClick(console.note, Qt.Key.Key_Escape)
    qtbot.keyClick(console, Qt.Key.Key_Period)  # the clicker's "blank": safe stop
    assert "safe_stop" in logged_kinds(db, sid) and console.state.stopped
    live_page.close_console()

    live_page.settings.set(CLICKER_KEYS, False)
    console = live_page.open_plan(_cards(db, "No clicker"))
    assert console is not None
    sid = console.runner.session_id
    qtbot.keyClick(console, Qt.Key.Key_PageDown)
    qtbot.keyClick(console, Qt.Key.Key_B)
    assert "cue_started" not in logged_kinds(db, sid) and "safe_stop" not in logged_kinds(db, sid)
    qtbot.keyClick(console, Qt.Key.Key_Space)
    assert "cue_started" in logged_kinds(db, sid)
