"""The audience window: where it goes (one screen, two screens, remembered), that it stays
hidden with one screen until asked, and that the room sees the calm card when anything
fails. Two screens need Qt's offscreen platform with a screen layout, set before Qt
starts: that part runs in a subprocess."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from tearconsole.core.conductor.view import Scene, SceneKind
from tearconsole.settings import TELEPROMPTER_PACE, Settings
from tearconsole.storage.db import Database
from tearconsole.ui.app import make_application
from tearconsole.ui.audience.placement import SETTINGS_KEY, choose_screen
from tearconsole.ui.audience.window import AudienceWindow
from tearconsole.ui.live.page import LivePage
from tests.live_plans import Step, make_plan
from tests.media import MediaFactory
from tests.two_screens import run_on_two_screens

TWO_SCREENS_SCRIPT = """
import json, sys
from tearconsole.core.checkin import StartInfo
from tearconsole.paths import AppPaths
from tearconsole.storage.db import Database
from tearconsole.ui.app import make_application
from tearconsole.ui.live.page import LivePage
from tests.live_plans import Step, make_plan

app = make_application()
db = Database.open(AppPaths.resolve(sys.argv[1]).ensure(), write=True)
card = Step("card", seconds=30, cue={"continue_mode": "go"})
plan = make_plan(db, "Two screens " + sys.argv[2], [card])
page = LivePage(db, ask_start=lambda *a: StartInfo())
page.show()
console = page.open_plan(plan)
window = page.audience
app.processEvents()
print(json.dumps({
    "screens": [s.name() for s in app.screens()],
    "visible": window.isVisible(),
    "full_screen": window.isFullScreen(),
    "screen": window.screen().name(),
    "geometry": list(window.geometry().getRect()),
    "frameless": bool(window.windowFlags() & window.windowFlags().FramelessWindowHint),
    "choice": console.screen_choice.currentText(),
}))
page.shutdown()
db.close()
"""


def _two_screens(tmp_path: Path, data: Path, tag: str) -> dict[str, Any]:
    return run_on_two_screens(TWO_SCREENS_SCRIPT, tmp_path, str(data), tag)


def test_with_two_screens_it_opens_full_screen_on_the_second(tmp_path: Path) -> None:
    data = tmp_path / "data"
    seen = _two_screens(tmp_path, data, "a")
    assert seen["screens"] == ["laptop", "projector"]
    assert seen["visible"] and seen["full_screen"] and seen["frameless"]
    assert seen["screen"] == "projector"
    assert seen["geometry"] == [1280, 0, 1920, 1080]
    assert seen["choice"] == "projector"
    # a screen chosen before is remembered (the names say nothing of which is the
    # laptop's: the room's window shows there, and the console goes to the other)
    Settings(data / "config" / "settings.json").set(SETTINGS_KEY, "laptop")
    seen = _two_screens(tmp_path, data, "b")
    assert seen["choice"] == "laptop" and seen["visible"] and seen["screen"] == "laptop"


def test_screen_choice_rules() -> None:
    assert choose_screen(["laptop"]) == choose_screen(["laptop"], "gone")
    assert not choose_screen(["laptop"]).show_at_start
    assert choose_screen(["laptop", "tv"]).index == 1
    assert choose_screen(["laptop", "tv"]).show_at_start
    assert choose_screen(["laptop", "tv", "projector"], "projector").index == 2
    assert choose_screen(["eDP-1", "HDMI-1"], "eDP-1").show_at_start is False
    assert choose_screen([]).show_at_start is False


def test_settings_survive_damage(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json", encoding="utf-8")
    settings = Settings(path)
    assert settings.get(SETTINGS_KEY) is None
    settings.set(SETTINGS_KEY, "tv")
    assert Settings(path).get(SETTINGS_KEY) == "tv"
    assert Settings(path).get(TELEPROMPTER_PACE) == 1.0


def test_with_one_screen_it_stays_hidden_until_asked(
    qtbot: QtBot, db: Database, live_page: LivePage
) -> None:
    assert len(QGuiApplication.screens()) == 1
    plan = make_plan(db, "One screen", [Step("card", seconds=30, cue={"continue_mode": "go"})])
    console = live_page.open_plan(plan)
    assert console is not None
    assert not live_page.audience.isVisible()
    assert console.audience_button.text().startswith("Show")
    console.window().activateWindow()
    console.setFocus()
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(console, Qt.Key.Key_A, keys)
    assert live_page.audience.isVisible() and live_page.audience.isFullScreen()
    assert live_page.audience.cursor().shape() is Qt.CursorShape.BlankCursor
    assert console.audience_button.text().startswith("Hide")
    qtbot.keyClick(console, Qt.Key.Key_Space)  # the console keeps its keys
    qtbot.waitUntil(lambda: live_page.audience.scene.kind is SceneKind.CARD, timeout=3000)
    qtbot.keyClick(console, Qt.Key.Key_A, keys)
    assert not live_page.audience.isVisible()


def test_a_failing_scene_shows_the_calm_card(qtbot: QtBot) -> None:
    make_application()
    window = AudienceWindow()
    qtbot.addWidget(window)

    def broken(_scene: Scene) -> None:
        window.scene_view.show_scene = original  # type: ignore[method-assign]
        raise RuntimeError("drawing failed")

    original = window.scene_view.show_scene
    window.scene_view.show_scene = broken  # type: ignore[method-assign]
    window.show_scene(Scene(SceneKind.CARD, "Welcome", "Welcome"))
    assert window.scene.kind is SceneKind.CALM
    assert window.scene_view.scene.kind is SceneKind.CALM
    window.close()
    assert window.isHidden()  # closing only hides it: the console decides when it goes


def test_a_missing_film_tells_the_facilitator_and_the_room_sees_calm(
    qtbot: QtBot, db: Database, live_page: LivePage, make_media: MediaFactory, tmp_path: Path
) -> None:
    plan = make_plan(
        db,
        "Missing",
        [Step("film", tmp_path / "gone.mp4", seconds=5, cue={"continue_mode": "go"})],
    )
    console = live_page.open_plan(plan)
    assert console is not None
    console.window().activateWindow()
    console.setFocus()
    qtbot.keyClick(console, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "missing" in console.notice.text(), timeout=5000)
    assert console.state.audience.kind is SceneKind.CALM
    assert console.preview.scene.kind is console.state.audience.kind
