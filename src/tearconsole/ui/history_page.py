"""The History page: every session, filtered; the selected one's report as a preview;
export to HTML, PDF or CSV (private notes only when ticked); check-in and check-out added
or corrected afterwards (logged in the session's record); delete, asking once.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tearconsole.core.records import SessionReport
from tearconsole.errors import UserError
from tearconsole.i18n import QT_TRANSLATE_NOOP
from tearconsole.reports import common
from tearconsole.reports.csv import cues_path, write_csv
from tearconsole.reports.html import QT_TIMELINE_WIDTH, write_html
from tearconsole.reports.pdf import report_document, write_pdf
from tearconsole.reports.timeline_svg import WIDTH
from tearconsole.storage import history
from tearconsole.storage.db import Database
from tearconsole.storage.history import SessionSummary
from tearconsole.ui.calm_widgets import CHECKBOX_STYLE
from tearconsole.ui.history_model import COLUMNS, HistoryModel, display
from tearconsole.ui.history_readings import ReadingsDialog
from tearconsole.ui.layouts import list_table, page_column
from tearconsole.ui.plain import plain, tell

MODES = (
    (QT_TRANSLATE_NOOP("HistoryPage", "All sessions"), None),
    (QT_TRANSLATE_NOOP("HistoryPage", "Live only"), "live"),
    (QT_TRANSLATE_NOOP("HistoryPage", "Rehearsals only"), "rehearsal"),
)
PERIODS = (
    (QT_TRANSLATE_NOOP("HistoryPage", "Any time"), None),
    (QT_TRANSLATE_NOOP("HistoryPage", "Last 7 days"), 7),
    (QT_TRANSLATE_NOOP("HistoryPage", "Last 30 days"), 30),
    (QT_TRANSLATE_NOOP("HistoryPage", "Last year"), 365),
)
EXPORT_FILTERS = {
    "html": QT_TRANSLATE_NOOP("HistoryPage", "Web page (*.html)"),
    "pdf": QT_TRANSLATE_NOOP("HistoryPage", "PDF document (*.pdf)"),
    "csv": QT_TRANSLATE_NOOP("HistoryPage", "Events and cues as CSV (*.csv)"),
}


class HistoryPage(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._shown_id: int | None = None
        self.model = HistoryModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)

        title = self._build_title()
        filters = self._build_filters()
        self.table = self._build_table()
        report = self._build_report()
        self.splitter = self._build_splitter(filters, report)
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(200)
        self._redraw.timeout.connect(self.show_selected)

        page_column(self, title, self.summary, (self.splitter, 1)).setSpacing(10)
        self.reload()

    # -- the screen's parts ------------------------------------------------------------
    def _build_title(self) -> QLabel:
        """The page's title; the count of sessions (``summary``) goes under it."""
        title = QLabel(self.tr("History"))
        title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        plain(self.summary)
        return title

    def _build_filters(self) -> QHBoxLayout:
        """Which sessions are listed: by mode, period and plan."""
        self.mode = QComboBox()
        self.mode.addItems([self.tr(label) for label, _ in MODES])
        self.period = QComboBox()
        self.period.addItems([self.tr(label) for label, _ in PERIODS])
        self.plan_filter = QLineEdit()
        self.plan_filter.setPlaceholderText(self.tr("Filter by plan"))
        self.plan_filter.setClearButtonEnabled(True)
        for signal in (
            self.mode.currentIndexChanged,
            self.period.currentIndexChanged,
            self.plan_filter.textChanged,
        ):
            signal.connect(self.reload)
        filters = QHBoxLayout()
        filters.addWidget(self.mode)
        filters.addWidget(self.period)
        filters.addWidget(self.plan_filter, 1)
        return filters

    def _build_table(self) -> QTableView:
        table = list_table(self.proxy, row_height=38)
        table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("Plan"), QHeaderView.ResizeMode.Stretch)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        return table

    def _build_report(self) -> QWidget:
        """The selected session's report, over its actions (export, delete, correct)."""
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Dark like the rest of the app (a bright page glares in a dim room); exported
        # files keep the light page, for paper.
        self.preview.setStyleSheet(
            f"QTextBrowser {{ background: {common.ON_DARK[common.PAGE]}; "
            f"color: {common.ON_DARK[common.INK]}; border-radius: 8px; }}"
        )
        self.empty = QLabel(self.tr("Choose a session to see its report."))
        self.empty.setObjectName("muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 8, 0, 0)
        right_layout.addWidget(self.empty, 1)
        right_layout.addWidget(self.preview, 1)
        right_layout.addLayout(self._build_actions())
        return right

    def _build_actions(self) -> QHBoxLayout:
        self.include_private = QCheckBox(self.tr("Include private notes"))
        self.include_private.setStyleSheet(CHECKBOX_STYLE)
        self.include_private.toggled.connect(self.show_selected)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self.export_selected)
        self.delete_button = QPushButton(self.tr("Delete session…"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.readings_button = QPushButton(self.tr("Check-in and check-out…"))
        self.readings_button.clicked.connect(self.correct_selected)
        actions = QHBoxLayout()
        actions.addWidget(self.include_private)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)
        actions.addWidget(self.readings_button)
        actions.addWidget(self.export_button)
        return actions

    def _build_splitter(self, filters: QHBoxLayout, report: QWidget) -> QSplitter:
        """The list above, the report below at full width (its timeline needs the room)."""
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(left)
        splitter.addWidget(report)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([260, 420])
        return splitter

    def showEvent(self, event: QShowEvent) -> None:
        """Fresh on every visit: a session may have ended since the page was last shown."""
        super().showEvent(event)
        self.reload()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._redraw.start()  # the timeline follows the preview's width, once resizing settles

    # -- listing ------------------------------------------------------------------------
    def reload(self) -> None:
        keep = self.selected()
        days = PERIODS[self.period.currentIndex()][1]
        since = datetime.now() - timedelta(days=days) if days else None
        rows = history.load_sessions(
            self.db,
            mode=MODES[self.mode.currentIndex()][1],
            plan_text=self.plan_filter.text(),
            since=since,
        )
        self.model.set_rows(rows)
        live = sum(1 for r in rows if r.mode == "live")
        # Each count with its own plural ("1 rehearsals" came of one plural for three).
        self.summary.setText(
            self.tr("{sessions} · {live} · {rehearsals}").format(
                sessions=self.tr("%n session(s)", "", len(rows)),
                live=self.tr("%n live", "", live),
                rehearsals=self.tr("%n rehearsal(s)", "", len(rows) - live),
            )
            if rows
            else self.tr("No sessions here yet. Run or rehearse a plan and it will appear here.")
        )
        if keep is not None:
            self.select_session(keep.id)
        self.show_selected()

    def select_session(self, session_id: int) -> bool:
        for row, item in enumerate(self.model.rows()):
            if item.id == session_id:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.table.selectRow(index.row())
                return True
        return False

    def _load_report(self, session_id: int) -> SessionReport:
        """The session's report, with private notes only when the box is ticked."""
        return history.load_session_report(
            self.db, session_id, include_private=self.include_private.isChecked()
        )

    def selected(self) -> SessionSummary | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.model.row(self.proxy.mapToSource(rows[0]).row())

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self.show_selected()

    # -- the report ---------------------------------------------------------------------
    def show_selected(self) -> None:
        item = self.selected()
        for widget in (self.export_button, self.delete_button, self.readings_button):
            widget.setEnabled(item is not None)
        self.preview.setVisible(item is not None)
        self.empty.setVisible(item is None)
        if item is None:
            self.preview.clear()
            return
        report = self._load_report(item.id)
        width = max(QT_TIMELINE_WIDTH, min(WIDTH, self.preview.viewport().width() - 48))
        scroll = self.preview.verticalScrollBar().value()
        document = report_document(report, self.devicePixelRatioF(), width, dark=True)
        document.setDocumentMargin(20)
        # The view lets go of the document it shows before that one is dropped here (it is
        # Python's: replaced first, it was deleted while the view still used it).
        self.preview.setDocument(document)
        self._document = document
        if item.id == self._shown_id:  # the same session again: keep the reader's place
            self.preview.verticalScrollBar().setValue(scroll)
        self._shown_id = item.id

    def export_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        name = self.tr("{plan} {date} report.pdf").format(
            plan=item.plan_name or self.tr("session"), date=f"{item.started_at:%Y-%m-%d}"
        )
        filters = {fmt: self.tr(words) for fmt, words in EXPORT_FILTERS.items()}
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the report"),
            str(Path.home() / name.replace("/", "-")),
            ";;".join(filters.values()),
            filters["pdf"],
        )
        if not path:
            return
        fmt = next((k for k, v in filters.items() if v == chosen), "pdf")
        target = Path(path)
        if target.suffix.lower() != f".{fmt}":
            target = target.with_name(target.name + f".{fmt}")
        self.export_to(target, fmt)

    def export_to(self, target: Path, fmt: str) -> bool:
        """Write the selected session's report; tells the facilitator if it could not."""
        item = self.selected()
        if item is None:
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = self._load_report(item.id)
            {"html": write_html, "csv": write_csv, "pdf": write_pdf}[fmt](report, target)
        except UserError as exc:
            tell(self, self.tr("Not exported"), str(exc))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        window = self.window()
        if isinstance(window, QMainWindow):
            saved = (
                self.tr("Saved {file} and, beside it, {cues}").format(
                    file=target, cues=cues_path(target).name
                )
                if fmt == "csv"
                else self.tr("Saved {file}").format(file=target)
            )
            window.statusBar().showMessage(saved, 8000)
        return True

    # -- check-in and check-out afterwards ------------------------------------------------
    def correct_selected(self) -> bool:
        """Add or correct the selected session's check-in and check-out; the change is
        logged in its record. True when something was changed."""
        item = self.selected()
        if item is None:
            return False
        facts = history.load_session_facts(self.db, item.id)
        entered = ReadingsDialog.ask(
            self,
            session_name=f"{item.plan_name} · {display(item, 'Date')}",
            checkin=facts.checkin,
            checkout=facts.checkout,
            group_size=facts.group_size,
        )
        if entered is None:
            return False
        try:
            changed = history.correct_session_readings(
                self.db, item.id, checkin=entered[0], checkout=entered[1]
            )
        except UserError as exc:
            tell(self, self.tr("Not saved"), str(exc))
            return False
        self.reload()
        window = self.window()
        if changed and isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                self.tr("Saved; the session's record shows the correction."), 8000
            )
        return bool(changed)

    # -- deleting -----------------------------------------------------------------------
    def confirm_delete(self, item: SessionSummary) -> bool:
        """Ask once; deleting cannot be undone."""
        answer = QMessageBox.question(
            self,
            self.tr("Delete this session?"),
            self.tr(
                "Delete the session ({mode}) of {plan} on {date}, with its timeline, check-in "
                "and check-out and notes? This cannot be undone."
            ).format(
                mode=display(item, "Mode"),
                plan=item.plan_name or self.tr("a deleted plan"),
                date=display(item, "Date"),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_selected(self) -> bool:
        item = self.selected()
        if item is None or not self.confirm_delete(item):
            return False
        try:
            history.remove_session(self.db, item.id)
        except UserError as exc:  # e.g. a full disk or a locked file: nothing was deleted
            tell(self, self.tr("Not deleted"), str(exc))
            return False
        self.table.clearSelection()
        self.reload()
        return True
