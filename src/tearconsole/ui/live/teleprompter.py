"""The teleprompter: the running story in large type, scrolling at the facilitator's pace.

``ScrollPacer`` (no Qt) decides how far through the reading the reader should be: the
whole story takes its reading time (``core.reading``) divided by the facilitator's
pace, and longer while softened; the time's share of each character comes from
``reading_marks``, so the text lingers at 。 and paragraph ends. ``StoryView`` draws the
text with furigana above its base text and Japanese line breaks (``ui.ruby_text``), the
line being read at a calm height a third of the way down.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QLinearGradient,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from tearconsole.core.conductor.cues import LiveSettings
from tearconsole.core.reading import has_japanese, offset_at, reading_marks
from tearconsole.core.ruby import strip_ruby
from tearconsole.platform.fonts import font_for_text, needs_japanese
from tearconsole.ui import theme
from tearconsole.ui.plain import plain
from tearconsole.ui.ruby_text import RubyLayout

PACE_STEPS = (0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6)
#: How much longer a story takes per soften level: the conductor's own story pace.
SOFTEN_SLOWDOWN = LiveSettings().story_pace


class ScrollPacer:
    """Where the reader is in a text, as a fraction 0..1, advanced by elapsed time."""

    def __init__(self, pace: float = 1.0) -> None:
        self.pace = pace
        self.fraction = 0.0
        self.reading_s = 0.0
        self.soften_level = 0
        self._marks = [0.0]
        self._characters = 0

    def load(self, text: str) -> None:
        plain = strip_ruby(text)
        self._marks = reading_marks(plain)
        self.reading_s = max(5.0, self._marks[-1])
        self.fraction = 0.0
        japanese = has_japanese(plain)
        self._characters = sum(1 for c in plain if not c.isspace()) if japanese else 0

    @property
    def characters_per_minute(self) -> float:
        """For a Japanese text, the pace in characters a minute over all its characters
        (how Japanese read-aloud pace is quoted), at this pace and softening; else 0."""
        if not self._characters:
            return 0.0
        return self._characters * 60.0 * self.pace / (self.reading_s * self.slowdown)

    @property
    def offset(self) -> float:
        """Where in the base text the reading is (``core.reading.offset_at``)."""
        return offset_at(self._marks, self.fraction)

    @property
    def seconds_left(self) -> float:
        return (1.0 - self.fraction) * self.reading_s * self.slowdown / self.pace

    @property
    def slowdown(self) -> float:
        return SOFTEN_SLOWDOWN[max(0, min(self.soften_level, len(SOFTEN_SLOWDOWN) - 1))]

    def advance(self, seconds: float) -> float:
        if self.reading_s > 0 and seconds > 0:
            step = seconds * self.pace / (self.reading_s * self.slowdown)
            self.fraction = min(1.0, self.fraction + step)
        return self.fraction

    def nudge(self, delta: float) -> None:
        self.fraction = min(1.0, max(0.0, self.fraction + delta))

    def step_pace(self, direction: int) -> float:
        """One step faster (+1) or slower (-1) along ``PACE_STEPS``."""
        nearest = min(range(len(PACE_STEPS)), key=lambda i: abs(PACE_STEPS[i] - self.pace))
        index = min(len(PACE_STEPS) - 1, max(0, nearest + direction))
        self.pace = PACE_STEPS[index]
        return self.pace


#: How far down the panel the line being read stays once the text scrolls.
READING_HEIGHT = 0.3

PAPER = QColor("#111317")
INK = QColor("#cfc9bd")
READING_INK = QColor("#a9a395")


class StoryView(QWidget):
    """The story on dark paper; the lines already read dim toward the top."""

    PAD_X = 28.0
    PAD_Y = 10.0
    #: A story shows at least this many lines, its text shrinking to no less than
    #: MIN_POINT_SIZE (from theme.BASE_POINT_SIZE + 14) when the panel is short: about
    #: 19 px, its furigana 11 px, still read aloud at arm's length.
    LINES = 6
    MIN_POINT_SIZE = theme.BASE_POINT_SIZE + 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.base_font = QFont(self.font())
        self.base_font.setPointSize(theme.BASE_POINT_SIZE + 14)
        self.text = ""
        self.muted = True
        self.offset = 0.0
        self.layout_: RubyLayout | None = None

    def set_text(self, text: str, muted: bool) -> None:
        self.text, self.muted, self.offset = text, muted, 0.0
        self._lay_out()
        self.update()

    def toPlainText(self) -> str:  # noqa: N802 - the name QTextEdit readers know
        return strip_ruby(self.text)

    def set_offset(self, offset: float) -> None:
        if abs(offset - self.offset) > 1e-3:
            self.offset = offset
            self.update()

    @property
    def text_rect(self) -> QRectF:
        return QRectF(self.rect()).adjusted(self.PAD_X, self.PAD_Y, -self.PAD_X, -self.PAD_Y)

    def _lay_out(self) -> None:
        # The hint shown while no story runs is small enough to be read whole in the
        # smallest panel; a story is large, to be read aloud.
        base = QFont(self.font()) if self.muted else self.base_font
        font = font_for_text(base, self.text)
        spacing = self._spacing()
        if not self.muted:
            font = self._fitting(font, spacing)
        # Japanese paragraphs start indented (a full-width space): a small gap will do.
        gap = 0.15 if needs_japanese(self.text) else 0.5
        self.layout_ = RubyLayout(
            self.text, font, self.text_rect.width(), line_spacing=spacing, paragraph_gap=gap
        )

    def _spacing(self) -> float:
        # Airy lines; a CJK face is already tall (its line is ~1.45 em against ~1.16 em).
        return 1.15 if needs_japanese(self.text) else 1.35

    def _probe(self) -> str:
        return "漢《かん》" if strip_ruby(self.text) != self.text else "漢"

    def height_for_lines(self, lines: int = LINES) -> int:
        """The panel's height that shows ``lines`` whole lines of the current text at
        ``MIN_POINT_SIZE`` wherever the scrolling has reached (a line of room for the one
        coming in, and for a paragraph's gap): what the console should give it while a
        story is read."""
        font = font_for_text(self.base_font, self.text)
        font.setPointSize(self.MIN_POINT_SIZE)
        line = RubyLayout(self._probe(), font, 1000.0, line_spacing=self._spacing()).lines[0]
        return math.ceil((lines + 1) * line.height + 2 * self.PAD_Y)

    def _fitting(self, font: QFont, spacing: float) -> QFont:
        """``font``, made smaller (not under ``MIN_POINT_SIZE``) until ``LINES`` whole
        lines of the story show however it has scrolled: on a small screen the reader
        sees what comes next, not one line of large text."""
        font = QFont(font)
        probe = self._probe()
        height = self.text_rect.height()
        while font.pointSize() > self.MIN_POINT_SIZE:
            line = RubyLayout(probe, font, 1000.0, line_spacing=spacing).lines[0].height
            if line * (self.LINES + 1) <= height:  # LINES whole ones, however scrolled
                break
            font.setPointSize(font.pointSize() - 1)
        return font

    def lines_shown(self) -> int:
        """How many whole lines of the text the panel shows now (a blank line between
        paragraphs counts: it is part of the page)."""
        if self.layout_ is None:
            return 0
        origin = self.text_origin()
        clip = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        shown = self.layout_.shown_lines(clip.top() - origin.y(), clip.bottom() - origin.y())
        return len(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._lay_out()

    def scrolled(self) -> float:
        """How far the text has moved up: the line being read stays a third of the way
        down once it gets there (the first lines start at the top, not below it)."""
        if self.muted or self.layout_ is None:
            return 0.0
        reading_y = self.layout_.y_for_offset(self.offset)
        return max(0.0, reading_y - self.text_rect.height() * READING_HEIGHT)

    def text_origin(self) -> QPointF:
        """Where the layout's top-left sits."""
        area = self.text_rect
        return QPointF(area.left(), area.top() - self.scrolled())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), QColor(theme.BACKGROUND))
        frame = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(QColor(theme.LINE), 1.0))
        painter.setBrush(PAPER)
        painter.drawRoundedRect(frame, 10, 10)
        if self.layout_ is not None:
            ink = QColor(theme.MUTED) if self.muted else INK
            clip = QRectF(self.rect()).adjusted(2, 2, -2, -2)
            fade = 0.0 if self.muted else self.layout_.lines[0].height * 0.6
            self.layout_.paint(painter, self.text_origin(), clip, ink, READING_INK, fade)
        if not self.muted:
            self._shade(painter)
        painter.end()

    def _shade(self, painter: QPainter) -> None:
        """Dim the lines already read (above the reading height) and the cut-off last line."""
        inner = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        height = inner.height()
        # The lines read dim as they move up (not the first lines, before any has moved).
        moved = min(1.0, self.scrolled() / max(1.0, self.text_rect.height() * READING_HEIGHT))
        top = QLinearGradient(0.0, inner.top(), 0.0, inner.top() + height * 0.28)
        top.setColorAt(0.0, _alpha(PAPER, round(190 * moved)))
        top.setColorAt(1.0, _alpha(PAPER, 0))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.fillRect(QRectF(inner.left(), inner.top(), inner.width(), height * 0.28), top)
        low = QLinearGradient(0.0, inner.top() + height * 0.82, 0.0, inner.bottom())
        low.setColorAt(0.0, _alpha(PAPER, 0))
        low.setColorAt(1.0, _alpha(PAPER, 230))
        painter.fillRect(
            QRectF(inner.left(), inner.top() + height * 0.82, inner.width(), height * 0.18), low
        )


def _alpha(colour: QColor, alpha: int) -> QColor:
    faded = QColor(colour)
    faded.setAlpha(alpha)
    return faded


class Teleprompter(QWidget):
    """Large warm-grey text on the dark panel; scrolls while ``running``."""

    TICK_MS = 40

    def __init__(self, pace: float = 1.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pacer = ScrollPacer(pace)
        self.running = False
        self._text: str | None = ""  # not None, so that the first set_story draws
        self._last = time.monotonic()
        self.title = QLabel("")
        self.title.setObjectName("muted")
        self.status = QLabel("")
        self.status.setObjectName("muted")
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight)
        plain(self.title, self.status)
        # Neither a long story title nor the pace line (longer in Japanese) may widen the
        # console past a small screen: they wrap in the width the cue list gives them.
        for label in (self.title, self.status):
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.view = StoryView()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        # The title and the pace share one line under the text: the height is the story's.
        layout.addWidget(self.view, 1)
        under = QHBoxLayout()
        under.setSpacing(12)
        under.addWidget(self.title, 1)
        under.addWidget(self.status, 3)
        layout.addLayout(under)
        self._timer = QTimer(self)
        self._timer.setInterval(self.TICK_MS)
        self._timer.timeout.connect(self._tick)
        self.set_story("", None)

    def set_story(self, title: str, text: str | None) -> None:
        """Show a story (a new text starts at the top) or, with ``None``, nothing to read."""
        if text == self._text:
            return
        self._text = text
        self.title.setText(
            self.tr("Reading: {title}").format(title=title) if text else self.tr("Teleprompter")
        )
        if not text:
            self.view.set_text(
                self.tr("Stories appear here, to read aloud, when their cue runs."), muted=True
            )
        else:
            self.view.set_text(text, muted=False)
        self.pacer.load(text or "")
        self._scroll()
        self._show_status()

    def set_running(self, running: bool) -> None:
        """Scroll (when there is a text not yet read to its end) or hold still."""
        running = running and bool(self._text) and self.pacer.fraction < 1.0
        if running and not self.running:
            self._last = time.monotonic()
            self._timer.start()
        elif not running:
            self._timer.stop()
        self.running = running
        self._show_status()

    def set_soften_level(self, level: int) -> None:
        if level != self.pacer.soften_level:
            self.pacer.soften_level = level
            self._show_status()

    def step_pace(self, direction: int) -> float:
        pace = self.pacer.step_pace(direction)
        self._show_status()
        return pace

    def nudge(self, delta: float) -> None:
        self.pacer.nudge(delta)
        self._scroll()

    def _tick(self) -> None:
        now = time.monotonic()
        self.pacer.advance(now - self._last)
        self._last = now
        self._scroll()

    def _scroll(self) -> None:
        self.view.set_offset(self.pacer.offset)

    def _show_status(self) -> None:
        pace = QLocale().toString(self.pacer.pace, "f", 1)
        parts = [self.tr("reading pace {pace}×  (− slower, + faster)").format(pace=pace)]
        rate = self.pacer.characters_per_minute
        if rate:
            parts.append(self.tr("about {rate} characters a minute").format(rate=round(rate)))
        if self.pacer.soften_level:
            parts.append(self.tr("slower while softened"))
        if self._text and not self.running:
            parts.append(self.tr("waiting", "the story waits for its cue"))
        self.status.setText("   ·   ".join(parts))
