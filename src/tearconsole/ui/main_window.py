"""The main window: a quiet sidebar of pages beside the page in use."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tearconsole.settings import Settings
from tearconsole.storage.db import Database
from tearconsole.ui.history_page import HistoryPage
from tearconsole.ui.library_page import LibraryPage
from tearconsole.ui.live.page import LivePage
from tearconsole.ui.plan_editor import PlanEditorPage

#: Where the window's size and place are remembered (Qt's saveGeometry, base64).
GEOMETRY_KEY = "window_geometry"


class MainWindow(QMainWindow):
    shown = Signal()

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.settings = Settings.for_paths(db.paths)  # one per window: pages share it
        self.setWindowTitle("tearconsole")
        self.resize(1200, 760)
        self.pages = QStackedWidget()
        self.nav_group = QButtonGroup(self)
        self.nav_group.setExclusive(True)
        self.nav_buttons: dict[str, QPushButton] = {}

        self.sidebar = QFrame()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(190)
        self._nav_layout = QVBoxLayout(self.sidebar)
        self._nav_layout.setContentsMargins(12, 20, 12, 16)
        self._nav_layout.setSpacing(4)
        brand = QLabel("tearconsole")
        brand.setObjectName("muted")
        self._nav_layout.addWidget(brand)
        self._nav_layout.addSpacing(12)
        self._nav_end = self._nav_layout.count()
        self._nav_layout.addStretch(1)

        self.library = LibraryPage(db)
        self.add_page("Library", self.library)
        self.add_page("Plans", PlanEditorPage(db))
        self.add_page("History", HistoryPage(db))
        self.live = LivePage(db, self.settings)
        self.add_page("Live", self.live)
        self.live.console_opened.connect(self._lock_pages)
        self.live.console_closed.connect(self._lock_pages)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(f"Data: {db.paths.data_dir}")

    def add_page(self, name: str, page: QWidget) -> QPushButton:
        button = QPushButton(name)
        button.setObjectName("nav")
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the page (GO!)
        index = self.pages.addWidget(page)
        button.clicked.connect(lambda: self.pages.setCurrentIndex(index))
        self.nav_group.addButton(button)
        self.nav_buttons[name] = button
        self._nav_layout.insertWidget(self._nav_end, button)
        self._nav_end += 1
        if index == 0:
            button.setChecked(True)
        return button

    def _lock_pages(self) -> None:
        """While a session runs for the room, the other pages (whose dialogs would be
        modal) wait; a rehearsal leaves them open."""
        running = self.live.live_session_running()
        for name, button in self.nav_buttons.items():
            if name != "Live":
                button.setEnabled(not running)
                button.setToolTip("Open after the session ends." if running else "")

    def show_as_remembered(self) -> None:
        """Show the window where it was last closed; maximised the first time (a laptop
        screen is rarely larger than the console needs)."""
        saved = self.settings.get(GEOMETRY_KEY)
        restored = isinstance(saved, str) and self.restoreGeometry(
            QByteArray.fromBase64(saved.encode("ascii"))
        )
        if restored:
            self.show()
        else:
            self.showMaximized()

    def remember_geometry(self) -> None:
        self.settings.set(GEOMETRY_KEY, bytes(self.saveGeometry().toBase64().data()).decode())

    def closeEvent(self, event: QCloseEvent) -> None:
        """Mid-session the first close only asks, inline, for a second one."""
        console = self.live.console
        if console is not None and not console.may_close_window():
            event.ignore()
            return
        self.remember_geometry()
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit()
