"""The session timeline from a plan and its events (core, no database), and SUDS readings."""

from __future__ import annotations

from typing import Any

import pytest

from tearconsole.core.checkin import (
    SudsReading,
    content_notes_of,
    describe_change,
    opening_reminder,
    plan_content_notes,
)
from tearconsole.core.kinds import ContinueMode, CueKind, EventKind, StimulusKind
from tearconsole.core.plan import CueSpec, PlanSpec, StimulusInfo
from tearconsole.core.records import RecordedEvent, build_timeline, visible_events
from tests.session_records import EVENTS, PLAN_CUES, PRIVATE_NOTE, SHARED_NOTE


def _plan() -> PlanSpec:
    cues = []
    for position, (kind, stimulus_kind, title, seconds) in enumerate(PLAN_CUES):
        stimulus = None
        if stimulus_kind is not None:
            stimulus = StimulusInfo(
                id=position, kind=StimulusKind(stimulus_kind), title=title, duration_s=seconds
            )
        duration = seconds if stimulus_kind in (None, "card") else None
        cues.append(CueSpec(position, CueKind(kind), stimulus, duration_s=duration))
    return PlanSpec(id=1, name="An evening of letters", target_s=1200.0, cues=tuple(cues))


def _events(rows: list[tuple[float, str, int | None, dict[str, Any], bool]]) -> list[RecordedEvent]:
    return [
        RecordedEvent(seq, kind, at, None, position, None, detail, private)
        for seq, (at, kind, position, detail, private) in enumerate(rows, start=1)
    ]


def test_timeline_has_planned_and_actual_bars_for_every_cue() -> None:
    timeline = build_timeline(_plan(), _events(EVENTS))
    assert [row.title for row in timeline.rows] == [
        "Welcome and content notice",
        "First light",
        "Pause 60 s",
        "The Little Match Girl",
        "Homeward",
        "Closing and care",
    ]
    film = timeline.rows[1]
    assert film.planned_start_s == pytest.approx(30.0)
    assert film.planned_s == pytest.approx(180.0)
    assert film.actual_start_s == pytest.approx(31.2)
    assert film.actual_s == pytest.approx(215.0 - 31.2)
    assert film.status == "played"
    assert timeline.rows[4].status == "stopped"  # safe stop during Homeward
    assert timeline.rows[4].runs[0].end_s == pytest.approx(609.9)
    assert timeline.length_s == pytest.approx(675.0)
    assert timeline.planned_s == pytest.approx(800.0)


def test_marks_spans_and_counts() -> None:
    timeline = build_timeline(_plan(), _events(EVENTS))
    assert (timeline.softenings, timeline.stops, timeline.pauses) == (2, 1, 1)
    assert timeline.holds == 1 and timeline.media_errors == 1
    kinds = [m.kind for m in timeline.marks]
    assert EventKind.IGNORED not in kinds and EventKind.CHECKPOINT not in kinds
    assert "Softened to level 2" in [m.label for m in timeline.marks]
    spans = {(s.kind, s.level): (s.start_s, s.end_s) for s in timeline.spans}
    assert spans[("paused", 0)] == (90.0, 110.0)
    assert spans[("held", 0)] == (250.0, 290.0)
    assert spans[("softened", 1)] == (340.0, 400.0)
    assert spans[("softened", 2)] == (400.0, 460.0)


def test_notes_link_to_the_running_cue_and_private_ones_can_be_left_out() -> None:
    events = _events(EVENTS)
    everything = build_timeline(_plan(), events)
    assert [(n.text, n.cue_position, n.private) for n in everything.notes] == [
        (SHARED_NOTE, 1, False),
        (PRIVATE_NOTE, 3, True),
    ]
    shared = build_timeline(_plan(), visible_events(events, include_private=False))
    assert [n.text for n in shared.notes] == [SHARED_NOTE]
    # private in the detail counts too, even if the row's flag was not set
    flagged_in_detail = [
        RecordedEvent(1, "note", 5.0, detail={"text": "x", "private": True}, private=False)
    ]
    assert visible_events(flagged_in_detail, include_private=False) == []


def test_skips_back_beds_and_an_interrupted_session() -> None:
    bed = StimulusInfo(id=9, kind=StimulusKind.MUSIC, title="Low strings", duration_s=600)
    film = StimulusInfo(id=8, kind=StimulusKind.FILM, title="Film", duration_s=100)
    plan = PlanSpec(
        id=2,
        name="Beds",
        cues=(
            CueSpec(0, CueKind.BED_START, bed, continue_mode=ContinueMode.FOLLOW),
            CueSpec(1, CueKind.STIMULUS, film),
            CueSpec(2, CueKind.STIMULUS, film),
            CueSpec(3, CueKind.BED_STOP),
        ),
    )
    rows = [
        (0.0, "started", None, {}, False),
        (1.0, "cue_started", 0, {"layer": "bed"}, False),
        (1.0, "cue_started", 1, {"layer": "main"}, False),
        (50.0, "back", 1, {}, False),
        (60.0, "cue_started", 1, {"layer": "main"}, False),  # played again after Back
        (160.0, "cue_ended", 1, {"reason": "done"}, False),
        (161.0, "cue_skipped", 2, {}, False),
        (170.0, "cue_started", 3, {"layer": "bed"}, False),
        (171.0, "hard_stop", None, {"stage": "armed"}, False),
        (180.0, "checkpoint", None, {}, False),
    ]
    timeline = build_timeline(plan, _events(rows))
    by_position = {row.position: row for row in timeline.rows}
    assert [(r.start_s, r.end_s, r.how) for r in by_position[0].runs] == [
        (1.0, 170.0, "replaced")
    ]  # the bed ran under the film until the bed stop
    assert [r.how for r in by_position[1].runs] == ["replaced", "ended"]
    assert by_position[2].status == "skipped"
    assert by_position[3].actual_s == 0.0
    assert timeline.stops == 0  # arming a hard stop stops nothing
    assert timeline.length_s == 180.0  # no ended event: up to the last one logged


def test_rehearsal_time_is_scaled_to_plan_seconds_and_a_deleted_plan_still_reports() -> None:
    rows = [
        (0.0, "started", None, {}, False),
        (0.5, "cue_started", 0, {"layer": "main", "title": "Kept title"}, False),
        (10.0, "cue_ended", 0, {"reason": "done"}, False),
        (10.5, "ended", None, {}, False),
    ]
    timeline = build_timeline(None, _events(rows), time_scale=4.0)
    assert timeline.length_s == 42.0
    assert timeline.rows[0].title == "Kept title"
    assert timeline.rows[0].actual_s == pytest.approx(38.0)
    assert timeline.rows[0].planned_s is None and timeline.planned_s is None


def test_suds_readings_round_trip_and_compare() -> None:
    checkin = SudsReading.from_counts({3: 2, 5: 6, 6: 3, 8: 1})
    assert checkin.responses == 12
    assert checkin.mean == pytest.approx((6 + 30 + 18 + 8) / 12)
    assert SudsReading.from_json(checkin.to_json()) == checkin
    group = SudsReading.of_group(4.5)
    assert SudsReading.from_json(group.to_json()) == group
    assert SudsReading.from_json("not json") is None
    assert SudsReading.from_json(None) is None
    with pytest.raises(ValueError):
        SudsReading(counts=(1, 2))
    with pytest.raises(ValueError):
        SudsReading.of_group(11)
    text = describe_change(checkin, SudsReading.of_group(2))
    assert "5.2 at check-in" in text and "3.2 lower" in text
    assert describe_change(None, None) == "No check-in or check-out was taken."
    assert "Only a check-in" in describe_change(checkin, None)


def test_opening_reminder_names_content_notes_and_the_right_to_step_out() -> None:
    notes = content_notes_of([("Bereavement", "pets"), ("pets",), ()])
    assert notes == ["bereavement", "pets"]
    film = StimulusInfo(id=1, kind=StimulusKind.FILM, title="f", content_notes=("Loss", "war"))
    card = StimulusInfo(id=2, kind=StimulusKind.CARD, title="c", content_notes=("loss",))
    plan = PlanSpec(
        id=1,
        name="p",
        cues=(
            CueSpec(0, CueKind.STIMULUS, card),
            CueSpec(1, CueKind.PAUSE),
            CueSpec(2, CueKind.STIMULUS, film),
        ),
    )
    assert plan_content_notes(plan) == ["loss", "war"]
    text = opening_reminder(notes)
    assert "bereavement, pets" in text and "step out" in text


def test_a_note_without_a_cue_takes_the_running_cue_from_the_conductors_snapshot() -> None:
    rows = [
        (0.0, "cue_started", 0, {"layer": "main"}, False),
        (1.0, "cue_started", 1, {"layer": "main"}, False),
        (2.0, "note", None, {"text": "a", "snap": {"main": 0, "standby": 2}}, False),
        (3.0, "note", None, {"text": "b", "snap": {"main": None}}, False),
    ]
    notes = build_timeline(_plan(), _events(rows)).notes
    assert [(n.text, n.cue_position, n.cue_title) for n in notes] == [
        ("a", 0, "Welcome and content notice"),
        ("b", 1, "First light"),  # no cue in the snapshot: the one that started last
    ]


def test_a_safe_stop_and_its_continuation_are_two_runs_of_the_cue() -> None:
    """GO after a safe stop continues the interrupted cue: the report shows the cue
    stopped, the stop, and the cue again from where it was."""
    rows: list[tuple[float, str, int | None, dict[str, Any], bool]] = [
        (0.0, "started", None, {}, False),
        (1.0, "cue_started", 0, {"action": "go"}, False),
        (31.0, "cue_started", 1, {"action": "go"}, False),
        (60.0, "safe_stop", 1, {"action": "safe_stop"}, False),
        (95.0, "resumed", 1, {"action": "go", "how": "continue", "snap": {"bed": None}}, False),
        (250.0, "cue_ended", 1, {"reason": "done"}, False),
        (251.0, "ended", None, {"action": "end"}, False),
    ]
    timeline = build_timeline(_plan(), _events(rows))
    film = timeline.rows[1]
    assert [(r.start_s, r.end_s, r.how) for r in film.runs] == [
        (31.0, 60.0, "stopped"),
        (95.0, 250.0, "ended"),
    ]
    assert film.status == "played" and film.actual_s == pytest.approx(29.0 + 155.0)
    labels = [mark.label for mark in timeline.marks]
    assert "Safe stop" in labels and "Continued after the safe stop" in labels
