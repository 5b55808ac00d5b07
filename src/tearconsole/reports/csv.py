"""The session's event log as CSV: one row per logged event, oldest first."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from tearconsole.atomic import write_text
from tearconsole.core.records import SessionReport
from tearconsole.i18n import QT_TRANSLATE_NOOP, translate
from tearconsole.reports.common import local

HEADERS = [
    QT_TRANSLATE_NOOP("ReportCsv", "seq"),
    QT_TRANSLATE_NOOP("ReportCsv", "time"),
    QT_TRANSLATE_NOOP("ReportCsv", "session_s"),
    QT_TRANSLATE_NOOP("ReportCsv", "kind"),
    QT_TRANSLATE_NOOP("ReportCsv", "cue"),
    QT_TRANSLATE_NOOP("ReportCsv", "cue_title"),
    QT_TRANSLATE_NOOP("ReportCsv", "position_s"),
    QT_TRANSLATE_NOOP("ReportCsv", "detail"),
    QT_TRANSLATE_NOOP("ReportCsv", "private"),
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


def report_csv(report: SessionReport) -> str:
    """Columns: seq, local wall time (ISO 8601), seconds into the session, kind, cue
    number (1-based, as shown in the app), cue title, seconds into the cue, the detail as
    JSON, and whether the event is private (present only with private notes included)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([translate("ReportCsv", header) for header in HEADERS])
    yes, no = translate("ReportCsv", "yes"), translate("ReportCsv", "no")
    for event in report.events:
        wall = local(event.wall_time)
        position = event.cue_position
        writer.writerow(
            [
                event.seq,
                wall.isoformat(timespec="milliseconds") if wall else "",
                f"{event.mono_s:.3f}",
                cell(event.kind),
                "" if position is None else position + 1,
                "" if position is None else cell(report.timeline.title_of(position)),
                "" if event.position_s is None else f"{event.position_s:.3f}",
                cell(json.dumps(_detail(event.detail), ensure_ascii=False, sort_keys=True)),
                yes if event.is_private else no,
            ]
        )
    return out.getvalue()


def write_csv(report: SessionReport, target: Path) -> None:
    write_text(target, report_csv(report))
