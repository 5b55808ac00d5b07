"""Choosing what to import, and the calm account of what happened to each file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
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

from tearconsole.i18n.words import kind_word
from tearconsole.ui import theme
from tearconsole.ui.plain import plain_label, plain_tip

if TYPE_CHECKING:  # the importer (over SQLAlchemy) is not needed to show the Library page
    from tearconsole.library.importer import ImportReport

PATTERNS = (
    "*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.mpg *.mpeg *.mp3 *.m4a *.aac *.flac *.ogg *.oga "
    "*.opus *.wav *.txt *.md *.zip *.png *.jpg *.jpeg *.gif *.webp *.bmp"
)

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(...) calls


def file_filter() -> str:
    return translate(
        "ImportDialog", "Films, music, stories and pictures ({patterns});;All files (*)"
    ).format(patterns=PATTERNS)


def outcome_word(outcome: str) -> str:
    words = {
        "imported": translate("ImportDialog", "Added"),
        "skipped": translate("ImportDialog", "Already there"),
        "failed": translate("ImportDialog", "Not added"),
    }
    return words.get(outcome, outcome)


def choose_files(parent: QWidget | None) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(
        parent, translate("ImportDialog", "Import files"), "", file_filter()
    )
    return [Path(n) for n in names]


def choose_folder(parent: QWidget | None, title: str | None = None) -> Path | None:
    name = QFileDialog.getExistingDirectory(
        parent, title or translate("ImportDialog", "Import a folder")
    )
    return Path(name) if name else None


class ImportReportDialog(QDialog):
    """Every file of an import with what became of it and why."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What was imported"))
        self.resize(820, 460)
        summary = plain_label(self.tr("{summary}.").format(summary=report.summary().capitalize()))
        items = sorted(
            report.items, key=lambda i: ("failed", "skipped", "imported").index(i.outcome)
        )
        self.table = QTableWidget(len(items), 3)
        self.table.setHorizontalHeaderLabels([self.tr("File"), "", self.tr("Why")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        for row, item in enumerate(items):
            # Beside "Added": what it became ("Added | Added as…" said it twice).
            why = item.said or self.tr("{kind} “{title}”", "what an import added").format(
                kind=kind_word(item.kind or ""), title=item.title
            )
            outcome = outcome_word(item.outcome)
            for column, text in enumerate((Path(item.path).name, outcome, why)):
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
