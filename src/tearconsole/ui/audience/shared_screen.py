"""The notice that the room would see the console: one screen, or a mirrored projector.

Shown to the facilitator on the laptop (never on the room's screen), in one line of the
status bar, with a link to the system's display settings, where the desktop can be
extended so that the room gets a screen of its own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from tearconsole.ui.audience.display_settings import (
    can_open_display_settings,
    open_display_settings,
)


class SharedScreenNotice(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sharedScreenNotice")
        self.label = QLabel()
        # It shrinks before it widens the window (the whole sentence is in the tooltip),
        # and leaves the status bar's message on the left its room.
        self.label.setMinimumWidth(80)
        self.label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.link = QLabel()
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.link.setVisible(can_open_display_settings())
        self.link.linkActivated.connect(self.open_settings)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.link)
        self.retranslate()

    def retranslate(self) -> None:
        """Say it in the language now chosen."""
        self.label.setText(self.tr("One screen, or mirrored: the room would see the console."))
        self.label.setToolTip(
            self.tr(
                "The room's window, when up, covers the console on this screen. Extend the "
                "desktop (not mirror it) to give the room a screen of its own."
            )
        )
        words = self.tr("Extend the desktop…")
        self.link.setText(f'<a href="display">{words}</a>')
        self.link.setToolTip(self.tr("Open the system's display settings"))

    def open_settings(self) -> None:
        if not open_display_settings():
            self.label.setText(self.tr("Extend the desktop in the system's display settings."))
