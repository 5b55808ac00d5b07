"""The console's discreet line about the participants' phones, and its panel.

The line sits beside the remote's ("Phones: off", or "Phones: 12 · 2 asked for softer in
the last 3 minutes", with "Soften?" at most); a click opens the panel: on/off, where the
page listens, its QR code and the room's code, the page on this laptop (a rehearsal's
simulated phone). The laptop only: the room's screen shows the code on its welcome and
closing cards, never this.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tearconsole.ui import theme
from tearconsole.ui.participants.control import ParticipantsControl
from tearconsole.ui.participants.words import RoomLine, room_line
from tearconsole.ui.plain import plain_tip
from tearconsole.ui.remote.panel import listening_parts, show_listening, toggle_listening
from tearconsole.ui.remote.qr import qr_pixmap

#: The line takes at most this width beside the remote's, and gives way down to
#: ``MIN_PX`` (shortened with "…"; the whole of it is in the tooltip and the panel): the
#: console's top row fits a 1280x720 screen in Japanese with the remote at its longest.
LINE_PX = 520
MIN_PX = 0
PAD_PX = 10


def line_of(control: ParticipantsControl) -> RoomLine:
    return room_line(control.tally(), control.now())


class ParticipantsStatus(QPushButton):
    """The phones' line beside the clocks; a click opens the panel."""

    def __init__(self, control: ParticipantsControl, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.control = control
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space stays GO
        self.setObjectName("participantsStatus")
        # what the console's top row has left, down to nothing (``beside``)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, self.sizePolicy().verticalPolicy())
        self.panel: ParticipantsPanel | None = None
        self.line = RoomLine("")
        self.fitting = [""]  # the whole line, then briefer ones, for less room (``_fit``)
        control.changed.connect(self.show_state)
        self.clicked.connect(self.open_panel)
        self.show_state()

    def show_state(self) -> None:
        control = self.control
        if not control.on and control.room is None:
            self.line = RoomLine(self.tr("Phones: off"))
            colour = theme.MUTED
        else:
            self.line = line_of(control)
            colour = theme.WARN if self.line.attention else theme.ACCENT
            if not control.on:
                colour = theme.MUTED
        text, brief = self.line.text, self.line.brief or self.line.text
        self.fitting = [text, brief]  # the first that fits is shown (``_fit``)
        if self.line.suggestion:
            text, suggested = (
                self.tr("{suggestion} · {line}").format(line=line, suggestion=self.line.suggestion)
                for line in (text, brief)
            )
            # the brief line alone last: "softer 2" says what "Soften?" would
            self.fitting = [text, suggested, brief]
        self._fit()
        self.updateGeometry()
        self.setStyleSheet(f"color: {colour}; padding: 4px {PAD_PX}px; margin-left: 8px;")
        about = self.tr(
            "The participants' phones: anonymous counts, on this laptop only. A "
            "suggestion is only a suggestion: nothing changes unless you act."
        )
        self.setToolTip(plain_tip("\n".join([text, about])))

    # -- taking only the room the console's top row has left --------------------------------
    def beside(self, first: QWidget) -> QWidget:
        """``first`` (the remote's button) and this line as one item of the console's
        status row: no spacing of their own, the remote's button kept whole and this line
        given what is left (the row is full at 1280 px with the remote at its longest)."""
        pair = QWidget()
        row = QHBoxLayout(pair)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(first)
        row.addWidget(self, 1)
        return pair

    @property
    def full_text(self) -> str:
        """The whole line, before it is shortened to fit."""
        return self.fitting[0]

    def _chrome(self) -> int:
        """The button's width around its text (its padding, its frame)."""
        return 2 * PAD_PX + 8 + 6  # its margin from the remote's, and its frame

    def sizeHint(self) -> QSize:
        wanted = self.fontMetrics().horizontalAdvance(self.full_text) + self._chrome()
        return QSize(min(LINE_PX, wanted), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(MIN_PX, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """The whole line where it fits; else a brief one (every count still there), cut
        with "…" only where even the briefest does not fit."""
        room = max(0, min(self.width(), LINE_PX) - self._chrome())
        metrics = self.fontMetrics()
        fits = (t for t in self.fitting if metrics.horizontalAdvance(t) <= room)
        text = next(fits, self.fitting[-1])
        self.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, room))

    def open_panel(self) -> ParticipantsPanel:
        if self.panel is None:
            self.panel = ParticipantsPanel(self.control, self.window())
            self.panel.adjustSize()
            below = self.mapToGlobal(QPoint(0, self.height() + 6))
            screen = self.screen().availableGeometry()
            x = max(screen.left(), min(below.x(), screen.right() - self.panel.width()))
            y = max(screen.top(), min(below.y(), screen.bottom() - self.panel.height()))
            self.panel.move(x, y)
        self.panel.show()
        self.panel.raise_()
        return self.panel

    def close_panel(self) -> None:
        if self.panel is not None:
            self.panel.close()
            self.panel.deleteLater()
            self.panel = None


class ParticipantsPanel(QWidget):
    def __init__(self, control: ParticipantsControl, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool)
        self.control = control
        self.setWindowTitle(self.tr("Participants' phones"))
        self.setMinimumWidth(420)
        parts = listening_parts(self._toggle, 26)
        self.interface, self.switch, self.message = parts.interface, parts.switch, parts.message
        self.qr, self.address, self.code = parts.qr, parts.address, parts.code
        self.here = QPushButton(self.tr("Open the page on this laptop"))
        self.here.setToolTip(self.tr("See what a participant's phone shows (for a rehearsal)"))
        self.here.clicked.connect(control.open_here)
        self.line = QLabel()
        self.line.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "The room's screen shows the QR code and the room's code on the welcome and "
                "closing cards only. A phone joins without a name; the session keeps the "
                "counts only, never who."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        layout = QVBoxLayout(self)
        for widget in (self.interface, self.switch, self.message, self.qr, self.address):
            layout.addWidget(widget)
        for widget in (self.code, self.here, self.line, hint):
            layout.addWidget(widget)
        for button in (self.interface, self.switch, self.here):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space is GO here too
        self._qr_for = ""
        control.changed.connect(self.show_state)
        self.show_state()

    def _toggle(self) -> None:
        toggle_listening(self.control, self.interface, self.message)

    def show_state(self) -> None:
        control = self.control
        on = control.on
        self.switch.setText(
            self.tr("Turn the participants' phones off")
            if on
            else self.tr("Turn the participants' phones on for this session")
        )
        self.interface.setEnabled(not on)
        if on:
            show_listening(self.interface, control.listening)
        url = control.url
        if url != self._qr_for:
            self._qr_for = url
            if url:
                self.qr.setPixmap(qr_pixmap(url, scale=5))
            else:
                self.qr.clear()
        self.qr.setVisible(bool(url))
        self.address.setText(control.address)
        self.code.setText(control.code if on else "")
        self.here.setEnabled(on)
        self.line.setText(line_of(control).text if control.room is not None else "")
