"""Films drawn by the engine into a real X11 window, and dimmed live (runs under Xvfb)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tearconsole.core.ports import Layer, MediaRequest
from tearconsole.playback.engine import VlcOutput
from tests.media import MediaFactory


def _centre(widget: QWidget) -> QColor:
    screen = widget.screen()
    image = screen.grabWindow(widget.winId()).toImage()
    return image.pixelColor(image.width() // 2, image.height() // 2)


@pytest.mark.xvfb
def test_film_is_drawn_into_the_window_and_dimmed(
    qtbot: QtBot, vlc_instance: Any, make_media: MediaFactory
) -> None:
    surface = QWidget()
    surface.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
    surface.setStyleSheet("background: black")
    surface.resize(320, 240)
    surface.show()
    qtbot.waitExposed(surface)
    out = VlcOutput(vlc_instance)
    out.set_video_window(int(surface.winId()))
    film = MediaRequest(1, str(make_media.film("red.mp4", 6, colour="red")), has_video=True)
    try:
        out.start(Layer.MAIN, film, 0.0)
        qtbot.waitUntil(lambda: _centre(surface).red() > 180, timeout=8000)
        bright = _centre(surface)
        assert bright.green() < 90 and bright.blue() < 90  # the film, not a blank window
        out.set_master(0.0, 0.4, 0.2)
        qtbot.waitUntil(lambda: _centre(surface).red() < 0.7 * bright.red(), timeout=5000)
        out.set_master(0.0, 1.0, 0.2)
        qtbot.waitUntil(lambda: _centre(surface).red() > 0.9 * bright.red(), timeout=5000)
    finally:
        out.shutdown()
        surface.close()
