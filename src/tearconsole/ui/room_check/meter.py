"""A level meter drawn from decoded samples: peaks in dBFS, with a falling peak hold."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from tearconsole.ui import theme

FLOOR_DB = -60.0
HOLD_S = 1.5


def to_fraction(peak: float) -> float:
    """0..1 along the meter for a peak amplitude (0..1 of full scale)."""
    if peak <= 0:
        return 0.0
    db = 20 * math.log10(peak)
    return max(0.0, min(1.0, (db - FLOOR_DB) / -FLOOR_DB))


class LevelMeter(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = 0.0
        self.held = 0.0
        self._held_at = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(320, 18)

    def set_peak(self, peak: float) -> None:
        self.level = to_fraction(peak)
        now = time.monotonic()
        if self.level >= self.held or now - self._held_at > HOLD_S:
            self.held, self._held_at = self.level, now
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        box = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.fillRect(box, QColor(theme.PANEL))
        painter.setPen(QColor(theme.LINE))
        painter.drawRect(box)
        width = box.width() * self.level
        colour = theme.ALERT if self.level > 0.95 else theme.WARN if self.level > 0.85 else theme.GO
        painter.fillRect(QRectF(box.left(), box.top(), width, box.height()), QColor(colour))
        x = box.left() + box.width() * self.held
        painter.setPen(QColor(theme.TEXT))
        painter.drawLine(int(x), int(box.top()), int(x), int(box.bottom()))
        for db in (-40, -20, -6):  # scale ticks
            tick = box.left() + box.width() * (db - FLOOR_DB) / -FLOOR_DB
            painter.setPen(QColor(theme.MUTED))
            painter.drawLine(int(tick), int(box.bottom()) - 4, int(tick), int(box.bottom()))
        painter.end()
