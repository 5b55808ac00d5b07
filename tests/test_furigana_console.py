"""The live console with a story with furigana: the teleprompter shows it, and the
Furigana check box shows or hides the readings in the room (and its preview),
remembered in the settings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tearconsole.settings import Settings
from tearconsole.storage.db import Database
from tearconsole.ui.audience.window import FURIGANA_KEY
from tearconsole.ui.live.page import LivePage
from tests.live_plans import Step, make_plan

STORY = (
    "　これは、私《わたし》が小さいときに、村の茂平《もへい》というおじいさんからきいたお話です。"
)


def test_the_furigana_box_shows_and_hides_the_rooms_readings(
    qtbot: QtBot, db: Database, live_page: LivePage
) -> None:
    plan = make_plan(db, "ごん狐の会", [Step("story", seconds=60, text=STORY)])
    console = live_page.open_plan(plan)
    assert console is not None
    console.window().activateWindow()
    console.setFocus()
    qtbot.keyClick(console, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: console.teleprompter.running, timeout=3000)
    layout = console.teleprompter.view.layout_
    assert layout is not None
    readings = [t for t, _, reading in layout.runs_in(0, layout.height) if reading]
    assert readings == ["わたし", "もへい"]
    assert console.teleprompter.view.toPlainText().startswith("　これは、私が小さいときに")

    assert console.furigana.isChecked()
    assert live_page.audience.scene_view.show_readings
    console.furigana.click()
    assert not live_page.audience.scene_view.show_readings
    assert not console.preview.scene_view.show_readings
    assert Settings(db.paths.settings_path).get(FURIGANA_KEY) is False
    console.furigana.click()
    assert live_page.audience.scene_view.show_readings and console.preview.scene_view.show_readings
