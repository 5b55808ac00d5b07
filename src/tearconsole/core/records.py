"""A session's record as a timeline: from the plan and the event log, what was planned and
what actually happened, cue by cue, with the marks where the facilitator paused, softened,
held or stopped, and the notes.

Plain data in, plain data out (no Qt, no SQL): reports and the history page draw from
``SessionTimeline``. Privacy is decided before this: pass only the events a report may
show (``visible_events``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from tearconsole.core import media_problems
from tearconsole.core.checkin import SudsReading
from tearconsole.core.kinds import CueKind, EventKind
from tearconsole.core.plan import PlanSpec
from tearconsole.core.plan_clock import PlanClock
from tearconsole.core.plan_outline import PlanOutline, outline_of
from tearconsole.core.room_voices import RoomVoices, room_voices
from tearconsole.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class RecordedEvent:
    """One row of the event log as read back (``conductor.log.LoggedEvent`` is what the
    conductor writes; this adds what the log gave it: ``seq``, wall time, privacy)."""

    seq: int
    kind: str
    mono_s: float
    wall_time: datetime | None = None
    cue_position: int | None = None
    position_s: float | None = None
    detail: Mapping[str, Any] = field(default_factory=dict)
    private: bool = False

    @property
    def is_private(self) -> bool:
        return self.private or self.detail.get("private") is True

    @property
    def event_kind(self) -> EventKind | None:
        try:
            return EventKind(self.kind)
        except ValueError:
            return None


def visible_events(events: Iterable[RecordedEvent], include_private: bool) -> list[RecordedEvent]:
    """The events a report may show: private ones only when asked for, and only those
    that stand (``as_done``)."""
    return [e for e in as_done(events) if include_private or not e.is_private]


def as_done(events: Iterable[RecordedEvent]) -> list[RecordedEvent]:
    """The events that stand, in order: those a failed step logged before it was undone
    (its refusal says how many: ``undone``) are left out; the refusal itself stays."""
    ordered = sorted(events, key=lambda e: e.seq)
    void: set[int] = set()
    for event in ordered:
        undone = event.detail.get("undone") if event.kind == EventKind.IGNORED.value else None
        if isinstance(undone, int) and not isinstance(undone, bool) and undone > 0:
            void.update(range(event.seq - undone, event.seq))
    return [e for e in ordered if e.seq not in void]


@dataclass(frozen=True)
class CueRun:
    """One stretch during which a cue was playing (a cue run twice, after Back, has two)."""

    start_s: float
    end_s: float
    how: str  # "ended", "stopped", "failed", "softened", "replaced", "open"


@dataclass(frozen=True)
class CueRow:
    position: int
    title: str
    kind: CueKind | None
    planned_start_s: float | None
    planned_s: float | None
    runs: tuple[CueRun, ...] = ()
    skipped: bool = False

    @property
    def actual_s(self) -> float | None:
        return sum(r.end_s - r.start_s for r in self.runs) if self.runs else None

    @property
    def actual_start_s(self) -> float | None:
        return self.runs[0].start_s if self.runs else None

    @property
    def status(self) -> str:
        """How the cue went, in a word or two a facilitator would use."""
        if not self.runs:
            return "skipped" if self.skipped else "not played"
        last = self.runs[-1].how
        return {
            "stopped": "stopped",
            "failed": "media problem",
            "softened": "soft landing",
            "replaced": "moved on",
            "open": "still running",
        }.get(last, "played")


@dataclass(frozen=True)
class Mark:
    at_s: float
    kind: EventKind
    label: str
    cue_position: int | None = None


@dataclass(frozen=True)
class Span:
    """A stretch of the session that was paused, softened (with its level) or held."""

    kind: str  # "paused", "softened", "held"
    start_s: float
    end_s: float
    level: int = 0


@dataclass(frozen=True)
class NoteEntry:
    at_s: float
    wall_time: datetime | None
    cue_position: int | None
    cue_title: str
    text: str
    private: bool


@dataclass(frozen=True)
class SessionTimeline:
    rows: tuple[CueRow, ...]
    marks: tuple[Mark, ...]
    spans: tuple[Span, ...]
    notes: tuple[NoteEntry, ...]
    length_s: float
    planned_s: float | None
    target_s: float | None
    softenings: int
    stops: int
    pauses: int
    holds: int
    media_errors: int
    wall_s: float = 0.0  # how long it took on the wall clock (a rehearsal runs faster)
    speeds: tuple[float, ...] = (1.0,)  # the playback speeds it went through, in order
    voices: RoomVoices | None = None  # the participants' phones, if they were on

    @property
    def span_s(self) -> float:
        """The length the time axis must show: the session or the plan, whichever is longer."""
        return max(self.length_s, self.planned_s or 0.0, 1.0)

    def title_of(self, position: int | None) -> str:
        for row in self.rows:
            if row.position == position:
                return row.title
        return ""


_MARK_KINDS = {
    EventKind.PAUSED: QT_TRANSLATE_NOOP("Marks", "Paused"),
    EventKind.RESUMED: QT_TRANSLATE_NOOP("Marks", "Resumed"),
    EventKind.SOFTENED: QT_TRANSLATE_NOOP("Marks", "Softened"),
    EventKind.RESTORED: QT_TRANSLATE_NOOP("Marks", "Restored"),
    EventKind.HELD: QT_TRANSLATE_NOOP("Marks", "Held"),
    EventKind.RELEASED: QT_TRANSLATE_NOOP("Marks", "Released"),
    EventKind.EXTENDED: QT_TRANSLATE_NOOP("Marks", "Extended"),
    EventKind.PACE: QT_TRANSLATE_NOOP("Marks", "Pace changed"),
    EventKind.CUE_SKIPPED: QT_TRANSLATE_NOOP("Marks", "Skipped"),
    EventKind.BACK: QT_TRANSLATE_NOOP("Marks", "Back"),
    EventKind.SAFE_STOP: QT_TRANSLATE_NOOP("Marks", "Safe stop"),
    EventKind.HARD_STOP: QT_TRANSLATE_NOOP("Marks", "Hard stop"),
    EventKind.MEDIA_ERROR: QT_TRANSLATE_NOOP("Marks", "Media problem"),
    EventKind.RECOVERED: QT_TRANSLATE_NOOP("Marks", "Resumed after a crash"),
    EventKind.NOTE: QT_TRANSLATE_NOOP("Marks", "Note"),
}


def mark_label(event: RecordedEvent) -> str:
    kind = event.event_kind
    known = _MARK_KINDS.get(kind) if kind else None
    base = translate("Marks", known) if known else event.kind.replace("_", " ")
    d = event.detail
    if kind is EventKind.SOFTENED and d.get("level") is not None:
        return translate("Marks", "Softened to level {level}").format(level=d["level"])
    if kind is EventKind.EXTENDED and d.get("seconds") is not None:
        seconds = f"{float(d['seconds']):g}"
        return translate("Marks", "Extended by {seconds} s").format(seconds=seconds)
    pace = d.get("pace", d.get("factor"))
    if kind is EventKind.PACE and pace is not None:
        return translate("Marks", "Pace x{pace}").format(pace=f"{float(pace):g}")
    if kind is EventKind.RESUMED and d.get("how") == "continue":
        return translate("Marks", "Continued after the safe stop")
    if kind is EventKind.HARD_STOP and d.get("stage") == "armed":
        return translate("Marks", "Hard stop armed")
    if kind is EventKind.MEDIA_ERROR:
        said = media_problems.said(d)
        if said:
            return translate("Marks", "Media problem: {reason}").format(reason=said)
        return base
    return base


def _cue_titles(plan: PlanOutline | None, events: Sequence[RecordedEvent]) -> dict[int, str]:
    titles = {cue.position: cue.title for cue in plan.cues} if plan else {}
    for event in events:
        title = event.detail.get("title") or event.detail.get("cue_title")
        if event.cue_position is not None and isinstance(title, str):
            titles.setdefault(event.cue_position, title)
    return titles


# cue_ended's reason -> how the run ended
_ENDINGS = {
    "safe_stop": "stopped",
    "hard_stop": "stopped",
    "failed": "failed",
    "soft_landing": "softened",
    "replaced": "replaced",
}


def _is_stop(event: RecordedEvent) -> bool:
    """A safe stop, or a hard stop once confirmed (arming it stops nothing)."""
    kind = event.event_kind
    if kind is EventKind.HARD_STOP:
        return event.detail.get("stage") != "armed"
    return kind is EventKind.SAFE_STOP


class _RunTracker:
    """Open and close cue runs as the events go by (one main cue at a time, one bed)."""

    def __init__(self, bed_positions: set[int], bed_stops: set[int]) -> None:
        self.beds = bed_positions
        self.bed_stops = bed_stops  # instants: a bed stop cue has no length of its own
        self.open: dict[int, float] = {}
        self.runs: dict[int, list[CueRun]] = {}
        self.skipped: set[int] = set()

    def close(self, position: int, at: float, how: str) -> None:
        start = self.open.pop(position, None)
        if start is not None:
            self.runs.setdefault(position, []).append(CueRun(start, max(start, at), how))

    def close_all(self, at: float, how: str, *, beds: bool | None = None) -> None:
        for position in list(self.open):
            if beds is None or (position in self.beds) == beds:
                self.close(position, at, how)

    def running_main(self) -> int | None:
        mains = [(start, p) for p, start in self.open.items() if p not in self.beds]
        return max(mains)[1] if mains else None

    def feed(self, event: RecordedEvent, at: float) -> None:
        kind, position = event.event_kind, event.cue_position
        if kind is EventKind.CUE_STARTED and position is not None:
            layer = event.detail.get("layer")
            bed = layer == "bed" if layer else position in self.beds
            if bed:
                self.beds.add(position)
            self.close_all(at, "replaced", beds=bed)
            self.open[position] = at
            if position in self.bed_stops:
                self.close(position, at, "ended")
        elif kind is EventKind.CUE_ENDED and position is not None:
            self.close(position, at, _ENDINGS.get(str(event.detail.get("reason")), "ended"))
        elif kind is EventKind.CUE_SKIPPED and position is not None:
            if position in self.open:
                self.close(position, at, "replaced")
            else:
                self.skipped.add(position)
        elif kind is EventKind.RESUMED and event.detail.get("how") == "continue":
            snap = event.detail.get("snap")  # after a safe stop: the cue (and bed) go on
            bed = snap.get("bed") if isinstance(snap, dict) else None
            for resumed in (position, bed):
                if isinstance(resumed, int) and not isinstance(resumed, bool):
                    self.open.setdefault(resumed, at)
        elif _is_stop(event):
            self.close_all(at, "stopped")
        elif kind is EventKind.ENDED:
            self.close_all(at, "ended")


def _spans(events: Sequence[RecordedEvent], clock: PlanClock, end_s: float) -> list[Span]:
    spans: list[Span] = []
    paused_at: float | None = None
    held_at: float | None = None
    soft: tuple[float, int] | None = None
    for event in events:
        at, kind = clock.plan_s(event.mono_s), event.event_kind
        if kind is EventKind.PAUSED and paused_at is None:
            paused_at = at
        elif kind is EventKind.RESUMED and paused_at is not None:
            spans.append(Span("paused", paused_at, at))
            paused_at = None
        elif kind is EventKind.HELD and held_at is None:
            held_at = at
        elif kind is EventKind.RELEASED and held_at is not None:
            spans.append(Span("held", held_at, at))
            held_at = None
        elif kind is EventKind.SOFTENED:
            level = int(event.detail.get("level") or (soft[1] + 1 if soft else 1))
            if soft is not None:
                spans.append(Span("softened", soft[0], at, soft[1]))
            soft = (at, level)
        elif kind is EventKind.RESTORED and soft is not None:
            spans.append(Span("softened", soft[0], at, soft[1]))
            soft = None
    if paused_at is not None:
        spans.append(Span("paused", paused_at, end_s))
    if held_at is not None:
        spans.append(Span("held", held_at, end_s))
    if soft is not None:
        spans.append(Span("softened", soft[0], end_s, soft[1]))
    return spans


def build_timeline(
    plan: PlanSpec | PlanOutline | None,
    events: Sequence[RecordedEvent],
    *,
    time_scale: float = 1.0,
) -> SessionTimeline:
    """The session's timeline against ``plan``: the plan as run, else the current plan
    (``None`` if the plan was deleted and the session kept no outline of it).

    ``time_scale`` is the speed the session started at: logged seconds become plan seconds
    at that speed until a logged speed change (a rehearsal run at x4 passes 4.0, so that
    its bars compare with the plan's; see ``plan_clock``).
    """
    if isinstance(plan, PlanSpec):
        plan = outline_of(plan)
    events = sorted(events, key=lambda e: e.seq)
    titles = _cue_titles(plan, events)
    kinds = {cue.position: cue.kind for cue in plan.cues} if plan else {}
    beds = {p for p, k in kinds.items() if k in (CueKind.BED_START, CueKind.BED_STOP)}
    clock = PlanClock.from_log(((e.mono_s, e.kind, e.detail) for e in events), time_scale)
    ended = [e.mono_s for e in events if e.event_kind is EventKind.ENDED]
    last = max((e.mono_s for e in events), default=0.0)
    wall_s = ended[-1] if ended else last
    length_s = clock.plan_s(wall_s)

    tracker = _RunTracker(beds, {p for p, k in kinds.items() if k is CueKind.BED_STOP})
    marks: list[Mark] = []
    notes: list[NoteEntry] = []
    room: list[tuple[float, Mapping[str, Any], int | None]] = []
    for event in events:
        at, kind = clock.plan_s(event.mono_s), event.event_kind
        if kind is EventKind.NOTE:
            position = event.cue_position
            if position is None:  # the conductor's snapshot says which cue was running
                snap = event.detail.get("snap")
                main = snap.get("main") if isinstance(snap, Mapping) else None
                position = main if isinstance(main, int) else tracker.running_main()
            text = str(event.detail.get("text", ""))
            notes.append(
                NoteEntry(
                    at,
                    event.wall_time,
                    position,
                    "" if position is None else titles.get(position, ""),
                    text,
                    event.is_private,
                )
            )
        if kind is EventKind.PARTICIPANTS:
            room.append((at, event.detail, tracker.running_main()))
        tracker.feed(event, at)
        if kind in _MARK_KINDS:
            marks.append(Mark(at, kind, mark_label(event), event.cue_position))
    tracker.close_all(length_s, "open")

    positions = sorted(set(titles) | set(tracker.runs) | tracker.skipped)
    starts: dict[int, float] = {}
    planned: dict[int, float] = {}
    if plan is not None:
        starts = dict(zip([c.position for c in plan.cues], plan.start_times(), strict=True))
        planned = {c.position: c.planned_s for c in plan.cues}
    rows = tuple(
        CueRow(
            position=p,
            title=titles.get(p, f"Cue {p + 1}"),
            kind=kinds.get(p),
            planned_start_s=starts.get(p),
            planned_s=planned.get(p),
            runs=tuple(tracker.runs.get(p, ())),
            skipped=p in tracker.skipped,
        )
        for p in positions
    )

    def count(*wanted: EventKind) -> int:
        return sum(1 for e in events if e.event_kind in wanted)

    return SessionTimeline(
        rows=rows,
        marks=tuple(marks),
        spans=tuple(_spans(events, clock, length_s)),
        notes=tuple(notes),
        length_s=length_s,
        planned_s=plan.planned_s if plan else None,
        target_s=plan.target_s if plan else None,
        softenings=count(EventKind.SOFTENED),
        stops=sum(1 for e in events if _is_stop(e)),
        pauses=count(EventKind.PAUSED),
        holds=count(EventKind.HELD, EventKind.EXTENDED),
        media_errors=count(EventKind.MEDIA_ERROR),
        wall_s=wall_s,
        speeds=clock.speeds,
        voices=room_voices(room),
    )


@dataclass(frozen=True)
class SessionFacts:
    """The session's own row, as plain data."""

    id: int
    plan_name: str
    mode: str
    state: str
    started_at: datetime
    ended_at: datetime | None = None
    speed: float = 1.0
    group_size: int | None = None
    checkin: SudsReading | None = None
    checkout: SudsReading | None = None
    notes: str = ""  # the facilitator's own reflection: private


@dataclass(frozen=True)
class SessionReport:
    """Everything a report shows; built with privacy already applied."""

    facts: SessionFacts
    timeline: SessionTimeline
    events: tuple[RecordedEvent, ...]
    include_private: bool
    theme: str = ""

    def cue_label(self, position: int | None) -> str:
        if position is None:
            return ""
        title = self.timeline.title_of(position)
        return f"{position + 1}. {title}" if title else str(position + 1)
