"""The console's state row: the state banner first, then what goes beside it (Finish,
once the session can end).

The room's level and the phone remote sit in the row above (under the plan's name), so
the banner has nearly the whole width. Still, on a small screen a rehearsal safe-stopped
while held and softened has more chips than fit beside Finish, even in their short words.
Then the banner takes the whole line, so no chip steps aside (above all not the one
saying whether the room's screen shows), and Finish goes to a line under it, on the
right. The chips always read as one row, the most urgent first.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QSizePolicy, QWidget

from tearconsole.ui.live.banner import StateBanner

#: Between the banner and what is beside it: the state apart from the rest.
GAP_PX = 28


class StateRow(QWidget):
    def __init__(self, banner: StateBanner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banner = banner
        self.beside = QWidget()
        self.beside.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self._beside_row = QHBoxLayout(self.beside)
        self._beside_row.setContentsMargins(0, 0, 0, 0)
        self._beside_row.setSpacing(12)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(GAP_PX)
        self._grid.setVerticalSpacing(6)
        self._grid.setColumnStretch(0, 1)
        self._besides: list[QWidget] = []
        self.two_lines = False
        self._place()
        banner.changed.connect(self.relayout)
        # What is beside the banner was shown, hidden or renamed: its width changed.
        self.beside.installEventFilter(self)

    def add_beside(self, widget: QWidget) -> None:
        self._beside_row.addWidget(widget)
        self._besides.append(widget)
        widget.installEventFilter(self)  # shown or hidden: the banner's width changes
        self.relayout()

    def relayout(self) -> None:
        """One line if every chip fits beside the rest (in short words), else two; with
        nothing beside, the banner has the whole width (no empty column, no gap)."""
        anything_beside = any(not widget.isHidden() for widget in self._besides)
        if anything_beside == self.beside.isHidden():
            self.beside.setVisible(anything_beside)
        beside_px = GAP_PX + self.beside.sizeHint().width() if anything_beside else 0
        two_lines = self.banner.brief_width() + beside_px > self.width()
        if two_lines != self.two_lines:
            self.two_lines = two_lines
            self._place()

    def _place(self) -> None:
        self._grid.removeWidget(self.banner)
        self._grid.removeWidget(self.beside)
        if self.two_lines:
            self._grid.addWidget(self.banner, 0, 0, 1, 2)
            self._grid.addWidget(self.beside, 1, 1, Qt.AlignmentFlag.AlignRight)
        else:
            self._grid.addWidget(self.banner, 0, 0)
            self._grid.addWidget(self.beside, 0, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relayout()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _RESHAPING:
            self.relayout()
        return super().eventFilter(watched, event)


#: What the row hears from what is beside the banner: its words changed (a layout
#: request), or one of them was shown or hidden (even while the row itself is hidden).
_RESHAPING = (QEvent.Type.LayoutRequest, QEvent.Type.ShowToParent, QEvent.Type.HideToParent)
