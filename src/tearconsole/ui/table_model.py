"""What every table model here shares: named columns over a list of rows; and, for the
models that are handed all their rows at once, the rows themselves."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class ColumnsModel(QAbstractTableModel):
    """A flat table whose headers are ``columns``; subclasses say how many rows there are.

    Columns are named in English (marked with ``QT_TRANSLATE_NOOP("Columns", ...)`` where
    they are defined) and shown in the current language."""

    columns: tuple[str, ...] = ()

    def row_count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Columns", self.columns[section])
        return None


class RowsModel(ColumnsModel, Generic[Row]):
    """A ``ColumnsModel`` over a tuple of rows that ``set_rows`` replaces whole."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: tuple[Row, ...] = ()

    def set_rows(self, rows: tuple[Row, ...]) -> None:
        """Show ``rows``: the views are reset, unless these are the rows shown already."""
        if rows == self._rows:
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row(self, index: int) -> Row:
        return self._rows[index]

    def row_count(self) -> int:
        return len(self._rows)
