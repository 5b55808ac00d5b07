"""The live cue list as a Qt table model over ``CueRow``s (testable with no window)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from tearconsole.core.cue_number import cue_number
from tearconsole.core.timing import format_clock
from tearconsole.i18n import QT_TRANSLATE_NOOP
from tearconsole.i18n.words import kind_word
from tearconsole.live.snapshot import CueRow, RowState
from tearconsole.ui import theme
from tearconsole.ui.plain import plain_tip
from tearconsole.ui.table_model import Index, RowsModel

COLUMNS = (
    "",
    "#",
    QT_TRANSLATE_NOOP("Columns", "Cue"),
    QT_TRANSLATE_NOOP("Columns", "Kind"),
    QT_TRANSLATE_NOOP("Columns", "Planned"),
    QT_TRANSLATE_NOOP("Columns", "Progress"),
)

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(...) calls
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2

MARKERS = {
    RowState.RUNNING: "▶",
    RowState.STANDBY: "●",
    RowState.DONE: "✓",
    RowState.STOPPED: "■",
    RowState.FAILED: "!",
    RowState.SKIPPED: "–",
    RowState.UPCOMING: "",
}
STATE_WORDS = {  # translated where shown (``CueListModel._display``)
    RowState.RUNNING: QT_TRANSLATE_NOOP("CueListModel", "playing"),
    RowState.STANDBY: QT_TRANSLATE_NOOP("CueListModel", "standing by"),
    RowState.DONE: QT_TRANSLATE_NOOP("CueListModel", "done"),
    RowState.STOPPED: QT_TRANSLATE_NOOP("CueListModel", "stopped"),
    RowState.FAILED: QT_TRANSLATE_NOOP("CueListModel", "media problem"),
    RowState.SKIPPED: QT_TRANSLATE_NOOP("CueListModel", "skipped"),
    RowState.UPCOMING: "",
}
MUTED_STATES = (RowState.DONE, RowState.STOPPED, RowState.FAILED, RowState.SKIPPED)
ROW_BACKGROUNDS = {RowState.STANDBY: "#26352c", RowState.RUNNING: "#27323a"}


class CueListModel(RowsModel[CueRow]):
    columns = COLUMNS

    def set_rows(self, rows: tuple[CueRow, ...]) -> None:
        """With as many rows as before, only the rows that differ are reported changed
        (no reset; usually just the running cue's progress); a new number of rows resets them."""
        if len(rows) != len(self._rows):
            super().set_rows(rows)
            return
        old, self._rows = self._rows, rows
        last_column = len(COLUMNS) - 1
        for index, (before, after) in enumerate(zip(old, rows, strict=True)):
            if before != after:
                self.dataChanged.emit(self.index(index, 0), self.index(index, last_column))

    def row_of_position(self, position: int) -> int | None:
        for index, row in enumerate(self._rows):
            if row.position == position:
                return index
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == PROGRESS_ROLE:
            return row.progress
        if role == STATE_ROLE:
            return row.state.value
        if role == Qt.ItemDataRole.BackgroundRole and row.state in ROW_BACKGROUNDS:
            return QColor(ROW_BACKGROUNDS[row.state])
        if role == Qt.ItemDataRole.ForegroundRole and row.state in MUTED_STATES:
            return QColor(theme.MUTED)
        if role == Qt.ItemDataRole.FontRole and row.state in (RowState.STANDBY, RowState.RUNNING):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and row.notes:
            return plain_tip(row.notes)
        return None

    @staticmethod
    def _display(row: CueRow, column: str) -> str:
        if column == "":
            return MARKERS[row.state]
        if column == "#":
            return str(cue_number(row.position))
        if column == "Cue":
            return row.title
        if column == "Kind":
            return kind_word(row.kind)
        if column == "Planned":
            return format_clock(row.planned_s)
        if row.state is RowState.RUNNING and row.remaining_s is not None:
            left = format_clock(row.remaining_s)
            return translate("CueListModel", "{time} left").format(time=left)
        word = STATE_WORDS[row.state]
        return translate("CueListModel", word) if word else ""


class ProgressDelegate(QStyledItemDelegate):
    """Draws a quiet progress bar behind the remaining time of a running cue."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        progress = index.data(PROGRESS_ROLE)
        if isinstance(progress, float):
            rect: QRect = option.rect.adjusted(4, 6, -4, -6)
            painter.save()
            painter.fillRect(rect, QColor(theme.RAISED))
            filled = QRect(rect)
            filled.setWidth(int(rect.width() * max(0.0, min(1.0, progress))))
            painter.fillRect(filled, QColor("#3f5a61"))
            painter.restore()
        super().paint(painter, option, index)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> Any:
        return None
