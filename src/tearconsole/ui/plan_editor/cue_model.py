"""The plan's cues as a Qt table model, with drag-to-reorder and drops from the library.

The model never changes the plan itself: a drop emits ``move_requested`` or
``stimuli_dropped`` and the editor turns that into an undoable edit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from tearconsole.core.kinds import ContinueMode, CueKind
from tearconsole.core.plan import CueSpec, PlanSpec
from tearconsole.core.planning import INTENSE
from tearconsole.core.timing import format_clock
from tearconsole.i18n import QT_TRANSLATE_NOOP
from tearconsole.ui import theme
from tearconsole.ui.plain import plain_tip
from tearconsole.ui.table_model import ColumnsModel, Index

CUE_MIME = "application/x-tearconsole-cue-position"
STIMULUS_MIME = "application/x-tearconsole-stimulus-ids"
COLUMNS = (
    "#",
    QT_TRANSLATE_NOOP("Columns", "Starts"),
    QT_TRANSLATE_NOOP("Columns", "Cue"),
    QT_TRANSLATE_NOOP("Columns", "Length"),
    QT_TRANSLATE_NOOP("Columns", "Intensity"),
    QT_TRANSLATE_NOOP("Columns", "Then"),
)


def encode_ids(ids: list[int]) -> QMimeData:
    data = QMimeData()
    data.setData(STIMULUS_MIME, QByteArray(",".join(map(str, ids)).encode()))
    return data


def decode_ids(data: QMimeData) -> list[int]:
    raw = bytes(data.data(STIMULUS_MIME).data()).decode(errors="replace")
    return [int(part) for part in raw.split(",") if part.strip().isdigit()]


class CueListModel(ColumnsModel):
    columns = COLUMNS

    move_requested = Signal(int, int)  # from position, to position
    stimuli_dropped = Signal(list, int)  # stimulus ids, at position

    def __init__(self) -> None:
        super().__init__()
        self._plan: PlanSpec | None = None
        self._starts: list[float] = []

    def set_plan(self, plan: PlanSpec | None) -> None:
        self.beginResetModel()
        self._plan = plan
        self._starts = plan.start_times() if plan else []
        self.endResetModel()

    def cue(self, row: int) -> CueSpec:
        assert self._plan is not None
        return self._plan.cues[row]

    def row_count(self) -> int:
        return 0 if self._plan is None else len(self._plan.cues)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._plan is None:
            return None
        cue = self._plan.cues[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(cue, column, self._starts[index.row()])
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "Intensity" and cue.intensity >= INTENSE:
                return QColor(theme.WARN)
            if column in ("#", "Starts", "Then") or cue.kind is not CueKind.STIMULUS:
                return QColor(theme.MUTED)
        if role == Qt.ItemDataRole.ToolTipRole and cue.notes:
            return plain_tip(cue.notes)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("#", "Starts", "Length"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, cue: CueSpec, column: str, start: float) -> str:
        landing = self._plan is not None and self._plan.soft_landing_position == cue.position
        match column:
            case "#":
                return str(cue.position + 1)
            case "Starts":
                return format_clock(start)
            case "Cue":
                if landing:
                    return self.tr("{title}  (soft landing)").format(title=cue.title)
                return cue.title
            case "Length":
                return format_clock(cue.planned_s) if cue.planned_s else ""
            case "Intensity":
                return "●" * cue.intensity
            case _:
                if cue.continue_mode is ContinueMode.POST_WAIT:
                    return self.tr("after {seconds} s").format(seconds=f"{cue.post_wait_s:g}")
                if cue.continue_mode is ContinueMode.FOLLOW:
                    return self.tr("follow on")
                return "GO"

    # Drag and drop ------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [CUE_MIME, STIMULUS_MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        data = QMimeData()
        rows = sorted({index.row() for index in indexes})
        if rows:
            data.setData(CUE_MIME, QByteArray(str(rows[0]).encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(CUE_MIME) or data.hasFormat(STIMULUS_MIME)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        count = self.rowCount()
        # Dropped on a row: before it; below the last row or on empty space: at the end.
        at = row if row >= 0 else (parent.row() if parent.isValid() else count)
        if data.hasFormat(CUE_MIME):
            source = int(bytes(data.data(CUE_MIME).data()).decode() or -1)
            target = at - 1 if at > source else at
            if 0 <= source < count and target != source:
                self.move_requested.emit(source, min(target, count - 1))
            return False  # the edit redraws the list; the view must not remove rows
        ids = decode_ids(data)
        if ids:
            self.stimuli_dropped.emit(ids, at)
        return False
