"""The library as a Qt table model over plain dictionaries (testable with no window).

Filtering and sorting happen here, in plain Python over a list of row indices, rather
than in a ``QSortFilterProxyModel``: a proxy asks Python once per row to filter and
O(n log n) times to compare, while a list comprehension and ``list.sort`` with a key do
10,000 rows in a few milliseconds (docs/benchmarks.md).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPixmap

from tearconsole.core.timing import format_clock
from tearconsole.i18n import QT_TRANSLATE_NOOP, current_language
from tearconsole.i18n.words import kind_word, status_word
from tearconsole.library.reasons import said
from tearconsole.library.search import LibraryFilter, filter_indices, search_text
from tearconsole.ui import theme
from tearconsole.ui.library_sorting import TitleRanks, reading, shown_title, title_ranks
from tearconsole.ui.plain import plain_tip
from tearconsole.ui.table_model import ColumnsModel, Index

COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Title"),
    QT_TRANSLATE_NOOP("Columns", "Kind"),
    QT_TRANSLATE_NOOP("Columns", "Length"),
    QT_TRANSLATE_NOOP("Columns", "Intensity"),
    QT_TRANSLATE_NOOP("Columns", "Tags"),
    QT_TRANSLATE_NOOP("Columns", "Status"),
)
THUMB_HEIGHT = 30


class LibraryModel(ColumnsModel):
    """Rows are ``storage.stimuli.stimulus_row`` dictionaries; the view sees a filtered,
    sorted selection of them."""

    columns = COLUMNS

    def __init__(self, rows: list[dict[str, Any]] | None = None) -> None:
        super().__init__()
        self._rows: list[dict[str, Any]] = []
        self._blobs: list[str] | None = []
        self._visible: list[int] = []
        self._filter = LibraryFilter()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._thumbs: dict[str, QPixmap | None] = {}
        self._ranks: TitleRanks | None = None
        self.set_rows(rows or [])

    # -- data in -------------------------------------------------------------------
    def set_rows(
        self,
        rows: list[dict[str, Any]],
        blobs: list[str] | None = None,
        ranks: TitleRanks | None = None,
    ) -> None:
        """Show ``rows``; ``blobs`` are their ``search_text`` if already made elsewhere
        (else they are made on the first text search, or handed in by ``add_texts``);
        ``ranks`` their titles' order (``title_ranks``; else made when sorted)."""
        self.beginResetModel()
        self._rows = rows
        self._blobs = blobs
        self._ranks = ranks or self._ranks
        self._thumbs.clear()
        self._refresh()
        self.endResetModel()

    def set_filter(self, wanted: LibraryFilter) -> None:
        if wanted == self._filter:
            return
        self.beginResetModel()
        self._filter = wanted
        self._refresh()
        self.endResetModel()

    @property
    def filter(self) -> LibraryFilter:
        return self._filter

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply_sort()
        self.layoutChanged.emit()

    def _refresh(self) -> None:
        if self._blobs is None and self._filter.terms:
            self._blobs = [search_text(row) for row in self._rows]
        self._visible = filter_indices(self._rows, self._blobs, self._filter)
        self._apply_sort()

    def _apply_sort(self) -> None:
        if self._sort is None:
            return
        column, order = self._sort
        name = COLUMNS[column]
        ranks = self._title_ranks() if name == "Title" else None
        self._visible.sort(
            key=lambda i: _sort_key(self._rows[i], name, ranks),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def _title_ranks(self) -> TitleRanks:
        """The titles' order in the interface's language now (it can change)."""
        titles = [str(row["title"]) for row in self._rows]
        language = current_language()
        if self._ranks is None or not self._ranks.covers(titles, language):
            self._ranks = title_ranks(titles, language)
        return self._ranks

    # -- data out ------------------------------------------------------------------
    def row(self, index: int) -> dict[str, Any]:
        """The row shown at view row ``index``."""
        return self._rows[self._visible[index]]

    def all_rows(self) -> list[dict[str, Any]]:
        return self._rows

    def total_count(self) -> int:
        return len(self._rows)

    def view_rows_of(self, ids: set[int]) -> list[int]:
        """The view rows showing these stimulus ids (one pass over the visible rows)."""
        return [row for row, i in enumerate(self._visible) if self._rows[i].get("id") in ids]

    def row_count(self) -> int:
        return len(self._visible)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[self._visible[index.row()]]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(item, column)
        if role == Qt.ItemDataRole.UserRole:  # sort key (a title's: how it is read)
            return reading(item["title"]) if column == "Title" else _sort_key(item, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "Status" and item["status"] != "ok":
                return QColor(theme.WARN)
            if column in ("Kind", "Tags", "Length"):
                return QColor(theme.MUTED)
        if role == Qt.ItemDataRole.ToolTipRole and item.get("status_reason"):
            return plain_tip(said(item))
        if role == Qt.ItemDataRole.DecorationRole and column == "Title":
            return self._thumbnail(item.get("thumbnail_path"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("Length", "Intensity"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _thumbnail(self, path: str | None) -> QPixmap | None:
        if not path:
            return None
        if path not in self._thumbs:
            pixmap = QPixmap(path)
            self._thumbs[path] = (
                None
                if pixmap.isNull()
                else pixmap.scaledToHeight(THUMB_HEIGHT, Qt.TransformationMode.SmoothTransformation)
            )
        return self._thumbs[path]


def _display(item: dict[str, Any], column: str) -> str:
    match column:
        case "Title":
            return shown_title(str(item["title"]))
        case "Kind":
            return kind_word(str(item["kind"]))
        case "Length":
            return format_clock(item["duration_s"]) if item["duration_s"] else ""
        case "Intensity":
            return "●" * int(item["intensity"])
        case "Tags":
            return ", ".join(item["tags"])
        case _:
            return status_word(str(item["status"]))


def _sort_key(item: dict[str, Any], column: str, titles: TitleRanks | None = None) -> Any:
    match column:
        case "Length":
            return item["duration_s"] or 0.0
        case "Intensity":
            return item["intensity"]
        case "Title" if titles is not None:
            return titles.rank[str(item["title"])]
        case _:
            return _display(item, column).casefold()
