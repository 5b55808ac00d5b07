"""The plan's emotional arc: intensity over planned time, drawn with QPainter.

Media are bars as tall as their intensity (intense ones in amber); cards are low pale
bars; pauses are a soft band along the floor; waits are left empty. A dashed line marks
the target length. Clicking a bar selects its cue.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from tearconsole.core.plan import PlanSpec
from tearconsole.core.planning import (
    INTENSE,
    ArcSegment,
    BedSpan,
    SegmentKind,
    bed_spans,
    emotional_arc,
)
from tearconsole.core.timing import format_clock
from tearconsole.i18n import QT_TRANSLATE_NOOP
from tearconsole.ui import theme

MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 28, 14, 22, 24
PAUSE_COLOUR, CARD_COLOUR, BED_COLOUR = "#3d5a66", "#5c6470", "#8a7fb0"
LEGEND = (
    (QT_TRANSLATE_NOOP("ArcChart", "intense (4-5)"), theme.WARN),
    (QT_TRANSLATE_NOOP("ArcChart", "film, music, story"), theme.ACCENT),
    (QT_TRANSLATE_NOOP("ArcChart", "card"), CARD_COLOUR),
    (QT_TRANSLATE_NOOP("ArcChart", "pause"), PAUSE_COLOUR),
    (QT_TRANSLATE_NOOP("ArcChart", "music bed"), BED_COLOUR),
)
PAUSE_HEIGHT = 0.6  # pauses and cards drawn this high (in intensity units), to be seen


class ArcChart(QWidget):
    cue_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.segments: list[ArcSegment] = []
        self.beds: list[BedSpan] = []
        self.target_s: float | None = None
        self.selected: int | None = None
        self.setMinimumHeight(130)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)

    def set_plan(self, plan: PlanSpec | None) -> None:
        self.segments = emotional_arc(plan) if plan else []
        self.beds = bed_spans(plan) if plan else []
        self.target_s = plan.target_s if plan else None
        self.update()

    def set_selected(self, position: int | None) -> None:
        self.selected = position
        self.update()

    def span_s(self) -> float:
        end = self.segments[-1].end_s if self.segments else 0.0
        return max(end, self.target_s or 0.0, 60.0)

    def _plot(self) -> QRectF:
        return QRectF(
            MARGIN_LEFT,
            MARGIN_TOP,
            max(1, self.width() - MARGIN_LEFT - MARGIN_RIGHT),
            max(1, self.height() - MARGIN_TOP - MARGIN_BOTTOM),
        )

    def segment_rect(self, segment: ArcSegment) -> QRectF:
        plot, span = self._plot(), self.span_s()
        left = plot.left() + plot.width() * segment.start_s / span
        width = max(1.5, plot.width() * segment.length_s / span)
        level: float = segment.intensity
        if segment.kind in (SegmentKind.PAUSE, SegmentKind.CARD):
            level = max(level, PAUSE_HEIGHT) if segment.kind is SegmentKind.CARD else PAUSE_HEIGHT
        height = plot.height() * level / 5.0
        return QRectF(left, plot.bottom() - height, width, height)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(theme.PANEL))
        plot = self._plot()
        painter.setPen(QPen(QColor(theme.LINE), 1))
        for level in range(1, 6):
            y = plot.bottom() - plot.height() * level / 5.0
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QColor(theme.MUTED))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRectF(0, plot.top() - 9, MARGIN_LEFT - 6, 18), right, "5")
        painter.drawText(QRectF(0, plot.bottom() - 9, MARGIN_LEFT - 6, 18), right, "0")
        self._draw_legend(painter, plot)
        for segment in self.segments:
            if segment.kind is SegmentKind.WAIT:
                continue
            rect = self.segment_rect(segment)
            painter.fillRect(rect, self._colour(segment))
            if segment.position == self.selected:
                painter.setPen(QPen(QColor(theme.TEXT), 2))
                painter.drawRect(rect.adjusted(1, 1, -1, -1))
        self._draw_beds(painter, plot)
        self._draw_axis(painter, plot)
        if not self.segments:
            painter.setPen(QColor(theme.MUTED))
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("Add cues to see the arc"))
        painter.end()

    def _draw_axis(self, painter: QPainter, plot: QRectF) -> None:
        span = self.span_s()
        step = next(s for s in (60, 120, 300, 600, 900, 1800, 3600, 7200) if span / s <= 8)
        painter.setPen(QColor(theme.MUTED))
        tick = 0.0
        while tick <= span:
            x = plot.left() + plot.width() * tick / span
            text = format_clock(tick)
            wide = painter.fontMetrics().horizontalAdvance(text) + 2
            # Centred under its tick, but never cut by the chart's edge (the last one).
            left = min(max(0.0, x - wide / 2), self.width() - wide)
            painter.drawText(
                QRectF(left, plot.bottom() + 4, wide, 16), Qt.AlignmentFlag.AlignLeft, text
            )
            tick += step
        if self.target_s:
            x = plot.left() + plot.width() * self.target_s / span
            pen = QPen(QColor(theme.ACCENT), 1.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.drawText(
                QRectF(x - 124, plot.top() + 2, 120, 18),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self.tr("target {time}").format(time=format_clock(self.target_s)),
            )

    def _draw_beds(self, painter: QPainter, plot: QRectF) -> None:
        """A music bed is a thin line just under the floor, for as long as it plays."""
        span = self.span_s()
        pen = QPen(QColor(BED_COLOUR), 3)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        for bed in self.beds:
            left = plot.left() + plot.width() * bed.start_s / span
            right = plot.left() + plot.width() * bed.end_s / span
            y = plot.bottom() + 2
            painter.drawLine(QPointF(left, y), QPointF(max(right, left + 2), y))

    def _draw_legend(self, painter: QPainter, plot: QRectF) -> None:
        x = plot.left()
        for source, colour in LEGEND:
            label = self.tr(source)
            painter.fillRect(QRectF(x, MARGIN_TOP / 2 - 5, 10, 10), QColor(colour))
            width = painter.fontMetrics().horizontalAdvance(label)
            painter.setPen(QColor(theme.MUTED))
            painter.drawText(
                QRectF(x + 14, 0, width + 4, MARGIN_TOP),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            x += width + 30

    @staticmethod
    def _colour(segment: ArcSegment) -> QColor:
        if segment.kind is SegmentKind.PAUSE:
            return QColor(PAUSE_COLOUR)
        if segment.kind is SegmentKind.CARD:
            return QColor(CARD_COLOUR)
        if segment.intensity >= INTENSE:
            return QColor(theme.WARN)
        return QColor(theme.ACCENT)

    def position_at(self, x: float, y: float) -> int | None:
        for segment in self.segments:
            rect = self.segment_rect(segment)
            if rect.left() <= x <= rect.right() and segment.kind is not SegmentKind.WAIT:
                return segment.position
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        position = self.position_at(event.position().x(), event.position().y())
        found = [s for s in self.segments if s.position == position]
        if not found:
            self.setToolTip(self.tr("The emotional arc: intensity over the planned time"))
            return
        start, end = found[0].start_s, found[-1].end_s
        self.setToolTip(
            self.tr("{number}. {title}\n{start} to {end}").format(
                number=position + 1 if position is not None else "",
                title=found[0].title,
                start=format_clock(start),
                end=format_clock(end),
            )
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        position = self.position_at(event.position().x(), event.position().y())
        if position is not None:
            self.cue_clicked.emit(position)
