"""Story text laid out and drawn with furigana above its base text, lines broken the
Japanese way (``core.linebreak``).

Qt's rich text has no ruby, so we lay the text out ourselves: ``core.ruby`` splits the
Aozora notation into base runs and readings, ``core.linebreak`` makes the lines, and
``RubyLayout`` places every piece with QFontMetricsF and paints only the lines inside
the clip. The teleprompter and the audience window both draw through it.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from tearconsole.core.linebreak import Atom, break_lines
from tearconsole.core.ruby import parse_ruby, strip_ruby

READING_SCALE = 0.6  # furigana at 60 % of the base text: readable aloud at a glance
#: The clear space between a reading and the top of its kanji, in the base text's em.
READING_GAP_EM = 0.04


@dataclass(frozen=True)
class Piece:
    """One atom placed on its line: base text at ``x`` (its advance ``width``)."""

    text: str
    reading: str | None
    x: float
    width: float
    start: int  # offset in the whole base text


@dataclass(frozen=True)
class Line:
    top: float
    height: float
    baseline: float  # from the top of the layout
    pieces: tuple[Piece, ...]
    start: int
    end: int
    ink_top: float = 0.0  # the top of its glyphs' boxes (readings too), from the layout's top
    ink_bottom: float = 0.0


class RubyLayout:
    """``text`` (Aozora ruby notation allowed) in lines of at most ``width`` pixels."""

    def __init__(
        self,
        text: str,
        font: QFont,
        width: float,
        show_readings: bool = True,
        line_spacing: float = 1.5,
        paragraph_gap: float = 0.5,
        centred: bool = False,
    ) -> None:
        self.text = text
        self.plain = strip_ruby(text)
        self.font = QFont(font)
        self.reading_font = QFont(font)
        size = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF()
        if font.pixelSize() > 0:
            self.reading_font.setPixelSize(max(6, round(size * READING_SCALE)))
        else:
            self.reading_font.setPointSizeF(max(5.0, size * READING_SCALE))
        self.show_readings = show_readings
        self.width = max(1.0, width)
        self._metrics = QFontMetricsF(self.font)
        self._em = self._metrics.horizontalAdvance("\u3042")  # one kana: the em of the text
        self._reading_metrics = QFontMetricsF(self.reading_font)
        # A reading sits just above the ink of its kanji (not above the font's whole
        # ascent, which leaves room for accents): its box's bottom this far above the
        # baseline, and the part of its box above its own ink is free for the line above.
        kanji_top = self._metrics.tightBoundingRect("\u6f22").top()  # 漢, a full square
        self._reading_bottom = kanji_top - self._em * READING_GAP_EM
        kana = self._reading_metrics.tightBoundingRect("\u304b\u306a")  # かな
        self._reading_free = self._reading_metrics.ascent() + kana.top()
        self._widths: dict[str, float] = {}
        self._reading_widths: dict[str, float] = {}
        self.lines: list[Line] = []
        self.height = 0.0
        self._lay_out(line_spacing, paragraph_gap, centred)
        self._tops = [line.top for line in self.lines]
        self._ends = [line.end for line in self.lines]

    def _base_width(self, text: str) -> float:
        width = self._widths.get(text)
        if width is None:
            width = self._widths[text] = self._metrics.horizontalAdvance(text)
        return width

    def _reading_width(self, text: str) -> float:
        width = self._reading_widths.get(text)
        if width is None:
            width = self._reading_widths[text] = self._reading_metrics.horizontalAdvance(text)
        return width

    def advance(self, atom: Atom) -> float:
        """An atom's width on its line: a reading longer than its base may hang over the
        neighbours by a quarter of a character on each side, as in printed books."""
        base = self._base_width(atom.text)
        if atom.reading and self.show_readings:
            overhang = self._em * 0.5
            return max(base, self._reading_width(atom.reading) - overhang)
        return base

    def _lay_out(self, line_spacing: float, paragraph_gap: float, centred: bool) -> None:
        has_ruby = self.show_readings and self.plain != self.text
        reading_ink_top = self._reading_bottom - self._reading_metrics.height() + self._reading_free
        ruby_room = max(0.0, -reading_ink_top - self._metrics.ascent()) if has_ruby else 0.0
        line_height = self._metrics.height() * line_spacing + ruby_room
        ascent_at = ruby_room + (line_height - ruby_room - self._metrics.height()) / 2
        y = 0.0
        offset = 0
        for paragraph in self.text.split("\n"):
            runs = parse_ruby(paragraph)
            length = sum(len(run.text) for run in runs)
            if not runs:
                baseline = y + ascent_at + self._metrics.ascent()
                self.lines.append(Line(y, line_height, baseline, (), offset, offset, y, y))
                y += line_height
            for atoms in break_lines(runs, self.width, self.advance) if runs else []:
                if centred:  # a centred line drops its indent
                    while len(atoms) > 1 and not atoms[0].text.strip():
                        atoms = atoms[1:]
                pieces: list[Piece] = []
                x = 0.0
                for atom in atoms:
                    step = self.advance(atom)
                    pieces.append(Piece(atom.text, atom.reading, x, step, offset + atom.start))
                    x += step
                if centred and pieces:
                    shift = max(0.0, (self.width - x) / 2)
                    pieces = [
                        Piece(p.text, p.reading, p.x + shift, p.width, p.start) for p in pieces
                    ]
                start = pieces[0].start if pieces else offset
                end = pieces[-1].start + len(pieces[-1].text) if pieces else offset
                baseline = y + ascent_at + self._metrics.ascent()
                ink_top = baseline - self._metrics.ascent()
                if self.show_readings and any(p.reading for p in pieces):
                    reading_top = baseline + self._reading_bottom - self._reading_metrics.height()
                    ink_top = min(ink_top, reading_top)
                ink_bottom = baseline + self._metrics.descent()
                line = Line(
                    y, line_height, baseline, tuple(pieces), start, end, ink_top, ink_bottom
                )
                self.lines.append(line)
                y += line_height
            y += self._metrics.height() * paragraph_gap if runs else 0.0
            offset += length + 1  # the line end
        self.height = y

    # -- where ------------------------------------------------------------------------
    def y_for_offset(self, offset: float) -> float:
        """The top of the text at base-text ``offset``, moving smoothly along a line."""
        if not self.lines:
            return 0.0
        line = self.lines[min(len(self.lines) - 1, bisect_right(self._ends, offset))]
        if offset <= line.start or line.end <= line.start:
            return line.top
        share = min(1.0, (offset - line.start) / (line.end - line.start))
        return line.top + share * line.height

    # -- drawing ------------------------------------------------------------------------
    def visible_lines(self, top: float, bottom: float) -> list[Line]:
        first = max(0, bisect_right(self._tops, top) - 1)
        out = []
        for line in self.lines[first:]:
            if line.top > bottom:
                break
            out.append(line)
        return out

    def runs_in(self, top: float, bottom: float) -> list[tuple[str, QRectF, bool]]:
        """What ``paint`` would draw between ``top`` and ``bottom`` were no line left out:
        (text, box, is_reading)."""
        return [run for line in self.visible_lines(top, bottom) for run in self.line_runs(line)]

    def line_runs(self, line: Line) -> list[tuple[str, QRectF, bool]]:
        """The pieces of one line as drawn: (text, box, is_reading)."""
        out: list[tuple[str, QRectF, bool]] = []
        base_h = self._metrics.height()
        reading_h = self._reading_metrics.height()
        base_top = line.baseline - self._metrics.ascent()
        plain: list[Piece] = []  # neighbours without a reading are drawn in one go
        for piece in (*line.pieces, None):
            if piece is not None and not (piece.reading and self.show_readings):
                plain.append(piece)
                continue
            if plain:
                text = "".join(p.text for p in plain)
                width = plain[-1].x + plain[-1].width - plain[0].x
                out.append((text, QRectF(plain[0].x, base_top, width, base_h), False))
                plain = []
            if piece is None:
                break
            base_w = self._base_width(piece.text)
            base_x = piece.x + (piece.width - base_w) / 2
            out.append((piece.text, QRectF(base_x, base_top, base_w, base_h), False))
            if piece.reading and self.show_readings:
                width = self._reading_width(piece.reading)
                x = piece.x + (piece.width - width) / 2
                bottom = line.baseline + self._reading_bottom
                box = QRectF(x, bottom - reading_h, width, reading_h)
                out.append((piece.reading, box, True))
        return out

    def shown_lines(self, top: float, bottom: float) -> list[Line]:
        """The lines ``paint`` draws between ``top`` and ``bottom``: only those whose
        glyphs (readings too) are wholly inside (a line half out would show its readings
        cut), unless not even one line fits."""
        lines = self.visible_lines(top, bottom)
        whole = [line for line in lines if top <= line.ink_top and line.ink_bottom <= bottom]
        return whole if whole or not lines or bottom - top >= lines[0].height else lines

    def paint(
        self,
        painter: QPainter,
        origin: QPointF,
        clip: QRectF,
        ink: QColor,
        reading_ink: QColor | None = None,
        fade: float = 0.0,
    ) -> None:
        """Draw the whole lines that fall inside ``clip`` (in painter coordinates), the
        layout's top-left at ``origin``; a line within ``fade`` pixels of the clip's top
        or bottom is drawn fainter, so that scrolling lines fade out instead of popping."""
        top = clip.top() - origin.y()
        bottom = clip.bottom() - origin.y()
        painter.save()
        painter.setClipRect(clip)
        opacity = painter.opacity()
        current_reading: bool | None = None
        for line in self.shown_lines(top, bottom):
            if fade > 0:
                room = min(line.ink_top - top, bottom - line.ink_bottom)
                painter.setOpacity(opacity * max(0.0, min(1.0, room / fade)))
            for text, box, is_reading in self.line_runs(line):
                if is_reading is not current_reading:
                    painter.setFont(self.reading_font if is_reading else self.font)
                    painter.setPen(reading_ink if is_reading and reading_ink else ink)
                    current_reading = is_reading
                metrics = self._reading_metrics if is_reading else self._metrics
                painter.drawText(
                    QPointF(origin.x() + box.x(), origin.y() + box.y() + metrics.ascent()), text
                )
        painter.restore()
