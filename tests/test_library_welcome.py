"""A first launch that leads: an empty library offers the demo (one click installs it)
and three first steps (import, build a plan, rehearse)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tearconsole.paths import AppPaths
from tearconsole.storage.plans import all_plans


def test_an_empty_library_leads_to_the_demo_and_first_steps(
    qtbot: QtBot, show_window: Any, tmp_path: Path
) -> None:
    window = show_window(AppPaths.resolve(tmp_path / "data"), size=(1366, 768))
    library = window.library
    qtbot.waitUntil(lambda: bool(library.welcome.demo_plan), timeout=10_000)
    welcome = library.welcome
    assert welcome.isVisible() and not library.table.isVisible()
    assert "First tears" in welcome.demo_line.text()
    for button in (welcome.import_button, welcome.plans_button, welcome.rehearse_button):
        assert button.isVisible() and button.isEnabled()

    qtbot.mouseClick(welcome.plans_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.page("Plans")
    window.show_page("Library")
    qtbot.mouseClick(welcome.rehearse_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.page("Live")
    window.show_page("Library")

    with (
        qtbot.waitSignal(library.loaded, timeout=60_000),
        qtbot.waitSignal(library.demo_installed, timeout=60_000) as installed,
    ):
        qtbot.mouseClick(welcome.demo_button, Qt.MouseButton.LeftButton)
        assert not welcome.demo_button.isEnabled()  # one click, not two installs
    assert installed.args[0].plan_created
    assert library.model.rowCount() == 11
    assert library.table.isVisible() and not welcome.isVisible()
    with window.db.session() as session:
        assert [plan.name for plan in all_plans(session)] == ["First tears"]
