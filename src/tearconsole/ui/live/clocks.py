"""Three clocks: session elapsed, cue remaining, and plan remaining against the target."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from tearconsole.core.timing import format_clock
from tearconsole.live.snapshot import ClockTone, SessionSnapshot, clock_tone, projected_overrun_s
from tearconsole.ui import theme

TONE_COLOURS = {ClockTone.CALM: theme.TEXT, ClockTone.AMBER: theme.WARN, ClockTone.RED: theme.ALERT}


class Clocks(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.elapsed = self._value()
        self.cue_remaining = self._value()
        self.plan_remaining = self._value()
        self.target = QLabel()
        self.target.setObjectName("muted")
        self.target.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tone = ClockTone.CALM
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(0)
        for column, (caption, value) in enumerate(
            (
                (self.tr("Session"), self.elapsed),
                (self.tr("Cue left"), self.cue_remaining),
                (self.tr("Plan left"), self.plan_remaining),
            )
        ):
            label = QLabel(caption)
            label.setObjectName("muted")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(label, 0, column)
            grid.addWidget(value, 1, column)
        grid.addWidget(self.target, 2, 2)
        self.show_state(SessionSnapshot())

    @staticmethod
    def _value() -> QLabel:
        label = QLabel("--:--")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = label.font()
        font.setPointSize(theme.BASE_POINT_SIZE + 10)
        font.setBold(True)
        label.setFont(font)
        return label

    def show_state(self, state: SessionSnapshot) -> None:
        self.elapsed.setText(format_clock(state.session_elapsed_s))
        self.cue_remaining.setText(format_clock(state.cue_remaining_s))
        self.plan_remaining.setText(format_clock(state.plan_remaining_s))
        tone = clock_tone(state)
        if tone is not self.tone or not self.plan_remaining.styleSheet():
            self.tone = tone  # restyling costs milliseconds: only when the colour changes
            self.plan_remaining.setStyleSheet(f"color: {TONE_COLOURS[tone]};")
            muted = theme.MUTED if tone is ClockTone.CALM else TONE_COLOURS[tone]
            self.target.setStyleSheet(f"color: {muted};")
        over = projected_overrun_s(state)
        if state.target_s is None or over is None:
            self.target.setText(self.tr("no target"))
        elif over > 0:
            self.target.setText(
                self.tr("target {target}, {by} over").format(
                    target=format_clock(state.target_s), by=format_clock(over)
                )
            )
        else:
            self.target.setText(
                self.tr("target {target}, on time").format(target=format_clock(state.target_s))
            )
