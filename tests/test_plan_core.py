"""Planned lengths of cues and plans, from plain core data."""

from __future__ import annotations

from tearconsole.core.kinds import ContinueMode, CueKind, StimulusKind
from tearconsole.core.plan import CueSpec, PlanSpec, StimulusInfo

FILM = StimulusInfo(id=1, kind=StimulusKind.FILM, title="Film", duration_s=120.0, intensity=4)
CARD = StimulusInfo(id=2, kind=StimulusKind.CARD, title="Welcome", intensity=1)
STORY = StimulusInfo(id=3, kind=StimulusKind.STORY, title="Story", duration_s=300.0)


def test_media_cue_runs_between_its_in_and_out_points_plus_waits() -> None:
    cue = CueSpec(
        position=0,
        kind=CueKind.STIMULUS,
        stimulus=FILM,
        in_s=10,
        out_s=100,
        pre_wait_s=5,
        continue_mode=ContinueMode.POST_WAIT,
        post_wait_s=20,
    )
    assert cue.body_s == 90 and cue.planned_s == 115
    # An out point past the media's end is clamped to the media.
    assert CueSpec(position=0, kind=CueKind.STIMULUS, stimulus=FILM, out_s=500).body_s == 120
    # A post-wait only counts when the cue continues after it.
    assert (
        CueSpec(position=0, kind=CueKind.STIMULUS, stimulus=FILM, post_wait_s=20).planned_s == 120
    )


def test_cards_pauses_stories_and_beds() -> None:
    assert CueSpec(position=0, kind=CueKind.STIMULUS, stimulus=CARD, duration_s=60).body_s == 60
    assert CueSpec(position=0, kind=CueKind.PAUSE, duration_s=45).planned_s == 45
    assert CueSpec(position=0, kind=CueKind.STIMULUS, stimulus=STORY).body_s == 300
    assert CueSpec(position=0, kind=CueKind.BED_START, stimulus=FILM).planned_s == 0
    assert CueSpec(position=0, kind=CueKind.PAUSE, duration_s=45).intensity == 0


def test_plan_totals_and_start_times() -> None:
    plan = PlanSpec(
        id=1,
        name="p",
        cues=(
            CueSpec(position=0, kind=CueKind.STIMULUS, stimulus=CARD, duration_s=60),
            CueSpec(position=1, kind=CueKind.PAUSE, duration_s=30),
            CueSpec(position=2, kind=CueKind.STIMULUS, stimulus=FILM),
        ),
    )
    assert plan.planned_s == 210
    assert plan.start_times() == [0, 60, 90]
