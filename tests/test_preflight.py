"""Preflight: every rule fires on a plan made to break it, and not on a good plan."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tearconsole.core.kinds import ContinueMode, CueKind, MediaStatus, StimulusKind
from tearconsole.core.plan import CueSpec, PlanSpec, StimulusInfo
from tearconsole.core.plan_edits import insert_cues, move_cue, remove_cues, update_cue
from tearconsole.core.preflight import Severity, check_plan


def card(i: int, title: str, tags: tuple[str, ...] = ()) -> StimulusInfo:
    return StimulusInfo(id=i, kind=StimulusKind.CARD, title=title, intensity=1, tags=tags)


WELCOME = card(1, "Welcome")
NOTICE = card(2, "Before we begin", ("content-notice",))
BREATH = card(3, "Breathe")
CLOSING = card(4, "Thank you", ("closing",))
FILM = StimulusInfo(
    id=10,
    kind=StimulusKind.FILM,
    title="Old dog",
    path="/m/dog.mp4",
    duration_s=300,
    intensity=5,
    content_notes=("pets", "bereavement"),
)
STORY = StimulusInfo(id=11, kind=StimulusKind.STORY, title="Letter", duration_s=400, intensity=4)
BED = StimulusInfo(
    id=12,
    kind=StimulusKind.MUSIC,
    title="Soft bed",
    path="/m/bed.ogg",
    duration_s=200,
    intensity=1,
)


def cue(kind: CueKind, stimulus: StimulusInfo | None = None, **fields: object) -> CueSpec:
    return CueSpec(position=0, kind=kind, stimulus=stimulus, **fields)  # type: ignore[arg-type]


def good_plan() -> PlanSpec:
    cues = (
        cue(CueKind.STIMULUS, WELCOME, duration_s=60),
        cue(CueKind.STIMULUS, NOTICE, duration_s=60),
        cue(CueKind.STIMULUS, FILM, in_s=10, out_s=290),
        cue(CueKind.PAUSE, duration_s=120),
        cue(CueKind.STIMULUS, STORY),
        cue(CueKind.BED_START, BED),
        cue(CueKind.PAUSE, duration_s=300),
        cue(CueKind.STIMULUS, BREATH, duration_s=200),
        cue(CueKind.BED_STOP),
        cue(CueKind.STIMULUS, CLOSING, duration_s=120),
    )
    plan = insert_cues(PlanSpec(id=1, name="Good", target_s=1500), 0, cues)
    return replace(plan, soft_landing_position=7)


def rules(plan: PlanSpec) -> set[str]:
    return {f.rule for f in check_plan(plan, exists=lambda path: path != "/gone.mp4")}


def test_the_good_plan_has_nothing_to_fix() -> None:
    assert good_plan().planned_s == pytest.approx(1540)
    assert check_plan(good_plan(), exists=lambda path: True) == []


def _with_stimulus(plan: PlanSpec, position: int, **changes: object) -> PlanSpec:
    stimulus = plan.cues[position].stimulus
    assert stimulus is not None
    cues = list(plan.cues)
    cues[position] = replace(cues[position], stimulus=replace(stimulus, **changes))
    return replace(plan, cues=tuple(cues))


BREAKERS = {
    "media-missing": lambda p: _with_stimulus(p, 2, path="/gone.mp4"),
    "media-unplayable": lambda p: _with_stimulus(p, 2, status=MediaStatus.UNPLAYABLE),
    "cue-without-stimulus": lambda p: replace(
        p, cues=(replace(p.cues[0], stimulus=None), *p.cues[1:])
    ),
    "in-out-outside-media": lambda p: update_cue(p, 2, out_s=400.0),
    "total-far-from-target": lambda p: replace(p, target_s=3600.0),
    "content-notice-missing": lambda p: remove_cues(p, [1]),
    "intense-back-to-back": lambda p: remove_cues(p, [3]),
    "bed-never-stopped": lambda p: remove_cues(p, [8]),
    "no-closing-card": lambda p: remove_cues(p, [9]),
    "calm-after-intense": lambda p: update_cue(p, 6, duration_s=30.0),
    "no-soft-landing": lambda p: replace(p, soft_landing_position=None),
    "soft-landing-invalid": lambda p: replace(p, soft_landing_position=42),
    "empty-plan": lambda p: replace(p, cues=()),
    # a 9 s fade-out on the 5 s the film plays
    "fades-longer-than-cue": lambda p: update_cue(p, 2, in_s=10.0, out_s=15.0, fade_out_s=9.0),
    "items-not-reviewed": lambda p: _with_stimulus(p, 4, reviewed=False),
}


@pytest.mark.parametrize("rule", sorted(BREAKERS))
def test_each_rule_fires_on_a_plan_made_to_break_it(rule: str) -> None:
    findings = check_plan(BREAKERS[rule](good_plan()), exists=lambda path: path != "/gone.mp4")
    assert rule in {f.rule for f in findings}
    for finding in findings:
        assert finding.message.endswith(".") and finding.message[0].isupper()
        assert "\n" not in finding.message


def test_findings_name_their_cue_and_carry_a_severity() -> None:
    findings = check_plan(remove_cues(good_plan(), [3]), exists=lambda path: True)
    (finding,) = [f for f in findings if f.rule == "intense-back-to-back"]
    assert finding.severity is Severity.WARNING
    assert finding.position == 3 and "Cue 4 “Letter”" in finding.message
    missing = check_plan(BREAKERS["media-missing"](good_plan()), exists=lambda p: False)
    assert missing[0].severity is Severity.ERROR and "Old dog" in missing[0].message


def test_the_rules_read_the_plan_not_the_words() -> None:
    plan = good_plan()
    # A story is read from its text: its source file may go.
    story_file = _with_stimulus(plan, 4, path="/gone.mp4", status=MediaStatus.MISSING)
    assert "media-missing" not in rules(story_file)
    # A content notice recognised by its title, with no tag.
    titled = _with_stimulus(plan, 1, title="Content notice", tags=())
    assert "content-notice-missing" not in rules(titled)
    # A notice after the cue it warns about does not count.
    assert "content-notice-missing" in rules(move_cue(plan, 1, 3))
    # A bed start/stop between two intense cues is no pause.
    both = insert_cues(remove_cues(plan, [3]), 3, [cue(CueKind.BED_STOP)])
    assert "intense-back-to-back" in rules(both)
    # The intense cue's own post-wait is no calm: only pauses, cards and gentle pieces are.
    short = update_cue(plan, 6, duration_s=30.0)
    waited = update_cue(short, 4, continue_mode=ContinueMode.POST_WAIT, post_wait_s=900.0)
    assert "calm-after-intense" in rules(waited)
    gentle = insert_cues(
        update_cue(plan, 6, duration_s=30.0), 7, [cue(CueKind.STIMULUS, BED, in_s=0)]
    )
    assert "calm-after-intense" not in rules(update_cue(gentle, 8, duration_s=400))
    # Removing the soft landing cue itself clears the plan's soft landing.
    assert remove_cues(plan, [7]).soft_landing_position is None


def test_in_and_out_points_outside_the_media_of_a_bed_are_found() -> None:
    plan = update_cue(good_plan(), 5, in_s=250.0)  # the bed lasts 200 s
    found = [f for f in check_plan(plan, exists=lambda path: True) if f.position == 5]
    assert [f.rule for f in found] == ["in-out-outside-media"]


def test_fades_that_fit_the_playing_length_are_fine_and_the_warning_names_the_times() -> None:
    fits = update_cue(good_plan(), 2, in_s=10.0, out_s=15.0, fade_in_s=2.0, fade_out_s=3.0)
    assert "fades-longer-than-cue" not in rules(fits)
    over = update_cue(good_plan(), 2, in_s=10.0, out_s=15.0, fade_out_s=9.0)
    (finding,) = [f for f in check_plan(over) if f.rule == "fades-longer-than-cue"]
    assert "9 s" in finding.message and "0:05" in finding.message and finding.position == 2


def test_unreviewed_items_are_named_once_each() -> None:
    plan = _with_stimulus(_with_stimulus(good_plan(), 4, reviewed=False), 2, reviewed=False)
    (finding,) = [f for f in check_plan(plan) if f.rule == "items-not-reviewed"]
    assert "2 items" in finding.message
    assert "“Old dog”" in finding.message and "“Letter”" in finding.message


def test_every_finding_is_said_in_japanese(qapp: object) -> None:
    """The fades, unreviewed and away-storage sentences were English f-strings."""
    from tearconsole.ui.i18n import install_language

    plan = _with_stimulus(_with_stimulus(good_plan(), 4, reviewed=False), 2, reviewed=False)
    plan = update_cue(plan, 2, in_s=10.0, out_s=15.0, fade_out_s=9.0)
    install_language("ja")
    try:
        said = {f.rule: f.message for f in check_plan(plan, exists=lambda path: True)}
    finally:
        install_language("en")
    assert "フェードイン" in said["fades-longer-than-cue"]
    assert "2件" in said["items-not-reviewed"] and "「Old dog」" in said["items-not-reviewed"]
