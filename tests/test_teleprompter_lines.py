"""A teleprompter to read from: in the live console maximised at 1366x768 the story shows
at least six whole lines at a readable size (about 19 px and up), its furigana at least
60 % of the base text, and neither the teleprompter nor the room's story view ever draws
a line cut at an edge while the text scrolls (a reading half out at the top was seen on
the projector)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFontInfo, QImage
from pytestqt.qtbot import QtBot

from tearconsole.core.conductor.table import Action
from tearconsole.core.conductor.view import Scene, SceneKind
from tearconsole.core.ruby import strip_ruby
from tearconsole.ui.audience.scene_view import BACKDROP, SceneView
from tearconsole.ui.live.console import LiveConsole
from tearconsole.ui.live.teleprompter import StoryView
from tearconsole.ui.main_window import MainWindow
from tearconsole.ui.ruby_text import RubyLayout
from tests import test_console_layout
from tests.japanese_texts import aozora
from tests.test_console_layout import _open, _past_go_guard

#: The console's main window in English and in Japanese (a fixture).
window = test_console_layout.window
READABLE_PX = 18  # the smallest base text read aloud from at arm's length
LINES = 6
ENGLISH = (
    "It was terribly cold; it snowed, and it was nearly quite dark, and evening, the last "
    "evening of the year. In this cold and darkness there went along the street a poor "
    "little girl, bareheaded, and with naked feet.\n"
) * 30


def _reading_a_story(window: MainWindow, qtbot: QtBot, width: int, height: int) -> LiveConsole:
    console = _open(window, qtbot, width, height)
    while not any(row.kind == "story" for row in console.state.running_rows):
        _past_go_guard(console, qtbot)
        console.handle(Action.GO)
    qtbot.waitUntil(lambda: console.teleprompter.running, timeout=5000)
    console.refresh()
    return console


def _pixels(layout: RubyLayout) -> tuple[float, float]:
    return QFontInfo(layout.font).pixelSize(), QFontInfo(layout.reading_font).pixelSize()


def _never_cut(layout: RubyLayout, top: float, bottom: float) -> list[str]:
    """Every run drawn between ``top`` and ``bottom`` (layout coordinates) that crosses
    either edge: its base text or its reading would show cut."""
    cut = []
    for line in layout.shown_lines(top, bottom):
        for text, box, _ in layout.line_runs(line):
            ink = QRectF(box)
            if ink.top() < top - 0.5 or ink.bottom() > bottom + 0.5:
                cut.append(f"{text!r} at {ink.top():.0f}..{ink.bottom():.0f}")
    return cut


def _fewest_lines(view: StoryView, text: str) -> int:
    """The fewest whole lines ``view`` shows anywhere in the first part of ``text``."""
    fewest = 10**6
    for step in range(0, 600, 5):
        view.set_offset(step * 0.7)
        fewest = min(fewest, view.lines_shown())
    return fewest


@pytest.mark.parametrize("story", ["english", "japanese"])
def test_a_panel_of_height_for_lines_shows_six_readable_lines(qtbot: QtBot, story: str) -> None:
    """In the width the console gives it at 1366x768 (614 px), a panel as high as
    ``height_for_lines()`` shows six whole lines wherever the reading is, the text at a
    readable size and the furigana at 60 % of it."""
    text = aozora().body if story == "japanese" else ENGLISH
    view = StoryView()
    qtbot.addWidget(view)
    view.set_text(text, muted=False)
    view.resize(614, view.height_for_lines(LINES))
    view.show()
    layout = view.layout_
    assert layout is not None
    base, reading = _pixels(layout)
    assert base >= READABLE_PX, base
    if story == "japanese":
        assert layout.plain != layout.text and reading >= 0.6 * base - 0.5, (reading, base)
    assert _fewest_lines(view, text) >= LINES
    assert view.height() <= 320  # within reach of a 768-pixel-high screen's console


def test_the_console_gives_the_teleprompter_six_lines_at_1366x768(
    window: MainWindow, qtbot: QtBot
) -> None:
    console = _reading_a_story(window, qtbot, 1366, 768)
    view = console.teleprompter.view
    assert view.height() >= view.height_for_lines(LINES), view.height()


def test_the_teleprompter_never_shows_a_line_cut_while_it_scrolls(qtbot: QtBot) -> None:
    view = StoryView()
    qtbot.addWidget(view)
    view.resize(640, 260)
    view.show()
    body = aozora().body
    view.set_text(body, muted=False)
    layout = view.layout_
    assert layout is not None
    clip = QRectF(view.rect()).adjusted(2, 2, -2, -2)
    length = len(strip_ruby(body))
    for step in range(0, 400, 7):  # a smooth scroll through the first part of the story
        view.set_offset(step * 0.37)
        origin = view.text_origin()
        top, bottom = clip.top() - origin.y(), clip.bottom() - origin.y()
        assert _never_cut(layout, top, bottom) == [], step
        assert view.lines_shown() >= 3
    assert length > 400


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768), (1280, 720)])
def test_the_rooms_story_never_shows_a_reading_cut(qtbot: QtBot, size: tuple[int, int]) -> None:
    view = SceneView()
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    body = aozora().body
    view.show_scene(Scene(SceneKind.STORY, title="ごん狐", text=body))
    for step in range(0, 60):
        view.set_story_fraction(step / 400)  # scrolling through the opening
        layout, origin, area = view.story_shown(body)
        top, bottom = area.top() - origin.y(), area.bottom() - origin.y()
        assert _never_cut(layout, top, bottom) == [], step
        assert len(layout.shown_lines(top, bottom)) >= 3
    # And on the screen: between the title and the story's area nothing of the story is
    # drawn, even mid-scroll (where a cut reading used to show).
    image: QImage = view.grab().toImage()
    band = view.story_area()
    y = int(band.top()) - 2
    inked = [
        x
        for x in range(int(band.left()), int(band.right()))
        if _differs(image.pixelColor(x, y), BACKDROP)
    ]
    assert inked == []
    _, reading = _pixels(layout)
    assert reading >= 0.6 * _pixels(layout)[0] - 0.5


def _differs(pixel: QColor, paper: QColor) -> bool:
    return abs(pixel.red() - paper.red()) + abs(pixel.green() - paper.green()) > 40
