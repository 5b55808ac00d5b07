"""Small widgets the session dialogs and the history page share."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QSpinBox

from tearconsole.ui.theme import ACCENT, MUTED, PANEL

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(...) calls

#: A checkbox whose box can be seen on the dark theme.
CHECKBOX_STYLE = f"""
QCheckBox {{ spacing: 10px; }}
QCheckBox::indicator {{ width: 18px; height: 18px; border: 1px solid {MUTED};
    border-radius: 4px; background: {PANEL}; }}
QCheckBox::indicator:checked {{ background: {ACCENT}; border-color: {ACCENT}; }}
QCheckBox::indicator:focus {{ border-color: {ACCENT}; }}
"""

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
    label.setWordWrap(True)
    label.setStyleSheet(
        f"QLabel#reminder {{ background: {PANEL}; border-left: 3px solid {ACCENT}; "
        "border-radius: 6px; padding: 12px 14px; }"
    )
    return label


def group_size_box(value: int | None) -> QSpinBox:
    """People in the room; 0 shows as "Not recorded"."""
    box = QSpinBox()
    box.setRange(0, 500)
    box.setSpecialValueText(translate("CalmWidgets", "Not recorded"))
    box.setValue(value or 0)
    box.setAccessibleName(translate("CalmWidgets", "Group size"))
    box.setStyleSheet(SPIN_STYLE)
    box.setMaximumWidth(160)
    return box
