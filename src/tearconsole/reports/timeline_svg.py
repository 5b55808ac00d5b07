"""The session timeline as an inline SVG: one row per cue with its planned bar and what
actually played, shaded stretches where the session was paused, softened or held, and a
mark for every action, all on one time axis.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from tearconsole.core.kinds import CueKind, EventKind
from tearconsole.core.records import CueRow, Mark, SessionTimeline
from tearconsole.core.room_voices import asked_words
from tearconsole.i18n import translate
from tearconsole.reports import common as c

WIDTH = 960  # the HTML page's drawing; Qt's rich text gets a narrower one, drawn 1:1
RIGHT_PAD = 28
MARK_LANE = 40
ROW_H = 30
AXIS_H = 30
LEGEND_H = 54


@dataclass(frozen=True)
class _Frame:
    width: int

    @property
    def label_w(self) -> int:
        return 250 if self.width >= 900 else 180

    @property
    def label_chars(self) -> int:
        return (self.label_w - 50) // 7

    @property
    def plot_w(self) -> int:
        return self.width - self.label_w - RIGHT_PAD


_TICKS = (1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1200, 1800, 3600)

_SPAN_STYLE = {
    "paused": (c.PAUSED, 0.45),
    "held": (c.HELD, 0.30),
    "softened": (c.SOFTENED, 0.16),
}


def _tick_step(span_s: float) -> int:
    return next((step for step in _TICKS if span_s / step <= 10), 7200)


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _glyph(mark: Mark, x: float, y: float) -> str:
    """A small shape per kind of action; ``<title>`` says what and when."""
    kind = mark.kind
    if kind in (EventKind.SAFE_STOP, EventKind.HARD_STOP):
        shape = f'<rect x="{x - 5:.1f}" y="{y - 5}" width="10" height="10" fill="{c.STOP}"/>'
    elif kind is EventKind.SOFTENED:
        shape = (
            f'<path d="M{x - 6:.1f} {y - 5} L{x + 6:.1f} {y - 5} L{x:.1f} {y + 6} Z" '
            f'fill="{c.SOFTENED}"/>'
        )
    elif kind is EventKind.RESTORED:
        shape = (
            f'<path d="M{x - 6:.1f} {y + 5} L{x + 6:.1f} {y + 5} L{x:.1f} {y - 6} Z" '
            f'fill="none" stroke="{c.SOFTENED}" stroke-width="1.6"/>'
        )
    elif kind is EventKind.PAUSED:
        shape = (
            f'<rect x="{x - 5:.1f}" y="{y - 6}" width="3.5" height="12" fill="{c.MUTED}"/>'
            f'<rect x="{x + 1.5:.1f}" y="{y - 6}" width="3.5" height="12" fill="{c.MUTED}"/>'
        )
    elif kind in (EventKind.HELD, EventKind.EXTENDED):
        shape = (
            f'<path d="M{x:.1f} {y - 6} L{x + 6:.1f} {y} L{x:.1f} {y + 6} L{x - 6:.1f} {y} Z" '
            f'fill="{c.HELD}"/>'
        )
    elif kind is EventKind.NOTE:
        shape = f'<circle cx="{x:.1f}" cy="{y}" r="5" fill="{c.NOTE}"/>'
    elif kind is EventKind.MEDIA_ERROR:
        shape = (
            f'<circle cx="{x:.1f}" cy="{y}" r="6" fill="{c.PAGE}" stroke="{c.STOP}" '
            f'stroke-width="1.6"/><rect x="{x - 0.9:.1f}" y="{y - 3.5}" width="1.8" '
            f'height="4.5" fill="{c.STOP}"/><rect x="{x - 0.9:.1f}" y="{y + 2}" width="1.8" '
            f'height="1.8" fill="{c.STOP}"/>'
        )
    else:  # skipped, back, pace, recovered
        shape = (
            f'<circle cx="{x:.1f}" cy="{y}" r="4.5" fill="none" stroke="{c.MUTED}" '
            'stroke-width="1.4"/>'
        )
    tip = escape(
        translate("Report", "{what} at {time}").format(what=mark.label, time=c.clock(mark.at_s))
    )
    return f'<g class="mark" data-kind="{mark.kind.value}"><title>{tip}</title>{shape}</g>'


_GLYPH_KINDS = {
    EventKind.PAUSED,
    EventKind.SOFTENED,
    EventKind.RESTORED,
    EventKind.HELD,
    EventKind.EXTENDED,
    EventKind.SAFE_STOP,
    EventKind.HARD_STOP,
    EventKind.NOTE,
    EventKind.MEDIA_ERROR,
    EventKind.CUE_SKIPPED,
    EventKind.BACK,
    EventKind.RECOVERED,
}


def _row(
    frame: _Frame, row: CueRow, index: int, y: float, x_of: Callable[[float], float]
) -> list[str]:
    out = []
    if index % 2 == 0:
        out.append(
            f'<rect x="0" y="{y}" width="{frame.width}" height="{ROW_H}" fill="{c.STRIPE}"/>'
        )
    label = escape(_short(row.title, frame.label_chars))
    out.append(
        f'<text x="14" y="{y + 19}" font-size="12" fill="{c.MUTED}">{row.position + 1}</text>'
        f'<text x="40" y="{y + 19}" font-size="13" fill="{c.INK}">'
        f"<title>{escape(row.title)}</title>{label}</text>"
    )
    if row.planned_start_s is not None and row.planned_s is not None:
        x0 = x_of(row.planned_start_s)
        width = max(2.0, x_of(row.planned_start_s + row.planned_s) - x0)
        tip = escape(
            translate("Report", "{title}: planned {length}").format(
                title=row.title, length=c.clock(row.planned_s)
            )
        )
        out.append(
            f'<rect class="bar planned" data-position="{row.position}" x="{x0:.1f}" '
            f'y="{y + 5}" width="{width:.1f}" height="20" rx="3" fill="{c.PLANNED}" '
            f'stroke="{c.PLANNED_EDGE}" stroke-width="1"><title>{tip}</title></rect>'
        )
    colour = c.BED if row.kind is CueKind.BED_START else c.ACTUAL
    for run in row.runs:
        x0 = x_of(run.start_s)
        width = max(2.0, x_of(run.end_s) - x0)
        tip = escape(
            translate("Report", "{title}: {start} to {end}, {how}").format(
                title=row.title,
                start=c.clock(run.start_s),
                end=c.clock(run.end_s),
                how=c.run_words(run.how),
            )
        )
        dash = ' stroke-dasharray="3 2" stroke="#2b2f36"' if run.how == "open" else ""
        out.append(
            f'<rect class="bar actual" data-position="{row.position}" x="{x0:.1f}" '
            f'y="{y + 10}" width="{width:.1f}" height="10" rx="2" fill="{colour}"{dash}>'
            f"<title>{tip}</title></rect>"
        )
        if run.how == "stopped":
            out.append(
                f'<rect x="{x0 + width - 2:.1f}" y="{y + 7}" width="3" height="16" '
                f'fill="{c.STOP}"/>'
            )
    return out


def _text_width(text: str) -> float:
    """About how wide ``text`` is at 12 px (a CJK character takes a full 12 px)."""
    return sum(12.0 if ord(ch) > 0x2E80 else 7.2 for ch in text)


def _span_tip(kind: str, start_s: float, end_s: float) -> str:
    words = {
        "paused": translate("Report", "Paused"),
        "softened": translate("Report", "Softened"),
        "held": translate("Report", "Held"),
    }
    return translate("Report", "{what} {start} to {end}").format(
        what=words.get(kind, kind.capitalize()), start=c.clock(start_s), end=c.clock(end_s)
    )


def _legend(y: float) -> list[str]:
    items = [
        ("planned", translate("Report", "Planned")),
        ("actual", translate("Report", "What played")),
        ("paused", translate("Report", "Paused")),
        ("softened", translate("Report", "Softened")),
        ("held", translate("Report", "Held")),
    ]
    out, x = [], 14.0
    for key, text in items:
        if key == "planned":
            swatch = (
                f'<rect x="{x}" y="{y - 10}" width="22" height="12" rx="2" fill="{c.PLANNED}" '
                f'stroke="{c.PLANNED_EDGE}"/>'
            )
        elif key == "actual":
            swatch = f'<rect x="{x}" y="{y - 8}" width="22" height="8" rx="2" fill="{c.ACTUAL}"/>'
        else:
            colour, opacity = _SPAN_STYLE[key]
            swatch = (
                f'<rect x="{x}" y="{y - 10}" width="22" height="12" fill="{colour}" '
                f'fill-opacity="{min(1.0, opacity * 2.5):.2f}"/>'
            )
        out.append(swatch)
        out.append(f'<text x="{x + 28}" y="{y}" font-size="12" fill="{c.MUTED}">{text}</text>')
        x += 34 + _text_width(text) + 18
    y2, x = y + 24, 14.0
    for kind, text in (
        (EventKind.PAUSED, translate("Report", "pause", "timeline legend")),
        (EventKind.SOFTENED, translate("Report", "soften", "timeline legend")),
        (EventKind.RESTORED, translate("Report", "restore", "timeline legend")),
        (EventKind.HELD, translate("Report", "hold", "timeline legend")),
        (EventKind.SAFE_STOP, translate("Report", "stop", "timeline legend")),
        (EventKind.NOTE, translate("Report", "note", "timeline legend")),
        (EventKind.MEDIA_ERROR, translate("Report", "media problem", "timeline legend")),
    ):
        out.append(_glyph(Mark(0, kind, text), x + 7, y2 - 4))
        out.append(f'<text x="{x + 18}" y="{y2}" font-size="12" fill="{c.MUTED}">{text}</text>')
        x += 26 + _text_width(text) + 8
    return out


_BAND_COLOURS = {"softer": c.SOFTENED, "break": c.STOP}


def _room_band(
    frame: _Frame, timeline: SessionTimeline, top: float, x_of: Callable[[float], float]
) -> list[str]:
    """The participants' phones' row: a dot where "softer" or "a break" was asked (its
    size by how many), against the cues above; nothing when no phone asked."""
    voices = timeline.voices
    bursts = [b for b in voices.bursts if b.signal in _BAND_COLOURS] if voices else []
    if not bursts:
        return []
    label = translate("Report", "Phones: softer, a break")
    out = [
        f'<text class="band" x="14" y="{top + ROW_H / 2 + 4:.1f}" font-size="12" '
        f'fill="{c.MUTED}">{escape(_short(label, frame.label_chars))}</text>'
    ]
    for burst in bursts:
        what = asked_words(burst.signal, burst.count)
        tip = translate("Report", "{what} by {time}").format(what=what, time=c.clock(burst.at_s))
        radius = min(10.0, 3.5 + 1.5 * burst.count)
        y = top + ROW_H / 2 + (-5 if burst.signal == "softer" else 5)
        out.append(
            f'<circle class="room {burst.signal}" cx="{x_of(burst.at_s):.1f}" cy="{y:.1f}" '
            f'r="{radius:.1f}" fill="{_BAND_COLOURS[burst.signal]}" fill-opacity="0.8">'
            f"<title>{escape(tip)}</title></circle>"
        )
    return out


def timeline_svg(timeline: SessionTimeline, width: int = WIDTH) -> str:
    """The drawing, ``width`` pixels wide (cue names get less room below 900)."""
    frame = _Frame(width)
    span = timeline.span_s * 1.02

    def x_of(seconds: float) -> float:
        return frame.label_w + max(0.0, seconds) / span * frame.plot_w

    rows_top = MARK_LANE
    rows_h = ROW_H * max(1, len(timeline.rows))
    room_row = _room_band(frame, timeline, rows_top + rows_h, x_of)
    rows_h += ROW_H if room_row else 0
    height = rows_top + rows_h + AXIS_H + LEGEND_H
    label = translate("Report", "The session timeline against the plan")
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" font-family="{c.FONT}" '
        f'role="img" aria-label="{escape(label)}">',
        f'<rect width="{width}" height="{height}" fill="{c.PAGE}"/>',
    ]
    for index, row in enumerate(timeline.rows):
        out.extend(_row(frame, row, index, rows_top + index * ROW_H, x_of))
    out.extend(room_row)
    step = _tick_step(span)
    axis_y = rows_top + rows_h
    for tick in range(0, int(span) + 1, step):
        x = x_of(tick)
        out.append(
            f'<line x1="{x:.1f}" y1="{rows_top}" x2="{x:.1f}" y2="{axis_y + 4}" '
            f'stroke="{c.RULE}" stroke-width="1"/>'
            f'<text x="{x:.1f}" y="{axis_y + 18}" font-size="11" fill="{c.MUTED}" '
            f'text-anchor="middle">{c.clock(tick)}</text>'
        )
    for band in timeline.spans:
        colour, opacity = _SPAN_STYLE.get(band.kind, (c.PAUSED, 0.3))
        if band.kind == "softened":
            opacity *= max(1, min(3, band.level))
        x0 = x_of(band.start_s)
        out.append(
            f'<rect class="span {band.kind}" x="{x0:.1f}" y="{rows_top}" '
            f'width="{max(1.5, x_of(band.end_s) - x0):.1f}" height="{rows_h}" fill="{colour}" '
            f'fill-opacity="{opacity:.2f}">'
            f"<title>{escape(_span_tip(band.kind, band.start_s, band.end_s))}</title></rect>"
        )
    if timeline.target_s and timeline.target_s <= span:
        x = x_of(timeline.target_s)
        out.append(
            f'<line x1="{x:.1f}" y1="{rows_top - 4}" x2="{x:.1f}" y2="{axis_y}" '
            f'stroke="{c.MUTED}" stroke-dasharray="4 3"/>'
            f'<text x="{x - 4:.1f}" y="{rows_top - 8}" font-size="11" fill="{c.MUTED}" '
            f'text-anchor="end">{escape(translate("Report", "target", "timeline"))}</text>'
        )
    lanes = [-99.0, -99.0]  # two lanes of glyphs, so that close marks do not overlap
    for mark in timeline.marks:
        if mark.kind not in _GLYPH_KINDS:
            continue
        x = x_of(mark.at_s)
        lane = 0 if x - lanes[0] >= 14 or x - lanes[1] < 14 else 1
        lanes[lane] = x
        out.append(
            f'<line x1="{x:.1f}" y1="{rows_top}" x2="{x:.1f}" y2="{axis_y}" '
            f'stroke="{c.MUTED}" stroke-opacity="0.35" stroke-width="1"/>'
        )
        out.append(_glyph(mark, x, 10 + lane * 14))
    out.append(
        f'<line x1="{frame.label_w}" y1="{axis_y}" x2="{width - RIGHT_PAD}" y2="{axis_y}" '
        f'stroke="{c.PLANNED_EDGE}"/>'
    )
    out.extend(_legend(axis_y + AXIS_H + 16))
    out.append("</svg>")
    return "\n".join(out)
