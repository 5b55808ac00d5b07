"""Every heading of the library table fits, with the sort arrow beside it ("Length" was
clipped), in English and in Japanese."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tearconsole.storage.db import Database
from tearconsole.ui.app import make_application
from tearconsole.ui.i18n import install_language
from tearconsole.ui.library_page import LibraryPage
from tearconsole.ui.tasks import SyncRunner


@pytest.mark.parametrize("language", ["en", "ja"])
def test_every_heading_fits(qtbot: QtBot, db: Database, vlc_instance: Any, language: str) -> None:
    make_application()  # the app's theme: its header padding
    install_language(language)
    try:
        page = LibraryPage(db, runner=SyncRunner(), make_vlc=lambda _headless: vlc_instance)
        qtbot.addWidget(page)
        page.resize(1366, 700)
        header = page.table.horizontalHeader()
        for column in range(1, page.model.columnCount()):
            page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
            assert header.sectionSize(column) >= header.sectionSizeFromContents(column).width()
    finally:
        install_language("en")
