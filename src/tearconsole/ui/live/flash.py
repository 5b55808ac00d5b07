"""A key's visible answer: the button (or label) it acted on lights up for a moment.

``flash(target)`` lays a soft highlight over ``target`` that fades out in about half a
second, optionally with a few words over it ("+30 s"); pressed again, it starts again.
It draws over the widget without touching its style, takes no clicks and no focus, and
a refused key can flash in the warning colour with its reason in the words (shortened to
the widget's width; the whole reason belongs in the console's notice line too).
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QEvent, QObject, QRectF, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from tearconsole.ui import theme

FLASH_MS = 650


class Flash(QWidget):
    """The highlight over one widget (one per widget, reused)."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.target = target
        self.words = ""
        self.colour = QColor(theme.ACCENT)
        self.strength = 0.0  # 1 just pressed .. 0 gone
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._fade = QVariantAnimation(self)
        self._fade.setStartValue(1.0)
        self._fade.setEndValue(0.0)
        self._fade.setDuration(FLASH_MS)
        self._fade.setEasingCurve(QEasingCurve.Type.InQuad)  # stays bright, then goes
        self._fade.valueChanged.connect(self._faded)
        self._fade.finished.connect(self.hide)
        target.installEventFilter(self)
        self.hide()

    def start(self, words: str = "", colour: str = theme.ACCENT) -> None:
        self.words, self.colour = words, QColor(colour)
        self.setGeometry(self.target.rect())
        self.raise_()
        self.show()
        self._fade.stop()
        self.strength = 1.0
        self._fade.start()
        self.update()

    def active(self) -> bool:
        return self.isVisible() and self.strength > 0

    def _faded(self, value: object) -> None:
        self.strength = float(value)  # type: ignore[arg-type]
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.target.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        fill = QColor(self.colour)
        fill.setAlphaF(0.35 * self.strength)
        edge = QColor(self.colour)
        edge.setAlphaF(self.strength)
        painter.setPen(QPen(edge, 3.0))
        painter.setBrush(fill)
        painter.drawRoundedRect(box, 8, 8)
        if self.words:
            font = QFont(self.font())
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.2)
            painter.setFont(font)
            ink = QColor(theme.TEXT)
            ink.setAlphaF(self.strength)
            backing = QColor(theme.BACKGROUND)
            backing.setAlphaF(0.85 * self.strength)
            metrics = painter.fontMetrics()
            words = metrics.elidedText(
                self.words, Qt.TextElideMode.ElideRight, max(20, int(box.width()) - 20)
            )
            text_box = metrics.boundingRect(words).toRectF()
            text_box.moveCenter(box.center())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(backing)
            painter.drawRoundedRect(text_box.adjusted(-8, -4, 8, 4), 6, 6)
            painter.setPen(ink)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), words)
        painter.end()


def flash(target: QWidget, words: str = "", colour: str = theme.ACCENT) -> Flash:
    """Light ``target`` up for a moment (with ``words`` over it, if any)."""
    existing = target.findChild(Flash, options=Qt.FindChildOption.FindDirectChildrenOnly)
    shown = existing if isinstance(existing, Flash) else Flash(target)
    shown.start(words, colour)
    return shown


def refused(target: QWidget, reason: str) -> Flash:
    """``target`` lights up in the warning colour with why the key did nothing."""
    return flash(target, reason, theme.WARN)
