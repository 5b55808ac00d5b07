"""The main window: a quiet sidebar of pages beside the page in use."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tearconsole import i18n
from tearconsole.settings import Settings
from tearconsole.storage.db import Database
from tearconsole.ui.history_page import HistoryPage
from tearconsole.ui.i18n import install_language
from tearconsole.ui.library_page import LibraryPage
from tearconsole.ui.live.page import LivePage
from tearconsole.ui.plan_editor import PlanEditorPage


class MainWindow(QMainWindow):
    shown = Signal()

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.setWindowTitle(self.tr("tearconsole"))
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
        brand = QLabel(self.tr("tearconsole"))
        brand.setObjectName("muted")
        self._nav_layout.addWidget(brand)
        self._nav_layout.addSpacing(12)
        self._nav_end = self._nav_layout.count()
        self._nav_layout.addStretch(1)

        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)  # each language named in itself
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        self.language.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self._nav_layout.addWidget(self.language)
        self._build_pages()

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._say_where_data_is()

    def _build_pages(self, live: LivePage | None = None) -> None:
        """The four pages; ``live`` keeps an existing Live page (and its room's screen)."""
        db = self.db
        self.library = LibraryPage(db)
        self.add_page("Library", self.tr("Library"), self.library)
        self.plans = PlanEditorPage(db)
        self.add_page("Plans", self.tr("Plans"), self.plans)
        self.history = HistoryPage(db)
        self.add_page("History", self.tr("History", "the page of past sessions"), self.history)
        if live is None:
            live = LivePage(db)
            live.console_opened.connect(self._lock_pages)
            live.console_closed.connect(self._lock_pages)
        self.live = live
        self.add_page("Live", self.tr("Live", "the page that runs a session"), self.live)

    def _say_where_data_is(self) -> None:
        self.statusBar().showMessage(
            self.tr("Data: {folder}").format(folder=self.db.paths.data_dir)
        )

    def _language_chosen(self, index: int) -> None:
        code = str(self.language.itemData(index))
        Settings.for_paths(self.db.paths).set(i18n.SETTING_KEY, code)
        QTimer.singleShot(0, lambda: self.retranslate(code))

    def retranslate(self, language: str) -> None:
        """Speak ``language`` from now on: the translators change and the pages are built
        again in it, on the page that was showing, with the same plan open, the same
        library search and selection and the same session in History. Everything is
        saved as it is made, so nothing is lost; while a console is open the choice waits
        (the language box is disabled then, see ``_lock_pages``). The Live page is kept as
        it is while the room's screen is up (the calm card after a session): the room must
        never see it close; it speaks the new language the next time the box is used."""
        if self.live.console is not None:
            return
        install_language(language)
        room_up = self.live.audience.isVisible()
        kept = self.live if room_up else None
        showing = self.pages.currentIndex()
        self.plans.inspector.flush()  # a field being typed in is saved first
        plan = self.plans.plan
        plan_id = plan.id if plan is not None else None
        search, chosen = self.library.filters.search.text(), self.library.selected_ids()
        session = self.history.selected()
        for button in list(self.nav_buttons.values()):
            self.nav_group.removeButton(button)
            button.deleteLater()
        self.nav_buttons.clear()
        self._nav_end -= self.pages.count()
        for page in [self.pages.widget(i) for i in range(self.pages.count())]:
            if page is not None:
                self.pages.removeWidget(page)
                if page is kept:
                    continue
                if isinstance(page, LivePage):
                    page.shutdown()  # its (hidden) room window and libVLC go with it
                page.deleteLater()
        self._build_pages(kept)
        if plan_id is not None:
            self.plans.reload_plans(select=plan_id)
        library = self.library
        library.filters.search.setText(search)  # what was looked for, and found
        library.filters.flush()

        def reselect() -> None:  # once the new page has read the library (later reads
            library.loaded.disconnect(reselect)  # keep whatever is selected)
            library.select(chosen)

        library.loaded.connect(reselect)
        if session is not None:
            self.history.select_session(session.id)
        self.pages.setCurrentIndex(showing)
        list(self.nav_buttons.values())[showing].setChecked(True)
        self._say_where_data_is()

    def add_page(self, name: str, label: str, page: QWidget) -> QPushButton:
        button = QPushButton(label)
        button.setObjectName("nav")
        button.setProperty("page", name)
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
                button.setToolTip(self.tr("Open after the session ends.") if running else "")
        self.language.setEnabled(self.live.console is None)
        self.language.setToolTip(
            self.tr("The language can be changed once the console is closed.")
            if self.live.console is not None
            else ""
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        """Mid-session the first close only asks, inline, for a second one."""
        console = self.live.console
        if console is not None and not console.may_close_window():
            event.ignore()
            return
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit()
