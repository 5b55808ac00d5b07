"""Small widgets the session dialogs and the history page share."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QPushButton,
    QSpinBox,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from tearconsole.ui.theme import ACCENT, CHECKBOX_RULES, PANEL

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(...) calls

#: A checkbox whose box can be seen on the dark theme, ticked when checked (the theme's).
CHECKBOX_STYLE = CHECKBOX_RULES

#: Number fields typed into (arrows keys and the wheel still step them): the theme's
#: padding leaves Fusion's spin buttons too small to use, and hides the digits with none.
SPIN_STYLE = """
QSpinBox::up-button, QSpinBox::down-button, QDoubleSpinBox::up-button,
QDoubleSpinBox::down-button { width: 0px; border: none; }
"""


def reminder(text: str) -> QLabel:
    """A calm, framed paragraph for what the facilitator should say aloud."""
    label = QLabel(text)
    label.setObjectName("reminder")
    label.setTextFormat(Qt.TextFormat.PlainText)  # may quote the plan's own words
    label.setWordWrap(True)
    label.setStyleSheet(
        f"QLabel#reminder {{ background: {PANEL}; border-left: 3px solid {ACCENT}; "
        "border-radius: 6px; padding: 12px 14px; }"
    )
    return label


class CountBox(QSpinBox):
    """A whole number and nothing else: typed or pasted letters are refused, never
    quietly dropped (Qt's own box drops a refused key without a word: "abc-5x12" typed
    became 51)."""

    refusal = ""  # what the last refused key was told, if any

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A letter or sign typed is refused out loud ("numbers only"), not swallowed."""
        typed = event.text()
        if typed and typed.isprintable() and not typed.isdigit():
            self.refusal = QCoreApplication.translate("CountBox", "Numbers only")
            QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), self.refusal, self)
            event.accept()
            return
        super().keyPressEvent(event)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        bare = text.strip()
        if bare and bare != self.specialValueText() and not bare.isdigit():
            return (QValidator.State.Invalid, text, pos)
        return super().validate(text, pos)


def group_size_box(value: int | None) -> QSpinBox:
    """People in the room; 0 shows as "Not recorded"."""
    box = CountBox()
    box.setRange(0, 500)
    box.setSpecialValueText(translate("CalmWidgets", "Not recorded"))
    box.setValue(value or 0)
    box.setAccessibleName(translate("CalmWidgets", "Group size"))
    box.setStyleSheet(SPIN_STYLE)
    box.setMaximumWidth(160)
    return box


def dialog_buttons(
    dialog: QDialog, accept: str, reject: str
) -> tuple[QDialogButtonBox, QPushButton]:
    """A session dialog's two buttons, in words: ``accept`` (the default) and ``reject``."""
    buttons = QDialogButtonBox()
    default = buttons.addButton(accept, QDialogButtonBox.ButtonRole.AcceptRole)
    default.setDefault(True)
    buttons.addButton(reject, QDialogButtonBox.ButtonRole.RejectRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, default


def dialog_column(dialog: QDialog, *parts: QWidget | QLayout) -> QVBoxLayout:
    """A session dialog's one column, with the app's margins and spacing: ``parts``."""
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(24, 20, 24, 20)
    layout.setSpacing(14)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    return layout
