"""The library as a Qt table model over plain dictionaries (testable with no window)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from tearconsole.core.timing import format_clock
from tearconsole.ui import theme

COLUMNS = ("Title", "Kind", "Length", "Intensity", "Tags", "Status")
_Index = QModelIndex | QPersistentModelIndex


class LibraryModel(QAbstractTableModel):
    """Rows are ``library list --json`` dictionaries (``storage.stimuli.stimulus_to_dict``)."""

    def __init__(self, rows: list[dict[str, Any]] | None = None) -> None:
        super().__init__()
        self._rows: list[dict[str, Any]] = rows or []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row(self, index: int) -> dict[str, Any]:
        return self._rows[index]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.UserRole:  # sort key
            return self._sort_key(item, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == "Status" and item["status"] != "ok":
            return QColor(theme.WARN)
        if role == Qt.ItemDataRole.ToolTipRole and item.get("status_reason"):
            return item["status_reason"]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("Length", "Intensity"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(item: dict[str, Any], column: str) -> str:
        match column:
            case "Title":
                return str(item["title"])
            case "Kind":
                return str(item["kind"]).capitalize()
            case "Length":
                return format_clock(item["duration_s"]) if item["duration_s"] else ""
            case "Intensity":
                return "●" * int(item["intensity"])
            case "Tags":
                return ", ".join(item["tags"])
            case _:
                return {"ok": "Ready", "missing": "Missing", "unplayable": "Can't play"}.get(
                    item["status"], item["status"]
                )

    @staticmethod
    def _sort_key(item: dict[str, Any], column: str) -> Any:
        match column:
            case "Length":
                return item["duration_s"] or 0.0
            case "Intensity":
                return item["intensity"]
            case _:
                return LibraryModel._display(item, column).lower()
