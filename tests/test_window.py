"""The main window opens on the demo library (offscreen platform, real database)."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject
from pytestqt.qtbot import QtBot

from tearconsole.paths import AppPaths
from tearconsole.platform.display import prefer_x11_for_video
from tearconsole.storage.db import Database
from tearconsole.ui.app import make_application, open_window
from tearconsole.ui.history_page import HistoryPage
from tearconsole.ui.library_model import COLUMNS, LibraryModel
from tearconsole.ui.library_page import LibraryPage
from tearconsole.ui.live.page import LivePage
from tearconsole.ui.plan_editor import PlanEditorPage
from tearconsole.ui.tasks import SyncRunner, Task
from tests.conftest import ShowWindow
from tests.session_records import make_plan, make_session


def test_window_opens_on_the_demo_library(show_window: ShowWindow, demo_paths: AppPaths) -> None:
    window = show_window(demo_paths)
    table = window.library.table
    model = table.model()
    assert model.rowCount() >= 8
    titles = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert "The Little Match Girl" in titles
    assert "story" in window.library.summary.text() and "film" in window.library.summary.text()
    assert window.nav_group.checkedButton().text() == "Library"
    window.db.close()


def test_each_page_is_built_when_first_opened_and_shows_its_content(
    qtbot: QtBot, show_window: ShowWindow, demo_paths: AppPaths
) -> None:
    db = Database.open(demo_paths, write=True)
    make_session(db, make_plan(db, "Letters home"))
    db.close()
    window = show_window(demo_paths, (1280, 800))
    assert [name for name in window.nav_buttons if window.built(name)] == ["Library"]
    assert window.pages.count() == 1

    def opened(name: str) -> object:
        assert window.built(name) is None  # not built before it is opened
        window.nav_buttons[name].click()
        page = window.pages.currentWidget()
        assert window.built(name) is page and window.page(name) is page  # built once
        assert window.nav_buttons[name].isChecked()
        qtbot.waitUntil(page.isVisible)
        assert page.size() == window.pages.size()  # laid out over the whole page area
        return page

    plans = opened("Plans")
    assert isinstance(plans, PlanEditorPage)
    assert plans.plan is not None and plans.plan.name in ("First tears", "Letters home")
    assert plans.table.isVisible() and plans.model.rowCount() > 0
    assert plans.arc.isVisible() and plans.findings.count() > 0

    history = opened("History")
    assert isinstance(history, HistoryPage)
    assert history.table.isVisible() and history.table.model().rowCount() == 1
    row = [history.table.model().index(0, c).data() for c in range(10)]
    assert "Letters home" in row

    live = opened("Live")
    assert isinstance(live, LivePage)
    names = {live.plans.itemText(i) for i in range(live.plans.count())}
    assert {"First tears", "Letters home"} <= names
    assert live.start_button.isVisible() and live.start_button.isEnabled()

    window.nav_buttons["Library"].click()  # and back: the first page is the same one
    assert window.pages.currentWidget() is window.library and window.pages.count() == 4
    window.db.close()


def test_the_library_page_works_in_the_background_only_after_its_first_paint(
    qtbot: QtBot, demo_paths: AppPaths, vlc_instance: Any
) -> None:
    """Its full read and its file check would share the GIL with the first frame."""
    paints: list[int] = [0]
    paints_at_start: list[int] = []

    class CountPaints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                paints[0] += 1
            return False

    class Recording(SyncRunner):
        def start(self, task: Task) -> None:
            paints_at_start.append(paints[0])
            super().start(task)

    db = Database.open(demo_paths, write=True)
    page = LibraryPage(db, runner=Recording(), make_vlc=lambda _headless: vlc_instance)
    qtbot.addWidget(page)
    counter = CountPaints()
    page.installEventFilter(counter)
    assert page.model.rowCount() >= 8  # the first screenful is there before any paint
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()  # as the window does, before the event loop turns
    qtbot.waitUntil(lambda: len(paints_at_start) == 2)  # the full read and the file check
    assert all(count >= 1 for count in paints_at_start), paints_at_start
    page.release()
    db.close()


def test_library_model_sorts_length_by_number() -> None:
    rows = [
        {
            "title": "b",
            "kind": "music",
            "duration_s": 100.0,
            "intensity": 2,
            "tags": [],
            "status": "ok",
        },
        {
            "title": "a",
            "kind": "film",
            "duration_s": 9.0,
            "intensity": 5,
            "tags": ["x"],
            "status": "missing",
            "status_reason": "moved",
        },
    ]
    model = LibraryModel(rows)
    length = COLUMNS.index("Length")
    assert model.index(0, length).data() == "1:40"
    assert model.index(0, length).data(256) == 100.0  # UserRole sorts numerically
    assert model.index(1, COLUMNS.index("Status")).data() == "Missing"


def test_wayland_with_xwayland_prefers_x11_for_video(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    monkeypatch.setenv("DISPLAY", ":0")
    prefer_x11_for_video()
    assert os.environ["QT_QPA_PLATFORM"] == "xcb"
    monkeypatch.setenv("QT_QPA_PLATFORM", "wayland")  # an explicit choice wins
    prefer_x11_for_video()
    assert os.environ["QT_QPA_PLATFORM"] == "wayland"
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.delenv("DISPLAY")  # no XWayland: Qt chooses
    prefer_x11_for_video()
    assert "QT_QPA_PLATFORM" not in os.environ


def test_the_window_opens_maximised_first_then_where_it_was_left(
    qtbot: QtBot, paths: AppPaths
) -> None:
    """A first run fills the laptop's screen; after that the window comes back at the
    size the facilitator left it (remembered in the data folder's settings)."""
    make_application()
    first = open_window(paths)
    qtbot.addWidget(first)
    first.show_as_remembered()
    qtbot.waitUntil(first.isMaximized, timeout=3000)
    first.showNormal()
    least = first.minimumSizeHint()
    width, height = max(1100, least.width() + 20), max(700, least.height() + 20)
    first.setGeometry(40, 50, width, height)
    qtbot.waitUntil(lambda: (first.width(), first.height()) == (width, height), timeout=3000)
    first.close()  # no session: closes at once, remembering where it was
    first.db.close()

    again = open_window(paths)
    qtbot.addWidget(again)
    again.show_as_remembered()
    qtbot.waitExposed(again)
    assert not again.isMaximized()
    # Qt keeps a restored window on its screen (the offscreen one is 800 px wide, less
    # than the window's least width): the height is as it was left.
    assert again.height() == height
    again.db.close()


#: What a fresh process does up to the first frame (offscreen): the window and its
#: Library page with the first rows, and the resume check, then which modules are loaded.
FIRST_FRAME = """
import sys
from tearconsole.paths import AppPaths
from tearconsole.ui.app import make_application, open_window
make_application()
window = open_window(AppPaths.resolve(sys.argv[1]))
window.show()
rows = window.library.model.rowCount()
offered = window.offer_resume()
print(rows, offered, "sqlalchemy" in sys.modules)
window.db.close()
"""


def test_the_first_frame_has_the_library_rows_without_importing_sqlalchemy(
    demo_paths: AppPaths,
) -> None:
    """Start-up (docs/benchmarks.md): the checks at open and the first screenful read
    through sqlite3 alone; SQLAlchemy (~200 ms of imports) waits for the first paint."""
    done = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME, str(demo_paths.data_dir)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    rows, offered, loaded = done.stdout.split()
    assert int(rows) >= 8 and offered == "None"
    assert loaded == "False"
