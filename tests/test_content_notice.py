"""The room's content notice is the plan's: a notice card lists the content notes of the
cues after it, and a fixed-text notice that leaves one out is a preflight finding."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from tearconsole.core.conductor.cues import scene_for
from tearconsole.core.conductor.view import Scene, SceneKind
from tearconsole.core.content_notice import fill_notes, fill_notice_cards, missing_notes
from tearconsole.core.kinds import CueKind, StimulusKind
from tearconsole.core.plan import CueSpec, PlanSpec, StimulusInfo
from tearconsole.core.plan_edits import insert_cues
from tearconsole.core.preflight import check_plan
from tearconsole.paths import AppPaths
from tearconsole.storage.db import Database
from tearconsole.storage.models import Stimulus
from tearconsole.storage.plans import find_plan, plan_spec
from tests.cli import run_json
from tests.planhelp import add_plan, add_text

NOTICE_TEXT = "Today touches on:\n{content notes}\n\nYou may step out at any time."


def _card(text: str | None, tags: tuple[str, ...] = ("content-notice",)) -> StimulusInfo:
    return StimulusInfo(id=1, kind=StimulusKind.CARD, title="Before we begin", text=text, tags=tags)


def _story(i: int, *notes: str) -> StimulusInfo:
    return StimulusInfo(
        id=i, kind=StimulusKind.STORY, title=f"Story {i}", text="Once.", content_notes=notes
    )


def _plan(card: StimulusInfo, *stories: StimulusInfo) -> PlanSpec:
    cues = [CueSpec(0, CueKind.STIMULUS, card, duration_s=60)]
    cues += [CueSpec(0, CueKind.STIMULUS, story) for story in stories]
    return insert_cues(PlanSpec(id=1, name="Plan", soft_landing_position=0), 0, cues)


def _room_text(plan: PlanSpec, position: int) -> str:
    scene = scene_for(plan.cues[position], Scene(SceneKind.BLANK))
    assert scene.kind is SceneKind.CARD and scene.text is not None
    return scene.text


def test_the_card_lists_the_notes_of_the_cues_after_it() -> None:
    before = _story(5, "grief")
    plan = _plan(_card(NOTICE_TEXT), _story(2, "bullying"), _story(3, "death of an animal"))
    plan = insert_cues(plan, 0, [CueSpec(0, CueKind.STIMULUS, before)])
    filled = fill_notice_cards(plan)
    assert _room_text(filled, 1) == (
        "Today touches on:\n• bullying\n• death of an animal\n\nYou may step out at any time."
    )  # the note of the cue before it is not the room's to be warned of
    assert fill_notice_cards(filled) == filled  # filling twice changes nothing


def test_a_japanese_card_takes_japanese_bullets_and_nothing_leaves_no_line() -> None:
    text = "次のことが出てきます。\n{内容の注意書き}\n大丈夫です。"
    assert fill_notes(text, ["いじめ", "動物の死"], "ja") == (
        "次のことが出てきます。\n・いじめ\n・動物の死\n大丈夫です。"
    )
    assert fill_notes(text, [], "ja") == "次のことが出てきます。\n大丈夫です。"


def test_a_fixed_notice_that_leaves_out_a_note_is_a_finding_naming_it() -> None:
    fixed = _card("Tonight: bullying, and other hard things.")
    plan = _plan(fixed, _story(2, "Bullying"), _story(3, "death of an animal"))
    assert missing_notes(plan, 0) == ["death of an animal"]
    (finding,) = [f for f in check_plan(plan) if f.rule == "content-notice-incomplete"]
    assert finding.position == 0 and "death of an animal" in finding.message
    assert "bullying" not in finding.message and "{content notes}" in finding.message
    # Named in full (any case, any width), no finding; nor for a card, even untagged,
    # that lists the plan's notes; nor for an image card whose words cannot be read.
    stories = (_story(2, "Bullying"), _story(3, "death of an animal"))
    for good in (
        _plan(_card("BULLYING; Death of an animal."), *stories),
        fill_notice_cards(_plan(_card(NOTICE_TEXT, tags=()), *stories)),
        _plan(_card(None), *stories),
    ):
        rules = {f.rule for f in check_plan(good)}
        assert "content-notice-incomplete" not in rules
        assert "content-notice-missing" not in rules


def test_a_plan_of_bullying_and_an_animals_death_shows_those_on_the_demo_card(
    demo_paths: AppPaths,
) -> None:
    """The issue's session: the demo's "Before we begin" card in a plan of the
    facilitator's own, through the database, as the conductor puts it up."""
    db = Database.open(demo_paths)
    try:
        with db.session() as session:
            notice = session.scalars(select(Stimulus).where(Stimulus.title == "Before we begin"))
            notice_id = notice.one().id
        tale = add_text(db, "story", "The new pupil", "Once.", content_notes="bullying")
        dog = add_text(db, "story", "Old dog", "Once.", content_notes="death of an animal")
        add_plan(
            db,
            "Our evening",
            [
                {"stimulus_id": notice_id, "duration_s": 60},
                {"stimulus_id": tale},
                {"kind": "pause", "duration_s": 120},
                {"stimulus_id": dog},
            ],
        )
        with db.session() as session:
            ours = plan_spec(find_plan(session, "Our evening"))
            demo = plan_spec(find_plan(session, "First tears"))
    finally:
        db.close()
    room = _room_text(ours, 0)
    assert "• bullying\n• death of an animal" in room
    assert "child" not in room and "violence" not in room and "{" not in room
    assert "content-notice-incomplete" not in {f.rule for f in check_plan(ours)}
    # The demo plan's own card lists the demo's notes.
    shown = _room_text(demo, 1)
    assert "• death of a child" in shown and "• a parent's violence (mentioned)" in shown
    assert "bullying" not in shown


def test_the_japanese_demo_card_lists_its_plans_notes(tmp_path: Path) -> None:
    data = tmp_path / "data"
    run_json("demo", "install", "--language", "ja", data_dir=data)
    db = Database.open(AppPaths.resolve(data), write=False)
    try:
        with db.session() as session:
            plan = plan_spec(find_plan(session, "はじめての涙"))
    finally:
        db.close()
    room = _room_text(plan, 1)
    for note in ("悲しみ", "家族の死（母親の死）", "動物が撃たれて死ぬ場面"):
        assert f"・{note}" in room
    assert room.startswith("今日のセッションには") and "{" not in room
