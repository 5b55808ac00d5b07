"""A session report as one self-contained HTML page (the timeline as inline SVG).

The same markup, with a simpler stylesheet and the timeline as an image, is what Qt's
rich text shows in the history page and prints to PDF (``flavour="qt"``).
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Literal

from tearconsole import __version__
from tearconsole.atomic import write_text
from tearconsole.core.checkin import SCORES, SudsReading, describe_change
from tearconsole.core.records import SessionReport
from tearconsole.core.room_voices import RoomVoices, asked_words
from tearconsole.i18n import current_language, long_date, translate
from tearconsole.reports import common as c
from tearconsole.reports.timeline_svg import timeline_svg

Flavour = Literal["browser", "qt"]

#: In the Qt flavour the timeline is an image resource with this name.
TIMELINE_RESOURCE = "timeline.png"
QT_TIMELINE_WIDTH = 660  # fits A4 with 16 mm margins at 96 dpi

_BROWSER_CSS = f"""
body {{ margin: 0; background: {c.PAGE}; color: {c.INK}; font-family: {c.FONT};
  font-size: 15px; line-height: 1.5; }}
main {{ max-width: 980px; margin: 0 auto; padding: 40px 32px 56px; }}
.eyebrow {{ color: {c.MUTED}; text-transform: uppercase; letter-spacing: .08em;
  font-size: 12px; margin: 0; }}
h1 {{ font-size: 28px; font-weight: 600; margin: 4px 0 2px; }}
h2 {{ font-size: 18px; font-weight: 600; margin: 36px 0 10px; padding-bottom: 6px;
  border-bottom: 1px solid {c.RULE}; }}
.sub {{ color: {c.MUTED}; margin: 0 0 20px; }}
.badge {{ display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px;
  background: {c.PLANNED}; color: {c.INK}; vertical-align: middle; }}
table {{ border-collapse: collapse; width: 100%; }}
th {{ text-align: left; font-weight: 600; color: {c.MUTED}; font-size: 13px;
  border-bottom: 1px solid {c.RULE}; padding: 6px 10px; }}
td {{ padding: 6px 10px; border-bottom: 1px solid {c.RULE}; vertical-align: top; }}
td.num, th.num {{ text-align: right; font-variant-numeric: tabular-nums; }}
table.facts td {{ border: none; padding: 4px 24px 4px 0; }}
table.facts {{ width: auto; }}
table.facts td.label {{ color: {c.MUTED}; width: 170px; }}
svg.timeline {{ width: 100%; height: auto; display: block; }}
.muted {{ color: {c.MUTED}; }}
.private {{ color: {c.STOP}; font-size: 12px; }}
.footer {{ margin-top: 40px; color: {c.MUTED}; font-size: 13px; }}
@media print {{
  body {{ background: none; font-size: 11pt; }}
  main {{ max-width: none; padding: 0; }}
  h2 {{ break-after: avoid; }}
  tr, svg.timeline {{ break-inside: avoid; }}
}}
"""

_QT_CSS = f"""
body {{ color: {c.INK}; font-size: 10pt; }}
.eyebrow {{ color: {c.MUTED}; font-size: 8pt; }}
h1 {{ font-size: 18pt; font-weight: 600; margin-top: 2px; margin-bottom: 2px; }}
h2 {{ font-size: 12.5pt; font-weight: 600; margin-top: 22px; margin-bottom: 6px; }}
.sub {{ color: {c.MUTED}; }}
.badge {{ color: {c.INK}; background-color: {c.PLANNED}; }}
th {{ color: {c.MUTED}; font-weight: 600; text-align: left; }}
td.num, th.num {{ text-align: right; }}
td.label {{ color: {c.MUTED}; }}
.muted {{ color: {c.MUTED}; }}
.private {{ color: {c.STOP}; }}
.footer {{ color: {c.MUTED}; font-size: 8.5pt; }}
"""


def _table(
    headers: list[str],
    rows: list[list[str]],
    numeric: set[int],
    qt: bool,
    widths: dict[int, int] | None = None,
) -> str:
    """A plain table; ``widths`` gives some columns a share of the width in percent."""
    attrs = ' width="100%" cellspacing="0" cellpadding="5"' if qt else ""
    widths = widths or {}

    def th(i: int, h: str) -> str:
        width = f' width="{widths[i]}%"' if i in widths else ""
        cls = ' class="num"' if i in numeric else ""
        return f"<th{cls}{width}>{h}</th>"

    head = "".join(th(i, h) for i, h in enumerate(headers))
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="num">{cell}</td>' if i in numeric else f"<td>{cell}</td>"
            for i, cell in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return f"<table{attrs}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _facts(report: SessionReport, qt: bool) -> str:
    t, f = report.timeline, report.facts
    pairs = [
        (translate("Report", "Length"), c.length_against_plan(report)),
        (
            translate("Report", "Target"),
            c.clock(t.target_s) if t.target_s else translate("Report", "none set"),
        ),
        (
            translate("Report", "Group size"),
            str(f.group_size) if f.group_size is not None else translate("Report", "not recorded"),
        ),
        (translate("Report", "Softenings"), str(t.softenings)),
        (translate("Report", "Stops"), str(t.stops)),
        (translate("Report", "Pauses"), str(t.pauses)),
        (translate("Report", "Holds and extensions"), str(t.holds)),
        (translate("Report", "Media problems"), str(t.media_errors)),
        (translate("Report", "State"), c.state_words(f.state)),
    ]
    half = (len(pairs) + 1) // 2
    rows = []
    for i in range(half):
        cells = []
        for label, value in (pairs[i], pairs[i + half] if i + half < len(pairs) else ("", "")):
            cells.append(f'<td class="label">{escape(label)}</td><td>{escape(value)}</td>')
        rows.append(f"<tr>{''.join(cells)}</tr>")
    attrs = ' cellspacing="0" cellpadding="4" style="margin-bottom: 8px"' if qt else ""
    return f'<table class="facts"{attrs}>{"".join(rows)}</table>'


# Room for each heading on one line, in English ("Planned at") and Japanese (実際の開始);
# the cue's title wraps instead.
_CUE_WIDTHS = {0: 4, 1: 19, 2: 14, 3: 12, 4: 13, 5: 12, 6: 15, 7: 11}


def _cue_table(report: SessionReport, qt: bool) -> str:
    rows = [
        [
            str(row.position + 1),
            escape(row.title),
            c.clock(row.planned_start_s),
            c.clock(row.planned_s),
            c.clock(row.actual_start_s),
            c.clock(row.actual_s),
            c.difference(row),
            escape(c.status_words(row.status)),
        ]
        for row in report.timeline.rows
    ]
    headers = [
        "#",
        translate("Report", "Cue"),
        translate("Report", "Planned at"),
        translate("Report", "Planned"),
        translate("Report", "Began at"),
        translate("Report", "Ran"),
        translate("Report", "Over/under"),
        translate("Report", "How"),
    ]
    return _table(headers, rows, {0, 2, 3, 4, 5, 6}, qt, _CUE_WIDTHS)


def _corrections(report: SessionReport) -> str:
    """Each check-in or check-out entered or corrected after the session, and when."""
    said = []
    for event in report.events:
        wall = c.local(event.wall_time)
        if event.kind == "corrected" and wall is not None:
            what = translate("Report", "{what}: {date}").format(
                what=c.event_words(event), date=f"{long_date(wall)} {wall:%H:%M}"
            )
            said.append(f'<p class="muted">{escape(what)}</p>')
    return "".join(said)


def _suds(report: SessionReport, qt: bool) -> str:
    checkin, checkout = report.facts.checkin, report.facts.checkout
    parts = [f"<p>{escape(describe_change(checkin, checkout))}</p>"]
    if checkin is None and checkout is None:
        return parts[0] + _corrections(report)

    def row(label: str, reading: SudsReading | None) -> list[str]:
        if reading is None:
            return [label, *(["–"] * len(SCORES)), translate("Report", "not taken")]
        if reading.counts is None:
            return [label, *([""] * len(SCORES)), reading.describe()]
        cells = [str(n) if n else "·" for n in reading.counts]
        return [label, *cells, reading.describe()]

    headers = [translate("Report", "Distress"), *(str(s) for s in SCORES), ""]
    numeric = set(range(1, len(SCORES) + 1))
    rows = [
        row(translate("Report", "Check-in"), checkin),
        row(translate("Report", "Check-out"), checkout),
    ]
    voices = report.timeline.voices
    if voices is not None:  # the phones' share of it (the rows above hold both)
        rows += [
            row(translate("Report", "Check-in, from phones"), voices.answers("check_in")),
            row(translate("Report", "Check-out, from phones"), voices.answers("check_out")),
        ]
    parts.append(_table(headers, rows, numeric, qt))
    if voices is not None:
        parts.append(f'<p class="muted">{escape(_phones_words(voices))}</p>')
    explained = translate(
        "Report", "People per score on the 0-10 distress scale (0 = calm), answered anonymously."
    )
    parts.append(f'<p class="muted">{escape(explained)}</p>')
    return "".join(parts) + _corrections(report)


def _phones_words(voices: RoomVoices) -> str:
    """How the phones' answers are counted, and what the room asked for, in one line."""
    said = translate(
        "Report",
        "The participants' phones: {phones} joined; their scores are included in the "
        "check-in and check-out above, next to those counted by hand. {softer}, {breaks}.",
    )
    return said.format(
        phones=voices.phones,
        softer=asked_words("softer", voices.total("softer")),
        breaks=asked_words("break", voices.total("break")),
    )


def _notes(report: SessionReport, qt: bool) -> str:
    notes = report.timeline.notes
    private = escape(translate("Report", "(private)"))
    if not notes:
        return f'<p class="muted">{escape(translate("Report", "No notes."))}</p>'
    rows = []
    for note in notes:
        text = escape(note.text)
        if note.private:
            text += f' <span class="private">{private}</span>'
        cue = report.cue_label(note.cue_position) if note.cue_position is not None else "–"
        rows.append([c.clock(note.at_s), escape(cue), text])
    headers = [
        translate("Report", "At"),
        translate("Report", "During"),
        translate("Report", "Note"),
    ]
    return _table(headers, rows, {0}, qt, {0: 8, 1: 30})


def report_html(
    report: SessionReport, *, flavour: Flavour = "browser", timeline_width: int = QT_TIMELINE_WIDTH
) -> str:
    """The whole report; ``flavour="qt"`` for QTextDocument (history page, PDF)."""
    qt = flavour == "qt"
    f = report.facts
    name = f.plan_name or translate("Report", "Session")
    title = translate("Report", "{plan}: session report").format(plan=name)
    rehearsal = ""
    if f.mode == "rehearsal" and not qt:  # Qt's rich text draws no rounded badge
        badge = escape(translate("Report", "rehearsal"))
        rehearsal = f' <span class="badge">{badge}</span>'
    subtitle = f"{c.mode_words(report)} · {c.when(report)}"
    if report.theme:
        subtitle += " · " + translate("Report", "theme: {theme}").format(theme=report.theme)
    if qt:
        timeline = f'<p><img src="{TIMELINE_RESOURCE}" width="{timeline_width}"></p>'
    else:
        timeline = timeline_svg(report.timeline)
    private = escape(translate("Report", "(private)"))
    reflection = ""
    if report.include_private and f.notes.strip():
        heading = escape(translate("Report", "Your reflection"))
        reflection = (
            f'<h2>{heading} <span class="private">{private}</span></h2>'
            f"<p>{escape(f.notes).replace(chr(10), '<br>')}</p>"
        )
    eyebrow = translate("Report", "tearconsole · session {id}").format(id=f.id)
    made = translate("Report", "Made with tearconsole {version}.").format(version=__version__)
    headings = [
        escape(translate("Report", "Timeline")),
        escape(translate("Report", "Cues, planned and actual")),
        escape(translate("Report", "Check-in and check-out")),
        escape(translate("Report", "Notes")),
    ]
    body = (
        f'<p class="eyebrow">{escape(eyebrow)}</p>'
        f"<h1>{escape(name)}{rehearsal}</h1>"
        f'<p class="sub">{escape(subtitle)}</p>'
        f"{_facts(report, qt)}"
        f"<h2>{headings[0]}</h2>"
        f"{timeline}"
        f"<h2>{headings[1]}</h2>"
        f"{_cue_table(report, qt)}"
        f"<h2>{headings[2]}</h2>"
        f"{_suds(report, qt)}"
        f"<h2>{headings[3]}</h2>"
        f"{_notes(report, qt)}"
        f"{reflection}"
        f'<p class="footer">{escape(c.privacy_line(report))} {escape(made)}</p>'
    )
    if qt:
        return f"<html><head><style>{_QT_CSS}</style></head><body>{body}</body></html>"
    return (
        f'<!DOCTYPE html>\n<html lang="{current_language()}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{_BROWSER_CSS}</style></head>"
        f"<body><main>{body}</main></body></html>\n"
    )


def write_html(report: SessionReport, target: Path) -> None:
    write_text(target, report_html(report))
