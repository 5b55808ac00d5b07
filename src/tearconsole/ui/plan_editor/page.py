"""The Plans page: plan list and library on the left, cues, arc and preflight in the
middle, the selected cue's inspector on the right.

Every change to a plan goes through ``PlanDocument`` (undoable) and is saved at once;
creating, duplicating, deleting and importing plans act on the database directly.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tearconsole.core.plan import PlanSpec
from tearconsole.core.preflight import check_plan
from tearconsole.core.timing import format_clock
from tearconsole.errors import UserError
from tearconsole.storage import plans as plan_store
from tearconsole.storage.db import Database
from tearconsole.ui.layouts import page_column
from tearconsole.ui.plain import plain, tell
from tearconsole.ui.plan_editor import plan_actions, transfer
from tearconsole.ui.plan_editor.arc_chart import ArcChart
from tearconsole.ui.plan_editor.cue_model import COLUMNS, CueListModel
from tearconsole.ui.plan_editor.document import PlanDocument
from tearconsole.ui.plan_editor.editing import CueEditing
from tearconsole.ui.plan_editor.inspector import CueInspector
from tearconsole.ui.plan_editor.panels import FindingsList, LibraryPanel, PlanListPanel


class PlanEditorPage(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.document = PlanDocument(save=self._save, parent=self)
        self.document.changed.connect(self._refresh)

        self.plans = PlanListPanel()
        self.library = LibraryPanel()
        self.model = CueListModel()
        self.table = QTableView()
        self.arc = ArcChart()
        self.findings = FindingsList()
        self.inspector = CueInspector()
        self.edits = CueEditing(self.document, self.library.model.by_id, self.inspector.flush)
        self._build()
        self._connect()
        self.reload_library()
        self.reload_plans()

    # Layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        """The plans and the library on the left, the cue list in the middle (under the
        plan's heading and tools, over its arc and findings), the inspector on the right."""
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.task_runner: Any = None  # tests run bundle work synchronously
        heading = self._build_heading()
        tools = self._build_tools()
        self._build_table()
        self.arc.setFixedHeight(150)
        plain(self.title, self.timing, self.status)
        middle = self._build_middle(heading, tools)  # first: its widgets come first on Tab
        left, side = self._build_left(), self._build_side()
        splitter = QSplitter()
        for widget in (left, middle, side):
            splitter.addWidget(widget)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 640, 270])
        self.setObjectName("planEditor")  # wide spin box arrows (the app's style sheet)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(splitter)
        self._build_shortcuts()

    def _build_heading(self) -> QHBoxLayout:
        """The plan's title and target; its theme and timing go on the lines below."""
        self.title = QLabel(self.tr("Plans"))
        self.title.setObjectName("pageTitle")
        self.timing = QLabel()
        self.timing.setObjectName("muted")
        self.theme = QLineEdit()
        self.theme.setPlaceholderText(self.tr("Theme of the session (for you and the group)"))
        self.target = QSpinBox()
        self.target.setRange(0, 600)
        self.target.setSuffix(self.tr(" min target"))
        self.target.setSpecialValueText(self.tr("no target"))
        self.target.setKeyboardTracking(False)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.target)
        return top

    def _build_tools(self) -> QHBoxLayout:
        """Undo and redo, the cues to add, then moving and removing the selected cue."""
        self.undo_button = QPushButton(self.tr("Undo"))
        self.redo_button = QPushButton(self.tr("Redo"))
        self.pause_button = QPushButton(self.tr("+ Pause"))
        self.bed_stop_button = QPushButton(self.tr("+ Bed stop"))
        self.landing_button = QPushButton(self.tr("Soft landing"))
        self.landing_button.setToolTip(self.tr("Use the selected cue as this plan's soft landing"))
        self.remove_button = QPushButton(self.tr("Remove"))
        # Arrows alone: the row of tools must leave the inspector its room at 1366 px.
        self.up_button = QPushButton("↑")
        self.up_button.setToolTip(self.tr("Move the selected cue up (Alt+Up)"))
        self.down_button = QPushButton("↓")
        self.down_button.setToolTip(self.tr("Move the selected cue down (Alt+Down)"))
        for button in (
            self.undo_button,
            self.redo_button,
            self.pause_button,
            self.bed_stop_button,
            self.landing_button,
            self.remove_button,
        ):
            button.setProperty("tight", "tools")  # the app's style sheet pads it
        for button in (self.up_button, self.down_button):
            button.setProperty("tight", "list")
        tools = QHBoxLayout()
        for button in (self.undo_button, self.redo_button):
            tools.addWidget(button)
        for button in (self.pause_button, self.bed_stop_button, self.landing_button):
            tools.addWidget(button)
        tools.addStretch(1)
        for button in (self.up_button, self.down_button, self.remove_button):
            tools.addWidget(button)
        return tools

    def _build_table(self) -> None:
        """The cue list: rows selected whole, reordered by dragging."""
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDropIndicatorShown(True)
        # A drag scrolls the list only with the pointer right at its edge: Qt's 16 px
        # margin (half a row, just under the header) ran a short list to its top while a
        # cue was being dragged up by a row or two. Alt+Up/Down move a cue anywhere.
        self.table.setAutoScrollMargin(6)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            mode = QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)
        header.setSectionResizeMode(COLUMNS.index("Cue"), QHeaderView.ResizeMode.Stretch)

    def _build_middle(self, heading: QHBoxLayout, tools: QHBoxLayout) -> QWidget:
        middle = QWidget()
        parts = (heading, self.theme, self.timing, tools, (self.table, 1), self.arc, self.findings)
        page_column(middle, *parts, self.status, margins=(0, 0, 0, 0))
        return middle

    def _build_left(self) -> QWidget:
        """The plans over the library."""
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.plans)
        left_column.addSpacing(8)
        left_column.addWidget(self.library, 1)
        return left

    def _build_side(self) -> QScrollArea:
        """The selected cue's inspector, scrolled when the window is short."""
        side = QScrollArea()
        side.setWidget(self.inspector)
        side.setWidgetResizable(True)
        side.setFrameShape(QFrame.Shape.NoFrame)
        side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.setMinimumWidth(240)
        return side

    def _build_shortcuts(self) -> None:
        """Undo, redo and moving a cue by keys, while the page has the keyboard."""
        self.undo_action = self.document.stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.document.stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.up_action = QAction(self.tr("Move the cue up"), self)
        self.up_action.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Up))
        self.down_action = QAction(self.tr("Move the cue down"), self)
        self.down_action.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Down))
        self.up_button.setAccessibleName(self.up_action.text())
        self.down_button.setAccessibleName(self.down_action.text())
        for action in (self.undo_action, self.redo_action, self.up_action, self.down_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def _connect(self) -> None:
        stack = self.document.stack
        self.undo_button.clicked.connect(stack.undo)
        self.redo_button.clicked.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo_button.setEnabled)
        stack.canRedoChanged.connect(self.redo_button.setEnabled)
        stack.undoTextChanged.connect(
            lambda t: self.undo_button.setToolTip(self.tr("Undo {edit}").format(edit=t))
        )
        stack.redoTextChanged.connect(
            lambda t: self.redo_button.setToolTip(self.tr("Redo {edit}").format(edit=t))
        )
        self.pause_button.clicked.connect(lambda: self.edits.add_pause())
        self.bed_stop_button.clicked.connect(self.edits.add_bed_stop)
        self.landing_button.clicked.connect(self.edits.toggle_soft_landing)
        self.remove_button.clicked.connect(self.edits.remove_selected)
        self.up_button.clicked.connect(lambda: self.edits.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.edits.move_selected(1))
        self.up_action.triggered.connect(lambda: self.edits.move_selected(-1))
        self.down_action.triggered.connect(lambda: self.edits.move_selected(1))
        self.target.valueChanged.connect(self.edits.set_target_minutes)
        self.theme.editingFinished.connect(lambda: self.edits.set_theme(self.theme.text()))
        self.model.move_requested.connect(self.edits.move_cue)
        self.model.stimuli_dropped.connect(self.edits.add_stimuli)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._select(current.row() if current.isValid() else None)
        )
        self.arc.cue_clicked.connect(self.select_cue)
        self.findings.cue_chosen.connect(self.select_cue)
        self.inspector.edited.connect(self.edits.edit_field)
        self.library.add_requested.connect(lambda ids: self.edits.add_stimuli(ids))
        self.library.bed_requested.connect(self._add_bed)
        self.plans.plan_chosen.connect(self.open_plan)
        self.plans.new_button.clicked.connect(lambda: self.new_plan())
        self.plans.rename_button.clicked.connect(lambda: self.rename_plan())
        self.plans.duplicate_button.clicked.connect(self.duplicate_plan)
        self.plans.delete_button.clicked.connect(lambda: self.delete_plan())
        self.plans.export_button.clicked.connect(lambda: self.export_plan())
        self.plans.import_button.clicked.connect(lambda: self.import_plan())
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)

    # Loading and saving -----------------------------------------------------------------
    @property
    def plan(self) -> PlanSpec | None:
        return self.document.plan

    def reload_library(self) -> None:
        self.library.model.set_items(plan_store.load_library(self.db))  # by kind, then by title

    def reload_plans(self, select: int | None = None) -> None:
        specs = plan_store.load_plan_specs(self.db)
        current = self.plan.id if self.plan else None
        wanted = select if select is not None else current
        if wanted not in [s.id for s in specs]:
            wanted = specs[0].id if specs else None
        self.plans.set_plans(specs, wanted)
        if wanted != current or select is not None:
            self.document.load(next((s for s in specs if s.id == wanted), None))
            self.edits.selected = None

    def open_plan(self, plan_id: int) -> None:
        if self.plan is not None and self.plan.id == plan_id:
            return
        self.inspector.flush()
        spec = plan_store.load_plan(self.db, plan_id)
        self.edits.selected = None
        self.document.load(spec)

    def _save(self, spec: PlanSpec) -> None:
        try:
            plan_store.store_plan(self.db, spec)
        except UserError as exc:
            self.say(str(exc))

    def _refresh(self) -> None:
        plan = self.plan
        # The model is reset: keep the list where it was (a reset scrolls it to the top,
        # and after a drag nothing scrolled it back), then show the selected cue.
        scrolled = self.table.verticalScrollBar().value()
        self.model.set_plan(plan)
        self.table.verticalScrollBar().setValue(scrolled)
        self.arc.set_plan(plan)
        self.title.setText(plan.name if plan else self.tr("No plan yet: press New"))
        self.target.blockSignals(True)
        self.target.setValue(round((plan.target_s or 0) / 60) if plan else 0)
        self.target.blockSignals(False)
        self.target.setEnabled(plan is not None)
        if not self.theme.hasFocus():
            self.theme.setText(plan.theme if plan else "")
            self.theme.setCursorPosition(0)  # a long theme reads from its start
        self.theme.setEnabled(plan is not None)
        self.timing.setText(self._timing_text(plan))
        self.findings.set_findings(check_plan(plan) if plan else [])
        count = self.model.rowCount()
        if self.edits.selected is not None and count:
            self.edits.selected = min(self.edits.selected, count - 1)
            self.table.selectionModel().setCurrentIndex(
                self.model.index(self.edits.selected, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(self.model.index(self.edits.selected, 0))
        else:
            self.edits.selected = None
        self._select(self.edits.selected)
        if plan is not None:
            self.plans.update_plan(plan)

    def _timing_text(self, plan: PlanSpec | None) -> str:
        if plan is None:
            return ""
        planned = format_clock(plan.planned_s)
        if not plan.target_s:
            return self.tr("%n cue(s) · {planned} planned", "", len(plan.cues)).format(
                planned=planned
            )
        over = plan.planned_s - plan.target_s
        text = (
            self.tr(
                "%n cue(s) · {planned} planned · target {target} ({by} over)", "", len(plan.cues)
            )
            if over > 0
            else self.tr(
                "%n cue(s) · {planned} planned · target {target} ({by} under)", "", len(plan.cues)
            )
        )
        return text.format(
            planned=planned, target=format_clock(plan.target_s), by=format_clock(abs(over))
        )

    def _select(self, position: int | None) -> None:
        self.edits.selected = position
        cue = self.plan.cues[position] if self.plan and position is not None else None
        self.inspector.show_cue(cue)
        self.arc.set_selected(position)
        self.remove_button.setEnabled(cue is not None)
        self.landing_button.setEnabled(cue is not None)
        count = len(self.plan.cues) if self.plan else 0
        self.up_button.setEnabled(position is not None and position > 0)
        self.down_button.setEnabled(position is not None and position < count - 1)

    def select_cue(self, position: int) -> None:
        self.edits.selected = position
        self.table.selectRow(position)
        self._select(position)

    def _add_bed(self, stimulus_id: int) -> None:
        refusal = self.edits.add_bed(stimulus_id)
        if refusal:
            self.say(refusal)

    def say(self, message: str) -> None:
        tell(self, "tearconsole", message)

    def new_plan(self, name: str | None = None) -> None:
        plan_actions.new_plan(self, name)

    def rename_plan(self, name: str | None = None) -> None:
        plan_actions.rename_plan(self, name)

    def duplicate_plan(self) -> None:
        plan_actions.duplicate_plan(self)

    def delete_plan(self, confirm: bool = True) -> None:
        plan_actions.delete_plan(self, confirm)

    def export_plan(self, path: Path | None = None, include_private: bool = False) -> None:
        """Export the open plan (asking where, and about private notes, without ``path``)."""
        if self.plan is not None:
            transfer.export_in_background(self, self.plan, path, include_private)

    def import_plan(self, path: Path | None = None) -> None:
        transfer.import_in_background(self, path)

    def showEvent(self, event: QShowEvent) -> None:
        """The library and plans may have changed on other pages or the command line."""
        super().showEvent(event)
        self.reload_library()
        self.reload_plans()
        if self.plan is not None and self.plan.id is not None:
            fresh = plan_store.load_plan(self.db, self.plan.id)
            if fresh != self.plan:  # e.g. a stimulus's intensity changed in the library
                selected = self.edits.selected
                self.document.load(fresh)
                if selected is not None:
                    self.select_cue(min(selected, len(fresh.cues) - 1))

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Delete and self.table.hasFocus():
            self.edits.remove_selected()
            return
        super().keyPressEvent(event)
