"""Draws a ``Scene`` that is not video: cards, a story, breathing, calm, or nothing.

Used full size in the audience window and small in the console's preview. Dark, warm,
never pure white; everything scales with the widget so it reads on any projector, and
softening dims the whole picture by the scene's brightness.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QWidget

from tearconsole.core.conductor.view import Scene, SceneKind
from tearconsole.core.reading import offset_at, reading_marks
from tearconsole.platform.fonts import font_for_text
from tearconsole.ui.audience.scene import CALM, scene_words
from tearconsole.ui.ruby_text import RubyLayout

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
        self.show_readings = True  # furigana above the story's base text
        self._story_layout: RubyLayout | None = None
        self._story_key: tuple[str, int, float, bool] | None = None
        self._story_marks: list[float] = [0.0]
        self._fits: dict[tuple[str, int, int, int], QFont] = {}
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._breath = QTimer(self)
        self._breath.setInterval(50)
        self._breath.timeout.connect(self.update)
        #: The participants' QR code and room code, drawn on this card (the window
        #: decides which cards: the welcome and closing cards only).
        self.join: tuple[QPixmap, str] | None = None

    def set_join(self, join: tuple[QPixmap, str] | None) -> None:
        if join is not self.join:
            self.join = join
            self.update()

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

    def set_show_readings(self, show: bool) -> None:
        """Show or hide the furigana of stories (the text keeps them either way)."""
        if show != self.show_readings:
            self.show_readings = show
            self.update()

    def story_layout(self, text: str, pixel_size: int, width: float) -> RubyLayout:
        """The story laid out for this size (kept until the text or the size changes)."""
        key = (text, pixel_size, width, self.show_readings)
        if self._story_layout is None or key != self._story_key:
            font = QFont(self.font())
            font.setPixelSize(pixel_size)
            font = font_for_text(font, text)
            self._story_layout = RubyLayout(
                text, font, width, self.show_readings, line_spacing=1.35, centred=True
            )
            self._story_key = key
            self._story_marks = reading_marks(self._story_layout.plain)
        return self._story_layout

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
        if self.join is not None and scene.kind is SceneKind.CARD:
            side = self._paint_join(painter, *self.join)
            # the words stay centred, clear of the code on both sides
            shrink = max(0.0, area.right() - (self.width() - side - height * 0.08))
            area.adjust(shrink, 0, -shrink, 0)
        if scene.kind is SceneKind.BREATHING:
            self._paint_breathing(painter, scene.brightness, text)
        elif scene.kind is SceneKind.STORY:
            top = QRectF(area.left(), area.top(), area.width(), height * 0.12)
            self._text(painter, top, title, height / 22, soft, Qt.AlignmentFlag.AlignTop)
            self._scrolled_text(painter, text, ink)
        elif scene.kind in (SceneKind.CARD, SceneKind.CALM):
            # A long card (care information) gives its text the room the title leaves.
            share = 0.45 if text.count("\n") < 7 else 0.2
            top = QRectF(area.left(), area.top(), area.width(), area.height() * share)
            low = QRectF(
                area.left(),
                top.bottom() + height * 0.04,
                area.width(),
                area.height() * (0.95 - share),
            )
            self._text(painter, top, title, height / 12, ink, Qt.AlignmentFlag.AlignBottom)
            self._text(painter, low, text, height / 22, soft, Qt.AlignmentFlag.AlignTop)
        painter.end()

    def _paint_join(self, painter: QPainter, qr: QPixmap, code: str) -> float:
        """The QR code in the card's lower right, the room's code under it; its width."""
        height = max(1, self.height())
        side = round(height * 0.24)
        margin = height * 0.05
        left = self.width() - side - margin
        top = height - side - margin - height * 0.07
        painter.drawPixmap(QRectF(left, top, side, side).toRect(), qr)
        below = QRectF(left - margin, top + side, side + 2 * margin, height * 0.07)
        colour = scaled(INK, self.scene.brightness)
        self._text(painter, below, code, height / 20, colour, Qt.AlignmentFlag.AlignVCenter)
        return side + margin

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

    def story_area(self) -> QRectF:
        """Where a story's text scrolls: under its title, to near the bottom."""
        height = max(1, self.height())
        area = QRectF(self.width() * 0.1, height * 0.27, self.width() * 0.8, 0)
        area.setBottom(height * 0.94)
        return area

    def story_shown(self, text: str) -> tuple[RubyLayout, QPointF, QRectF]:
        """The story laid out, where its top-left is now and the area it shows in."""
        area = self.story_area()
        layout = self.story_layout(text, self._story_pixels(), area.width())
        # The line being read a third of the way down, moving as the teleprompter does
        # (lingering at 。 and paragraph ends), never past either end of the story.
        reading_y = layout.y_for_offset(offset_at(self._story_marks, self.story_fraction))
        end = max(0.0, layout.height - area.height())
        offset = min(max(0.0, reading_y - area.height() / 3), end)
        return layout, QPointF(area.left(), area.top() - offset), area

    def _story_pixels(self) -> int:
        return max(8, round(max(1, self.height()) / 16))

    def _scrolled_text(self, painter: QPainter, text: str, colour: QColor) -> None:
        layout, origin, area = self.story_shown(text)
        # Whole lines only, fading at the edges: a reading is never cut while it scrolls.
        soft = scaled(SOFT_INK, self.scene.brightness)
        layout.paint(painter, origin, area, colour, soft, fade=self._story_pixels())

    def _text(
        self,
        painter: QPainter,
        area: QRectF,
        text: str,
        pixel_size: float,
        colour: QColor,
        vertical: Qt.AlignmentFlag,
    ) -> None:
        """``text`` wrapped in ``area``, smaller when it would not fit: a long card (care
        lines with phone numbers) must show to its last line."""
        if not text:
            return
        flags = int(Qt.AlignmentFlag.AlignHCenter | vertical | Qt.TextFlag.TextWordWrap)
        font = self._fitting_font(painter.font(), area, text, max(8, round(pixel_size)), flags)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(area, flags, text)

    def _fitting_font(self, base: QFont, area: QRectF, text: str, size: int, flags: int) -> QFont:
        key = (text, size, round(area.width()), round(area.height()))
        cached = self._fits.get(key)
        if cached is None:
            font = font_for_text(QFont(base), text)
            while True:
                font.setPixelSize(size)
                bound = QFontMetricsF(font).boundingRect(QRectF(area), flags, text)
                if size <= 8 or (bound.height() <= area.height() and bound.width() <= area.width()):
                    break
                size = max(8, int(size * 0.92))
            if len(self._fits) > 64:  # a session shows a handful of cards
                self._fits.clear()
            cached = self._fits[key] = font
        return cached
