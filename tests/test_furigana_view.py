"""A Japanese story on screen: furigana drawn above the base text (not shown as 《》),
Japanese line breaks, and a font that has every character (ui.ruby_text, platform.fonts)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QRawFont
from pytestqt.qtbot import QtBot

from tearconsole.assets import demo_dir
from tearconsole.core.conductor.view import Scene, SceneKind
from tearconsole.core.linebreak import NO_LINE_START
from tearconsole.core.reading import manuscript_rate, offset_at, reading_marks
from tearconsole.core.ruby import parse_ruby, strip_ruby
from tearconsole.platform.fonts import japanese_family
from tearconsole.settings import Settings
from tearconsole.ui.audience.scene_view import SceneView
from tearconsole.ui.audience.window import AudienceWindow
from tearconsole.ui.live.teleprompter import PAPER, Teleprompter
from tearconsole.ui.ruby_text import RubyLayout
from tests.japanese_texts import aozora


def _inked(image: QImage, box: QRectF, paper: QColor) -> int:
    """How many pixels inside ``box`` differ clearly from the paper colour."""
    count = 0
    for y in range(max(0, int(box.top())), min(image.height(), int(box.bottom()))):
        for x in range(max(0, int(box.left())), min(image.width(), int(box.right()))):
            pixel = image.pixelColor(x, y)
            if abs(pixel.red() - paper.red()) + abs(pixel.green() - paper.green()) > 60:
                count += 1
    return count


def _teleprompter(qtbot: QtBot, text: str) -> Teleprompter:
    teleprompter = Teleprompter()
    qtbot.addWidget(teleprompter)
    teleprompter.resize(900, 620)
    teleprompter.show()
    teleprompter.set_story("ごん狐", text)
    return teleprompter


def test_the_teleprompter_draws_readings_above_their_kanji(qtbot: QtBot) -> None:
    body = aozora().body
    teleprompter = _teleprompter(qtbot, body)
    view = teleprompter.view
    layout = view.layout_
    assert layout is not None
    everything = layout.runs_in(0, layout.height)
    drawn = [text for text, _, _ in everything]
    assert not any(mark in text for text in drawn for mark in "《》｜")
    readings = [text for text, _, is_reading in everything if is_reading]
    assert readings == [run.reading for run in parse_ruby(body) if run.reading]
    assert "".join(text for text, _, is_reading in everything if not is_reading) == "".join(
        strip_ruby(body).split("\n")
    )
    # On screen: わたし sits just above 私 and its pixels are inked; above 小 (no
    # reading) on the same line the same band is bare paper.
    origin = view.text_origin()
    shown = layout.runs_in(-origin.y(), view.height() - origin.y())
    pairs = [(shown[i], shown[i + 1]) for i in range(len(shown) - 1) if shown[i + 1][2]]
    (base, base_box, _), (_, reading_box, _) = next(
        pair for pair in pairs if pair[1][0] == "わたし"
    )
    assert base == "私"
    assert reading_box.bottom() <= base_box.top() + base_box.height() * 0.2
    assert abs(reading_box.center().x() - base_box.center().x()) < 1.0
    image = view.grab().toImage()
    assert _inked(image, reading_box.translated(origin), PAPER) > 20
    line = next(line for line in layout.lines if any(p.reading == "わたし" for p in line.pieces))
    piece = next(p for p in line.pieces if p.text == "小")
    small = QRectF(piece.x, base_box.top(), piece.width, base_box.height())
    above_small = QRectF(reading_box)
    above_small.moveLeft(small.left())
    assert _inked(image, above_small.translated(origin), PAPER) == 0
    assert _inked(image, small.translated(origin), PAPER) > 20


def test_every_character_shown_is_in_the_chosen_font(qtbot: QtBot) -> None:
    """No missing-glyph boxes: the teleprompter's font has each character of the story
    and of its readings (fonts-noto-cjk, installed by scripts/setup.sh)."""
    body = aozora().body
    teleprompter = _teleprompter(qtbot, body)
    layout = teleprompter.view.layout_
    assert layout is not None
    assert japanese_family() is not None
    assert japanese_family() in layout.font.families()
    for font in (layout.font, layout.reading_font):
        raw = QRawFont.fromFont(font)
        assert raw.isValid()
        shown = {c for text, _, _ in layout.runs_in(0, layout.height) for c in text}
        missing = sorted(c for c in shown if not c.isspace() and not raw.supportsCharacter(ord(c)))
        assert missing == [], f"{raw.familyName()} lacks {missing}"


def test_the_rendered_lines_follow_kinsoku(qtbot: QtBot) -> None:
    teleprompter = _teleprompter(qtbot, aozora().body)
    layout = teleprompter.view.layout_
    assert layout is not None
    plain = strip_ruby(aozora().body)
    starts = [line.pieces[0] for line in layout.lines if line.pieces]
    wrapped = [piece for piece in starts if piece.start > 0 and plain[piece.start - 1] != "\n"]
    assert len(wrapped) > 100  # many lines are wrapped ones, not paragraph starts
    assert all(piece.text[0] not in NO_LINE_START for piece in wrapped)


def test_the_teleprompter_lingers_at_a_full_stop(qtbot: QtBot) -> None:
    teleprompter = _teleprompter(qtbot, "あいうえお。" + "かきくけこ" * 3)
    pacer = teleprompter.pacer
    positions = []
    for step in range(60):
        pacer.fraction = step / 59
        positions.append(pacer.offset)
    # The offset stays on the 。 (between 5 and 6) for longer than on any one kana.
    on_stop = sum(1 for p in positions if 5 <= p < 6)
    on_kana = sum(1 for p in positions if 1 <= p < 2)
    assert on_stop > 2 * on_kana > 0


def test_the_audience_can_hide_the_readings_and_remembers(qtbot: QtBot, tmp_path: Path) -> None:
    body = aozora().body
    settings = Settings(tmp_path / "settings.json")
    audience = AudienceWindow(settings)
    qtbot.addWidget(audience)
    audience.resize(1280, 720)
    view: SceneView = audience.scene_view
    view.resize(1280, 720)
    view.show_scene(Scene(SceneKind.STORY, title="ごん狐", text=body))
    view.grab()
    assert view.show_readings

    def readings(layout: RubyLayout) -> list[str]:
        return [text for text, _, is_reading in layout.runs_in(0, layout.height) if is_reading]

    shown = view.story_layout(body, 45, 1000)
    assert "わたし" in readings(shown)
    audience.set_show_readings(False)
    view.grab()
    hidden = view.story_layout(body, 45, 1000)
    assert readings(hidden) == []
    assert not any("《" in text for text, _, _ in hidden.runs_in(0, hidden.height))
    again = AudienceWindow(Settings(tmp_path / "settings.json"))
    qtbot.addWidget(again)
    assert not again.scene_view.show_readings


def test_the_room_sees_the_line_being_read(qtbot: QtBot) -> None:
    """Through the reading time, the audience shows the line the reader is on in the
    upper part of the story's area (not a linear scroll by height), inked."""
    body = aozora().body
    view = SceneView()
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show_scene(Scene(SceneKind.STORY, title="ごん狐", text=body))
    area_top, area_height = 720 * 0.27, 720 * (0.94 - 0.27)  # below the story's title
    for fraction in (0.2, 0.5, 0.8):
        view.set_story_fraction(fraction)
        image = view.grab().toImage()
        layout = view._story_layout
        assert layout is not None
        offset = offset_at(reading_marks(layout.plain), fraction)
        line = next(line for line in layout.lines if line.end > offset and line.pieces)
        end = layout.height - area_height
        scroll = min(max(0.0, layout.y_for_offset(offset) - area_height / 3), end)
        top = area_top + line.top - scroll
        # (a third of the way down, or a blank line or two below it at a chapter break)
        assert area_top <= top <= area_top + area_height * 0.75, (fraction, top)
        band = QRectF(0, top, 1280, line.height)
        assert _inked(image, band, QColor("#0c0d10")) > 100


def _ink_bands(image: QImage) -> int:
    """How many separate horizontal bands of text the image holds."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(grey.constBits())
    stride = grey.bytesPerLine()
    bands, inside = 0, False
    for y in range(grey.height()):
        inked = max(data[y * stride : y * stride + grey.width()]) > 60  # the paper is ~13
        if inked and not inside:
            bands += 1
        inside = inked
    return bands


@pytest.mark.parametrize("manifest", ["manifest.json", "manifest-ja.json"])
@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
def test_every_line_of_every_demo_card_is_shown(
    qtbot: QtBot, manifest: str, size: tuple[int, int]
) -> None:
    """Long cards (the closing card's care lines and phone numbers) shrink to fit
    rather than lose their last lines: a band of ink per line at least, and the title."""
    stimuli = json.loads((demo_dir() / manifest).read_text("utf-8"))["stimuli"]
    cards = [s for s in stimuli if s["kind"] == "card"]
    for card in cards:
        view = SceneView()
        qtbot.addWidget(view)
        view.resize(*size)
        view.show_scene(Scene(SceneKind.CARD, title=card["title"], text=card["text"]))
        lines = [line for line in card["text"].split("\n") if line.strip()]
        # (a long line may wrap into two bands; a clipped card has fewer)
        assert _ink_bands(view.grab().toImage()) >= len(lines) + 1, card["title"]


def _rate_shown(teleprompter: Teleprompter) -> int:
    match = re.search(r"about (\d+) characters a minute", teleprompter.status.text())
    assert match is not None, teleprompter.status.text()
    return int(match.group(1))


def test_the_status_line_gives_the_japanese_pace_in_characters(qtbot: QtBot) -> None:
    body = aozora().body
    teleprompter = _teleprompter(qtbot, body)
    assert abs(_rate_shown(teleprompter) - manuscript_rate(body)) <= 1  # 261: natural
    teleprompter.step_pace(-1)  # slower: x0.9
    assert abs(_rate_shown(teleprompter) - 0.9 * manuscript_rate(body)) <= 1
    english = _teleprompter(qtbot, "Once upon a time there was a fox.")
    assert "characters a minute" not in english.status.text()
