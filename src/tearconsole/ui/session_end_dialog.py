"""After a session: the closing reminder, the group size, an optional anonymous check-out
and a last note (private unless marked shareable). ``SessionEndDialog.ask(parent, ...)``.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tearconsole.core.checkin import EndInfo, closing_reminder
from tearconsole.ui.calm_widgets import CHECKBOX_STYLE, group_size_box, reminder
from tearconsole.ui.suds_input import SudsInput


class SessionEndDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, group_size: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("After the session"))
        self.setMinimumWidth(640)
        heading = QLabel(self.tr("The session has ended"))
        heading.setObjectName("pageTitle")
        self.group_size = group_size_box(group_size)
        self.checkout = SudsInput(checkout=True)
        self.checkout.set_group_size(self.group_size.value())
        self.group_size.valueChanged.connect(self.checkout.set_group_size)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Anything to remember for next time (optional)"))
        self.note.setFixedHeight(84)
        self.shareable = QCheckBox(self.tr("Shareable: include this note in reports"))
        self.shareable.setStyleSheet(CHECKBOX_STYLE)
        form = QFormLayout()
        form.setSpacing(10)
        form.addRow(self.tr("Group size"), self.group_size)
        form.addRow(self.tr("Check-out"), self.checkout)
        form.addRow(self.tr("Note"), self.note)
        form.addRow("", self.shareable)
        buttons = QDialogButtonBox()
        save = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setDefault(True)
        buttons.addButton(
            self.tr("Skip", "skip the check-out"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addWidget(reminder(closing_reminder()))
        layout.addLayout(form)
        layout.addWidget(buttons)

    def info(self) -> EndInfo:
        return EndInfo(
            group_size=self.group_size.value() or None,
            checkout=self.checkout.reading(),
            note=self.note.toPlainText().strip(),
            note_private=not self.shareable.isChecked(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, *, group_size: int | None = None) -> EndInfo | None:
        """Show the dialog; what was entered, or ``None`` if the facilitator skipped it."""
        dialog = cls(parent, group_size=group_size)
        return dialog.info() if dialog.exec() == QDialog.DialogCode.Accepted else None
