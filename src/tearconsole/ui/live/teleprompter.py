"""The teleprompter: the running story in large type, scrolling at the facilitator's pace.

``ScrollPacer`` (no Qt) decides how far through the text the reading should be: the
whole story takes its calm reading time (``core.timing.reading_time_s``) divided by the
facilitator's pace, and longer while softened. The widget only draws that fraction.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QLocale, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QLinearGradient,
    QPainter,
    QPaintEvent,
    QTextBlockFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QLabel, QTextEdit, QVBoxLayout, QWidget

from tearconsole.core.conductor_cues import LiveSettings
from tearconsole.core.timing import reading_time_s
from tearconsole.ui import theme

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

    def load(self, text: str) -> None:
        self.reading_s = max(5.0, reading_time_s(text))
        self.fraction = 0.0

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


class ReadingShade(QWidget):
    """Dims the lines already read (above the reading height) and the cut-off last line."""

    PAPER = QColor("#111317")

    def __init__(self, view: QTextEdit) -> None:
        # A child of the scroll area, not of its viewport: scrolling moves the viewport's
        # children along with the text.
        super().__init__(view)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._viewport.geometry())
            self.raise_()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        height = float(self.height())
        top = QLinearGradient(0.0, 0.0, 0.0, height * 0.28)
        top.setColorAt(0.0, _alpha(self.PAPER, 190))
        top.setColorAt(1.0, _alpha(self.PAPER, 0))
        painter.fillRect(QRectF(0, 0, self.width(), height * 0.28), top)
        low = QLinearGradient(0.0, height * 0.82, 0.0, height)
        low.setColorAt(0.0, _alpha(self.PAPER, 0))
        low.setColorAt(1.0, _alpha(self.PAPER, 230))
        painter.fillRect(QRectF(0, height * 0.82, self.width(), height * 0.18), low)
        painter.end()


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
        self.view = QTextEdit()
        self.view.setReadOnly(True)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        font = QFont(self.view.font())
        font.setPointSize(theme.BASE_POINT_SIZE + 14)
        self.view.setFont(font)
        self.view.setStyleSheet(
            f"QTextEdit {{ background: #111317; color: #cfc9bd; border: 1px solid {theme.LINE};"
            " border-radius: 10px; padding: 18px 28px; }"
        )
        self.shade = ReadingShade(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
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
        self.shade.setVisible(bool(text))
        if not text:
            self.view.setPlainText(
                self.tr("Stories appear here, to read aloud, when their cue runs.")
            )
            self.view.setStyleSheet(self.view.styleSheet().replace("#cfc9bd", theme.MUTED))
        else:
            self.view.setStyleSheet(self.view.styleSheet().replace(theme.MUTED, "#cfc9bd"))
            self.view.setPlainText(text)
            self._space_lines()
        self.pacer.load(text or "")
        self._scroll()
        self._show_status()

    def _space_lines(self) -> None:
        """Airy lines; the text starts a third of the way down and can scroll its end up
        to there, so the line being read sits at the same calm height throughout."""
        document = self.view.document()
        frame = document.rootFrame().frameFormat()
        height = max(200, self.view.viewport().height())
        frame.setTopMargin(height * 0.3)
        frame.setBottomMargin(height * 0.6)
        document.rootFrame().setFrameFormat(frame)
        cursor = QTextCursor(self.view.document())
        cursor.select(QTextCursor.SelectionType.Document)
        block = QTextBlockFormat()
        block.setLineHeight(150.0, 1)  # QTextBlockFormat.ProportionalHeight
        block.setBottomMargin(18.0)
        cursor.mergeBlockFormat(block)

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
        bar = self.view.verticalScrollBar()
        bar.setValue(round(self.pacer.fraction * bar.maximum()))

    def _show_status(self) -> None:
        pace = QLocale().toString(self.pacer.pace, "f", 1)
        parts = [self.tr("reading pace {pace}×  (− slower, + faster)").format(pace=pace)]
        if self.pacer.soften_level:
            parts.append(self.tr("slower while softened"))
        if self._text and not self.running:
            parts.append(self.tr("waiting", "the story waits for its cue"))
        self.status.setText("   ·   ".join(parts))
