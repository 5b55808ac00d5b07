"""Draws a ``Scene`` that is not video: cards, a story, breathing, calm, or nothing.

Used full size in the audience window and small in the console's preview. Dark, warm,
never pure white; everything scales with the widget so it reads on any projector, and
softening dims the whole picture by the scene's brightness.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from tearconsole.core.conductor.view import Scene, SceneKind
from tearconsole.ui.audience.scene import CALM, scene_words

BACKDROP = QColor("#0c0d10")
INK = QColor("#d8d2c4")  # warm, not white
SOFT_INK = QColor("#9a968d")
BREATH = QColor("#4f6f74")
BREATH_PERIOD_S = 10.0  # about six breaths a minute


def scaled(colour: QColor, brightness: float) -> QColor:
    """``colour`` dimmed toward the backdrop by ``brightness`` (1.0 as is)."""
    b = max(0.0, min(1.0, brightness))
    return QColor(
        round(BACKDROP.red() + (colour.red() - BACKDROP.red()) * b),
        round(BACKDROP.green() + (colour.green() - BACKDROP.green()) * b),
        round(BACKDROP.blue() + (colour.blue() - BACKDROP.blue()) * b),
    )


def breath_phase(seconds: float) -> float:
    """0..1..0 over one breath, eased like a breath (slow at the turns)."""
    return 0.5 - 0.5 * math.cos(2 * math.pi * (seconds % BREATH_PERIOD_S) / BREATH_PERIOD_S)


class SceneView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = CALM
        self.story_fraction = 0.0  # how far through a story the reading is (0..1)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._breath = QTimer(self)
        self._breath.setInterval(50)
        self._breath.timeout.connect(self.update)

    def show_scene(self, scene: Scene) -> None:
        if scene == self.scene:
            return
        self.scene = scene
        if scene.kind is SceneKind.BREATHING:
            self._breath.start()
        else:
            self._breath.stop()
        self.update()

    def set_story_fraction(self, fraction: float) -> None:
        """Scroll a story's text with the facilitator's reading (the teleprompter's pace)."""
        if abs(fraction - self.story_fraction) > 1e-4:
            self.story_fraction = fraction
            if self.scene.kind is SceneKind.STORY:
                self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), BACKDROP)
        scene = self.scene
        height = max(1, self.height())
        area = QRectF(self.rect()).adjusted(
            self.width() * 0.1, height * 0.12, -self.width() * 0.1, -height * 0.12
        )
        ink = scaled(INK, scene.brightness)
        soft = scaled(SOFT_INK, scene.brightness)
        title, text = scene_words(scene)
        if scene.kind is SceneKind.BREATHING:
            self._paint_breathing(painter, scene.brightness, text)
        elif scene.kind is SceneKind.STORY:
            top = QRectF(area.left(), area.top(), area.width(), height * 0.12)
            low = QRectF(area.left(), top.bottom() + height * 0.03, area.width(), 0)
            low.setBottom(height * 0.94)
            self._text(painter, top, title, height / 22, soft, Qt.AlignmentFlag.AlignTop)
            self._scrolled_text(painter, low, text, height / 16, ink)
        elif scene.kind in (SceneKind.CARD, SceneKind.CALM):
            top = QRectF(area.left(), area.top(), area.width(), area.height() * 0.45)
            low = QRectF(
                area.left(), top.bottom() + height * 0.04, area.width(), area.height() * 0.5
            )
            self._text(painter, top, title, height / 12, ink, Qt.AlignmentFlag.AlignBottom)
            self._text(painter, low, text, height / 22, soft, Qt.AlignmentFlag.AlignTop)
        painter.end()

    def _paint_breathing(self, painter: QPainter, brightness: float, line: str) -> None:
        phase = breath_phase(time.monotonic())
        height = max(1, self.height())
        radius = height * (0.12 + 0.1 * phase)
        centre = QRectF(self.rect()).center()
        centre.setY(height * 0.42)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(scaled(BREATH, brightness * (0.7 + 0.3 * phase)))
        painter.drawEllipse(centre, radius, radius)
        area = QRectF(0, height * 0.72, self.width(), height * 0.2)
        colour = scaled(SOFT_INK, brightness)
        self._text(painter, area, line, height / 26, colour, Qt.AlignmentFlag.AlignTop)

    def _scrolled_text(
        self, painter: QPainter, area: QRectF, text: str, pixel_size: float, colour: QColor
    ) -> None:
        font = QFont(painter.font())
        font.setPixelSize(max(8, round(pixel_size)))
        painter.setFont(font)
        painter.setPen(colour)
        flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap)
        whole = painter.boundingRect(QRectF(0, 0, area.width(), 1e6), flags, text)
        offset = max(0.0, whole.height() - area.height()) * self.story_fraction
        painter.save()
        painter.setClipRect(area)
        target = QRectF(area.left(), area.top() - offset, area.width(), whole.height() + 1)
        painter.drawText(target, flags, text)
        painter.restore()

    @staticmethod
    def _text(
        painter: QPainter,
        area: QRectF,
        text: str,
        pixel_size: float,
        colour: QColor,
        vertical: Qt.AlignmentFlag,
    ) -> None:
        if not text:
            return
        font = QFont(painter.font())
        font.setPixelSize(max(8, round(pixel_size)))
        painter.setFont(font)
        painter.setPen(colour)
        flags = int(Qt.AlignmentFlag.AlignHCenter | vertical | Qt.TextFlag.TextWordWrap)
        painter.drawText(area, flags, text)
