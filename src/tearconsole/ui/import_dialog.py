"""Choosing what to import, and the calm account of what happened to each file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tearconsole.library.importer import ImportReport
from tearconsole.ui import theme
from tearconsole.ui.plain import plain_label, plain_tip

FILE_FILTER = (
    "Films, music, stories and pictures (*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.mpg *.mpeg "
    "*.mp3 *.m4a *.aac *.flac *.ogg *.oga *.opus *.wav *.txt *.md *.zip *.png *.jpg *.jpeg *.gif "
    "*.webp *.bmp);;All files (*)"
)
OUTCOME_WORDS = {"imported": "Added", "skipped": "Already there", "failed": "Not added"}


def choose_files(parent: QWidget | None) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(parent, "Import files", "", FILE_FILTER)
    return [Path(n) for n in names]


def choose_folder(parent: QWidget | None, title: str = "Import a folder") -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title)
    return Path(name) if name else None


class ImportReportDialog(QDialog):
    """Every file of an import with what became of it and why."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("What was imported")
        self.resize(820, 460)
        summary = plain_label(report.summary().capitalize() + ".")
        items = sorted(
            report.items, key=lambda i: ("failed", "skipped", "imported").index(i.outcome)
        )
        self.table = QTableWidget(len(items), 3)
        self.table.setHorizontalHeaderLabels(["File", "", "Why"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        for row, item in enumerate(items):
            why = item.reason or f"Added as a {item.kind}: “{item.title}”."
            for column, text in enumerate((Path(item.path).name, OUTCOME_WORDS[item.outcome], why)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(plain_tip(item.path if column == 0 else text))
                if item.outcome == "failed" and column == 1:
                    cell.setForeground(QColor(theme.WARN))
                self.table.setItem(row, column, cell)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
