"""The history list as a Qt table model over ``storage.history.SessionSummary`` rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from tearconsole.core.timing import format_clock
from tearconsole.i18n import QT_TRANSLATE_NOOP
from tearconsole.reports.common import local
from tearconsole.storage.history import SessionSummary
from tearconsole.ui import theme
from tearconsole.ui.i18n import date_time_text
from tearconsole.ui.table_model import ColumnsModel, Index

COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Date"),
    QT_TRANSLATE_NOOP("Columns", "Plan"),
    QT_TRANSLATE_NOOP("Columns", "Mode"),
    QT_TRANSLATE_NOOP("Columns", "Length"),
    QT_TRANSLATE_NOOP("Columns", "Group"),
    QT_TRANSLATE_NOOP("Columns", "Softenings"),
    QT_TRANSLATE_NOOP("Columns", "Stops"),
    QT_TRANSLATE_NOOP("Columns", "State"),
)

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(...) calls
_NUMERIC = {"Length", "Group", "Softenings", "Stops"}


class HistoryModel(ColumnsModel):
    columns = COLUMNS

    def __init__(self, rows: list[SessionSummary] | None = None) -> None:
        super().__init__()
        self._rows: list[SessionSummary] = rows or []

    def set_rows(self, rows: list[SessionSummary]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row(self, index: int) -> SessionSummary:
        return self._rows[index]

    def rows(self) -> list[SessionSummary]:
        return list(self._rows)

    def row_count(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(item, column)
        if role == Qt.ItemDataRole.UserRole:  # sort key
            return sort_key(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "State" and item.state == "interrupted":
                return QColor(theme.WARN)
            if column == "Mode" and item.mode == "rehearsal":
                return QColor(theme.MUTED)
        return None


def display(item: SessionSummary, column: str) -> str:
    match column:
        case "Date":
            return date_time_text(local(item.started_at))
        case "Plan":
            return item.plan_name or translate("HistoryModel", "(plan deleted)")
        case "Mode":
            if item.mode == "live":
                return translate("HistoryModel", "Live", "a session run for a room")
            if item.speed == 1:
                return translate("HistoryModel", "Rehearsal")
            return translate("HistoryModel", "Rehearsal x{speed}").format(speed=f"{item.speed:g}")
        case "Length":
            return format_clock(item.length_s)
        case "Group":
            return "" if item.group_size is None else str(item.group_size)
        case "Softenings":
            return str(item.softenings)
        case "Stops":
            return str(item.stops)
        case _:
            words = {
                "finished": translate("HistoryModel", "Finished"),
                "open": translate("HistoryModel", "Open", "a session still running"),
                "interrupted": translate("HistoryModel", "Interrupted"),
            }
            return words.get(item.state, item.state)


def sort_key(item: SessionSummary, column: str) -> Any:
    match column:
        case "Date":
            return item.started_at.isoformat()
        case "Length":
            return item.length_s
        case "Group":
            return item.group_size or 0
        case "Softenings":
            return item.softenings
        case "Stops":
            return item.stops
        case _:
            return display(item, column).lower()
