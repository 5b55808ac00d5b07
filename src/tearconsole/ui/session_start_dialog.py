"""Before a session: the content notice and the right to step out, the group size and an
optional anonymous check-in, and, when the sound would not go to a chosen output, that
sentence with the way to the Room check. ``SessionStartDialog.ask(parent, ...)`` is the
whole API.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tearconsole.core.checkin import StartInfo, opening_reminder
from tearconsole.ui.calm_widgets import CHECKBOX_STYLE, group_size_box, reminder
from tearconsole.ui.plain import plain
from tearconsole.ui.suds_input import SudsInput
from tearconsole.ui.theme import WARN


class SessionStartDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        plan_name: str = "",
        content_notes: Sequence[str] = (),
        rehearsal: bool = False,
        group_size: int | None = None,
        sound_problem: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Before you begin"))
        self.setMinimumWidth(640)
        heading = QLabel(
            (self.tr("Rehearsing {plan}") if rehearsal else self.tr("Starting {plan}"))
            .format(plan=plan_name)
            .strip()
        )
        heading.setObjectName("pageTitle")
        plain(heading)
        self.reminder = reminder(opening_reminder(list(content_notes)))
        # e.g. no sound output: said here too, the last look before the room
        self.sound_problem = QLabel(sound_problem)
        self.sound_problem.setStyleSheet(f"color: {WARN};")
        self.sound_problem.setWordWrap(True)
        plain(self.sound_problem)
        self.sound_problem.setVisible(bool(sound_problem))
        self.room_check_wanted = False
        self.room_check_button = QPushButton(self.tr("Room check…"))
        self.room_check_button.setToolTip(self.tr("Choose the sound output and hear it first"))
        self.room_check_button.clicked.connect(self._to_room_check)
        self.room_check_button.setVisible(bool(sound_problem))
        self.room_check_button.setAutoDefault(False)  # Enter starts, whatever has focus
        sound_row = QHBoxLayout()
        sound_row.addWidget(self.sound_problem, 1)
        sound_row.addWidget(self.room_check_button)
        self.group_size = group_size_box(group_size)
        self.checkin = SudsInput()
        self.checkin.set_group_size(self.group_size.value())
        self.group_size.valueChanged.connect(self.checkin.set_group_size)
        form = QFormLayout()
        form.setSpacing(10)
        form.addRow(self.tr("Group size"), self.group_size)
        form.addRow(self.tr("Check-in"), self.checkin)
        # Off by default: the room's phones join anonymously, for this session only.
        self.participants = QCheckBox(
            self.tr("Participants' phones for this session (anonymous counts only)")
        )
        self.participants.setStyleSheet(CHECKBOX_STYLE)
        self.participants.setToolTip(
            self.tr(
                "A QR code and a room code on the welcome and closing cards: each person may "
                "give a check-in and a check-out score and ask for softer or a short break, "
                "without a name. The session keeps the counts only."
            )
        )
        form.addRow("", self.participants)
        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton(
            self.tr("Start rehearsal") if rehearsal else self.tr("Start session"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.start_button.setDefault(True)
        buttons.addButton(self.tr("Not yet"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addLayout(sound_row)
        layout.addWidget(self.reminder)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.group_size.setFocus()  # the first thing to answer (not the Room check's button)

    def _to_room_check(self) -> None:
        self.room_check_wanted = True
        self.reject()

    def info(self) -> StartInfo:
        return StartInfo(
            group_size=self.group_size.value() or None,
            checkin=self.checkin.reading(),
            participants=self.participants.isChecked(),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        plan_name: str = "",
        content_notes: Sequence[str] = (),
        rehearsal: bool = False,
        group_size: int | None = None,
        sound_problem: str = "",
        on_room_check: Callable[[], object] | None = None,
    ) -> StartInfo | None:
        """Show the dialog; what was entered, or ``None`` if the facilitator is not ready
        (``on_room_check`` is called, after it closed, when they chose the Room check)."""
        dialog = cls(
            parent,
            plan_name=plan_name,
            content_notes=content_notes,
            rehearsal=rehearsal,
            group_size=group_size,
            sound_problem=sound_problem,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.info()
        if dialog.room_check_wanted and on_room_check is not None:
            on_room_check()
        return None
