"""The conductor, scene by scene, on a fake clock and a fake output."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tearconsole.core.conductor.log import Snapshot
from tearconsole.core.conductor.view import Mode, Phase, SceneKind
from tearconsole.core.kinds import CueKind, EventKind
from tearconsole.core.plan import CueSpec, PlanSpec
from tearconsole.core.ports import Layer
from tests.conductor_fakes import STORY, Rig, rig_at_missing_music


def test_begin_logs_started_stands_by_and_preloads_nothing_for_a_card() -> None:
    rig = Rig()
    rig.conductor.begin()
    assert rig.sink.kinds() == ["started"]
    assert rig.conductor.mode is Mode.READY and rig.conductor.standing_by == 0
    assert rig.output.rate == 1.0


def test_a_plan_runs_through_follow_post_wait_and_beds() -> None:
    rig = Rig()
    c = rig.begin()
    c.go()
    assert c.scene.kind is SceneKind.CARD and c.mode is Mode.RUNNING
    rig.run(5.1)  # the welcome card's 5 s
    assert c.mode is Mode.READY and c.standing_by == 1
    c.go()  # bed starts and the story follows at once
    assert Layer.BED in rig.output.audible()
    assert c.scene.kind is SceneKind.STORY and c.view().story_text
    rig.run(10.05)  # the story ...
    assert c.view().main is not None and c.view().main.phase is Phase.POST_WAIT  # type: ignore[union-attr]
    rig.run(2.0)  # ... its post-wait, then the pause follows
    assert c.scene.kind is SceneKind.BREATHING and c.scene.text == "Breathe in"
    assert Layer.BED in rig.output.audible()  # the bed plays under the story and the pause
    rig.run(4.05)  # pause ends, bed stops, the film's pre-wait begins
    assert c.view().main.phase is Phase.PRE_WAIT  # type: ignore[union-attr]
    rig.run(1.05)
    assert c.scene.kind is SceneKind.VIDEO and Layer.MAIN in rig.output.audible()
    rig.run(3.5)  # the bed's 3 s fade is over
    assert rig.output.audible() == [Layer.MAIN]
    rig.run(2.6)  # the film ends (GO mode): ready, the picture goes dark
    assert c.mode is Mode.READY and c.standing_by == 6
    assert c.scene.kind is SceneKind.BLANK
    started = [e.cue_position for e in rig.events(EventKind.CUE_STARTED)]
    ended = [e.cue_position for e in rig.events(EventKind.CUE_ENDED)]
    assert started == [0, 1, 2, 3, 4, 5] and ended == [0, 2, 3, 5]
    assert [e.action for e in rig.events(EventKind.CUE_STARTED)] == ["go", "go"] + [None] * 4


def test_a_second_go_within_300_ms_is_ignored_and_says_why() -> None:
    rig = Rig()
    rig.conductor.begin()
    rig.conductor.go()
    rig.clock.advance(0.2)
    rig.conductor.go()
    ignored = rig.events(EventKind.IGNORED)
    assert len(ignored) == 1 and ignored[0].action == "go"
    assert "twice" in ignored[0].detail["reason"] and rig.listener.notices
    assert rig.conductor.standing_by == 1  # nothing moved on
    rig.clock.advance(0.2)  # 0.4 s after the accepted GO, 0.2 s after the last press
    rig.conductor.go()
    assert len(rig.events(EventKind.IGNORED)) == 2  # the guard counts from the last press
    rig.clock.advance(0.3)
    rig.conductor.go()
    by_go = [e for e in rig.events(EventKind.CUE_STARTED) if e.action == "go"]
    assert [e.cue_position for e in by_go] == [0, 1]


def test_go_crossfades_media_and_preloads_the_next_cue() -> None:
    rig = Rig()
    c = rig.begin(at=5)  # to the film
    assert [call.name for call in rig.output.calls][-1] == "preload"
    preloaded = rig.output.calls[-1].args[1]
    c.go()
    rig.run(1.1)  # pre-wait
    start = next(call for call in rig.output.calls if call.name == "start")
    assert start.args[1] == preloaded  # the same token: started from its preload
    rig.run(1.0)
    c.go()  # the music while the film plays: a 2 s crossfade
    start = [call for call in rig.output.calls if call.name == "start"][-1]
    assert start.args[3] == pytest.approx(2.0)
    ended = rig.events(EventKind.CUE_ENDED)[-1]
    assert ended.cue_position == 5 and ended.detail["reason"] == "replaced"


def test_pause_freezes_time_and_resume_fades_back() -> None:
    rig = Rig()
    c = rig.begin()
    c.go()
    rig.run(2.0)
    c.pause()
    assert c.mode is Mode.PAUSED and rig.output.paused
    assert rig.output.calls[-1].args == (True, 1.5)
    rig.run(30.0)
    assert c.mode is Mode.PAUSED and c.view().main.elapsed_s == pytest.approx(2.0)  # type: ignore[union-attr]
    c.resume()
    rig.run(3.05)
    assert c.mode is Mode.READY  # the card's 5 s, not counting the pause


def test_soften_steps_down_and_restore_comes_back_over_3_s() -> None:
    rig = Rig()
    c = rig.begin()
    c.go()
    c.soften()
    assert (rig.output.master_db, rig.output.brightness) == (-6.0, 0.8)
    assert c.scene.brightness == 0.8
    c.soften()
    assert (rig.output.master_db, rig.output.brightness) == (-12.0, 0.6)
    c.restore()
    assert rig.output.calls[-1].args == (0.0, 1.0, 3.0)
    assert c.soften_level == 0


def test_soften_level_2_slows_a_story() -> None:
    rig = Rig()
    c = rig.begin(at=1)
    c.go()  # bed, then the 10 s story
    c.soften()
    c.soften()
    rig.run(10.5)
    assert c.view().main.phase is Phase.BODY  # type: ignore[union-attr]
    rig.run(2.1)  # 12.5 s in all
    assert c.view().main.phase is Phase.POST_WAIT  # type: ignore[union-attr]


def test_soften_level_3_fades_the_cue_and_lands_on_the_soft_landing_cue() -> None:
    rig = Rig()
    c = rig.begin(at=5)
    c.go()
    rig.run(2.0)  # the film plays
    for _ in range(3):
        c.soften()
    assert c.soften_level == 3
    ended = rig.events(EventKind.CUE_ENDED)[-1]
    assert ended.cue_position == 5 and ended.detail["reason"] == "soft_landing"
    started = rig.events(EventKind.CUE_STARTED)[-1]
    assert started.cue_position == 8 and started.detail["how"] == "soft_landing"
    assert c.scene.kind is SceneKind.BREATHING and c.scene.text == "Breathe with me"
    assert rig.output.master_db <= -12.0
    c.soften()
    assert rig.events()[-1].kind is EventKind.IGNORED


def test_safe_stop_fades_to_calm_silence_and_go_continues_the_story_with_its_bed() -> None:
    rig = Rig()
    c = rig.begin()
    c.go()
    rig.run(5.1)
    c.go()  # bed + story
    rig.run(1.0)
    c.safe_stop()
    assert c.mode is Mode.STOPPED and c.scene.kind is SceneKind.CALM
    rig.run(3.05)
    assert rig.output.audible() == []
    view = c.view()
    assert view.interrupted == 2 and view.interrupted_at_s == pytest.approx(1.0, abs=0.06)
    assert view.story_text  # the teleprompter keeps the story while the room waits
    rig.clock.advance(0.5)
    assert c.go().done
    assert c.mode is Mode.RUNNING and c.scene.kind is SceneKind.STORY
    assert Layer.BED in rig.output.audible()  # the bed fades back in with it
    resumed = rig.events(EventKind.RESUMED)[-1]
    assert resumed.detail["how"] == "continue" and resumed.cue_position == 2
    assert resumed.position_s == pytest.approx(1.0, abs=0.06)
    rig.run(8.9)  # the story's other 9 s, where it was, not from the top
    assert c.view().main.phase is Phase.BODY  # type: ignore[union-attr]
    rig.run(0.2)
    assert c.view().main.phase is Phase.POST_WAIT  # type: ignore[union-attr]


def test_next_cue_after_a_safe_stop_leaves_the_interrupted_cue() -> None:
    rig = Rig()
    c = rig.begin(at=1)
    c.go()  # bed + story
    rig.run(1.0)
    c.safe_stop()
    rig.run(3.05)
    assert c.standing_by == 3
    assert c.next_cue().done
    assert c.mode is Mode.RUNNING and c.scene.kind is SceneKind.BREATHING
    ended = rig.events(EventKind.CUE_ENDED)[-1]
    assert ended.cue_position == 2 and ended.detail["reason"] == "safe_stop"
    assert Layer.BED in rig.output.audible()  # the plan has the bed under the pause too


def test_hard_stop_needs_a_second_press() -> None:
    rig = Rig()
    c = rig.begin()
    c.go()
    c.hard_stop()
    assert c.mode is Mode.RUNNING and c.view().hard_stop_armed
    rig.run(6.0)
    c.hard_stop()  # too late: arms again
    assert c.mode is not Mode.ENDED
    c.hard_stop()
    assert c.mode is Mode.ENDED and rig.output.audible() == []
    assert rig.sink.kinds()[-2:] == ["hard_stop", "ended"]


def test_hold_keeps_the_next_automatic_step_until_released() -> None:
    rig = Rig()
    c = rig.begin(at=1)
    c.hold()
    c.go()  # GO itself is not held; it clears the hold
    assert not c.held
    c.hold()
    rig.run(12.1)  # story + post-wait
    assert c.mode is Mode.READY and c.standing_by == 3 and c.held
    c.hold()  # release: the due step is taken
    assert c.scene.kind is SceneKind.BREATHING and c.mode is Mode.RUNNING


def test_extend_adds_a_breathing_pause_after_the_cue_and_pace_scales_pauses() -> None:
    rig = Rig()
    c = rig.begin()
    c.go()
    c.extend(4.0)
    rig.run(5.1)
    assert c.scene.kind is SceneKind.BREATHING and c.mode is Mode.RUNNING
    rig.run(4.0)
    assert c.mode is Mode.READY
    c.set_pace(2.0)
    for _ in range(2):
        c.skip()
    rig.clock.advance(1)
    c.go()  # the 4 s pause at x2
    rig.run(7.5)
    assert c.view().main is not None and c.view().main.position == 3  # type: ignore[union-attr]
    c.set_pace(9)
    assert c.pace == 2.0


def test_a_failing_file_is_logged_calms_the_audience_and_the_session_goes_on() -> None:
    rig = rig_at_missing_music()  # music (post-wait 2 s), which fails
    c = rig.conductor
    errors = rig.events(EventKind.MEDIA_ERROR)
    assert errors and errors[0].cue_position == 6 and "missing" in errors[0].detail["reason"]
    assert c.scene.kind is SceneKind.CALM and any("Homeward" in n for n in rig.listener.notices)
    rig.run(2.1)
    assert c.scene.kind is SceneKind.CARD  # the closing card followed


def test_recovery_lands_paused_and_resumes_media_at_its_position() -> None:
    rig = Rig()
    c = rig.conductor
    c.begin(resume=Snapshot(main=5, main_s=3.5, standby=6, bed=None))
    assert c.mode is Mode.RECOVERED
    assert rig.sink.kinds() == ["recovered"] and rig.output.audible() == []
    c.resume()
    start = next(call for call in rig.output.calls if call.name == "start")
    assert start.args[1].in_s == pytest.approx(3.5)
    assert c.scene.kind is SceneKind.VIDEO
    rig.run(2.6)
    assert c.mode is Mode.READY and c.standing_by == 6


def test_a_softened_held_paced_session_resumes_as_it_was_never_at_full_level() -> None:
    rig = Rig()
    c = rig.conductor
    snap = Snapshot(main=5, main_s=3.5, standby=6, bed=None, soften=2, pace=1.5, held=True)
    c.begin(resume=snap)
    view = c.view()
    assert (view.soften_level, view.pace, view.held) == (2, 1.5, True)
    assert (rig.output.master_db, rig.output.brightness) == (-12.0, 0.6)
    names = [call.name for call in rig.output.calls]
    assert names.index("set_master") < names.index("preload")
    recovered = rig.events(EventKind.RECOVERED)[0].snapshot
    assert (recovered.soften, recovered.pace, recovered.held) == (2, 1.5, True)
    c.resume()
    start = next(call for call in rig.output.calls if call.name == "start")
    assert start.args[1].in_s == pytest.approx(3.5) and rig.output.master_db == -12.0


def test_an_older_snapshot_without_adjustments_resumes_as_planned() -> None:
    old = {"main": 5, "main_s": 3.5, "standby": 6, "bed": None, "paused": False}
    snap = Snapshot.from_dict(old)
    assert (snap.soften, snap.pace, snap.held) == (None, None, None)
    assert Snapshot.from_dict(snap.as_dict()) == snap
    rig = Rig()
    rig.conductor.begin(resume=snap)
    view = rig.conductor.view()
    assert (view.soften_level, view.pace, view.held) == (0, 1.0, False)
    assert rig.output.master_db == 0.0 and view.mode is Mode.RECOVERED


def test_every_event_carries_where_to_resume() -> None:
    rig = Rig()
    c = rig.begin(at=5)
    c.go()
    rig.run(3.0)
    checkpoint = rig.events(EventKind.CHECKPOINT)[-1]
    assert checkpoint.snapshot.main == 5
    assert checkpoint.position_s == pytest.approx(checkpoint.mono_s - 1.0, abs=0.06)
    assert rig.events()[-1].snapshot.standby == 6


def test_rehearsal_speed_scales_timed_cues() -> None:
    rig = Rig(speed=4.0)
    c = rig.begin()
    c.go()
    rig.run(1.3)  # 5 s card at x4
    assert c.mode is Mode.READY and rig.output.rate == 4.0


def test_rehearsal_speed_and_seek_are_logged_and_reach_the_output() -> None:
    rig = Rig()
    c = rig.begin()
    c.go()
    c.seek(3.0)
    assert c.view().main.elapsed_s == pytest.approx(3.0)  # type: ignore[union-attr]
    c.set_speed(2.0)
    assert rig.output.rate == 2.0
    rig.run(1.05)  # the 2 s left of the card at x2
    assert c.mode is Mode.READY
    c.seek(1.0)
    c.set_speed(100)
    actions = [(e.kind.value, e.action) for e in rig.events() if e.action]
    assert actions[-5:] == [
        ("cue_started", "go"), ("checkpoint", "seek"), ("pace", "speed"),
        ("ignored", "seek"), ("ignored", "speed"),
    ]  # fmt: skip


def test_a_story_with_narration_plays_it_under_its_text_and_ends_with_it() -> None:
    told = replace(STORY, narration_path="told.ogg")
    plan = PlanSpec(1, "Told", cues=(CueSpec(0, CueKind.STIMULUS, told, duration_s=3.0),))
    rig = Rig(plan)
    rig.output.lengths["told.ogg"] = 5.0
    c = rig.begin()
    c.go()
    start = next(call for call in rig.output.calls if call.name == "start")
    assert start.args[1].path == "told.ogg"
    assert c.scene.kind is SceneKind.STORY and c.view().story_text
    rig.run(4.0)
    assert c.mode is Mode.RUNNING  # the narration, not the planned 3 s, decides
    rig.run(1.1)
    assert c.mode is Mode.READY


def test_the_listener_hears_of_changes_not_of_every_tick() -> None:
    rig = Rig()
    c = rig.begin()
    c.go()
    before = len(rig.listener.views)
    rig.run(0.9, step=0.02)  # 45 ticks, nothing changes but the clocks
    assert len(rig.listener.views) == before
    rig.run(4.2, step=0.02)  # the card ends: one push for that (and checkpoints)
    assert rig.listener.views[-1].mode is Mode.READY
    assert len(rig.listener.views) - before <= 6


def test_recovery_brings_back_the_bed_under_a_timed_cue() -> None:
    rig = Rig()
    c = rig.conductor
    c.begin(resume=Snapshot(main=2, main_s=4.0, standby=3, bed=1))
    assert [r.layer for r in c.view().running] == ["main", "bed"]
    assert rig.output.audible() == []
    c.resume()
    bed = next(call for call in rig.output.calls if call.name == "start")
    assert bed.args[0] is Layer.BED and bed.args[1].loop
    assert c.scene.kind is SceneKind.STORY
    rig.run(6.05)  # the story's 10 s less the 4 s it had run
    assert c.view().main.phase is Phase.POST_WAIT  # type: ignore[union-attr]


def test_a_failing_film_leaves_the_calm_card_up_not_a_blank_screen() -> None:
    rig = Rig()
    rig.output.broken.add("film.mp4")
    c = rig.begin(at=5)
    assert c.standing_by == 5
    c.go()
    rig.run(1.2)  # the film's 1 s pre-wait, then it fails to start
    assert [e.cue_position for e in rig.events(EventKind.MEDIA_ERROR)] == [5]
    assert c.scene.kind is SceneKind.CALM


def test_back_restarts_a_cue_from_the_top_with_the_bed_the_plan_has_under_it() -> None:
    rig = Rig()
    c = rig.begin(at=1)
    c.go()  # the bed starts; the story follows under it
    rig.run(17.5)  # story, post-wait, pause, bed stop: the film's pre-wait, then the film
    rig.run(3.5)  # the bed's 3 s fade-out is over
    assert rig.output.audible() == [Layer.MAIN] and c.standing_by == 6
    for _ in range(4):
        c.back()
    assert c.standing_by == 2
    rig.clock.advance(0.5)
    assert c.go().done
    assert c.scene.kind is SceneKind.STORY
    main = c.view().main
    assert main is not None and main.position == 2 and main.elapsed_s < 0.01  # from the top
    rig.run(0.5)
    assert Layer.BED in rig.output.audible()  # ... with its music bed, as planned
    assert c.snapshot().bed == 1


def test_a_skipped_bed_start_stays_silent_without_back() -> None:
    """Bringing the plan's bed back is Back's: skipping a bed's start means no music."""
    rig = Rig()
    c = rig.begin(at=1)
    c.skip()  # "its music will not start"
    c.go()
    rig.run(0.5)
    assert Layer.BED not in rig.output.audible() and c.snapshot().bed is None
