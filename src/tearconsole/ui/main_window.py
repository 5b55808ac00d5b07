"""The main window: a quiet sidebar of pages beside the page in use.

A page is built, and its module imported, when it is first opened: the window shows the
Library (the page a facilitator starts from) without paying for the plan editor, the
history and the live console. Everything that needs a page asks ``page(name)``, which
builds it if need be; ``built(name)`` answers without building.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QShowEvent
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
from tearconsole.i18n import QT_TRANSLATE_NOOP
from tearconsole.settings import LANGUAGE, WINDOW_GEOMETRY, Settings
from tearconsole.storage.db import Database
from tearconsole.ui.audience.screens import (
    ScreenKeeper,
    laptop_screen,
    room_screen,
    shares_picture,
    show_maximised_on,
)
from tearconsole.ui.audience.shared_screen import SharedScreenNotice
from tearconsole.ui.i18n import install_language

if TYPE_CHECKING:
    from tearconsole.ui.library_page import LibraryPage
    from tearconsole.ui.live.page import LivePage


def _library(window: MainWindow) -> QWidget:
    from tearconsole.ui.library_page import LibraryPage  # each page: built when first opened

    page = LibraryPage(window.db)
    page.go_to.connect(window.show_page)  # an empty library's first steps
    return page


def _plans(window: MainWindow) -> QWidget:
    from tearconsole.ui.plan_editor import PlanEditorPage  # each page: built when first opened

    return PlanEditorPage(window.db)


def _history(window: MainWindow) -> QWidget:
    from tearconsole.ui.history_page import HistoryPage  # each page: built when first opened

    return HistoryPage(window.db)


def _live(window: MainWindow) -> QWidget:
    from tearconsole.ui.live.page import LivePage  # each page: built when first opened

    return LivePage(window.db, window.settings)  # one Settings for the whole window


#: The sidebar's words for the pages (the keys stay English: code and tests use them).
LABELS = {
    "Library": QT_TRANSLATE_NOOP("MainWindow", "Library"),
    "Plans": QT_TRANSLATE_NOOP("MainWindow", "Plans"),
    "History": QT_TRANSLATE_NOOP("MainWindow", "History"),
    "Live": QT_TRANSLATE_NOOP("MainWindow", "Live"),
}

#: The pages in sidebar order, each with how to build it; the first is shown at start.
PAGES: dict[str, Callable[[MainWindow], QWidget]] = {
    "Library": _library,
    "Plans": _plans,
    "History": _history,
    "Live": _live,
}

#: Where the window's size and place are remembered (Qt's saveGeometry, base64).
GEOMETRY_KEY = WINDOW_GEOMETRY


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
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, language_name in i18n.LANGUAGES.items():
            self.language.addItem(language_name, code)  # each language named in itself
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        self.language.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self._nav_layout.addWidget(self.language)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._say_where_data_is()
        # Every dialog on the laptop's screen; the room's window in front of the console
        # when they share a screen, and the facilitator told so on the Live page.
        self.screen_keeper = ScreenKeeper(self, self.settings)
        self.shared_screen = SharedScreenNotice()
        self.statusBar().addPermanentWidget(self.shared_screen)
        self.screen_keeper.sharing_changed.connect(self._say_if_screen_shared)
        application = QGuiApplication.instance()
        if isinstance(application, QGuiApplication):
            application.screenAdded.connect(self._screens_changed)
            application.screenRemoved.connect(self._screens_changed)
        self.show_page(next(iter(PAGES)))

    def _nav_button(self, name: str) -> QPushButton:
        button = QPushButton(self.tr(LABELS[name]))
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
        self._say_if_screen_shared()
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
                button.setToolTip(self.tr("Open after the session ends.") if running else "")
        self.language.setEnabled(self.live.console is None)
        self.language.setToolTip(
            self.tr("The language can be changed once the console is closed.")
            if self.live.console is not None
            else ""
        )

    def show_as_remembered(self) -> None:
        """Show the window where it was last closed; maximised on the laptop's screen the
        first time (a laptop screen is rarely larger than the console needs), and when
        where it was is now the room's screen, or no screen at all."""
        saved = self.settings.get(GEOMETRY_KEY)
        restored = isinstance(saved, str) and self.restoreGeometry(
            QByteArray.fromBase64(saved.encode("ascii"))
        )
        laptop = laptop_screen(self.settings)
        if restored and not self._lands_on_room(laptop):
            self.show()
        elif laptop is not None:
            show_maximised_on(self, laptop)
        else:
            self.showMaximized()

    def _lands_on_room(self, laptop: object) -> bool:
        """Whether the restored place is off every screen, or on the room's (with the
        laptop's screen another one)."""
        where = QGuiApplication.screenAt(self.geometry().center())
        if where is None:
            return True
        room = room_screen(self.settings)
        return room is not None and laptop is not room and shares_picture(where, room)

    def _screens_changed(self) -> None:
        self.screen_keeper.check()
        self._say_if_screen_shared()

    def _say_if_screen_shared(self) -> None:
        """On the Live page, say when the room's screen is the console's own (one screen,
        or a mirrored projector) and offer the display settings."""
        room = room_screen(self.settings)
        laptop = laptop_screen(self.settings, room)
        shared = room is not None and laptop is not None and shares_picture(room, laptop)
        live = self.built("Live")
        on_live = live is not None and self.pages.currentWidget() is live
        self.shared_screen.setVisible(on_live and shared)

    def remember_geometry(self) -> None:
        self.settings.set(GEOMETRY_KEY, bytes(self.saveGeometry().toBase64().data()).decode())

    def offer_resume(self) -> LivePage | None:
        """At start: offer the newest interrupted session; picked up, it waits paused on
        the Live page (returned). Asked before anything else, over the first page.
        With every session finished (most starts) it costs one query and no imports."""
        from tearconsole.storage.quick_reads import any_unfinished  # only at start, once

        with self.db.read() as conn:
            if not any_unfinished(conn):
                return None
        from tearconsole.ui.live.resume import offer_resume  # only when a session was interrupted

        session_id = offer_resume(self, self.db)
        if session_id is None:
            return None
        live = cast("LivePage", self.show_page("Live"))
        live.resume_session(session_id)
        return live

    def open_live(self, plan: str | int, rehearsal: bool = False) -> LivePage:
        """Bring the Live page forward with ``plan`` standing by in its console."""
        live = cast("LivePage", self.show_page("Live"))
        live.open_plan(plan, rehearsal=rehearsal)
        return live

    # -- language ----------------------------------------------------------------------
    def _say_where_data_is(self) -> None:
        self.statusBar().showMessage(
            self.tr("Data: {folder}").format(folder=self.db.paths.data_dir)
        )

    def _language_chosen(self, index: int) -> None:
        code = str(self.language.itemData(index))
        self.settings.set(LANGUAGE, code)
        QTimer.singleShot(0, lambda: self.retranslate(code))

    def retranslate(self, language: str) -> None:
        """Speak ``language`` from now on: the translators change, the built pages are
        dropped and the one showing is built again in it, with the same plan open.
        Everything is saved as it is made, so nothing is lost; while a console is open
        the choice waits (the box is disabled). The Live page stays as it is while the
        room's screen is up (the calm card after a session): the room must never see it
        close; it speaks the new language the next time the box is used."""
        live = cast("LivePage | None", self.built("Live"))
        if live is not None and live.console is not None:
            return
        install_language(language)
        showing = next(n for n, p in self._built.items() if p is self.pages.currentWidget())
        plans = self.built("Plans")
        plan_id = None
        if plans is not None:
            plans.inspector.flush()  # type: ignore[attr-defined]
            plan = plans.plan  # type: ignore[attr-defined]
            plan_id = plan.id if plan is not None else None
        kept = live if live is not None and live.audience.isVisible() else None
        library = self.built("Library")
        search = library.filters.search.text() if library is not None else ""  # type: ignore[attr-defined]
        chosen = library.selected_ids() if library is not None else []  # type: ignore[attr-defined]
        history = self.built("History")
        session = history.selected() if history is not None else None  # type: ignore[attr-defined]
        for name, page in list(self._built.items()):
            if page is kept:
                continue
            self.pages.removeWidget(page)
            if name == "Live":
                cast("LivePage", page).shutdown()  # its (hidden) room window and libVLC
            page.deleteLater()
            del self._built[name]
        for name, button in self.nav_buttons.items():
            button.setText(self.tr(LABELS[name]))
        self._say_where_data_is()
        self.shared_screen.retranslate()
        self.show_page(showing)
        if plan_id is not None:
            cast("Any", self.page("Plans")).reload_plans(select=plan_id)
        if library is not None:
            new_library = cast("Any", self.page("Library"))
            new_library.filters.search.setText(search)
            new_library.filters.flush()

            def reselect() -> None:
                new_library.loaded.disconnect(reselect)
                new_library.select(chosen)

            new_library.loaded.connect(reselect)
        if session is not None:
            cast("Any", self.page("History")).select_session(session.id)
        self.show_page(showing)

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
