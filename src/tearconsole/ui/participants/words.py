"""The console's discreet line about the participants' phones, from a ``Tally``.

Aggregated, never who: "2 asked for softer in the last 3 minutes", "1 asked for a break",
and at most a suggestion ("Soften?"); nothing here acts. Shown on the laptop only.
"""

from __future__ import annotations

from dataclasses import dataclass

from tearconsole.core.checkin import SudsReading
from tearconsole.i18n import translate
from tearconsole.remote.participants import Phase, Signal, Tally
from tearconsole.ui.suds_input import HIGH_SCORE

#: "In the last 3 minutes": what the line counts.
RECENT_S = 180.0
#: This many "softer" in that time bring the suggestion (one may be one person's wish).
SOFTEN_AT = 2


@dataclass(frozen=True)
class RoomLine:
    text: str
    suggestion: str = ""  # "Soften?" or ""
    attention: bool = False  # something asked of the facilitator: drawn in the warning colour
    brief: str = ""  # the counts in a few words, where the line has little room ("" = text)


def phones_reading(tally: Tally, phase: Phase) -> SudsReading | None:
    """The phones' scores for ``phase`` (None when no phone gave a score)."""
    counts = tally.scores.get(phase)
    if not counts or not sum(counts):
        return None
    return SudsReading.from_counts(counts)


def room_line(tally: Tally, now: float) -> RoomLine:
    """What the console says about the room's phones at ``now`` (the Room's clock)."""
    since = now - RECENT_S
    softer = tally.recent(Signal.SOFTER, since)
    breaks = tally.recent(Signal.BREAK, since)
    # what the room asked first (a narrow console cuts the end), then how many; each part
    # in whole words and in a few (the brief line, where the console has little room)
    parts: list[tuple[str, str]] = []
    if softer:
        parts.append(
            (
                translate("Participants", "%n asked for softer in the last 3 minutes", "", softer),
                translate("Participants", "softer %n", "the phones' brief line", softer),
            )
        )
    if breaks:
        parts.append(
            (
                translate("Participants", "%n asked for a break", "", breaks),
                translate("Participants", "break %n", "the phones' brief line", breaks),
            )
        )
    # The latest scores asked (check-out once any came, else check-in): someone at 8 or
    # more brings the quiet prompt of the dialogs' hand counts.
    latest = Phase.CHECK_OUT if tally.count(Phase.CHECK_OUT) else Phase.CHECK_IN
    high = sum(tally.scores.get(latest, ())[HIGH_SCORE:])
    if high:
        parts.append(
            (
                translate("Participants", "%n at 8 or more", "", high),
                translate("Participants", "8+ %n", "the phones' brief line", high),
            )
        )
    joined = tally.phones  # a plain name: lupdate reads no attribute as the count
    parts.append(
        (
            translate("Participants", "Phones: %n", "", joined),
            translate("Participants", "%n phone(s)", "the phones' brief line", joined),
        )
    )
    suggestion = translate("Participants", "Soften?") if softer >= SOFTEN_AT else ""
    separator = translate("Participants", " · ", "between the parts of the phones' line")
    tight = translate("ParticipantsBrief", " · ", "between the parts of the phones' brief line")
    return RoomLine(
        separator.join(whole for whole, _ in parts),
        suggestion,
        bool(softer or breaks or high),
        tight.join(brief for _, brief in parts),
    )
