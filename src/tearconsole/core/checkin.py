"""Anonymous check-in and check-out on the 0-10 distress scale (SUDS), and what the
facilitator says at the start and end of a session.

A reading is either a count of people per score or one figure for the whole group;
never a name. Stored as JSON in ``session.checkin_json`` / ``checkout_json``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from statistics import median

from tearconsole.core.plan import PlanSpec
from tearconsole.i18n import translate

SCORES = tuple(range(11))  # SUDS 0 (calm) .. 10 (the most distress imaginable)


def tenths(value: float) -> Decimal:
    """A score or an average to one decimal, halves up (1.25 is 1.3), as the dialogs,
    History and every report show it: one rounding, so that no two places disagree."""
    return Decimal(repr(float(value))).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def score_text(value: float) -> str:
    """``tenths(value)`` written out: ``"1.3"`` (a full stop in English and Japanese)."""
    return str(tenths(value))


@dataclass(frozen=True)
class SudsReading:
    """People per score (``counts[s]`` for s in 0..10), or one ``group`` figure."""

    counts: tuple[int, ...] | None = None
    group: float | None = None

    def __post_init__(self) -> None:
        if (self.counts is None) == (self.group is None):
            raise ValueError("a reading is either counts per score or one group figure")
        if self.counts is not None and (
            len(self.counts) != len(SCORES) or any(c < 0 for c in self.counts)
        ):
            raise ValueError("counts need 11 non-negative numbers, one per score 0-10")
        if self.group is not None and not 0 <= self.group <= 10:
            raise ValueError("a group figure is between 0 and 10")

    @classmethod
    def from_counts(cls, counts: Sequence[int] | dict[int, int]) -> SudsReading:
        if isinstance(counts, dict):
            return cls(counts=tuple(int(counts.get(s, 0)) for s in SCORES))
        return cls(counts=tuple(int(c) for c in counts))

    @classmethod
    def of_group(cls, figure: float) -> SudsReading:
        return cls(group=float(figure))

    @property
    def responses(self) -> int | None:
        """How many people answered; ``None`` for a group figure."""
        return None if self.counts is None else sum(self.counts)

    def _scores(self) -> list[int]:
        return [s for s, n in zip(SCORES, self.counts or (), strict=False) for _ in range(n)]

    @property
    def mean(self) -> float | None:
        if self.group is not None:
            return self.group
        scores = self._scores()
        return sum(scores) / len(scores) if scores else None

    @property
    def median(self) -> float | None:
        if self.group is not None:
            return self.group
        scores = self._scores()
        return float(median(scores)) if scores else None

    def to_json(self) -> str:
        if self.counts is not None:
            return json.dumps({"counts": list(self.counts)})
        return json.dumps({"group": self.group})

    @classmethod
    def from_json(cls, text: str | None) -> SudsReading | None:
        """The stored reading, or ``None`` when there is none (or it cannot be read)."""
        if not text:
            return None
        try:
            data = json.loads(text)
            if "counts" in data:
                return cls.from_counts([int(c) for c in data["counts"]])
            if data.get("group") is not None:
                return cls.of_group(float(data["group"]))
        except (ValueError, TypeError, AttributeError):
            return None
        return None

    def describe(self) -> str:
        """``"12 people, average 5.3"`` or ``"group figure 5"``."""
        if self.group is not None:
            return translate("Checkin", "group figure {value}").format(value=f"{self.group:g}")
        n = self.responses or 0
        if not n:
            return translate("Checkin", "no answers")
        assert self.mean is not None
        return translate("Checkin", "%n person(s), average {mean}", "", n).format(
            mean=score_text(self.mean)
        )


def describe_change(checkin: SudsReading | None, checkout: SudsReading | None) -> str:
    """One calm sentence comparing check-in with check-out (lower means calmer)."""
    if checkin is None and checkout is None:
        return translate("Checkin", "No check-in or check-out was taken.")
    if checkout is None:
        assert checkin is not None
        only = translate("Checkin", "Only a check-in was taken ({reading}).")
        return only.format(reading=checkin.describe())
    if checkin is None:
        only = translate("Checkin", "Only a check-out was taken ({reading}).")
        return only.format(reading=checkout.describe())
    if checkin.mean is None or checkout.mean is None:
        return translate("Checkin", "The check-in or the check-out has no answers.")
    # The difference of the figures as shown, so that the sentence adds up as read.
    before, after = tenths(checkin.mean), tenths(checkout.mean)
    delta = after - before
    if delta == 0:
        trend = translate("Checkin", "the same as at check-in")
    elif delta < 0:
        trend = translate("Checkin", "{by} lower than at check-in").format(by=str(-delta))
    else:
        trend = translate("Checkin", "{by} higher than at check-in").format(by=str(delta))
    return translate(
        "Checkin", "Average distress {before} at check-in, {after} at check-out: {trend}."
    ).format(before=str(before), after=str(after), trend=trend)


def with_phones(hand: SudsReading | None, phones: SudsReading | None) -> SudsReading | None:
    """The reading counted by hand and the participants' phones' together: the counts
    added. A group figure (one number for the whole room) stays as it was: answers per
    person cannot be added to it (the record keeps the phones' counts apart anyway)."""
    if phones is None or phones.counts is None:
        return hand
    if hand is None:
        return phones
    if hand.counts is None:
        return hand
    return SudsReading.from_counts([a + b for a, b in zip(hand.counts, phones.counts, strict=True)])


@dataclass(frozen=True)
class StartInfo:
    """What the start-of-session dialog gathers; ``participants``: the participants'
    phones on for this session."""

    group_size: int | None = None
    checkin: SudsReading | None = None
    participants: bool = False


@dataclass(frozen=True)
class EndInfo:
    """What the end-of-session dialog gathers; ``note`` becomes a note event."""

    group_size: int | None = None
    checkout: SudsReading | None = None
    note: str = ""
    note_private: bool = True


def content_notes_of(notes: Iterable[Iterable[str]]) -> list[str]:
    """The distinct content notes of a plan's stimuli, in first-seen order."""
    seen: dict[str, None] = {}
    for group in notes:
        for note in group:
            if note.strip():
                seen.setdefault(note.strip().lower(), None)
    return list(seen)


def plan_content_notes(plan: PlanSpec) -> list[str]:
    """The content notes of everything a plan plays, for the opening reminder."""
    return content_notes_of(c.stimulus.content_notes for c in plan.cues if c.stimulus)


def opening_reminder(content_notes: Sequence[str]) -> str:
    """What to say before starting: the content notice and the right to step out."""
    if content_notes:
        notes = translate("Checkin", ", ", "list separator").join(content_notes)
        return translate(
            "Checkin",
            "Before you begin, tell the room that some of what follows may be upsetting. "
            "Today's material touches on {notes}. Anyone may step out at any time, for as long "
            "as they need, and come back or not. No one has to cry, and no one has to share.",
        ).format(notes=notes)
    return translate(
        "Checkin",
        "Before you begin, tell the room that some of what follows may be upsetting. Anyone "
        "may step out at any time, for as long as they need, and come back or not. No one has "
        "to cry, and no one has to share.",
    )


def closing_reminder() -> str:
    """What to do before people leave."""
    return translate(
        "Checkin",
        "Before people leave: give time to sit quietly or share, show the closing card with "
        "where to find help, and remind everyone that this session is not a substitute for "
        "professional care.",
    )
