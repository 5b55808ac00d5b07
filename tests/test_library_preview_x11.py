"""The library's preview plays a film into its own small video area (real X11 pixels)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from tearconsole.storage.db import Database
from tearconsole.ui.library_page import LibraryPage
from tearconsole.ui.tasks import SyncRunner
from tests.media import MediaFactory


def _centre_colour(page: LibraryPage) -> QColor:
    video = page.preview.video
    corner = video.mapToGlobal(video.rect().center())
    image = page.screen().grabWindow(0, corner.x() - 5, corner.y() - 5, 10, 10).toImage()
    return image.pixelColor(5, 5)


@pytest.mark.xvfb
def test_preview_plays_a_film_into_the_page(
    qtbot: QtBot, db: Database, make_media: MediaFactory, tmp_path: Path
) -> None:
    from tearconsole.playback.vlcenv import make_instance

    film = tmp_path / "red.mp4"
    shutil.copyfile(make_media.film("x11-red.mp4", 6.0, colour="red"), film)
    instances: dict[bool, Any] = {}

    def make_vlc(headless: bool) -> Any:
        instances[headless] = make_instance(headless=headless)
        return instances[headless]

    page = LibraryPage(db, runner=SyncRunner(), make_vlc=make_vlc)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    page.import_paths([film])
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    page.table.selectRow(0)
    page.preview.play_button.click()
    player = page.preview.player
    assert player is not None
    qtbot.waitUntil(lambda: player.state.value == "playing", timeout=5_000)

    def red_on_screen() -> bool:
        colour = _centre_colour(page)
        return colour.red() > 180 and colour.green() < 80 and colour.blue() < 80

    assert page.preview.picture.isHidden()  # the red still is not what we see
    qtbot.waitUntil(red_on_screen, timeout=5_000)
    page.preview.play_button.click()
    qtbot.waitUntil(lambda: player.state.value == "stopped", timeout=5_000)
    assert page.preview.video.isHidden()
    page.release()
    for instance in instances.values():
        instance.release()
