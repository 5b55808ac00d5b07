"""The console and its dialogs stay on the laptop's screen and the room's window goes to
the room's, whatever order the system lists the screens in and at any scale (a laptop at
2x beside a 1x projector): the main window opens there (and comes back there when it was
last closed on the projector), the session's check-out dialog and a dialog larger than
the screen open there and fit it; with a mirrored projector the room's window waits to be
asked for and the Live page says why, with the way to the display settings. Screen
layouts need Qt's offscreen platform configured before Qt starts: subprocesses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from tearconsole.paths import AppPaths
from tearconsole.ui.audience.placement import choose_screen, laptop_index, room_index
from tearconsole.ui.audience.screens import room_window
from tearconsole.ui.audience.window import AudienceWindow
from tests.conftest import ShowWindow
from tests.two_screens import run_on_two_screens

SCRIPT = """
import json, sys
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox
from tearconsole.core.checkin import StartInfo
from tearconsole.paths import AppPaths
from tearconsole.ui.app import make_application, open_window
from tearconsole.ui.main_window import MainWindow
from tearconsole.ui.session_end_dialog import SessionEndDialog
from tests.live_plans import Step, make_plan

app = make_application()
paths = AppPaths.resolve(sys.argv[1]).ensure()
seen = {}

def screen_of(widget):  # where it shows (the offscreen platform's own idea of a
    # dialog's screen can lag behind its geometry when screens' scales differ)
    return QGuiApplication.screenAt(widget.frameGeometry().center())

def where(widget):
    return {"screen": screen_of(widget).name(), "rect": list(widget.frameGeometry().getRect())}

def inside(widget):
    return screen_of(widget).availableGeometry().contains(widget.frameGeometry())

window = open_window(paths)
if sys.argv[2] == "remembered-on-room":  # last closed on the room's screen
    room = [s for s in app.screens() if s.name() == sys.argv[3]][0]
    window.show()
    window.windowHandle().setScreen(room)
    window.setGeometry(room.geometry().adjusted(40, 40, -40, -40))
    app.processEvents()
    window.remember_geometry()
    window.close()
    window = MainWindow(window.db)
window.show_as_remembered()
app.processEvents()
seen["window"] = where(window)
seen["window_inside"] = inside(window)
seen["maximised"] = window.isMaximized()
page = window.live
page.ask_start = lambda *a: StartInfo(group_size=12)
window.show_page("Live")
plan = make_plan(window.db, "Screens", [Step("card", seconds=30, cue={"continue_mode": "go"})])
console = page.open_plan(plan)
app.processEvents()
seen["room_visible"] = page.audience.isVisible()
seen["room"] = page.audience.screen().name() if page.audience.isVisible() else None
seen["notice"] = window.shared_screen.isVisible()
checkout = SessionEndDialog(page, group_size=12)
checkout.open()
app.processEvents()
seen["checkout"] = where(checkout)
seen["checkout_inside"] = inside(checkout)
seen["checkout_centred"] = (
    checkout.frameGeometry().center() - window.frameGeometry().center()
).manhattanLength() <= 40
checkout.reject()
big = QDialog(window)
big.resize(4000, 3000)
big.show()
app.processEvents()
seen["big"] = where(big)
seen["big_inside"] = inside(big)
big.close()
box = QMessageBox(QMessageBox.Icon.Question, "tearconsole", "Really?", parent=page.audience)
box.show()
app.processEvents()
seen["box"] = where(box)
box.close()
page.shutdown()
window.db.close()
print(json.dumps(seen))
"""


GROWING = """
import json, sys
from PySide6.QtGui import QGuiApplication
from tearconsole.paths import AppPaths
from tearconsole.ui.app import make_application, open_window
from tearconsole.ui.i18n import install_language
from tearconsole.ui.session_end_dialog import SessionEndDialog

app = make_application()
install_language("ja")
window = open_window(AppPaths.resolve(sys.argv[1]).ensure())
window.show_as_remembered()
app.processEvents()
checkout = SessionEndDialog(window, group_size=12)
checkout.open()
app.processEvents()
before = checkout.frameGeometry()
checkout.checkout.how.setCurrentIndex(1)  # people per score: eleven boxes, wider
app.processEvents()
app.processEvents()
after = checkout.frameGeometry()
area = QGuiApplication.screenAt(after.center()).availableGeometry()
print(json.dumps({"grew": after.width() > before.width(), "inside": area.contains(after),
                  "rect": list(after.getRect())}))
window.db.close()
"""


def _screen(name: str, x: int, width: int, height: int, dpr: int = 1) -> dict[str, Any]:
    return {
        "name": name,
        "x": x,
        "y": 0,
        "width": width,
        "height": height,
        "logicalDpi": 96,
        "logicalBaseDpi": 96,
        "dpr": dpr,
    }


#: A laptop at 2x (1366x768 in Qt's pixels) and a 1920x1080 projector, in either order,
#: with the names X11 gives them; and the same with names that say nothing.
LAYOUTS = {
    "laptop-first-2x": [_screen("eDP-1", 0, 1366, 768, 2), _screen("HDMI-1", 1366, 1920, 1080)],
    "projector-first-2x": [
        _screen("HDMI-1", 0, 1920, 1080),
        _screen("eDP-1", 1920, 1366, 768, 2),
    ],
    "plain-names": [_screen("laptop", 0, 1280, 720), _screen("projector", 1280, 1920, 1080)],
}
LAPTOP = {"laptop-first-2x": "eDP-1", "projector-first-2x": "eDP-1", "plain-names": "laptop"}


def _run(tmp_path: Path, screens: list[dict[str, Any]], *args: str) -> dict[str, Any]:
    data = str(tmp_path / "data")
    return run_on_two_screens(SCRIPT, tmp_path, data, *args, screens={"screens": screens})


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_the_console_and_its_dialogs_stay_on_the_laptop(tmp_path: Path, layout: str) -> None:
    seen = _run(tmp_path, LAYOUTS[layout], "fresh")
    laptop = LAPTOP[layout]
    room = next(s["name"] for s in LAYOUTS[layout] if s["name"] != laptop)
    assert seen["window"]["screen"] == laptop and seen["window_inside"] and seen["maximised"]
    assert seen["room_visible"] and seen["room"] == room
    assert not seen["notice"]  # the room has a screen of its own
    assert seen["checkout"]["screen"] == laptop and seen["checkout_inside"]
    assert seen["checkout_centred"]  # over the console, as a dialog opens
    assert seen["big"]["screen"] == laptop and seen["big_inside"]
    # even a box that a window on the room's screen opens: never in front of the room
    assert seen["box"]["screen"] == laptop


@pytest.mark.parametrize("layout", ["projector-first-2x", "laptop-first-2x"])
def test_a_window_last_closed_on_the_projector_opens_on_the_laptop(
    tmp_path: Path, layout: str
) -> None:
    seen = _run(tmp_path, LAYOUTS[layout], "remembered-on-room", "HDMI-1")
    assert seen["window"]["screen"] == "eDP-1" and seen["window_inside"]


def test_with_a_mirrored_projector_the_room_waits_and_the_facilitator_is_told(
    tmp_path: Path,
) -> None:
    mirrored = [_screen("eDP-1", 0, 1366, 768), _screen("HDMI-1", 0, 1366, 768)]
    seen = _run(tmp_path, mirrored, "fresh")
    assert not seen["room_visible"]  # it would cover the console
    assert seen["notice"]
    assert seen["checkout_inside"] and seen["big_inside"]


def test_a_dialog_that_grows_stays_on_the_laptops_screen(tmp_path: Path) -> None:
    """People per score widened the check-out past the edge of a 1280x720 screen."""
    screens = [_screen("eDP-1", 0, 1280, 720), _screen("HDMI-1", 1280, 1920, 1080)]
    data = str(tmp_path / "data")
    seen = run_on_two_screens(GROWING, tmp_path, data, screens={"screens": screens})
    assert seen["grew"] and seen["inside"], seen


def test_which_screen_is_whose_by_name_in_any_order() -> None:
    assert room_index(["eDP-1", "HDMI-1"]) == 1
    assert room_index(["HDMI-1", "eDP-1"]) == 0
    assert room_index(["DP-2", "LVDS1", "HDMI-1"]) == 0
    assert laptop_index(["DP-2", "LVDS1", "HDMI-1"], 0) == 1
    assert laptop_index(["HDMI-1", "eDP-1"], 0) == 1
    assert room_index(["Built-in Retina Display", "LG HDR 4K"]) == 1
    # nothing in the names: the primary (first) is the laptop's, the room the second
    assert room_index(["laptop", "tv"]) == 1 and laptop_index(["laptop", "tv"], 1) == 0
    # chosen by the facilitator: the room's there, the console on another
    assert room_index(["HDMI-1", "eDP-1"], "HDMI-1") == 0
    assert laptop_index(["a", "b", "c"], 0) == 1
    # the laptop's own panel chosen for the room: they share it, nothing shows at start
    assert not choose_screen(["eDP-1", "HDMI-1"], "eDP-1").show_at_start
    assert choose_screen(["HDMI-1", "eDP-1"]).show_at_start
    assert laptop_index(["only"], 0) == 0


def test_on_one_screen_the_live_page_says_so_and_opens_the_display_settings(
    show_window: ShowWindow,
    paths: AppPaths,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tools = tmp_path / "bin"
    tools.mkdir()
    opened = tmp_path / "opened"
    tool = tools / "arandr"  # a desktop's display tool, as this machine has none
    tool.write_text(f'#!/bin/sh\necho "$@" > {opened}\n', encoding="utf-8")
    tool.chmod(0o755)
    monkeypatch.setenv("PATH", str(tools))
    window = show_window(paths)
    assert len(QGuiApplication.screens()) == 1
    assert not window.shared_screen.isVisible()  # the Library: nothing to say yet
    window.show_page("Live")
    notice = window.shared_screen
    assert notice.isVisible() and notice.link.isVisible()
    notice.link.linkActivated.emit("display")
    qtbot.waitUntil(opened.exists, timeout=5000)
    window.retranslate("ja")  # and it speaks the language chosen in the window
    try:
        assert notice.isVisible() and "会場" in notice.label.text()
    finally:
        window.retranslate("en")
    assert notice.label.text().startswith("One screen")
    window.show_page("History")
    assert not notice.isVisible()


def test_a_closed_room_window_does_not_hide_the_one_shown(
    show_window: ShowWindow, paths: AppPaths, qtbot: QtBot
) -> None:
    # An earlier page's room window, closed for good, lingers among the top-level widgets
    # until it is collected: the keeper must look at the one shown (it once looked at the
    # closed one, and never said the room's window shares the console's screen).
    lingering = [AudienceWindow() for _ in range(8)]  # (Qt lists them in no set order)
    for old in lingering:
        old.close_for_good()
    window = show_window(paths)
    window.show_page("Live")
    page = window.live
    try:
        page.toggle_room()
        qtbot.waitExposed(page.audience)
        assert room_window() is page.audience
        qtbot.waitUntil(lambda: window.screen_keeper.sharing, timeout=5000)
    finally:
        page.audience.hide()
        page.shutdown()
        for old in lingering:
            old.deleteLater()
