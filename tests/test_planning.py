"""Plan timing and the emotional arc: pure data, and a plan of real, probed media."""

from __future__ import annotations

import subprocess
from typing import Any

import pytest

from tearconsole.core.kinds import ContinueMode, CueKind, StimulusKind
from tearconsole.core.plan import CueSpec, PlanSpec, StimulusInfo
from tearconsole.core.planning import SegmentKind, bed_spans, emotional_arc, plan_timing
from tearconsole.core.timing import reading_time_s
from tearconsole.storage.db import Database
from tearconsole.storage.plans import find_plan, plan_spec
from tests.media import MediaFactory
from tests.planhelp import add_media, add_plan, add_text

FILM = StimulusInfo(id=1, kind=StimulusKind.FILM, title="Film", duration_s=100.0, intensity=4)
CARD = StimulusInfo(id=2, kind=StimulusKind.CARD, title="Welcome", intensity=1)


def ffprobe_s(path: Any) -> float:
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", path],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return float(out)


def test_arc_shows_waits_cards_and_pauses_in_order() -> None:
    plan = PlanSpec(
        id=None,
        name="p",
        cues=(
            CueSpec(position=0, kind=CueKind.STIMULUS, stimulus=CARD, duration_s=20),
            CueSpec(
                position=1,
                kind=CueKind.STIMULUS,
                stimulus=FILM,
                pre_wait_s=5,
                continue_mode=ContinueMode.POST_WAIT,
                post_wait_s=10,
            ),
            CueSpec(position=2, kind=CueKind.BED_START, stimulus=FILM),
            CueSpec(position=3, kind=CueKind.PAUSE, duration_s=60),
        ),
    )
    arc = emotional_arc(plan)
    assert [(s.kind, s.start_s, s.end_s, s.intensity, s.position) for s in arc] == [
        (SegmentKind.CARD, 0, 20, 1, 0),
        (SegmentKind.WAIT, 20, 25, 0, 1),
        (SegmentKind.MEDIA, 25, 125, 4, 1),
        (SegmentKind.WAIT, 125, 135, 0, 1),
        (SegmentKind.PAUSE, 135, 195, 0, 3),
    ]
    timing = plan_timing(plan)
    assert [c.start_s for c in timing.cues] == [0, 20, 135, 135]
    assert timing.total_s == arc[-1].end_s == 195
    assert timing.over_s is None


def test_a_story_without_a_length_is_read_aloud_at_a_calm_pace() -> None:
    text = "word " * 280  # two minutes at 140 words a minute
    story = StimulusInfo(id=3, kind=StimulusKind.STORY, title="S", text=text)
    assert CueSpec(position=0, kind=CueKind.STIMULUS, stimulus=story).body_s == 120
    japanese = StimulusInfo(id=4, kind=StimulusKind.STORY, title="J", text="涙" * 300)
    assert CueSpec(position=0, kind=CueKind.STIMULUS, stimulus=japanese).body_s == 60
    # A narration's length (the stimulus's duration) wins over the reading estimate.
    narrated = StimulusInfo(id=5, kind=StimulusKind.STORY, title="N", text=text, duration_s=95)
    assert CueSpec(position=0, kind=CueKind.STIMULUS, stimulus=narrated).body_s == 95


def test_timing_of_real_media_matches_their_probed_durations(
    db: Database, vlc_instance: Any, make_media: MediaFactory
) -> None:
    film = make_media.film("plan-film.mp4", 4.0)
    song = make_media.tone("plan-song.ogg", 6.0)
    film_id = add_media(db, vlc_instance, film, "film", intensity=4)
    song_id = add_media(db, vlc_instance, song, "music", intensity=2)
    story = "Once upon a time " * 40
    story_id = add_text(db, "story", "A story", story, duration_s=reading_time_s(story))
    plan_id = add_plan(
        db,
        "Real media",
        [
            {"stimulus_id": film_id, "pre_wait_s": 2.0},
            {"kind": "pause", "duration_s": 30.0},
            {"stimulus_id": song_id, "in_s": 1.0, "continue_mode": "post_wait", "post_wait_s": 3},
            {"stimulus_id": story_id},
        ],
        target_s=60.0,
    )
    with db.session() as session:
        spec = plan_spec(find_plan(session, plan_id))
    film_s, song_s = ffprobe_s(film), ffprobe_s(song)
    expected = [2.0 + film_s, 30.0, song_s - 1.0 + 3.0, reading_time_s(story)]
    assert [c.planned_s for c in spec.cues] == pytest.approx(expected, abs=0.1)
    timing = plan_timing(spec)
    starts = [0.0, expected[0], expected[0] + 30.0, sum(expected[:3])]
    assert [c.start_s for c in timing.cues] == pytest.approx(starts, abs=0.2)
    assert timing.total_s == pytest.approx(sum(expected), abs=0.3)
    assert timing.over_s == pytest.approx(sum(expected) - 60.0, abs=0.3)
    media = [s for s in emotional_arc(spec) if s.kind is SegmentKind.MEDIA]
    assert [round(s.length_s) for s in media[:2]] == [round(film_s), round(song_s - 1.0)]


def test_bed_spans_run_from_start_to_stop_or_the_end() -> None:
    music = StimulusInfo(id=7, kind=StimulusKind.MUSIC, title="Bed", duration_s=90.0)
    plan = PlanSpec(
        id=None,
        name="beds",
        cues=(
            CueSpec(position=0, kind=CueKind.BED_START, stimulus=music),
            CueSpec(position=1, kind=CueKind.PAUSE, duration_s=30),
            CueSpec(position=2, kind=CueKind.BED_STOP),
            CueSpec(position=3, kind=CueKind.PAUSE, duration_s=10),
            CueSpec(position=4, kind=CueKind.BED_START, stimulus=music),
            CueSpec(position=5, kind=CueKind.PAUSE, duration_s=20),
        ),
    )
    spans = bed_spans(plan)
    assert [(s.start_s, s.end_s, s.position) for s in spans] == [(0, 30, 0), (40, 60, 4)]
    assert spans[0].title == "Bed: Bed"
