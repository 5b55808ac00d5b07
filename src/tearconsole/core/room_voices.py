"""What the participants' phones said, as the session's record keeps it: counts only.

A ``participants`` event (``EventKind.PARTICIPANTS``) holds, at its moment, how many
phones joined, how many gave each check-in and check-out score (and how many would
rather not say), and how many "softer", "break" and "OK" signals came so far. Never an
id, an address or a token: ``room_detail`` builds the detail from numbers alone.

Reading the record back, ``room_voices`` turns those events into the phones' latest
distributions and the signals' bursts (how many came between two events, at the later
one's moment, during which cue): the report's band of "softer"/"break" against the cues.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from tearconsole.core.checkin import SCORES, SudsReading
from tearconsole.i18n import translate

PHASES = ("check_in", "check_out")
SIGNALS = ("softer", "break", "ok")


def room_detail(
    phones: int,
    scores: Mapping[str, Sequence[int]],
    declined: Mapping[str, int],
    signals: Mapping[str, int],
) -> dict[str, Any]:
    """The ``participants`` event's detail: numbers only (module docstring)."""
    return {
        "phones": int(phones),
        "scores": {p: [int(n) for n in scores.get(p, [0] * len(SCORES))] for p in PHASES},
        "declined": {p: int(declined.get(p, 0)) for p in PHASES},
        "signals": {s: int(signals.get(s, 0)) for s in SIGNALS},
    }


@dataclass(frozen=True)
class RoomBurst:
    """``count`` signals of one kind heard by ``at_s`` (plan seconds) since the record
    before, while ``cue_position`` was running (None: between cues)."""

    at_s: float
    signal: str
    count: int
    cue_position: int | None


@dataclass(frozen=True)
class RoomVoices:
    phones: int = 0
    scores: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    declined: Mapping[str, int] = field(default_factory=dict)
    bursts: tuple[RoomBurst, ...] = ()

    def reading(self, phase: str) -> SudsReading | None:
        """The phones' scores for ``phase`` as a reading; None when no phone gave one."""
        counts = self.scores.get(phase)
        if not counts or not sum(counts):
            return None
        return SudsReading.from_counts(counts)

    def answers(self, phase: str) -> SudsReading:
        """The phones' scores for ``phase``, none given included (a report's row)."""
        return SudsReading.from_counts(self.scores.get(phase) or [0] * len(SCORES))

    def total(self, signal: str) -> int:
        return sum(b.count for b in self.bursts if b.signal == signal)


def asked_words(signal: str, count: int) -> str:
    """``"2 asked for softer"``, ``"1 asked for a break"`` (the report's words)."""
    if signal == "softer":
        words = translate("Report", "%n asked for softer", "", count)
        return words
    words = translate("Report", "%n asked for a break", "", count)
    return words


def _numbers(value: object, length: int) -> tuple[int, ...] | None:
    if not isinstance(value, list) or len(value) != length:
        return None
    try:
        return tuple(max(0, int(n)) for n in value)
    except (TypeError, ValueError):
        return None


def _count(value: object) -> int:
    try:
        return max(0, int(value)) if isinstance(value, int | float | str) else 0
    except (TypeError, ValueError):
        return 0


def room_voices(
    records: Iterable[tuple[float, Mapping[str, Any], int | None]],
) -> RoomVoices | None:
    """From ``(plan seconds, detail, running cue)`` of each ``participants`` event in
    order: the latest counts and the bursts; None when there was none."""
    seen = False
    phones = 0
    scores: dict[str, tuple[int, ...]] = {}
    declined: dict[str, int] = {}
    totals = dict.fromkeys(SIGNALS, 0)
    bursts: list[RoomBurst] = []
    for at_s, detail, cue in records:
        seen = True
        phones = _count(detail.get("phones"))
        given = detail.get("scores")
        refused = detail.get("declined")
        for phase in PHASES:
            counts = _numbers(given.get(phase), len(SCORES)) if isinstance(given, Mapping) else None
            if counts is not None:
                scores[phase] = counts
            if isinstance(refused, Mapping):
                declined[phase] = _count(refused.get(phase))
        said = detail.get("signals")
        for signal in SIGNALS:
            now = _count(said.get(signal)) if isinstance(said, Mapping) else totals[signal]
            if now > totals[signal]:
                bursts.append(RoomBurst(at_s, signal, now - totals[signal], cue))
            totals[signal] = max(now, totals[signal])
    if not seen:
        return None
    return RoomVoices(phones, scores, declined, tuple(bursts))
