"""The Library page: find, preview, edit, import (dialog or drag and drop), relink.

Layout only, plus wiring: the work is in ``tearconsole.library`` (plain, tested without a
window) and runs through ``ui.tasks.run_task`` so that importing and probing never
freeze the window; results come back on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tearconsole.core.kinds import StimulusKind
from tearconsole.i18n import current_language
from tearconsole.library.search import LibraryFilter, all_tags, search_text
from tearconsole.playback.player import Player
from tearconsole.settings import IMPORT_COPY, Settings
from tearconsole.storage import quick_reads
from tearconsole.storage.db import Database
from tearconsole.ui.import_dialog import choose_files, choose_folder
from tearconsole.ui.layouts import list_table, page_column
from tearconsole.ui.library_filters import FilterBar
from tearconsole.ui.library_import import ImportStrip
from tearconsole.ui.library_model import COLUMNS, LibraryModel
from tearconsole.ui.library_preview import LibraryPreview
from tearconsole.ui.library_sorting import TitleRanks, title_ranks
from tearconsole.ui.library_welcome import LibraryWelcome
from tearconsole.ui.tasks import Runner, Task, run_task

if TYPE_CHECKING:
    from tearconsole.ui.metadata_editor import MetadataEditor

# What reads and writes through SQLAlchemy (storage.stimuli, library.locate) is imported
# where it is used, after the first paint: the first screenful is read with sqlite3 alone
# (``Database.read``), so the window shows before SQLAlchemy's imports.

#: Rows read on the GUI thread when the page opens; the rest come from the background.
FIRST_SCREEN = 60
#: The longest the background work waits for the page's first paint.
PAINT_WAIT_MS = 1000

#: ``make_vlc(headless)`` -> a libVLC instance (``playback.vlcenv.make_instance``).
VlcFactory = Callable[[bool], Any]


def _default_vlc(headless: bool) -> Any:
    # libVLC: not for the window's first paint
    from tearconsole.platform.video_window import can_embed_video
    from tearconsole.playback.vlcenv import make_instance  # libVLC: as above

    if headless:
        return make_instance(headless=True)
    return make_instance(extra=[] if can_embed_video() else ["--vout=dummy"])


class LibraryPage(QWidget):
    #: The whole library is in the table (after opening, an import, an edit...).
    loaded = Signal()
    #: A page of the main window to go to, asked for by an empty library's first steps.
    go_to = Signal(str)
    #: The bundled demo is installed (its report), after a click on the empty library.
    demo_installed = Signal(object)

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        runner: Runner | None = None,
        make_vlc: VlcFactory | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = Settings.for_paths(db.paths)
        self.runner = runner
        self._make_vlc = make_vlc or _default_vlc
        self._owns_vlc = make_vlc is None  # instances handed in belong to the caller
        self._vlc: dict[bool, Any] = {}
        self._checked_files = False
        self._reloads = self._shown_reload = 0
        self.setAcceptDrops(True)
        app = QCoreApplication.instance()
        if app is not None:  # stop a preview and an import cleanly when the app quits
            app.aboutToQuit.connect(self.release)

        self.model = LibraryModel()
        heading = self._build_heading()
        self.filters = FilterBar()
        self.filters.changed.connect(self.apply_filter)
        self.table = self._build_table()
        self.preview = LibraryPreview(player_factory=self._make_player)
        self.splitter = self._build_splitter()
        self.importer = self._build_importer()
        self.welcome = self._build_welcome()
        self._lay_out(heading)
        self._show_first_screen()
        # After the first paint: the background read would otherwise share the GIL with it.
        self._painted = False
        self._after_paint: list[Callable[[], None]] = []
        QTimer.singleShot(0, self, lambda: self._when_painted(self.reload))
        QTimer.singleShot(0, self, lambda: self._when_painted(self.filters.add_clear_button))

    # -- the screen's parts ------------------------------------------------------------
    def _build_heading(self) -> QHBoxLayout:
        """The title and the count, with the relink, edit and import buttons beside them."""
        self.title = QLabel(self.tr("Library"))
        self.title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setMenu(self._build_import_menu())
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.relink_button = QPushButton(self.tr("Find missing files…"))
        self.relink_button.clicked.connect(self.relink)
        heading = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.summary)
        heading.addLayout(titles, 1)
        for button in (self.relink_button, self.edit_button, self.import_button):
            heading.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        return heading

    def _build_import_menu(self) -> QMenu:
        menu = QMenu(self.import_button)
        menu.addAction(self.tr("Files…"), self.import_files)
        menu.addAction(self.tr("A folder…"), self.import_folder)
        menu.addAction(self.tr("A new card of words…"), self.new_card)
        menu.addSeparator()
        self.copy_action = menu.addAction(self.tr("Keep a copy in tearconsole's data folder"))
        self.copy_action.setCheckable(True)
        self.copy_action.setToolTip(
            self.tr("For media on a USB stick or a network share: the plan then needs neither")
        )
        self.copy_action.setChecked(self.settings.get(IMPORT_COPY))
        self.copy_action.toggled.connect(self._copy_chosen)
        menu.addAction(self.tr("Copy the selected items in"), self.copy_selected_in)
        return menu

    def _build_table(self) -> QTableView:
        table = list_table(self.model, row_height=38)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The title gets the room; tags and status are glanced at, not read. Each is at
        # least as wide as its heading with the sort arrow beside it ("Length" was clipped).
        header.setSortIndicatorShown(True)
        for column, width in enumerate((0, 72, 72, 96, 120, 96)):
            if column:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                fits = header.sectionSizeFromContents(column).width()
                header.resizeSection(column, max(width, fits))
        table.selectionModel().selectionChanged.connect(self._on_selection)
        table.doubleClicked.connect(lambda _index: self.edit_selected())
        return table

    def _build_splitter(self) -> QSplitter:
        """The table, and the selected item's preview beside it."""
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([760, 300])
        return splitter

    def _build_importer(self) -> ImportStrip:
        importer = ImportStrip(self.db, self._import_tools, self.runner)
        importer.copy = self.copy_action.isChecked()
        importer.changed.connect(lambda ids: self.reload(select_ids=ids))
        importer.busy.connect(lambda busy: self.import_button.setEnabled(not busy))
        return importer

    def _build_welcome(self) -> LibraryWelcome:
        """What an empty library shows instead of the table: the demo and three first steps."""
        welcome = LibraryWelcome()
        welcome.install_demo.connect(self.install_demo)
        welcome.import_files.connect(self.import_files)
        welcome.go_to.connect(self.go_to)
        welcome.hide()
        return welcome

    def _lay_out(self, heading: QHBoxLayout) -> None:
        parts = (heading, self.filters, (self.splitter, 1), (self.welcome, 1), self.importer)
        page_column(self, *parts).setSpacing(12)

    def _show_first_screen(self) -> None:
        """The first screenful at once, the whole library (with the stories' text for
        search) from the background a moment later: the page never waits for 10,000."""
        with self.db.read() as conn:
            self._total = quick_reads.count(conn)
            first = quick_reads.read_rows(conn, self.db.roots, with_text=False, first=FIRST_SCREEN)
        self._set_rows(first, None)
        if self._total > len(first):
            self.summary.setText(self.tr("%n item(s) · loading…", "", self._total))

    # -- loading ---------------------------------------------------------------------
    def reload(self, select_ids: list[int] | None = None) -> None:
        """Read the library again in the background; the table updates when it is read."""
        self._reloads += 1
        token, language = self._reloads, current_language()
        run_task(
            lambda _control: _load(self.db, language),
            on_done=lambda loaded: self._loaded(token, loaded, select_ids),
            runner=self.runner,
            owner=self,
        )

    def _loaded(
        self,
        token: int,
        loaded: tuple[list[dict[str, Any]], list[str], TitleRanks],
        select_ids: list[int] | None,
    ) -> None:
        if token < self._shown_reload:
            return  # an older read finished after a newer one: keep the newer
        self._shown_reload = token
        rows, blobs, ranks = loaded
        self._set_rows(rows, blobs, select_ids, ranks)
        if not rows and not self.welcome.demo_plan:
            from tearconsole.demo import demo_plan_name  # the demo: only from the empty library

            self.welcome.set_demo_plan(demo_plan_name(current_language()))
        self.loaded.emit()

    def _set_rows(
        self,
        rows: list[dict[str, Any]],
        blobs: list[str] | None,
        select_ids: list[int] | None = None,
        ranks: TitleRanks | None = None,
    ) -> None:
        selected = select_ids if select_ids is not None else self.selected_ids()
        self.model.set_rows(rows, blobs, ranks)
        self.filters.set_tags(all_tags(rows))
        self._update_summary()
        self.select(selected)
        self.relink_button.setVisible(any(r["status"] == "missing" for r in rows))
        self.welcome.setVisible(not rows)
        for part in (self.splitter, self.filters, self.edit_button):
            part.setVisible(bool(rows))

    def _update_summary(self) -> None:
        rows = self.model.all_rows()
        counts: dict[str, int] = {}
        for row in rows:
            counts[row["kind"]] = counts.get(row["kind"], 0) + 1
        names = {
            "film": self.tr("film {count}", "library tally"),
            "music": self.tr("music {count}", "library tally"),
            "story": self.tr("story {count}", "library tally"),
            "card": self.tr("card {count}", "library tally"),
        }
        tally = self.tr(", ", "list separator").join(
            names[kind].format(count=counts[kind]) for kind in names if kind in counts
        )
        parts = [self.tr("%n item(s): {tally}", "", len(rows)).format(tally=tally)] if rows else []
        missing = sum(1 for r in rows if r["status"] == "missing")
        if missing:
            parts.append(self.tr("%n missing", "", missing))
        text = (
            " · ".join(parts)
            if parts
            else self.tr("Drop files anywhere on this page to import them.")
        )
        shown = self.model.rowCount()
        if rows and shown != len(rows):
            text = self.tr("{summary}  —  showing {shown}").format(summary=text, shown=shown)
        self.summary.setText(text)

    def _when_painted(self, work: Callable[[], None]) -> None:
        """Run ``work`` now, or, while the page is on its way to the screen, once it has
        been painted (at the latest after ``PAINT_WAIT_MS``): nothing competes with the
        first frame."""
        if not self.isVisible() or self._painted:
            work()
            return
        self._after_paint.append(work)
        if len(self._after_paint) == 1:
            QTimer.singleShot(PAINT_WAIT_MS, self, self._painted_now)

    def _painted_now(self) -> None:
        if self._painted:
            return
        self._painted = True
        handle = self.window().windowHandle()
        if handle is not None:
            handle.removeEventFilter(self)
        waiting, self._after_paint = self._after_paint, []
        for work in waiting:
            work()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted and self._on_screen():  # after this paint has reached it
            QTimer.singleShot(0, self, self._painted_now)

    def _on_screen(self) -> bool:
        """Whether the window system shows the window. Qt paints a new window once before
        it is mapped (its pixels wait in the backing store); the first frame reaches the
        screen only with the window's first expose, which flushes (or repaints) it."""
        handle = self.window().windowHandle()
        return handle is None or handle.isExposed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose and not self._painted and self._on_screen():
            QTimer.singleShot(0, self, self._painted_now)  # after the expose's flush
        return False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        handle = self.window().windowHandle()
        if not self._painted and handle is not None:
            handle.installEventFilter(self)
        if not self._checked_files:
            self._checked_files = True
            self._when_painted(self._check_files)

    def _check_files(self) -> None:
        def work(_control: object) -> Any:
            from tearconsole.library.locate import check_files  # when files are checked

            return check_files(self.db)

        run_task(
            work,
            on_done=lambda changes: (
                self.reload()
                if changes.now_missing or changes.found_again or changes.changed
                else None
            ),
            runner=self.runner,
            owner=self,
        )

    # -- finding -----------------------------------------------------------------------
    def apply_filter(self, wanted: LibraryFilter) -> None:
        self.model.set_filter(wanted)
        self._update_summary()

    def selected_rows(self) -> list[dict[str, Any]]:
        view_rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row(r) for r in view_rows]

    def selected_ids(self) -> list[int]:
        return [row["id"] for row in self.selected_rows()]

    def select(self, ids: list[int]) -> None:
        """Select these stimuli in one go (one selection change, not one per row)."""
        wanted = set(ids)
        view_rows = self.model.view_rows_of(wanted) if wanted else []
        chosen = QItemSelection()
        last = self.model.columnCount() - 1
        for view_row in view_rows:
            chosen.select(self.model.index(view_row, 0), self.model.index(view_row, last))
        self.table.selectionModel().select(chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _on_selection(self) -> None:
        rows = self.selected_rows()
        row = rows[0] if len(rows) == 1 else None
        shown = self.preview.row
        same = row is not None and shown is not None and row.get("id") == shown.get("id")
        if not (same and self.preview.is_playing()):  # a reload must not stop a preview
            self.preview.show_row(row)
        self.edit_button.setEnabled(bool(rows))
        self.edit_button.setText(
            self.tr("Edit %n…", "", len(rows)) if len(rows) > 1 else self.tr("Edit…")
        )

    # -- editing -----------------------------------------------------------------------
    def edit_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        from tearconsole.ui.metadata_editor import MetadataEditor  # the editor: when first opened

        if len(rows) == 1 and rows[0].get("kind") == StimulusKind.CARD.value:
            # its words as stored (the first screenful is read without them)
            from tearconsole.storage.stimuli import stimulus_text  # SQLAlchemy: when editing

            rows = [{**rows[0], "text": stimulus_text(self.db, rows[0]["id"])}]
        editor = MetadataEditor(rows, self)
        if editor.exec() == MetadataEditor.DialogCode.Accepted:
            self.save_changes([r["id"] for r in rows], editor)

    def new_card(self) -> int | None:
        """A card of the facilitator's own words (no picture): made when saved, and
        selected; its id, or None when cancelled."""
        from tearconsole.ui.metadata_editor import MetadataEditor  # the editor: when first opened

        editor = MetadataEditor.new_card(self)
        if editor.exec() != MetadataEditor.DialogCode.Accepted:
            return None
        from tearconsole.storage.stimuli import new_card  # SQLAlchemy: when saving

        made = new_card(self.db, editor.changes())
        self.reload(select_ids=[made])
        return made

    def save_changes(self, ids: list[int], editor: MetadataEditor) -> None:
        changes = editor.changes()
        if changes.is_empty():
            return
        # SQLAlchemy: not for the window's start
        from tearconsole.storage.stimuli import change_stimuli

        change_stimuli(self.db, ids, changes)
        self.reload(select_ids=ids)

    # -- importing -----------------------------------------------------------------------
    def import_files(self) -> None:
        self.import_paths(choose_files(self))

    def import_folder(self) -> None:
        folder = choose_folder(self)
        if folder is not None:
            self.import_paths([folder])

    def import_paths(self, paths: list[Path]) -> Task | None:
        """Import in the background (see ``ImportStrip``)."""
        return self.importer.import_paths(paths)

    def install_demo(self) -> Task:
        """Install the bundled demo (for the interface's language) in the background."""
        instance, language = self._instance(headless=True), current_language()

        def work(_control: object) -> Any:
            from tearconsole.demo import install_demo  # the demo: only from the empty library

            return install_demo(self.db, instance, language=language)

        def done(report: Any) -> None:
            self.reload()
            self.demo_installed.emit(report)

        return run_task(
            work,
            on_done=done,
            on_error=self._demo_failed,
            runner=self.runner,
            owner=self,
        )

    def _demo_failed(self, error: BaseException) -> None:
        from tearconsole.errors import UserError  # only when the demo fails

        reason = str(error) if isinstance(error, UserError) else ""
        self.welcome.demo_failed(
            reason or self.tr("The demo could not be installed ({reason}).").format(reason=error)
        )

    def _copy_chosen(self, on: bool) -> None:
        self.settings.set(IMPORT_COPY, on)
        self.importer.copy = on

    def copy_selected_in(self) -> Task | None:
        """Copy the selected items' media into the data folder (see ``library.copy_in``)."""
        return self.importer.copy_in(self.selected_ids())

    def relink(self) -> None:
        folder = choose_folder(self, self.tr("Where are the missing files now?"))
        if folder is not None:
            self.importer.relink_from(folder)

    def _import_tools(self) -> tuple[Any, Any]:
        from tearconsole.playback.probe import probe_file  # libVLC: when something is probed
        from tearconsole.playback.thumbnail import thumbnail_maker  # libVLC: as above

        instance = self._instance(headless=True)
        return partial(probe_file, instance), thumbnail_maker(instance, self.db.paths.thumbnail_dir)

    # -- drag and drop -------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_paths(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_paths(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -- libVLC --------------------------------------------------------------------------
    def _instance(self, headless: bool) -> Any:
        if headless not in self._vlc:
            self._vlc[headless] = self._make_vlc(headless)
        return self._vlc[headless]

    def _make_player(self) -> Player:
        return Player(self._instance(headless=False), self)

    def release(self) -> None:
        if not shiboken6.isValid(self):
            return
        self.preview.release()
        self.importer.cancel()
        if self._owns_vlc:
            for instance in self._vlc.values():
                instance.release()
        self._vlc.clear()


def _load(db: Database, language: str) -> tuple[list[dict[str, Any]], list[str], TitleRanks]:
    """Every row, its search text and its title's place (run in the background)."""
    # SQLAlchemy: not for the window's start
    from tearconsole.storage.stimuli import load_library_rows

    rows = load_library_rows(db)
    ranks = title_ranks((str(row["title"]) for row in rows), language)
    return rows, [search_text(row) for row in rows], ranks


def _local_paths(urls: list[QUrl]) -> list[Path]:
    return [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]


__all__ = ["COLUMNS", "LibraryPage"]
