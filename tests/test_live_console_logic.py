"""The console's plain decisions and Qt models, with no window: clock colours, the cue
list's rows from a conductor view, the teleprompter's pace, the keys, the timing table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from tearconsole.core.conductor import DONE, Outcome
from tearconsole.core.conductor.table import Action
from tearconsole.core.conductor.view import LiveView, Mode, Phase, RunningCue, Scene, SceneKind
from tearconsole.core.kinds import CueKind, StimulusKind
from tearconsole.core.plan import CueSpec, PlanSpec, StimulusInfo
from tearconsole.live.snapshot import (
    ClockTone,
    RowState,
    SessionSnapshot,
    clock_tone,
    cue_rows,
    session_snapshot,
)
from tearconsole.ui.app import make_application
from tearconsole.ui.audience.scene import CALM_TITLE, scene_words
from tearconsole.ui.audience.scene_view import BACKDROP, INK, breath_phase, scaled
from tearconsole.ui.audience.window import AudienceWindow
from tearconsole.ui.live.console import LiveConsole
from tearconsole.ui.live.cue_model import COLUMNS, PROGRESS_ROLE, CueListModel
from tearconsole.ui.live.keys import BINDINGS, next_speed, step_wait_pace
from tearconsole.ui.live.teleprompter import ScrollPacer
from tearconsole.ui.live.timing_model import TimingModel, TimingRow

STORY = StimulusInfo(2, StimulusKind.STORY, "The lamp", text="word " * 140)
PLAN = PlanSpec(
    1,
    "Plan",
    target_s=600,
    cues=(
        CueSpec(0, CueKind.STIMULUS, StimulusInfo(1, StimulusKind.CARD, "Welcome"), duration_s=20),
        CueSpec(1, CueKind.STIMULUS, STORY, duration_s=60),
        CueSpec(2, CueKind.PAUSE, duration_s=30),
        CueSpec(3, CueKind.BED_STOP),
    ),
)


def _view(**changes: object) -> LiveView:
    base: dict[str, object] = dict(
        mode=Mode.RUNNING,
        scene=Scene(SceneKind.STORY, STORY.text, STORY.title, 1),
        standing_by=2,
        running=(RunningCue(1, "The lamp", CueKind.STIMULUS, "main", Phase.BODY, 15.0, 60.0),),
        soften_level=0,
        held=False,
        pace=1.0,
        extension_s=0.0,
        hard_stop_armed=False,
        started=True,
        session_elapsed_s=40.0,
        cue_remaining_s=45.0,
        plan_remaining_s=75.0,
        target_s=600.0,
        story_text=STORY.text,
    )
    base.update(changes)
    return LiveView(**base)  # type: ignore[arg-type]


def console_state(
    plan: PlanSpec, view: LiveView, statuses: dict[int, str], rehearsal: bool, notice: str = ""
) -> SessionSnapshot:
    return session_snapshot(plan, view, statuses, {}, rehearsal=rehearsal, notice=notice)


def test_rows_follow_the_view_and_the_record() -> None:
    rows = cue_rows(PLAN, _view(), {0: "played"})
    states = [row.state for row in rows]
    assert states == [RowState.DONE, RowState.RUNNING, RowState.STANDBY, RowState.UPCOMING]
    assert rows[1].progress == pytest.approx(0.25) and rows[1].remaining_s == pytest.approx(45)
    assert [row.kind for row in rows] == ["card", "story", "pause", "bed"]
    skipped = cue_rows(PLAN, _view(standing_by=3), {0: "played", 2: "skipped"})
    assert skipped[2].state is RowState.SKIPPED and skipped[3].state is RowState.STANDBY


def test_console_state_from_a_view() -> None:
    state = console_state(PLAN, _view(mode=Mode.PAUSED, soften_level=2), {}, False, "x")
    assert state.paused and state.soften_level == 2 and state.notice == "x"
    assert state.story_title == "The lamp" and state.story_text == STORY.text
    assert state.standby_row is not None and state.standby_row.position == 2
    stopped = console_state(PLAN, _view(mode=Mode.STOPPED, running=()), {}, True)
    assert stopped.stopped and stopped.rehearsal and not stopped.running_rows


@pytest.mark.parametrize(
    ("elapsed", "remaining", "target", "tone"),
    [
        (100, 400, 600, ClockTone.CALM),  # ends early
        (100, 530, 600, ClockTone.AMBER),  # 30 s over
        (100, 600, 600, ClockTone.RED),  # 100 s over: more than a tenth of the target
        (3000, 700, 3600, ClockTone.AMBER),  # 100 s over an hour: still amber
        (3000, 1000, 3600, ClockTone.RED),  # over five minutes
        (700, 10, 600, ClockTone.RED),  # already past the target
        (100, 900, None, ClockTone.CALM),  # no target, no colour
    ],
)
def test_plan_clock_turns_amber_then_red(
    elapsed: float, remaining: float, target: float | None, tone: ClockTone
) -> None:
    state = SessionSnapshot(session_elapsed_s=elapsed, plan_remaining_s=remaining, target_s=target)
    assert clock_tone(state) is tone


def test_teleprompter_pace_and_softening() -> None:
    pacer = ScrollPacer()
    pacer.load("word " * 140)  # a minute of calm reading
    assert pacer.reading_s == pytest.approx(60.0)
    assert pacer.advance(30.0) == pytest.approx(0.5)
    pacer.soften_level = 2  # slower while softened (the conductor's story pace)
    assert pacer.advance(15.0) == pytest.approx(0.5 + 15.0 / 75.0)
    pacer.soften_level = 0
    assert pacer.step_pace(+1) > 1.0
    faster = pacer.seconds_left
    pacer.step_pace(-1)
    pacer.step_pace(-1)
    assert pacer.seconds_left > faster
    for _ in range(20):
        pacer.step_pace(-1)
    assert pacer.pace == 0.6  # bounded
    pacer.advance(1e6)
    assert pacer.fraction == 1.0
    pacer.nudge(-2.0)
    assert pacer.fraction == 0.0


def test_keys_are_distinct_and_the_jumps_need_ctrl() -> None:
    sequences = [QKeySequence(b.keys).toString() for b in BINDINGS]
    assert len(set(sequences)) == len(sequences)
    by_action = {b.action: QKeySequence(b.keys) for b in BINDINGS if not b.clicker}
    assert by_action[Action.GO] == QKeySequence(Qt.Key.Key_Space)
    assert by_action[Action.SAFE_STOP] == QKeySequence(Qt.Key.Key_Escape)
    for action in (Action.SKIP, Action.BACK, Action.HARD_STOP):
        assert "Ctrl" in by_action[action].toString()
    assert [next_speed(s) for s in (1.0, 2.0, 4.0, 3.0)] == [2.0, 4.0, 1.0, 1.0]
    assert step_wait_pace(1.0, 1) == 1.25 and step_wait_pace(1.0, -1) == 0.8
    assert step_wait_pace(2.0, 1) == 2.0 and step_wait_pace(0.5, -1) == 0.5


def test_cue_list_model_without_a_window() -> None:
    model = CueListModel()
    rows = cue_rows(PLAN, _view(), {0: "played"})
    model.set_rows(rows)
    assert model.rowCount() == 4 and model.columnCount() == len(COLUMNS)
    progress = COLUMNS.index("Progress")
    assert model.index(1, progress).data() == "0:45 left"
    assert model.index(1, progress).data(PROGRESS_ROLE) == pytest.approx(0.25)
    assert model.index(2, progress).data() == "standing by"
    assert model.index(0, COLUMNS.index("#")).data() == "1"
    assert model.row_of_position(2) == 2
    changed: list[int] = []
    resets: list[int] = []
    model.dataChanged.connect(lambda *_: changed.append(1))
    model.modelReset.connect(lambda: resets.append(1))
    model.set_rows(cue_rows(PLAN, _view(standing_by=3), {0: "played"}))
    assert changed and not resets  # same length: updated in place, not reset
    changed.clear()
    model.set_rows(cue_rows(PLAN, _view(standing_by=3), {0: "played"}))
    assert not changed and not resets  # the same rows again: nothing to redraw
    model.set_rows(rows[:2])
    assert resets and model.rowCount() == 2  # fewer rows: reset


def test_timing_model_shows_the_difference() -> None:
    model = TimingModel()
    model.set_rows((TimingRow(0, "Welcome", 20.0, 31.0), TimingRow(1, "Lamp", 60.0, None)))
    assert model.index(0, 4).data() == "+0:11"
    assert model.index(0, 4).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(1, 3).data() == ""


def test_audience_words_and_colours() -> None:
    assert scene_words(Scene(SceneKind.CALM))[0] == CALM_TITLE
    assert scene_words(Scene(SceneKind.BLANK)) == ("", "")
    assert scene_words(Scene(SceneKind.BREATHING))[1]
    assert scaled(INK, 0.0) == BACKDROP and scaled(INK, 1.0) == INK
    assert scaled(INK, 0.6).lightness() < INK.lightness()
    assert max(INK.red(), INK.green(), INK.blue()) < 250  # no pure white in the room
    assert breath_phase(0.0) == pytest.approx(0.0) and breath_phase(5.0) == pytest.approx(1.0)


class _StateSession:
    """Only what the console reads of a session: a snapshot set by the test (the real
    session is tested with the conductor and libVLC in test_live_console.py)."""

    def __init__(self, state: SessionSnapshot) -> None:
        self.snapshot = state
        self.actions: list[Action] = []

    def perform(self, action: Action, value: float | None = None, **_: object) -> Outcome:
        self.actions.append(action)
        return DONE

    def timings(self) -> list[object]:
        return []


class _StateRunner(QObject):
    published = Signal(object)

    def __init__(self, state: SessionSnapshot) -> None:
        super().__init__()
        self.session = _StateSession(state)
        self.output = self
        self.session_id = 1

    def show(self, state: SessionSnapshot) -> None:
        self.session.snapshot = state
        self.published.emit(state)

    def set_video_window(self, handle: int | None) -> None: ...
    def close(self) -> None: ...


def test_the_story_stays_until_another_cue_starts(qtbot: QtBot) -> None:
    make_application()
    reading = console_state(PLAN, _view(), {0: "played"}, False)
    runner = _StateRunner(reading)
    console = LiveConsole(runner, AudienceWindow())  # type: ignore[arg-type]
    qtbot.addWidget(console)
    assert console.teleprompter.view.toPlainText().startswith("word")
    assert console.teleprompter.running
    runner.show(console_state(PLAN, _view(running=(), story_text=None), {1: "played"}, False))
    # the story's planned time is up; the reader is not done
    assert console.teleprompter.view.toPlainText().startswith("word")
    assert console.teleprompter.running
    pause = RunningCue(2, "Pause", CueKind.PAUSE, "main", Phase.BODY, 1.0, 30.0)
    runner.show(console_state(PLAN, _view(running=(pause,), story_text=None), {}, False))
    assert not console.teleprompter.view.toPlainText().startswith("word")
    assert not console.teleprompter.running
    console.handle(Action.GO)
    assert runner.session.actions == [Action.GO]
    console.note.setFocus()
    qtbot.keyClick(console.note, Qt.Key.Key_Space)  # an empty note: Space is still GO
    assert runner.session.actions == [Action.GO, Action.GO] and console.note.text() == ""
    console.note.setText("half a thought")
    qtbot.keyClick(console.note, Qt.Key.Key_Space)  # inside a note it is a space
    assert runner.session.actions == [Action.GO, Action.GO]
    assert console.note.text() == "half a thought "
    console.shutdown()
