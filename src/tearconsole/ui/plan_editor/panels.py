"""The plan editor's side panels: the plan list, the library to add from, the findings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tearconsole.core.plan import PlanSpec
from tearconsole.core.preflight import Finding, Severity
from tearconsole.core.timing import format_clock
from tearconsole.i18n import QT_TRANSLATE_NOOP
from tearconsole.ui import theme
from tearconsole.ui.library_sorting import TitleOrder
from tearconsole.ui.plain import plain_label, plain_tip
from tearconsole.ui.plan_editor.stimulus_list import ID_ROLE, StimulusListModel

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(...) calls

SEVERITY_COLOUR = {
    Severity.ERROR: theme.ALERT,
    Severity.WARNING: theme.WARN,
    Severity.INFO: theme.MUTED,
}
SEVERITY_MARK = {
    Severity.ERROR: QT_TRANSLATE_NOOP("FindingsList", "●  Fix"),
    Severity.WARNING: QT_TRANSLATE_NOOP("FindingsList", "●  Check"),
    Severity.INFO: QT_TRANSLATE_NOOP("FindingsList", "○  Note"),
}


def plan_label(plan: PlanSpec) -> str:
    count = len(plan.cues)
    return translate("PlanList", "{name}\n%n cue(s) · {length}", "", count).format(
        name=plan.name, length=format_clock(plan.planned_s)
    )


def _section(text: str) -> QLabel:
    label = plain_label(text)
    label.setObjectName("muted")
    return label


class PlanListPanel(QWidget):
    plan_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setMaximumHeight(130)
        self.list.currentItemChanged.connect(self._chosen)
        self.new_button = QPushButton(self.tr("New"))
        self.rename_button = QPushButton(self.tr("Rename"))
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.import_button = QPushButton(self.tr("Import…"))
        grid = QGridLayout()
        grid.setSpacing(6)
        for i, button in enumerate(
            (
                self.new_button,
                self.rename_button,
                self.duplicate_button,
                self.delete_button,
                self.export_button,
                self.import_button,
            )
        ):
            button.setProperty("tight", "list")  # the app's style sheet pads it
            grid.addWidget(button, i // 2, i % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_section(self.tr("Plans")))
        layout.addWidget(self.list)
        layout.addLayout(grid)

    def set_plans(self, plans: list[PlanSpec], current: int | None) -> None:
        """List ``plans`` by name, in the interface language's order."""
        self.list.blockSignals(True)
        self.list.clear()
        order = TitleOrder()
        for plan in sorted(plans, key=lambda p: order.key(p.name)):
            item = QListWidgetItem(plan_label(plan))
            item.setData(Qt.ItemDataRole.UserRole, plan.id)
            self.list.addItem(item)
            if plan.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        has = current is not None
        for button in (
            self.rename_button,
            self.duplicate_button,
            self.delete_button,
            self.export_button,
        ):
            button.setEnabled(has)

    def update_plan(self, plan: PlanSpec) -> None:
        """Show ``plan``'s current name, cue count and length in its row."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == plan.id:
                item.setText(plan_label(plan))

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.plan_chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))


class LibraryPanel(QWidget):
    add_requested = Signal(list)  # stimulus ids
    bed_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = StimulusListModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Find in the library"))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QListView()
        self.view.setModel(self.proxy)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.setSpacing(2)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.doubleClicked.connect(lambda _i: self.add_requested.emit(self.selected_ids()))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add the selected items after the selected cue"))
        self.add_button.clicked.connect(lambda: self.add_requested.emit(self.selected_ids()))
        self.bed_button = QPushButton(self.tr("Add as bed"))
        self.bed_button.setToolTip(
            self.tr("Add a cue that starts this music under the cues after it")
        )
        self.bed_button.clicked.connect(self._bed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_section(self.tr("Library")))
        self.view.setToolTip(self.tr("Drag onto the cues, double-click, or select and press Add"))
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        grid = QGridLayout()
        grid.addWidget(self.add_button, 0, 0)
        grid.addWidget(self.bed_button, 0, 1)
        layout.addLayout(grid)

    def selected_ids(self) -> list[int]:
        rows = sorted(self.view.selectionModel().selectedIndexes(), key=lambda i: i.row())
        return [int(index.data(ID_ROLE)) for index in rows]

    def _bed(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.bed_requested.emit(ids[0])


class FindingsList(QListWidget):
    cue_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)

    def set_findings(self, findings: list[Finding]) -> None:
        self.clear()
        # As tall as three findings at most; one line when all is well.
        rows = min(max(len(findings), 1), 3)
        self.setFixedHeight(12 + rows * (self.fontMetrics().height() * 2 + 4))
        if not findings:
            self.setFixedHeight(16 + self.fontMetrics().height())
            item = QListWidgetItem(self.tr("✓  Preflight: nothing to fix."))
            item.setForeground(QColor(theme.GO))
            self.addItem(item)
            return
        for finding in findings:
            mark = self.tr(SEVERITY_MARK[finding.severity])
            item = QListWidgetItem(f"{mark}   {finding.message}")
            item.setForeground(QColor(SEVERITY_COLOUR[finding.severity]))
            item.setData(Qt.ItemDataRole.UserRole, finding.position)
            item.setToolTip(plain_tip(finding.rule))
            self.addItem(item)

    def _chosen(self, item: QListWidgetItem) -> None:
        position = item.data(Qt.ItemDataRole.UserRole)
        if position is not None:
            self.cue_chosen.emit(int(position))
