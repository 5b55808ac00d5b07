"""The main window opens on the demo library (offscreen platform, real database)."""

from __future__ import annotations

import os

import pytest
from pytestqt.qtbot import QtBot

from tearconsole.paths import AppPaths
from tearconsole.ui.app import make_application, open_window, prefer_x11_for_video
from tearconsole.ui.library_model import COLUMNS, LibraryModel


def test_window_opens_on_the_demo_library(qtbot: QtBot, demo_paths: AppPaths) -> None:
    make_application()
    window = open_window(demo_paths)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.shown):
        window.show()
    table = window.library.table
    model = table.model()
    assert model.rowCount() >= 8
    titles = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert "The Little Match Girl" in titles
    assert "story" in window.library.summary.text() and "film" in window.library.summary.text()
    assert window.nav_group.checkedButton().text() == "Library"
    window.db.close()


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
