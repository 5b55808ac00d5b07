"""Rehearsal: each cue's rehearsed time against its planned time, as a Qt table model."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from tearconsole.core.cue_number import cue_number
from tearconsole.core.cue_tally import CueTiming
from tearconsole.core.timing import format_clock
from tearconsole.i18n import QT_TRANSLATE_NOOP
from tearconsole.ui import theme
from tearconsole.ui.table_model import Index, RowsModel

COLUMNS = (
    "#",
    QT_TRANSLATE_NOOP("Columns", "Cue"),
    QT_TRANSLATE_NOOP("Columns", "Planned"),
    QT_TRANSLATE_NOOP("Columns", "Rehearsed"),
    QT_TRANSLATE_NOOP("Columns", "Difference"),
)
#: A difference within this much of the plan is not worth colouring.
CLOSE_ENOUGH_S = 5.0


@dataclass(frozen=True)
class TimingRow:
    position: int
    title: str
    planned_s: float | None
    rehearsed_s: float | None  # in plan seconds (a run at x4 is scaled back)

    @property
    def difference_s(self) -> float | None:
        if self.planned_s is None or self.rehearsed_s is None:
            return None
        return self.rehearsed_s - self.planned_s


def signed_clock(seconds: float) -> str:
    return ("+" if seconds >= 0 else "−") + format_clock(abs(seconds))


class TimingModel(RowsModel[TimingRow]):
    columns = COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "#":
                return str(cue_number(row.position))
            if column == "Cue":
                return row.title
            if column == "Planned":
                return format_clock(row.planned_s)
            if column == "Rehearsed":
                return "" if row.rehearsed_s is None else format_clock(row.rehearsed_s)
            diff = row.difference_s
            return "" if diff is None else signed_clock(diff)
        if role == Qt.ItemDataRole.ForegroundRole and column == "Difference":
            diff = row.difference_s
            if diff is not None and abs(diff) > CLOSE_ENOUGH_S:
                return QColor(theme.WARN)
        return None


def timing_rows(timings: list[CueTiming]) -> tuple[TimingRow, ...]:
    return tuple(TimingRow(t.position, t.title, t.planned_s, t.actual_s) for t in timings)
