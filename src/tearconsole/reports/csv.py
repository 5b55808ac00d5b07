"""A session as two CSV files for a spreadsheet: the event log (one row per logged
event, oldest first) and beside it the cues (one row per cue of the plan as run).

Both start with a UTF-8 byte order mark, so that Excel reads Japanese as Japanese. The
``kind`` and ``status`` columns keep the stored words (scripts read them); the column
beside each says it in the report's language.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from tearconsole.atomic import write_text
from tearconsole.core.records import SessionReport
from tearconsole.errors import UserError
from tearconsole.i18n import QT_TRANSLATE_NOOP, translate
from tearconsole.reports.common import event_words, local, status_words

#: Excel takes a file with no byte order mark for the computer's own code page
#: (Shift_JIS on a Japanese Windows): UTF-8 without it shows as mojibake.
BOM = "\ufeff"

HEADERS = [
    QT_TRANSLATE_NOOP("ReportCsv", "seq"),
    QT_TRANSLATE_NOOP("ReportCsv", "time"),
    QT_TRANSLATE_NOOP("ReportCsv", "session_s"),
    QT_TRANSLATE_NOOP("ReportCsv", "kind"),
    QT_TRANSLATE_NOOP("ReportCsv", "event"),
    QT_TRANSLATE_NOOP("ReportCsv", "cue"),
    QT_TRANSLATE_NOOP("ReportCsv", "cue_title"),
    QT_TRANSLATE_NOOP("ReportCsv", "position_s"),
    QT_TRANSLATE_NOOP("ReportCsv", "detail"),
    QT_TRANSLATE_NOOP("ReportCsv", "private"),
]

CUE_HEADERS = [
    QT_TRANSLATE_NOOP("ReportCsv", "cue"),
    QT_TRANSLATE_NOOP("ReportCsv", "cue_title"),
    QT_TRANSLATE_NOOP("ReportCsv", "planned_start_s"),
    QT_TRANSLATE_NOOP("ReportCsv", "planned_s"),
    QT_TRANSLATE_NOOP("ReportCsv", "started_s"),
    QT_TRANSLATE_NOOP("ReportCsv", "ran_s"),
    QT_TRANSLATE_NOOP("ReportCsv", "difference_s"),
    QT_TRANSLATE_NOOP("ReportCsv", "runs"),
    QT_TRANSLATE_NOOP("ReportCsv", "status"),
    QT_TRANSLATE_NOOP("ReportCsv", "how"),
]


def _detail(detail: Mapping[str, Any]) -> dict[str, Any]:
    """The event's detail without the conductor's resume snapshot (internal state)."""
    return {key: value for key, value in detail.items() if key != "snap"}


#: What a spreadsheet reads as the start of a formula (or, after a tab or a carriage
#: return, may still): such a cell gets a leading apostrophe so it stays text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> str:
    """``value`` as a CSV cell that no spreadsheet will run as a formula."""
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def seconds(value: float | None, places: int = 1) -> str:
    return "" if value is None else f"{value:.{places}f}"


def _table(headers: list[str], rows: Iterable[list[object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([translate("ReportCsv", header) for header in headers])
    writer.writerows(rows)
    return out.getvalue()


def report_csv(report: SessionReport) -> str:
    """Columns: seq, local wall time (ISO 8601), seconds into the session, kind, the
    event in words, cue number (1-based, as shown in the app), cue title, seconds into
    the cue, the detail as JSON, and whether the event is private (present only with
    private notes included)."""
    yes, no = translate("ReportCsv", "yes"), translate("ReportCsv", "no")
    rows: list[list[object]] = []
    for event in report.events:
        wall = local(event.wall_time)
        position = event.cue_position
        rows.append(
            [
                event.seq,
                wall.isoformat(timespec="milliseconds") if wall else "",
                seconds(event.mono_s, 3),
                cell(event.kind),
                cell(event_words(event)),
                "" if position is None else position + 1,
                "" if position is None else cell(report.timeline.title_of(position)),
                seconds(event.position_s, 3),
                cell(json.dumps(_detail(event.detail), ensure_ascii=False, sort_keys=True)),
                yes if event.is_private else no,
            ]
        )
    return _table(HEADERS, rows)


def cues_csv(report: SessionReport) -> str:
    """One row per cue: number, title, planned start and length, when it began and how
    long it ran (all in plan seconds, as the report's table), actual minus planned, how
    many times it ran, and how it went (stored word, and in words)."""
    rows: list[list[object]] = []
    for row in report.timeline.rows:
        difference = (
            None if row.actual_s is None or row.planned_s is None else row.actual_s - row.planned_s
        )
        rows.append(
            [
                row.position + 1,
                cell(row.title),
                seconds(row.planned_start_s),
                seconds(row.planned_s),
                seconds(row.actual_start_s),
                seconds(row.actual_s),
                seconds(difference),  # a number we wrote: a minus here is no formula
                len(row.runs),
                row.status,
                status_words(row.status),
            ]
        )
    return _table(CUE_HEADERS, rows)


def cues_path(target: Path) -> Path:
    """Where the cues go beside the event log: ``session.csv`` -> ``session-cues.csv``."""
    return target.with_name(f"{target.stem}-cues{target.suffix or '.csv'}")


def write_csv(report: SessionReport, target: Path) -> None:
    """The event log to ``target`` and the cues beside it (``cues_path``): both or,
    when the second cannot be written, neither (its ``UserError`` says why)."""
    write_text(target, BOM + report_csv(report))
    try:
        write_text(cues_path(target), BOM + cues_csv(report))
    except UserError:
        target.unlink(missing_ok=True)
        raise
