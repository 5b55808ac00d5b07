"""Under Xvfb: the film's own frames appear in the audience window, darker after soften,
and the calm card after a safe stop (grabbed from the real X server)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from tearconsole.core.conductor.view import SceneKind
from tearconsole.core.ports import Layer
from tearconsole.storage.db import Database
from tearconsole.ui.audience.scene_view import BACKDROP, INK
from tearconsole.ui.audience.window import AudienceWindow
from tests.conftest import MakeLivePage
from tests.live_plans import Step, make_plan
from tests.media import MediaFactory


def _grab(window: AudienceWindow) -> QImage:
    return window.screen().grabWindow(window.winId()).toImage()


def _centre(window: AudienceWindow) -> QColor:
    image = _grab(window)
    return image.pixelColor(image.width() // 2, image.height() // 2)


def _near(colour: QColor, target: QColor, tolerance: int = 40) -> bool:
    return all(
        abs(a - b) <= tolerance
        for a, b in zip(colour.getRgb()[:3], target.getRgb()[:3], strict=True)
    )


def _calm_card_drawn(window: AudienceWindow) -> bool:
    """The backdrop everywhere at the edges and warm ink in the middle band: the calm card."""
    image = _grab(window).scaled(160, 100)
    edges = [image.pixelColor(x, 2) for x in range(0, 160, 8)]
    if not all(_near(c, BACKDROP, 12) for c in edges):
        return False
    ink = [image.pixelColor(x, y) for x in range(16, 144) for y in range(20, 80)]
    return any(c.lightness() > 0.45 * QColor(INK).lightness() for c in ink)


@pytest.mark.xvfb
def test_film_frames_then_darker_after_soften_then_calm_card(
    qtbot: QtBot, db: Database, make_live_page: MakeLivePage, make_media: MediaFactory
) -> None:
    film = make_media.film("audience-red.mp4", 12, colour="red")
    plan = make_plan(db, "Red film", [Step("film", film, seconds=12, cue={"continue_mode": "go"})])
    page = make_live_page(size=(1000, 700))
    # One screen under Xvfb: the facilitator shows the room's window before starting
    # (with two screens it opens by itself, before the first film is loaded).
    page.audience.show_full_screen()
    qtbot.waitExposed(page.audience)
    console = page.open_plan(plan)
    assert console is not None
    assert page.audience.isVisible()
    # With no window manager (Xvfb), X gives the keyboard to the window under the
    # pointer: the full-screen audience window. Its keys still drive the console.
    room = page.audience
    qtbot.keyClick(room, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _centre(page.audience).red() > 170, timeout=10_000)
    bright = _centre(page.audience)
    assert bright.green() < 90 and bright.blue() < 90  # the film's red, not a card
    assert page.audience.cursor().shape() is Qt.CursorShape.BlankCursor

    output = console.runner.output  # type: ignore[attr-defined]
    qtbot.keyClick(room, Qt.Key.Key_S)
    qtbot.keyClick(room, Qt.Key.Key_S)  # level 2: 60 % brightness
    seen: list[int] = []

    def darker() -> bool:
        seen.append(_centre(page.audience).red())
        return seen[-1] < 0.8 * bright.red()

    console.refresh()
    assert console.state.soften_level == 2
    assert console.state.audience.brightness == pytest.approx(0.6)
    qtbot.waitUntil(darker, timeout=10_000)
    assert (output.brightness(Layer.MAIN) or 1.0) < 1.0  # dimmed by libVLC, not by us

    qtbot.keyClick(room, Qt.Key.Key_Escape)
    assert console.state.audience.kind is SceneKind.CALM
    qtbot.waitUntil(lambda: _calm_card_drawn(page.audience), timeout=6000)
    assert _centre(page.audience).red() < 90  # no red film frame left
