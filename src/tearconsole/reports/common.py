"""Formatting shared by every report: times, dates, differences and the report's words."""

from __future__ import annotations

from datetime import UTC, datetime

from tearconsole.core.records import CueRow, RecordedEvent, SessionReport, mark_label
from tearconsole.core.timing import format_clock
from tearconsole.i18n import QT_TRANSLATE_NOOP, long_date, translate
from tearconsole.i18n.words import session_state_word

# A light, warm page for paper and screens alike; the app's muted accents, darker for ink.
PAGE = "#fbfaf7"
INK = "#2b2f36"
MUTED = "#6b7280"
RULE = "#e2dfd8"
STRIPE = "#f3f1ec"
PLANNED = "#e1e6ea"
PLANNED_EDGE = "#b9c2cb"
ACTUAL = "#4f7f83"
BED = "#9bbab3"
PAUSED = "#b4bcc6"
SOFTENED = "#d9b15f"
HELD = "#8fa9c4"
STOP = "#b8665c"
NOTE = "#5a7fa8"
# Japanese names and notes need a Japanese face: Noto Sans CJK JP (scripts/setup.sh) or
# the one a Mac or Windows reader has.
FONT = (
    "'DejaVu Sans', 'Segoe UI', Helvetica, Arial, 'Noto Sans CJK JP', 'Hiragino Sans', "
    "'Yu Gothic', Meiryo, sans-serif"
)

#: The same report on the app's dark panel (the History page's preview in a dim room);
#: exported files keep the light page, for paper. The data colours stay as they are.
ON_DARK = {
    PAGE: "#1c1f26",
    INK: "#d6d9de",
    MUTED: "#9aa1ad",
    RULE: "#2f3440",
    STRIPE: "#20242c",
    PLANNED: "#303846",
    PLANNED_EDGE: "#4b5666",
}


def on_dark(text: str) -> str:
    """``text`` (a report's HTML or its timeline's SVG) recoloured for a dark page."""
    for light, dark in ON_DARK.items():
        text = text.replace(light, dark).replace(light.upper(), dark)
    return text


def local(moment: datetime | None) -> datetime | None:
    """A stored (naive UTC) time in the computer's own time zone."""
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC).astimezone() if moment.tzinfo is None else moment


def when(report: SessionReport) -> str:
    """``"Thursday 26 November 2026, 19:02 to 20:15"`` (``"2026年11月26日（木） 19:02〜20:15"``)."""
    start = local(report.facts.started_at)
    end = local(report.facts.ended_at)
    assert start is not None
    text = translate("Report", "{date}, {time}").format(
        date=long_date(start), time=f"{start:%H:%M}"
    )
    if end is None:
        return text
    return translate("Report", "{start} to {end}").format(start=text, end=f"{end:%H:%M}")


def speed_words(speeds: tuple[float, ...]) -> str:
    """``"x4"``, or ``"x4, then x8"`` for a rehearsal whose speed was changed."""
    return translate("Report", ", then ").join(f"x{speed:g}" for speed in speeds)


def mode_words(report: SessionReport) -> str:
    facts = report.facts
    if facts.mode == "rehearsal":
        speeds = report.timeline.speeds
        if speeds == (1.0,):
            return translate("Report", "Rehearsal")
        return translate("Report", "Rehearsal at {speeds}").format(speeds=speed_words(speeds))
    return translate("Report", "Live session")


def state_words(state: str) -> str:
    return session_state_word(state)


def run_words(how: str) -> str:
    """How one run of a cue ended (``CueRun.how``), in the report's language."""
    words = {
        "ended": translate("Report", "ended", "a cue's run"),
        "stopped": translate("Report", "stopped"),
        "failed": translate("Report", "media problem"),
        "softened": translate("Report", "soft landing"),
        "replaced": translate("Report", "moved on"),
        "open": translate("Report", "still running"),
    }
    return words.get(how, how)


def status_words(status: str) -> str:
    """How a cue went (``CueRow.status``), in the report's language."""
    words = {
        "played": translate("Report", "played"),
        "skipped": translate("Report", "skipped"),
        "not played": translate("Report", "not played"),
        "stopped": translate("Report", "stopped"),
        "media problem": translate("Report", "media problem"),
        "soft landing": translate("Report", "soft landing"),
        "moved on": translate("Report", "moved on"),
        "still running": translate("Report", "still running"),
    }
    return words.get(status, status)


#: The events that are not marks on the timeline (those say themselves: ``mark_label``).
_EVENT_WORDS = {
    "started": QT_TRANSLATE_NOOP("Events", "Session started"),
    "cue_started": QT_TRANSLATE_NOOP("Events", "Cue started"),
    "cue_ended": QT_TRANSLATE_NOOP("Events", "Cue ended"),
    "checkpoint": QT_TRANSLATE_NOOP("Events", "Position saved"),
    "tone": QT_TRANSLATE_NOOP("Events", "Soft tone"),
    "room_check": QT_TRANSLATE_NOOP("Events", "Room check"),
    "room_level": QT_TRANSLATE_NOOP("Events", "Room level changed"),
    "audio_output": QT_TRANSLATE_NOOP("Events", "Sound output changed"),
    "ignored": QT_TRANSLATE_NOOP("Events", "No effect"),
    "ended": QT_TRANSLATE_NOOP("Events", "Session ended"),
    "participants": QT_TRANSLATE_NOOP("Events", "Participants' phones: the counts"),
}
_CORRECTED = {
    "checkin": QT_TRANSLATE_NOOP("Events", "Check-in corrected"),
    "checkout": QT_TRANSLATE_NOOP("Events", "Check-out corrected"),
}


def event_words(event: RecordedEvent) -> str:
    """What a logged event was, in the report's language: ``"Cue started"``."""
    if event.kind == "corrected":
        what = _CORRECTED.get(str(event.detail.get("what")))
        return translate("Events", what) if what else event.kind
    words = _EVENT_WORDS.get(event.kind)
    return translate("Events", words) if words else mark_label(event)


def clock(seconds: float | None) -> str:
    return format_clock(seconds) if seconds is not None else "–"


def difference(row: CueRow) -> str:
    """Actual against planned: ``"+0:12"``, ``"-0:40"``, ``"on time"`` or ``"–"``."""
    if row.actual_s is None or row.planned_s is None:
        return "–"
    delta = row.actual_s - row.planned_s
    if abs(delta) < 1:
        return translate("Report", "on time")
    sign = "+" if delta > 0 else "-"
    return f"{sign}{format_clock(abs(delta))}"


def length_against_plan(report: SessionReport) -> str:
    timeline, speeds = report.timeline, report.timeline.speeds
    text = clock(timeline.length_s)
    if timeline.planned_s:
        text = translate("Report", "{length} (planned {planned})").format(
            length=text, planned=clock(timeline.planned_s)
        )
    if speeds != (1.0,):
        text = translate("Report", "{length}; took {wall} at {speeds}").format(
            length=text, wall=clock(timeline.wall_s), speeds=speed_words(speeds)
        )
    return text


def privacy_line(report: SessionReport) -> str:
    if report.include_private:
        return translate("Report", "This report includes private notes: keep it to yourself.")
    return translate("Report", "Private notes are left out of this report. No names are recorded.")
