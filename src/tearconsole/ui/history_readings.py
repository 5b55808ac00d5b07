"""Check-in and check-out added or corrected after a session, from the History page:
counted on paper, skipped in a hurry, or mistyped. ``ReadingsDialog.ask(parent, ...)``.

The page stores the change with ``storage.history.correct_readings``, which logs it in
the session's record beside what it replaced.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QWidget

from tearconsole.core.checkin import SudsReading
from tearconsole.ui.calm_widgets import dialog_buttons, dialog_column
from tearconsole.ui.plain import plain
from tearconsole.ui.suds_input import SudsInput

Readings = tuple[SudsReading | None, SudsReading | None]


class ReadingsDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        session_name: str = "",
        checkin: SudsReading | None = None,
        checkout: SudsReading | None = None,
        group_size: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check-in and check-out"))
        self.setMinimumWidth(640)
        heading = QLabel(session_name)
        heading.setObjectName("pageTitle")
        plain(heading)
        heading.setVisible(bool(session_name))
        words = QLabel(
            self.tr(
                "Add or correct what was counted at the start and at the end. The session's "
                "record keeps the change, with what it replaced."
            )
        )
        words.setObjectName("muted")
        words.setWordWrap(True)
        self.checkin = SudsInput(prompts=False)
        self.checkout = SudsInput(checkout=True, prompts=False)
        for suds, reading in ((self.checkin, checkin), (self.checkout, checkout)):
            suds.set_group_size(group_size)
            suds.set_reading(reading)
        form = QFormLayout()
        form.setSpacing(10)
        form.addRow(self.tr("Check-in"), self.checkin)
        form.addRow(self.tr("Check-out"), self.checkout)
        buttons, self.save_button = dialog_buttons(self, self.tr("Save"), self.tr("Cancel"))
        dialog_column(self, heading, words, form, buttons)

    def readings(self) -> Readings:
        return self.checkin.reading(), self.checkout.reading()

    @classmethod
    def ask(cls, parent: QWidget | None, **given: Any) -> Readings | None:
        """The readings as entered (``given``: the constructor's), or ``None`` if the
        facilitator cancelled."""
        dialog = cls(parent, **given)
        return dialog.readings() if dialog.exec() == QDialog.DialogCode.Accepted else None
