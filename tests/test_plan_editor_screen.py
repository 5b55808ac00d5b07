"""The Plans page on a real X server: the demo plan's arc is drawn where it should be."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tearconsole.paths import AppPaths
from tearconsole.ui import theme
from tearconsole.ui.plan_editor import PlanEditorPage
from tests.conftest import ShowWindow


@pytest.mark.xvfb
def test_the_demo_arc_shows_its_two_intense_stories(
    qtbot: QtBot, show_window: ShowWindow, demo_paths: AppPaths
) -> None:
    window = show_window(demo_paths, (1280, 800))
    page = window.page("Plans")
    assert (
        isinstance(page, PlanEditorPage)
        and page.plan is not None
        and page.plan.name == "First tears"
    )
    window.nav_buttons["Plans"].click()
    qtbot.waitUntil(lambda: page.arc.isVisible() and page.arc.height() > 100)
    image = page.arc.grab().toImage()
    amber = {theme.WARN.lower()}
    middle = image.height() * 2 // 3
    runs, inside = 0, False
    for x in range(image.width()):
        hit = image.pixelColor(x, middle).name() in amber
        runs += hit and not inside
        inside = hit
    assert runs == 2  # The Happy Prince and The Little Match Girl, apart
    assert page.findings.item(0).text().endswith("nothing to fix.")
    window.db.close()
