"""Under Xvfb: the History page in the real main window shows the selected session's
report, with its timeline drawn in the preview (pixels, not just text)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from tearconsole.paths import AppPaths
from tearconsole.reports import common
from tearconsole.storage.db import Database
from tearconsole.ui.app import make_application, open_window
from tearconsole.ui.history_page import HistoryPage
from tests.session_records import make_plan, make_session

pytestmark = pytest.mark.xvfb


def _share_near(image: QImage, colour: str, tolerance: int = 6) -> float:
    want = QColor(colour)
    hits = total = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            total += 1
            if (
                abs(pixel.red() - want.red()) <= tolerance
                and abs(pixel.green() - want.green()) <= tolerance
                and abs(pixel.blue() - want.blue()) <= tolerance
            ):
                hits += 1
    return hits / total


def test_history_page_draws_the_selected_sessions_timeline(qtbot: QtBot, paths: AppPaths) -> None:
    db = Database.open(paths, write=True)
    make_session(db, make_plan(db))
    db.close()
    make_application()
    window = open_window(paths)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    with qtbot.waitExposed(window):
        window.show()
    window.nav_buttons["History"].click()
    page = window.pages.currentWidget()
    assert isinstance(page, HistoryPage)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.preview.isVisible())
    page.preview.verticalScrollBar().setValue(250)  # down to the timeline
    image = page.preview.viewport().grab().toImage()
    # the preview's page is the app's dark panel (exports keep the light paper)
    assert _share_near(image, common.ON_DARK[common.PAGE]) > 0.3
    assert _share_near(image, common.PAGE) == 0.0
    assert _share_near(image, common.ACTUAL) > 0.003  # bars of what played
    assert _share_near(image, common.ON_DARK[common.PLANNED]) > 0.003  # and what was planned
    window.db.close()
