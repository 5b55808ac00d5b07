"""After a session: the closing reminder, the group size, an optional anonymous check-out
and a last note (private unless marked shareable). ``SessionEndDialog.ask(parent, ...)``.

Esc is the facilitator's safe-stop reflex: here it never drops a check-out or a note
entered; it asks once (save, leave out, or go back to the form).
"""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from tearconsole.core.checkin import EndInfo, SudsReading, closing_reminder
from tearconsole.ui.calm_widgets import (
    CHECKBOX_STYLE,
    dialog_buttons,
    dialog_column,
    group_size_box,
    reminder,
)
from tearconsole.ui.suds_input import SudsInput


class SessionEndDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        group_size: int | None = None,
        phones: SudsReading | None = None,
    ) -> None:
        """``phones``: the participants' phones' check-out, shown beside the hand count
        (the Live page adds them together when it stores the check-out)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("After the session"))
        self.setMinimumWidth(640)
        self.keep_question: QMessageBox | None = None
        heading = QLabel(self.tr("The session has ended"))
        heading.setObjectName("pageTitle")
        self.group_size = group_size_box(group_size)
        self.checkout = SudsInput(checkout=True)
        self.checkout.set_group_size(self.group_size.value())
        self.checkout.set_phones(phones)
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
        buttons, _save = dialog_buttons(
            self, self.tr("Save"), self.tr("Skip", "skip the check-out")
        )
        dialog_column(self, heading, reminder(closing_reminder()), form, buttons)

    def entered(self) -> bool:
        """Whether leaving without saving would lose something typed or counted."""
        return self.checkout.reading() is not None or bool(self.note.toPlainText().strip())

    def reject(self) -> None:
        """Esc, Skip or the window's close: with something entered, ask once first."""
        if not self.entered():
            super().reject()
            return
        answer = self.ask_keep()
        if answer == QMessageBox.StandardButton.Save:
            self.accept()
        elif answer == QMessageBox.StandardButton.Discard:
            super().reject()
        # Cancel (or Esc again): back to the form, nothing lost

    def ask_keep(self) -> QMessageBox.StandardButton:
        """Save what was entered, leave it out, or go back (Esc and the default keep it)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Save the check-out?"),
            self.tr(
                "You entered a check-out or a note. Save it with the session, leave it out, "
                "or go back to the form?"
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Leave it out"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Back to the form"))
        for button in box.buttons():  # words only, as every button of the app
            button.setIcon(QIcon())
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        self.keep_question = box  # for tests that answer it
        return QMessageBox.StandardButton(box.exec())

    def info(self) -> EndInfo:
        return EndInfo(
            group_size=self.group_size.value() or None,
            checkout=self.checkout.reading(),
            note=self.note.toPlainText().strip(),
            note_private=not self.shareable.isChecked(),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        group_size: int | None = None,
        phones: SudsReading | None = None,
    ) -> EndInfo | None:
        """Show the dialog; what was entered, or ``None`` if the facilitator skipped it."""
        dialog = cls(parent, group_size=group_size, phones=phones)
        return dialog.info() if dialog.exec() == QDialog.DialogCode.Accepted else None
