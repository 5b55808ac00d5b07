"""The conductor on the Qt loop with the real libVLC engine (dummy outputs) and a real
event log: beds under stories, and a media file removed in the middle of a session."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from tearconsole.core.conductor.view import Mode, SceneKind
from tearconsole.core.kinds import SessionMode
from tearconsole.core.ports import Layer
from tearconsole.live.runner import LiveRunner
from tearconsole.live.session import LiveSession, RunOptions
from tearconsole.live.snapshot import SessionSnapshot
from tearconsole.playback.engine import VlcOutput
from tearconsole.storage.db import Database
from tearconsole.storage.models import SessionRecord
from tearconsole.storage.plans import find_plan, plan_spec
from tests.live_plans import Step, make_plan
from tests.logged_events import logged_events
from tests.media import MediaFactory


def _runner(db: Database, plan_id: int, vlc: Any, speed: float, autopilot: bool) -> LiveRunner:
    with db.session() as session:
        spec = plan_spec(find_plan(session, plan_id))
    options = RunOptions(SessionMode.REHEARSAL, speed, autopilot=autopilot)
    return LiveRunner(LiveSession(db, spec, VlcOutput(vlc), options))


def test_a_bed_keeps_playing_under_a_story(
    qtbot: QtBot, db: Database, vlc_instance: Any, make_media: MediaFactory
) -> None:
    steps = [
        Step("bed_start", make_media.tone("bed-live.ogg", 6, freq=220), seconds=6.0),
        Step("story", seconds=4.0, text="A lamp kept a window warm.", cue={"continue_mode": "go"}),
        Step("bed_stop", cue={"continue_mode": "go", "fade_out_s": 1.0}),
    ]
    runner = _runner(db, make_plan(db, "Bed", steps), vlc_instance, 2.0, autopilot=False)
    output = runner.conductor._output
    assert isinstance(output, VlcOutput)
    runner.start()
    runner.conductor.go()
    c = runner.conductor
    assert c.scene.kind is SceneKind.STORY
    qtbot.waitUntil(lambda: (output.position_s(Layer.BED) or 0) > 0.5, timeout=10_000)
    early = output.position_s(Layer.BED) or 0.0
    qtbot.waitUntil(lambda: c.mode is Mode.READY, timeout=10_000)  # the story is over
    assert c.standing_by == 2 and c.scene.kind is SceneKind.STORY  # its text stays up
    late = output.position_s(Layer.BED) or 0.0
    assert late > early + 1.0  # still playing, and it was playing all through the story
    assert output.level_db(Layer.BED) > -3.0  # at its own level, not faded
    c.go()  # bed stops (a 1 s fade at x2)
    qtbot.waitUntil(lambda: output.position_s(Layer.BED) is None, timeout=10_000)
    kinds = [e.kind for e in logged_events(db, runner.session_id) if e.kind != "checkpoint"]
    assert kinds[:4] == ["started", "cue_started", "cue_started", "cue_ended"]
    assert "media_error" not in kinds
    runner.close()
    output.shutdown()


def test_a_file_removed_mid_session_is_survived(
    qtbot: QtBot, db: Database, vlc_instance: Any, make_media: MediaFactory, tmp_path: Path
) -> None:
    doomed = tmp_path / "doomed.wav"
    shutil.copyfile(make_media.tone("doomed-src.wav", 2, freq=550), doomed)
    steps = [
        Step("music", make_media.tone("first-live.wav", 2), seconds=2.0),
        Step("card", seconds=1.0),
        Step("music", doomed, seconds=2.0, cue={"continue_mode": "go"}),
        Step("card", seconds=1.0, text="Thank you", cue={"continue_mode": "go"}),
    ]
    runner = _runner(db, make_plan(db, "Doomed", steps), vlc_instance, 2.0, autopilot=True)
    views: list[SessionSnapshot] = []
    notices: list[str] = []
    runner.published.connect(views.append)
    runner.notice.connect(notices.append)
    runner.start()
    qtbot.waitUntil(lambda: runner.conductor.view().main is not None, timeout=5_000)
    doomed.unlink()  # gone while the first cue plays, before anything opened it
    with qtbot.waitSignal(runner.ended, timeout=30_000):
        pass
    events = logged_events(db, runner.session_id)
    errors = [e for e in events if e.kind == "media_error"]
    assert errors and {e.cue_position for e in errors} == {2}
    assert any("missing" in n and "doomed.wav" in n for n in notices)
    started = [e.cue_position for e in events if e.kind == "cue_started"]
    assert started == [0, 1, 2, 3]  # the session went on past the missing file
    calm = [v for v in views if v.audience.kind is SceneKind.CALM and v.mode is not Mode.ENDED]
    assert calm, "the audience got the calm card when the file failed"
    with db.session() as session:
        assert session.get(SessionRecord, runner.session_id).state == "finished"  # type: ignore[union-attr]
    runner.conductor._output.shutdown()  # type: ignore[attr-defined]
