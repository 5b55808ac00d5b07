"""Preflight: what to fix or think about before running a plan with a room of people.

Each finding has a severity (error: the plan cannot run as planned; warning: a care or
pacing concern; info: worth knowing), a stable rule id, and one sentence naming the cue.

How cards are recognised (tags first, so a library can say it explicitly; the title as a
fallback for untagged cards):
- a content notice: tag ``content-notice`` (``内容の注意書き``), a title containing
  "content notice" or "content warning", or a text that lists the plan's notes
  (core.content_notice);
- a closing card: tag ``closing`` (``締めくくり``), or a title containing "closing";
Calm time is the planned time of pauses, cards and stimuli of intensity 1-2.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from tearconsole.core.content_notice import is_notice_card, marker_for, missing_notes
from tearconsole.core.kinds import CueKind, MediaStatus, StimulusKind
from tearconsole.core.media_reach import Storage, plan_media, read_mounts, storage_of
from tearconsole.core.plan import CueSpec, PlanSpec
from tearconsole.core.planning import is_intense
from tearconsole.core.timing import format_clock
from tearconsole.i18n import current_language, translate

#: The tags that say what a card is for, in each demo's language.
CONTENT_NOTICE_TAGS = ("content-notice", "内容の注意書き")
CLOSING_TAGS = ("closing", "締めくくり")
WELCOME_TAGS = ("opening", "welcome", "check-in", "はじまり", "ようこそ", "チェックイン")
#: Mood is back to baseline about 20 minutes after crying at a film (docs/design.md):
#: leave at least this much calm after the last intense cue.
CALM_AFTER_INTENSE_S = 600.0
#: "Far from the target": more than this share of it, and at least TARGET_SLACK_S.
TARGET_TOLERANCE = 0.15
TARGET_SLACK_S = 180.0
#: An out point may sit this far past the probed end (probing rounds).
OUT_POINT_SLACK_S = 0.5


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Finding:
    severity: Severity
    rule: str
    message: str
    position: int | None = None  # the cue it is about, if any

    def to_dict(self) -> dict[str, object]:
        return {
            "severity": self.severity.value,
            "rule": self.rule,
            "message": self.message,
            "position": self.position,
        }


def cue_label(cue: CueSpec) -> str:
    return translate("Preflight", "Cue {number} “{title}”").format(
        number=cue.position + 1, title=cue.title
    )


def _label_at(plan: PlanSpec, position: int) -> str:
    return cue_label(next(cue for cue in plan.cues if cue.position == position))


def is_card_with_role(cue: CueSpec, tags: tuple[str, ...], phrases: tuple[str, ...]) -> bool:
    stimulus = cue.stimulus
    if cue.kind is not CueKind.STIMULUS or stimulus is None:
        return False
    if stimulus.kind is not StimulusKind.CARD:
        return False
    title = stimulus.title.lower()
    return any(tag in stimulus.tags for tag in tags) or any(phrase in title for phrase in phrases)


def is_content_notice(cue: CueSpec) -> bool:
    if is_notice_card(cue):
        return True
    return is_card_with_role(
        cue, CONTENT_NOTICE_TAGS, ("content notice", "content warning", "注意書き")
    )


def is_closing(cue: CueSpec) -> bool:
    return is_card_with_role(cue, CLOSING_TAGS, ("closing",))


def is_welcome(cue: CueSpec) -> bool:
    """The welcome (check-in) card; never the content notice, even when tagged as the
    opening too (the notice is read, not scanned past)."""
    if is_content_notice(cue):
        return False
    return is_card_with_role(cue, WELCOME_TAGS, ("welcome", "ようこそ"))


def is_calm(cue: CueSpec) -> bool:
    if cue.kind is CueKind.PAUSE:
        return True
    if cue.kind is not CueKind.STIMULUS or cue.stimulus is None:
        return False
    return cue.stimulus.kind is StimulusKind.CARD or cue.intensity <= 2


def check_plan(plan: PlanSpec, exists: Callable[[str], bool] = os.path.exists) -> list[Finding]:
    """Every finding for ``plan``, errors first, then in cue order."""
    if not plan.cues:
        return [
            Finding(
                Severity.ERROR,
                "empty-plan",
                translate("Preflight", "The plan “{name}” has no cues yet.").format(name=plan.name),
            )
        ]
    findings: list[Finding] = []
    for rule in (
        _media,
        _in_out,
        _fades,
        _unreviewed,
        _target,
        _content_notice,
        _notice_incomplete,
        _back_to_back,
        _bed_stopped,
        _closing,
        _calm_after_intense,
        _soft_landing,
        _away_storage,
    ):
        findings.extend(rule(plan, exists))
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    return sorted(findings, key=lambda f: (order[f.severity], f.position or -1))


def _media(plan: PlanSpec, exists: Callable[[str], bool]) -> list[Finding]:
    found: list[Finding] = []
    for cue in plan.cues:
        needs = cue.kind in (CueKind.STIMULUS, CueKind.BED_START)
        stimulus = cue.stimulus
        if needs and stimulus is None:
            found.append(
                Finding(
                    Severity.ERROR,
                    "cue-without-stimulus",
                    translate(
                        "Preflight",
                        "Cue {number} has lost its stimulus (it was deleted from the library); "
                        "remove the cue or add the stimulus again.",
                    ).format(number=cue.position + 1),
                    cue.position,
                )
            )
        elif stimulus is None or stimulus.kind is StimulusKind.STORY:
            continue  # a story is read from its text, which lives in the database
        elif stimulus.status is MediaStatus.MISSING or (
            stimulus.path and not exists(stimulus.path)
        ):
            found.append(
                Finding(
                    Severity.ERROR,
                    "media-missing",
                    translate(
                        "Preflight",
                        "{cue}: its media file is missing ({file}); relink it in the library.",
                    ).format(cue=cue_label(cue), file=stimulus.path),
                    cue.position,
                )
            )
        elif stimulus.status is MediaStatus.UNPLAYABLE:
            found.append(
                Finding(
                    Severity.ERROR,
                    "media-unplayable",
                    translate(
                        "Preflight",
                        "{cue}: its media file cannot be played; replace it in the library.",
                    ).format(cue=cue_label(cue)),
                    cue.position,
                )
            )
    return found


def _in_out(plan: PlanSpec, exists: Callable[[str], bool]) -> list[Finding]:
    found: list[Finding] = []
    for cue in plan.cues:
        stimulus = cue.stimulus
        if cue.kind not in (CueKind.STIMULUS, CueKind.BED_START):
            continue
        if stimulus is None or not stimulus.duration_s:
            continue
        if stimulus.kind not in (StimulusKind.FILM, StimulusKind.MUSIC):
            continue
        media = stimulus.duration_s
        problem = None
        if cue.in_s < 0 or cue.in_s >= media:
            problem = translate("Preflight", "its in point {time} is outside the media").format(
                time=format_clock(cue.in_s)
            )
        elif cue.out_s is not None and cue.out_s > media + OUT_POINT_SLACK_S:
            problem = translate("Preflight", "its out point {time} is past the media's end")
            problem = problem.format(time=format_clock(cue.out_s))
        elif cue.out_s is not None and cue.out_s <= cue.in_s:
            problem = translate("Preflight", "its out point comes before its in point")
        if problem:
            found.append(
                Finding(
                    Severity.ERROR,
                    "in-out-outside-media",
                    translate("Preflight", "{cue}: {problem} (the media lasts {length}).").format(
                        cue=cue_label(cue), problem=problem, length=format_clock(media)
                    ),
                    cue.position,
                )
            )
    return found


def _fades(plan: PlanSpec, exists: Callable[[str], bool]) -> list[Finding]:
    """A fade-in and fade-out that together outlast what the cue plays never reach full
    level: the piece is heard fading all through."""
    found: list[Finding] = []
    for cue in plan.cues:
        fades = cue.fade_in_s + cue.fade_out_s
        playing = cue.body_s
        if cue.kind is not CueKind.STIMULUS or fades <= 0 or playing <= 0:
            continue
        if fades > playing:
            found.append(
                Finding(
                    Severity.WARNING,
                    "fades-longer-than-cue",
                    translate(
                        "Preflight",
                        "{cue}: its fade-in ({fade_in} s) and fade-out ({fade_out} s) are "
                        "longer than the {length} it plays; shorten the fades or let it play "
                        "longer.",
                    ).format(
                        cue=cue_label(cue),
                        fade_in=f"{cue.fade_in_s:g}",
                        fade_out=f"{cue.fade_out_s:g}",
                        length=format_clock(playing),
                    ),
                    cue.position,
                )
            )
    return found


def _unreviewed(plan: PlanSpec, exists: Callable[[str], bool]) -> list[Finding]:
    """Items nobody has looked at since import: intensity 3 and no content notes are
    defaults, not a judgement, so the content notice and pacing rules cannot be trusted."""
    titles: list[str] = []
    for cue in plan.cues:
        stimulus = cue.stimulus
        if stimulus is not None and not stimulus.reviewed and stimulus.title not in titles:
            titles.append(stimulus.title)
    if not titles:
        return []
    count = len(titles)
    named = translate("Preflight", ", ", "list separator").join(
        translate("Preflight", "“{title}”").format(title=title) for title in titles
    )
    return [
        Finding(
            Severity.WARNING,
            "items-not-reviewed",
            translate(
                "Preflight",
                "This plan uses %n item(s) nobody has reviewed yet ({names}): set their "
                "intensity and content notes in the library, so the content notice and pacing "
                "checks can be trusted.",
                "",
                count,
            ).format(names=named),
        )
    ]


def _target(plan: PlanSpec, exists: Callable[[str], bool]) -> list[Finding]:
    target = plan.target_s
    if not target:
        return []
    total = plan.planned_s
    if abs(total - target) <= max(TARGET_TOLERANCE * target, TARGET_SLACK_S):
        return []
    if total > target:
        message = translate(
            "Preflight", "The plan runs {total}, much longer than its target of {target}."
        )
    else:
        message = translate(
            "Preflight", "The plan runs {total}, much shorter than its target of {target}."
        )
    return [
        Finding(
            Severity.WARNING,
            "total-far-from-target",
            message.format(total=format_clock(total), target=format_clock(target)),
        )
    ]


def _content_notice(plan: PlanSpec, exists: Callable[[str], bool]) -> list[Finding]:
    found: list[Finding] = []
    noticed = False
    for cue in plan.cues:
        noticed = noticed or is_content_notice(cue)
        notes = cue.stimulus.content_notes if cue.stimulus else ()
        if notes and not noticed and cue.kind is CueKind.STIMULUS:
            found.append(
                Finding(
                    Severity.WARNING,
                    "content-notice-missing",
                    translate(
                        "Preflight",
                        "{cue} touches on {notes}; no content-notice card comes before it.",
                    ).format(
                        cue=cue_label(cue),
                        notes=translate("Preflight", ", ", "list separator").join(notes),
                    ),
                    cue.position,
                )
            )
    return found


def _notice_incomplete(plan: PlanSpec, exists: Callable[[str], bool]) -> list[Finding]:
    """A notice card with fixed text that leaves out a note of what follows it: the room
    would not be told (a card that lists the plan's notes never leaves one out)."""
    found: list[Finding] = []
    for cue in plan.cues:
        if not is_content_notice(cue):
            continue
        missing = missing_notes(plan, cue.position)
        if missing:
            found.append(
                Finding(
                    Severity.WARNING,
                    "content-notice-incomplete",
                    translate(
                        "Preflight",
                        "{cue} does not mention {notes}, which the cues after it touch on; "
                        "add them to the card, or put a line {marker} where the plan's notes "
                        "should be listed.",
                    ).format(
                        cue=cue_label(cue),
                        notes=translate("Preflight", ", ", "list separator").join(missing),
                        marker=marker_for(current_language()),
                    ),
                    cue.position,
                )
            )
    return found


def _back_to_back(plan: PlanSpec, exists: Callable[[str], bool]) -> list[Finding]:
    found: list[Finding] = []
    previous: CueSpec | None = None
    for cue in plan.cues:
        if cue.kind in (CueKind.BED_START, CueKind.BED_STOP):
            continue  # no time of their own: they neither separate nor join
        if previous is not None and is_intense(previous) and is_intense(cue):
            found.append(
                Finding(
                    Severity.WARNING,
                    "intense-back-to-back",
                    translate(
                        "Preflight",
                        "{cue} follows the intense “{title}” with no pause between them.",
                    ).format(cue=cue_label(cue), title=previous.title),
                    cue.position,
                )
            )
        previous = cue
    return found


def _bed_stopped(plan: PlanSpec, exists: Callable[[str], bool]) -> list[Finding]:
    playing: CueSpec | None = None
    for cue in plan.cues:
        if cue.kind is CueKind.BED_START:
            playing = cue
        elif cue.kind is CueKind.BED_STOP:
            playing = None
    if playing is None:
        return []
    return [
        Finding(
            Severity.WARNING,
            "bed-never-stopped",
            translate("Preflight", "{cue} starts a music bed that no later cue stops.").format(
                cue=cue_label(playing)
            ),
            playing.position,
        )
    ]


def _closing(plan: PlanSpec, exists: Callable[[str], bool]) -> list[Finding]:
    if any(is_closing(cue) for cue in plan.cues):
        return []
    return [
        Finding(
            Severity.WARNING,
            "no-closing-card",
            translate(
                "Preflight",
                "The plan has no closing card with care information; add one at the end.",
            ),
        )
    ]


def _calm_after_intense(plan: PlanSpec, exists: Callable[[str], bool]) -> list[Finding]:
    last = max((i for i, cue in enumerate(plan.cues) if is_intense(cue)), default=None)
    if last is None:
        return []
    calm = sum(cue.planned_s for cue in plan.cues[last + 1 :] if is_calm(cue))
    if calm >= CALM_AFTER_INTENSE_S:
        return []
    cue = plan.cues[last]
    return [
        Finding(
            Severity.WARNING,
            "calm-after-intense",
            translate(
                "Preflight",
                "Only {calm} of calm (pauses, sharing, closing) follows the last intense cue, "
                "{cue}; people need about {minutes} minutes to settle.",
            ).format(
                calm=format_clock(calm),
                cue=cue_label(cue),
                minutes=f"{CALM_AFTER_INTENSE_S / 60:g}",
            ),
            cue.position,
        )
    ]


def _soft_landing(plan: PlanSpec, exists: Callable[[str], bool]) -> list[Finding]:
    landing = plan.soft_landing_position
    if landing is None:
        return [
            Finding(
                Severity.INFO,
                "no-soft-landing",
                translate(
                    "Preflight",
                    "No soft-landing cue is chosen, so softening to level 3 goes to the calm card.",
                ),
            )
        ]
    if not 0 <= landing < len(plan.cues):
        return [
            Finding(
                Severity.ERROR,
                "soft-landing-invalid",
                translate(
                    "Preflight",
                    "The soft-landing cue points at cue {number}, which the plan does not have; "
                    "choose it again.",
                ).format(number=landing + 1),
            )
        ]
    return []


def _away_storage(plan: PlanSpec, exists: Callable[[str], bool]) -> list[Finding]:
    """Media on a USB stick or a network share: the plan breaks when it is pulled out."""
    mounts = read_mounts()
    found: list[Finding] = []
    for position, _title, path in plan_media(plan):
        storage = storage_of(path, mounts)
        if storage is Storage.LOCAL or not exists(path):
            continue  # a missing file is told by the media rule
        if storage is Storage.REMOVABLE:
            said = translate(
                "Preflight",
                "{cue}: its media file is on a removable drive ({path}); copy it into "
                "tearconsole (Library, Import, Copy the selected items in) so the plan does not "
                "depend on it.",
            )
        else:
            said = translate(
                "Preflight",
                "{cue}: its media file is on a network share ({path}); copy it into "
                "tearconsole (Library, Import, Copy the selected items in) so the plan does not "
                "depend on it.",
            )
        found.append(
            Finding(
                Severity.WARNING,
                f"media-{storage.value}",
                said.format(cue=_label_at(plan, position), path=path),
                position,
            )
        )
    return found
