"""Sound goes where the screen says: the Live page and its Room check on a real PulseAudio
with two null sinks (hdmi "HDMI", speakers "Speakers"), libVLC as the app makes it. The
box shows what the settings say (the system's default until one is chosen), choosing
always takes (also the output already shown), the tone and a session's cue are heard on
the chosen sink only, and the start form says when the sound would go to the default or
to an output not connected, with the way to the Room check."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tearconsole.core.checkin import StartInfo, plan_content_notes
from tearconsole.core.conductor.table import Action
from tearconsole.core.plan import PlanSpec
from tearconsole.playback.audio_system import chosen_device
from tearconsole.settings import AUDIO_OUTPUT
from tearconsole.storage.db import Database
from tearconsole.storage.plans import find_plan, plan_spec
from tearconsole.ui.app import make_application
from tearconsole.ui.live.page import LivePage, ask_start_dialog
from tearconsole.ui.session_start_dialog import SessionStartDialog
from tests.live_plans import Step, make_plan
from tests.media import MediaFactory
from tests.pulsekit import PulseServer, heard_only_on


@pytest.fixture
def told() -> list[str | None]:
    return []


@pytest.fixture
def page(
    qtbot: QtBot,
    db: Database,
    pulse: PulseServer,
    told: list[str | None],
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[LivePage]:
    """The Live page with libVLC of its own, playing through the test's PulseAudio."""
    monkeypatch.setenv("TEARCONSOLE_VLC_OPTIONS", "--vout=dummy --file-caching=0")
    make_application()

    def ask_start(*args: object) -> StartInfo:
        told.append(args[-1])  # type: ignore[arg-type]
        return StartInfo()

    live = LivePage(db, ask_start=ask_start, ask_end=lambda *_: None)
    qtbot.addWidget(live)
    live.resize(1366, 768)
    try:
        yield live
    finally:
        live.shutdown()
        for sink in ("hdmi", "speakers"):
            if pulse.module_of(sink) is None:
                pulse.plug(sink)


def test_the_box_the_setting_and_the_sound_agree(
    qtbot: QtBot,
    db: Database,
    page: LivePage,
    pulse: PulseServer,
    told: list[str | None],
    make_media: MediaFactory,
    tmp_path: Path,
) -> None:
    tone = make_media.tone("room-sound.wav", 20)
    plan_id = make_plan(db, "Where the sound goes", [Step("music", tone, seconds=20.0)])
    other_plan = make_plan(db, "Another room", [Step("music", tone, seconds=20.0)])
    # nothing chosen yet: the box says the default, as the engine would play
    assert "system's default" in (page.check_sound(plan_id) or "")
    room = page.open_room_check(plan_id)
    assert room.output_list.currentText() == "The system's default output"
    assert "default" in room.sound_status.text()
    assert [room.output_list.itemText(i) for i in range(room.output_list.count())] == [
        "The system's default output",
        "HDMI",
        "Speakers",
    ]
    # choosing takes, also the output the box shows already
    assert room.choose_output("HDMI")
    assert chosen_device(page.settings, plan_id) == "hdmi"
    assert room.output_list.currentText() == "HDMI" and "HDMI" in room.sound_status.text()
    page.settings.set(AUDIO_OUTPUT, None)  # forgotten behind the box's back...
    room.choose_output("HDMI")  # ...and the same item chosen again: kept again
    assert chosen_device(page.settings, plan_id) == "hdmi"
    room.play_tone()
    try:
        heard_only_on(qtbot, pulse, "hdmi", "speakers", tmp_path, "tone")
        room.play_snippet(0)  # the plan's loudest cue (longer than the tone)
        heard_only_on(qtbot, pulse, "hdmi", "speakers", tmp_path, "cue")
        room.choose_output("Speakers")  # while it plays: it goes there
        heard_only_on(qtbot, pulse, "speakers", "hdmi", tmp_path, "cue-moved")
        room.choose_output("HDMI")
    finally:
        room.stop_sound()
    # for one plan only: the other plan keeps the machine's choice
    room.for_plan.click()
    room.choose_output("Speakers")
    assert chosen_device(page.settings, plan_id) == "speakers"
    assert chosen_device(page.settings, other_plan) == "hdmi"
    room.open_for(plan_id)
    assert room.output_list.currentText() == "Speakers" and room.for_plan.isChecked()
    assert "Speakers for this plan" in room.sound_status.text()
    room.open_for(other_plan)
    assert room.output_list.currentText() == "HDMI" and not room.for_plan.isChecked()
    room.back_button.click()

    # the session plays where the box said: Speakers for this plan, nothing on HDMI
    console = page.open_plan(plan_id)
    assert console is not None and told == [None]  # nothing to say in the start form
    assert console.state.sound_output == "Speakers"  # the session's snapshot says it too
    console.handle(Action.GO)
    heard_only_on(qtbot, pulse, "speakers", "hdmi", tmp_path, "cue")
    page.close_console()


def test_the_start_form_says_when_the_chosen_output_is_not_connected(
    qtbot: QtBot, db: Database, page: LivePage, pulse: PulseServer, make_media: MediaFactory
) -> None:
    tone = make_media.tone("room-sound-gone.wav", 4)
    plan_id = make_plan(db, "HDMI unplugged", [Step("music", tone, seconds=4.0)])
    page.plans.setCurrentIndex(page.plans.findData(plan_id))
    assert "No sound output is chosen" in (page.check_sound(plan_id) or "")
    room = page.open_room_check(plan_id)
    room.choose_output("HDMI")
    room.back_button.click()  # HDMI chosen and there: the Live page has nothing to say
    assert page.sound_problem.isHidden() and page.sound_problem.text() == ""
    pulse.unplug("hdmi")
    problem = page.check_sound(plan_id) or ""
    assert "HDMI" in problem and "not connected" in problem and "default" in problem
    room.open_for(plan_id)  # the Room check shows the choice, not another output
    assert room.output_list.currentText() == "HDMI (not connected)"
    assert room.sound_status.text() == problem  # the same sentence as the start form
    room.back_button.click()

    # the real start form: the sentence, and the Room check one click away
    with db.session() as session:
        plan: PlanSpec = plan_spec(find_plan(session, plan_id))

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SessionStartDialog)
        assert dialog.sound_problem.text() == problem and dialog.sound_problem.isVisible()
        dialog.room_check_button.click()

    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.isVisible())
    QTimer.singleShot(0, answer)
    started = ask_start_dialog(page, plan, plan_content_notes(plan), False, problem)
    assert started is None  # not started...
    assert page.stack.currentWidget() is page.room_check  # ...the Room check instead


def test_the_console_says_the_sound_server_went_and_came_back(
    qtbot: QtBot,
    db: Database,
    page: LivePage,
    pulse: PulseServer,
    make_media: MediaFactory,
    tmp_path: Path,
) -> None:
    """The whole path as the app makes it: the Live page's own libVLC and sound watch, the
    console's notice line, the chosen sink after PulseAudio was killed and restarted."""
    tone = make_media.tone("room-sound-server.wav", 30)
    plan_id = make_plan(db, "Server goes", [Step("music", tone, seconds=30.0)])
    page.open_room_check(plan_id).choose_output("HDMI")
    console = page.open_plan(plan_id)
    assert console is not None
    console.handle(Action.GO)
    qtbot.waitUntil(lambda: pulse.input_sinks() == ["hdmi"], timeout=10_000)
    try:
        pulse.kill()
        qtbot.waitUntil(lambda: "sound server stopped" in console.notice.text(), timeout=3_000)
        assert console.state.sound_output == ""  # nowhere known while it is gone
    finally:
        pulse.restart()
    qtbot.waitUntil(lambda: "sound server is back" in console.notice.text(), timeout=3_000)
    assert "HDMI" in console.notice.text() and console.state.sound_output == "HDMI"
    heard_only_on(qtbot, pulse, "hdmi", "speakers", tmp_path, "console")
    page.close_console()


def test_the_sound_line_follows_the_plan_shown(
    qtbot: QtBot, db: Database, page: LivePage, pulse: PulseServer, make_media: MediaFactory
) -> None:
    tone = make_media.tone("room-sound-plans.wav", 4)
    own = make_plan(db, "Its own output", [Step("music", tone, seconds=4.0)])
    other = make_plan(db, "The machine's output", [Step("music", tone, seconds=4.0)])
    room = page.open_room_check(other)
    room.choose_output("HDMI")  # the machine's choice
    room.open_for(own)
    room.for_plan.click()
    room.choose_output("Speakers")  # this plan's own
    room.back_button.click()
    pulse.unplug("speakers")
    page.show()
    qtbot.waitExposed(page)
    page.plans.setCurrentIndex(page.plans.findData(other))
    qtbot.waitUntil(lambda: page.sound_problem.isHidden(), timeout=3000)
    page.plans.setCurrentIndex(page.plans.findData(own))  # chosen in the list: said at once
    assert page.sound_problem.isVisible()
    assert "Speakers" in page.sound_problem.text() and "not connected" in page.sound_problem.text()
    page.plans.setCurrentIndex(page.plans.findData(other))
    assert page.sound_problem.isHidden()
