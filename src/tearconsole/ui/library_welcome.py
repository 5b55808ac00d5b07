"""What an empty library shows: the demo, one click away, and three first steps.

A first launch on an empty data folder should lead somewhere: install the bundled demo
(its stories, music, film, cards and plan) and see the whole flow, or start with your
own: import, build a plan, rehearse it. The panel only lays this out and says what was
asked (``install_demo``, ``import_files``, ``go_to``); the Library page does it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from tearconsole.ui import theme


class LibraryWelcome(QFrame):
    install_demo = Signal()
    import_files = Signal()
    #: A page of the main window to go to ("Plans", "Live").
    go_to = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: The demo plan's name, set once known (reading it needs the demo's manifest).
        self.demo_plan = ""
        self.setObjectName("welcome")
        heading = QLabel(self.tr("Your library is empty"))
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.demo_line = QLabel()
        self.demo_line.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Install the demo"))
        self.demo_button.setStyleSheet(  # the one thing to press first
            f"QPushButton {{ background: {theme.GO}; color: #eef2ee; font-weight: 600; }}"
            f"QPushButton:disabled {{ background: {theme.RAISED}; color: {theme.MUTED}; }}"
        )
        self.demo_button.clicked.connect(self._demo_clicked)
        self.demo_status = QLabel()
        self.demo_status.setObjectName("muted")
        self.demo_status.setWordWrap(True)
        self.demo_status.hide()

        steps_heading = QLabel(self.tr("Or start with your own, in three steps"))
        steps_heading.setStyleSheet("font-weight: 600;")
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.clicked.connect(self.import_files.emit)
        self.plans_button = QPushButton(self.tr("Open Plans"))
        self.plans_button.clicked.connect(lambda: self.go_to.emit("Plans"))
        self.rehearse_button = QPushButton(self.tr("Open Live"))
        self.rehearse_button.clicked.connect(lambda: self.go_to.emit("Live"))
        steps = (
            (
                self.tr("1. Import"),
                self.tr("Bring in your films, music, stories (text files) and card pictures, "
                        "or drop them on this page."),
                self.import_button,
            ),
            (
                self.tr("2. Build a plan"),
                self.tr("Put them in order with pauses, a content notice and a closing card; "
                        "preflight says what to look at."),
                self.plans_button,
            ),
            (
                self.tr("3. Rehearse"),
                self.tr("Run the plan through once at your own pace, without the room's "
                        "screen, and compare its timings with the plan."),
                self.rehearse_button,
            ),
        )  # fmt: skip
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(1, 1)
        for row, (title, text, button) in enumerate(steps):
            name = QLabel(title)
            name.setStyleSheet("font-weight: 600;")
            words = QLabel(text)
            words.setWordWrap(True)
            words.setObjectName("muted")
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(words, row, 1)
            grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.demo_line)
        layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.demo_status)
        layout.addSpacing(18)
        layout.addWidget(steps_heading)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.setMaximumWidth(900)

    def set_demo_plan(self, name: str) -> None:
        self.demo_plan = name
        self.demo_line.setText(
            self.tr(
                "See the whole flow first: the demo plan “{plan}” comes with its stories, "
                "music, a short film and the cards around them."
            ).format(plan=name)
        )

    def _demo_clicked(self) -> None:
        self.demo_button.setEnabled(False)
        self.demo_status.setText(self.tr("Installing the demo…"))
        self.demo_status.show()
        self.install_demo.emit()

    def demo_failed(self, reason: str) -> None:
        """Say why the demo could not be installed, and let it be tried again."""
        self.demo_button.setEnabled(True)
        self.demo_status.setText(reason)
        self.demo_status.show()
