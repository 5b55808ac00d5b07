"""The content notice the room sees: a card that lists the plan's own content notes.

A card whose text holds a line ``{content notes}`` (or ``{内容の注意書き}``) takes its
list from the plan it is in: the line becomes one bullet per content note of the cues
after the card, in the order they come. The same card in two plans shows each plan's
notes, and a plan that changes cannot leave the room reading an old list.
``storage.plans.plan_spec`` fills the cards in, so everything that shows a plan (the
room, the console's preview, the remote) shows the filled text.

A notice card with fixed text is checked instead: ``missing_notes`` names the notes of
the cues after it that its text does not mention (preflight reports them).
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from tearconsole.core.checkin import content_notes_of
from tearconsole.core.kinds import CueKind, StimulusKind
from tearconsole.core.plan import CueSpec, PlanSpec

#: The line a card's text holds where the plan's notes go (any one of these).
MARKERS = ("{content notes}", "{内容の注意書き}")
#: The bullet of each note, by the card's language (any other: the first).
BULLETS = {"ja": "・", "": "• "}


def marker_for(language: str) -> str:
    """The marker to suggest to a facilitator reading ``language`` (both always work)."""
    return MARKERS[1] if language == "ja" else MARKERS[0]


def takes_plan_notes(text: str | None) -> bool:
    """Whether a card's text asks for the plan's content notes."""
    return bool(text) and any(marker in (text or "") for marker in MARKERS)


def is_notice_card(cue: CueSpec) -> bool:
    """A card that lists the plan's notes (still to fill, or filled)."""
    stimulus = cue.stimulus
    return (
        cue.kind is CueKind.STIMULUS
        and stimulus is not None
        and stimulus.kind is StimulusKind.CARD
        and (stimulus.lists_plan_notes or takes_plan_notes(stimulus.text))
    )


def notes_after(plan: PlanSpec, position: int) -> list[str]:
    """The distinct content notes of the cues after ``position``, in first-seen order."""
    return content_notes_of(
        cue.stimulus.content_notes
        for cue in plan.cues
        if cue.position > position and cue.stimulus is not None
    )


def fill_notes(text: str, notes: list[str], language: str | None = None) -> str:
    """``text`` with each marker line replaced by one bulleted line per note (no line
    at all when there are none)."""
    bullet = BULLETS.get((language or "").split("_")[0].split("-")[0], BULLETS[""])
    lines: list[str] = []
    for line in text.split("\n"):
        if any(marker in line for marker in MARKERS):
            lines.extend(f"{bullet}{note}" for note in notes)
        else:
            lines.append(line)
    return "\n".join(lines)


def fill_notice_cards(plan: PlanSpec) -> PlanSpec:
    """``plan`` with every card that asks for the plan's notes filled in."""

    def unfilled(cue: CueSpec) -> bool:
        return cue.stimulus is not None and takes_plan_notes(cue.stimulus.text)

    if not any(is_notice_card(cue) and unfilled(cue) for cue in plan.cues):
        return plan
    cues = []
    for cue in plan.cues:
        stimulus = cue.stimulus
        if is_notice_card(cue) and unfilled(cue) and stimulus is not None and stimulus.text:
            text = fill_notes(stimulus.text, notes_after(plan, cue.position), stimulus.language)
            filled = replace(stimulus, text=text, lists_plan_notes=True)
            cue = replace(cue, stimulus=filled)
        cues.append(cue)
    return replace(plan, cues=tuple(cues))


def _folded(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def missing_notes(plan: PlanSpec, position: int) -> list[str]:
    """The notes of the cues after the card at ``position`` that its text does not name.

    A card with no text (an image) cannot be read, so it names everything."""
    stimulus = plan.cues[position].stimulus
    text = _folded(stimulus.text or "") if stimulus is not None else ""
    if not text.strip():
        return []
    return [note for note in notes_after(plan, position) if _folded(note) not in text]
