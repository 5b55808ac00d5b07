"""Rehearsal's own line: playback speed (x1, x2, x4) and seeking inside the cue."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from tearconsole.ui import theme
from tearconsole.ui.live.keys import REHEARSAL_SPEEDS, ConsoleKey, shown_key

SPEED_STYLE = (
    f"QPushButton:checked {{ background: {theme.ACCENT}; color: {theme.BACKGROUND}; "
    "font-weight: 600; }"
)


class RehearsalBar(QWidget):
    speed_chosen = Signal(float)
    action = Signal(str)  # ConsoleKey.SEEK_BACK or ConsoleKey.SEEK_FORWARD

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(SPEED_STYLE)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(
            QLabel(self.tr("Speed ({key}):").format(key=shown_key(ConsoleKey.SPEED_STEP)))
        )
        self.speed_buttons: dict[float, QPushButton] = {}
        for speed in REHEARSAL_SPEEDS:
            button = QPushButton(f"x{speed:g}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, s=speed: self.speed_chosen.emit(s))
            self.speed_buttons[speed] = button
            row.addWidget(button)
        row.addSpacing(16)
        keys = f"{shown_key(ConsoleKey.SEEK_BACK)} {shown_key(ConsoleKey.SEEK_FORWARD)}"
        row.addWidget(QLabel(self.tr("Seek ({keys}):").format(keys=keys)))
        for text, action in (
            (self.tr("−10 s"), ConsoleKey.SEEK_BACK),
            (self.tr("+10 s"), ConsoleKey.SEEK_FORWARD),
        ):
            button = QPushButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, a=action: self.action.emit(a.value))
            row.addWidget(button)
        row.addStretch(1)  # compact on the left, however wide the console

    def show_speed(self, speed: float) -> None:
        for value, button in self.speed_buttons.items():
            button.setChecked(abs(value - speed) < 1e-6)
