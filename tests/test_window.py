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
