"""The main window: a quiet sidebar of pages beside the page in use.

A page is built, and its module imported, when it is first opened: the window shows the
Library (the page a facilitator starts from) without paying for the plan editor, the
history and the live console. Everything that needs a page asks ``page(name)``, which
builds it if need be; ``built(name)`` answers without building.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

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

if TYPE_CHECKING:
    from tearconsole.ui.library_page import LibraryPage
    from tearconsole.ui.live.page import LivePage


def _library(window: MainWindow) -> QWidget:
    from tearconsole.ui.library_page import LibraryPage

    return LibraryPage(window.db)


def _plans(window: MainWindow) -> QWidget:
    from tearconsole.ui.plan_editor import PlanEditorPage

    return PlanEditorPage(window.db)


def _history(window: MainWindow) -> QWidget:
    from tearconsole.ui.history_page import HistoryPage

    return HistoryPage(window.db)


def _live(window: MainWindow) -> QWidget:
    from tearconsole.ui.live.page import LivePage

    return LivePage(window.db, window.settings)  # one Settings for the whole window


#: The pages in sidebar order, each with how to build it; the first is shown at start.
PAGES: dict[str, Callable[[MainWindow], QWidget]] = {
    "Library": _library,
    "Plans": _plans,
    "History": _history,
    "Live": _live,
}

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
        self._built: dict[str, QWidget] = {}
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
        for name in PAGES:
            self._nav_layout.addWidget(self._nav_button(name))
        self._nav_layout.addStretch(1)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(f"Data: {db.paths.data_dir}")
        self.show_page(next(iter(PAGES)))

    def _nav_button(self, name: str) -> QPushButton:
        button = QPushButton(name)
        button.setObjectName("nav")
        button.setProperty("page", name)
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the page (GO!)
        button.clicked.connect(lambda: self.show_page(name))
        self.nav_group.addButton(button)
        self.nav_buttons[name] = button
        return button

    # -- pages -------------------------------------------------------------------------
    def page(self, name: str) -> QWidget:
        """The page called ``name`` (see ``PAGES``), built now if it was not yet."""
        page = self._built.get(name)
        if page is None:
            page = PAGES[name](self)
            self._built[name] = page
            self.pages.addWidget(page)
            if name == "Live":
                live = cast("LivePage", page)
                live.console_opened.connect(self._lock_pages)
                live.console_closed.connect(self._lock_pages)
        return page

    def built(self, name: str) -> QWidget | None:
        """The page called ``name`` if it has been built, else None (nothing is built)."""
        return self._built.get(name)

    def show_page(self, name: str) -> QWidget:
        page = self.page(name)
        self.pages.setCurrentWidget(page)
        self.nav_buttons[name].setChecked(True)
        return page

    @property
    def library(self) -> LibraryPage:
        return cast("LibraryPage", self.page("Library"))

    @property
    def live(self) -> LivePage:
        return cast("LivePage", self.page("Live"))

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

    def offer_resume(self) -> LivePage | None:
        """At start: offer the newest interrupted session; picked up, it waits paused on
        the Live page (returned). Asked before anything else, over the first page."""
        from tearconsole.ui.live.resume import offer_resume

        session_id = offer_resume(self, self.db)
        if session_id is None:
            return None
        live = cast("LivePage", self.show_page("Live"))
        live.resume_session(session_id)
        return live

    def closeEvent(self, event: QCloseEvent) -> None:
        """Mid-session the first close only asks, inline, for a second one."""
        live = cast("LivePage | None", self.built("Live"))
        console = live.console if live is not None else None
        if console is not None and not console.may_close_window():
            event.ignore()
            return
        self.remember_geometry()
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit()
