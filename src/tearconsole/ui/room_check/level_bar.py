"""The room's master level, changeable while a session runs (in the console's top row).

The slider never takes the keyboard (Space stays GO) and reports a level only when let
go, so each change is one logged step: the Live page writes it to the session's log,
then the engine moves to it smoothly (0.3 s).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QWidget

LEVEL_RANGE_DB = (-24, 0)


class RoomLevelBar(QWidget):
    changed = Signal(float)  # dB, when let go

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(*LEVEL_RANGE_DB)
        self.slider.setTracking(False)  # one change per release: one logged step
        self.slider.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.slider.setFixedWidth(100)  # beside the remote, under the plan's name
        self.value = QLabel("")
        self.value.setObjectName("muted")
        self.slider.valueChanged.connect(self._changed)
        self.slider.sliderMoved.connect(self._show)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Room level"))
        label.setObjectName("muted")
        row.addWidget(label)
        row.addWidget(self.slider)
        row.addWidget(self.value)

    def set_level(self, level_db: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(round(level_db))
        self.slider.blockSignals(False)
        self._show(self.slider.value())

    def _show(self, value: int) -> None:
        self.value.setText(self.tr("{db} dB").format(db=f"{value:+d}"))

    def _changed(self, value: int) -> None:
        self._show(value)
        self.changed.emit(float(value))
