"""One live session, one truth: every client acts through ``LiveSession.perform`` and
draws the one ``SessionSnapshot`` it publishes.

- The same actions through the console's keys, the phone's message handler and the
  command line's door give the same event log and the same snapshots.
- The console enables exactly what the table allows, in every state random sessions
  reach, and says why a control is not on offer.
- GO resumes a paused session (the clicker's Page Down too), the clocks start at the
  first GO, each client has its own GO debounce, and a rule's target modes are enforced.

A fake clock and output make the comparisons exact; the real console, libVLC and the
clicker's key are in the last tests.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tearconsole.core.clock import FakeClock
from tearconsole.core.conductor import CONSOLE, Action
from tearconsole.core.conductor.table import Facts, Rule, verdict
from tearconsole.core.conductor.view import Mode
from tearconsole.core.kinds import EventKind, SessionMode
from tearconsole.live.runner import LiveRunner
from tearconsole.live.session import LiveSession, RunOptions
from tearconsole.live.snapshot import GoMeaning, SessionSnapshot
from tearconsole.remote.guard import Command, RemoteAction
from tearconsole.storage.db import Database
from tearconsole.ui.app import make_application
from tearconsole.ui.audience.window import AudienceWindow
from tearconsole.ui.live.console import LiveConsole
from tearconsole.ui.live.flash import Flash
from tearconsole.ui.live.page import LivePage
from tearconsole.ui.remote.control import RemoteControl
from tests.conductor_fakes import LENGTHS, FakeOutput, MemorySink, sample_plan
from tests.conftest import MakeLivePage
from tests.live_plans import Step, make_plan
from tests.logged_events import logged_events
from tests.media import MediaFactory


class Rigged:
    """A ``LiveRunner`` of the sample plan on a fake clock and output (its timer never
    started: the test lets time pass)."""

    def __init__(self, db: Database, name: str) -> None:
        make_application()
        self.clock = FakeClock()
        self.output = FakeOutput(self.clock, MemorySink(), lengths=dict(LENGTHS))
        # the sample plan (fake media, every kind of cue), under a plan row of the database
        plan = replace(sample_plan(), id=make_plan(db, name, [Step("card")]))
        session = LiveSession(
            db, plan, self.output, RunOptions(SessionMode.REHEARSAL), clock=self.clock
        )
        self.runner = LiveRunner(session)
        self.session = self.runner.session
        self.published: list[SessionSnapshot] = []
        self.session.subscribe(self.published.append)
        self.session.begin()

    def wait(self, seconds: float) -> None:
        steps = max(1, round(seconds / 0.1))
        for _ in range(steps):
            self.clock.advance(seconds / steps)
            self.output.pump()
            self.session.tick()

    def close(self) -> None:
        self.runner.close()


@pytest.fixture
def rigged(db: Database) -> Iterator[Callable[[], Rigged]]:
    made: list[Rigged] = []

    def make() -> Rigged:
        made.append(Rigged(db, f"Sample {len(made) + 1}"))
        return made[-1]

    yield make
    for rig in made:
        rig.close()


#: What a facilitator does in the first minutes, in actions every client can send.
SCRIPT = (
    Action.GO, Action.SOFTEN, Action.HOLD, Action.PAUSE, Action.PAUSE, Action.RESTORE,
    Action.HOLD, Action.GO, Action.EXTEND, Action.SAFE_STOP, Action.GO, Action.PAUSE,
    Action.GO, Action.NOTE,
)  # fmt: skip


def _details(rig: Rigged) -> list[tuple[str, float, dict[str, Any]]]:
    return [
        (e.kind, e.mono_s, json.loads(e.detail_json))
        for e in logged_events(rig.session.db, rig.session.session_id)
    ]


def _log_of(rig: Rigged) -> list[tuple[Any, ...]]:
    """The session's events as every client must leave them: who sent an action aside."""
    out = []
    for event in logged_events(rig.session.db, rig.session.session_id):
        detail = json.loads(event.detail_json)
        detail = {k: v for k, v in detail.items() if k not in ("via", "device")}
        out.append((event.kind, event.mono_s, event.cue_position, event.position_s, detail))
    return out


def _drive(rig: Rigged, act: Callable[[Action], None]) -> list[SessionSnapshot]:
    seen = []
    for action in SCRIPT:
        act(action)
        rig.wait(1.5)
        seen.append(rig.session.snapshot)
    return seen


def test_the_console_the_phone_and_the_command_line_leave_the_same_record(
    qtbot: QtBot, rigged: Callable[[], Rigged], tmp_path: Path
) -> None:
    # The command line's door: the session itself, as the headless rehearsal drives it.
    door = rigged()

    def perform(action: Action) -> None:  # P toggles on every client: resume when paused
        if action is Action.PAUSE:
            action = door.session.snapshot.pause_toggle
        door.session.perform(action, text="quiet", private=True)

    by_door = _drive(door, perform)

    # The console: its keys and buttons.
    keys = rigged()
    console = LiveConsole(keys.runner, AudienceWindow())
    qtbot.addWidget(console)

    def press(action: Action) -> None:
        if action is Action.NOTE:
            console.note.setText("quiet")
            console.note.keep(private=True)
        else:
            console.handle(action)

    by_console = _drive(keys, press)
    console.shutdown()

    # The phone: its messages, through the remote's handler.
    phone = rigged()
    remote = RemoteControl(phone.runner, tmp_path)

    def send(action: Action) -> None:
        remote.act("Aiko's phone", Command(RemoteAction(action.value), text="quiet"))

    by_phone = _drive(phone, send)

    assert _log_of(door) == _log_of(keys) == _log_of(phone)
    assert by_door == by_console == by_phone
    kinds = [e[0] for e in _log_of(door)]
    assert kinds.count("resumed") == 3  # P resumed, GO resumed, GO continued the stop
    acted = [detail for _kind, _at, detail in _details(phone) if detail.get("action")]
    assert acted and all(detail.get("device") == "Aiko's phone" for detail in acted)


def _console_offers_what_the_table_allows(rig: Rigged, console: LiveConsole) -> None:
    state = rig.session.snapshot
    facts = Facts(
        rig.session.conductor.data, len(rig.session.plan.cues), rig.session.conductor.settings
    )
    for button, action in console.controls._actions(state):
        allowed = isinstance(verdict(facts, action), Rule)
        assert button.isEnabled() == allowed, (state.mode, action)
        if not allowed:
            assert button.toolTip() == state.refusals[action]  # and says why
    assert console.controls.next_cue.isVisibleTo(console.controls) == isinstance(
        verdict(facts, Action.NEXT), Rule
    )


ACTIONS = st.sampled_from(
    [Action.GO, Action.NEXT, Action.PAUSE, Action.RESUME, Action.SOFTEN, Action.RESTORE,
     Action.HOLD, Action.EXTEND, Action.SKIP, Action.BACK, Action.SAFE_STOP, Action.HARD_STOP]
)  # fmt: skip
STEPS = st.lists(st.one_of(ACTIONS, st.floats(0.2, 3.0)), min_size=1, max_size=20)


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(steps=STEPS)
def test_the_console_enables_exactly_what_the_table_allows(
    qtbot: QtBot, rigged: Callable[[], Rigged], steps: list[Action | float]
) -> None:
    rig = rigged()
    console = LiveConsole(rig.runner, AudienceWindow())
    try:
        _console_offers_what_the_table_allows(rig, console)
        for step in steps:
            if isinstance(step, float):
                rig.wait(step)
            else:
                console.handle(step)
            _console_offers_what_the_table_allows(rig, console)
    finally:
        console.shutdown()
        console.deleteLater()


def test_the_clocks_start_at_the_first_go_and_the_record_keeps_both_moments(
    rigged: Callable[[], Rigged],
) -> None:
    rig = rigged()
    rig.wait(30.0)  # the start form is done; the room settles; nobody has pressed GO
    before = rig.session.snapshot
    assert not before.started and before.session_elapsed_s == 0.0
    assert before.plan_remaining_s == pytest.approx(rig.session.plan.planned_s)
    rig.session.perform(Action.GO)
    rig.wait(5.0)
    assert rig.session.snapshot.started
    assert rig.session.snapshot.session_elapsed_s == pytest.approx(5.0, abs=0.01)
    events = _details(rig)
    opened, first_go = events[0], next(e for e in events if e[0] == "cue_started")
    assert opened[0] == "started" and opened[1] == pytest.approx(0.0, abs=0.01)
    assert first_go[1] == pytest.approx(30.0, abs=0.01)
    assert first_go[2]["snap"]["since"] == pytest.approx(30.0, abs=0.01)


def test_a_phones_go_never_holds_up_the_laptops(rigged: Callable[[], Rigged]) -> None:
    rig = rigged()
    assert rig.session.perform(Action.GO, source="Aiko's phone").done
    rig.clock.advance(0.05)
    assert rig.session.perform(Action.GO).done  # the laptop's own GO, 50 ms later
    rig.clock.advance(0.05)
    again = rig.session.perform(Action.GO)  # the laptop's second press: debounced
    assert not again.done and "twice" in again.reason
    assert rig.session.conductor.go_wait_s(CONSOLE) > 0


def test_each_action_is_published_once_whatever_it_changed(
    rigged: Callable[[], Rigged],
) -> None:
    # every screen redraws from each snapshot: an action's steps (the cue started, the
    # bed, the notice) are one snapshot, not one each
    rig = rigged()
    for action in SCRIPT:
        before = len(rig.published)
        rig.session.perform(action, text="A note")
        assert len(rig.published) == before + 1, action
        assert rig.published[-1] is rig.session.snapshot
        rig.wait(1.5)


def test_a_step_that_ends_outside_its_rules_modes_is_undone(
    rigged: Callable[[], Rigged],
) -> None:
    rig = rigged()
    conductor = rig.session.conductor

    def wrong(_request: object) -> None:
        conductor.data.mode = Mode.ENDED  # a bug: hold never ends a session

    conductor._handlers[Action.HOLD] = wrong
    outcome = rig.session.perform(Action.HOLD)
    assert not outcome.done and "which its rule does not allow" in outcome.reason
    assert conductor.mode is Mode.READY and not conductor.held
    kind, _at, detail = _details(rig)[-1]
    assert kind == EventKind.IGNORED.value and detail["failed"] is True


def test_paused_go_says_resume_and_a_clickers_page_down_resumes(
    qtbot: QtBot, db: Database, make_live_page: MakeLivePage, make_media: MediaFactory
) -> None:
    page: LivePage = make_live_page(size=(1280, 800))
    steps = [Step("music", make_media.tone("clicker.wav", 8), seconds=8)]
    console = page.open_plan(make_plan(db, "Clicker", steps))
    assert console is not None
    conductor = console.runner.conductor
    console.handle(Action.GO)
    qtbot.waitUntil(lambda: conductor.mode is Mode.RUNNING, timeout=5000)
    qtbot.waitUntil(lambda: conductor.go_wait_s() == 0, timeout=5000)
    console.handle(Action.PAUSE)
    qtbot.waitUntil(lambda: console.state.mode is Mode.PAUSED, timeout=5000)
    go = console.controls.go
    assert go.isEnabled() and console.state.go is GoMeaning.RESUME
    assert "resume" in go.text()
    console.window().activateWindow()
    console.setFocus()
    qtbot.keyClick(console, Qt.Key.Key_PageDown)  # a presentation clicker's "next"
    qtbot.waitUntil(lambda: conductor.mode is Mode.RUNNING, timeout=5000)
    assert console.controls.go.text().startswith("GO ") and "resume" not in go.text()
    kinds = [e.kind for e in logged_events(db, console.runner.session_id)]
    assert kinds[-1] == "resumed" or "resumed" in kinds


def test_every_key_answers_where_the_eye_is_and_an_unsent_note_is_kept(
    qtbot: QtBot, rigged: Callable[[], Rigged]
) -> None:
    rig = rigged()
    console = LiveConsole(rig.runner, AudienceWindow())
    qtbot.addWidget(console)
    console.resize(1280, 720)
    console.show()
    qtbot.waitExposed(console)
    console.handle(Action.GO)
    rig.wait(1.0)
    console.handle(Action.HOLD)
    console.handle(Action.EXTEND)  # while holding: it says how long it added
    extend = console.controls.extend.findChild(Flash)
    assert isinstance(extend, Flash) and extend.active() and extend.words == "+30 s"
    rig.wait(0.5)
    console.handle(Action.GO)
    console.handle(Action.GO)  # pressed again at once: the button says why it did nothing
    go = console.controls.go.findChild(Flash)
    assert isinstance(go, Flash) and go.active() and "twice" in go.words
    console.note.setText("the woman by the window left at the story")  # typed, not sent
    console.handle(Action.END)
    notes = [d for kind, _at, d in _details(rig) if kind == "note"]
    assert notes and notes[-1]["text"] == "the woman by the window left at the story"
    assert notes[-1]["private"] is True and console.note.text() == ""
    console.shutdown()
