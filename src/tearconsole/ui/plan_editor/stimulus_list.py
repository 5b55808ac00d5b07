"""The library as a short list to add cues from (drag onto the cues, or a button)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from tearconsole.core.plan import StimulusInfo
from tearconsole.core.timing import format_clock
from tearconsole.i18n.words import kind_word
from tearconsole.ui.library_sorting import TitleOrder, shown_title
from tearconsole.ui.plain import plain_tip
from tearconsole.ui.plan_editor.cue_model import STIMULUS_MIME, encode_ids

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(...) calls

_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class StimulusListModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self._items: list[StimulusInfo] = []

    def set_items(self, items: list[StimulusInfo]) -> None:
        """Show ``items`` by kind, then by title in the interface language's order."""
        order = TitleOrder()
        self.beginResetModel()
        self._items = sorted(items, key=lambda item: (item.kind.value, order.key(item.title)))
        self.endResetModel()

    def items(self) -> list[StimulusInfo]:
        return list(self._items)

    def item(self, row: int) -> StimulusInfo:
        return self._items[row]

    def by_id(self, stimulus_id: int) -> StimulusInfo | None:
        return next((s for s in self._items if s.id == stimulus_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            length = f"  {format_clock(item.duration_s)}" if item.duration_s else ""
            title = shown_title(item.title)
            return f"{title}\n{kind_word(item.kind.value)}{length}  {'●' * item.intensity}"
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.ToolTipRole and item.content_notes:
            notes = translate("StimulusList", ", ", "list separator").join(item.content_notes)
            said = translate("StimulusList", "Content notes: {notes}").format(notes=notes)
            return plain_tip(said)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:
        return [STIMULUS_MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        return encode_ids([self._items[i.row()].id for i in indexes if i.isValid()])
