"""Every key answers visibly, and nothing typed is lost: the quick-note field keeps a note
(private with Enter, shareable with Shift+Enter) and says so where the eye is; Esc leaves
it with the text still there and never reaches the safe stop; Space in an empty field is
GO; a note not sent is handed over at the end (``take_unsent``). A flash lights up the
button a key acted on (Extend while holding showed nothing), and fades."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tearconsole.ui import theme
from tearconsole.ui.live.flash import Flash, flash, refused
from tearconsole.ui.live.note_field import NoteField


def _window(qtbot: QtBot) -> tuple[QWidget, NoteField, list[str]]:
    """A window with the note field and a safe stop on Esc, as the console has."""
    window = QWidget()
    qtbot.addWidget(window)
    field = NoteField()
    field.setPlaceholderText("Note (N)")
    layout = QVBoxLayout(window)
    layout.addWidget(field)
    stops: list[str] = []
    shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), window)
    shortcut.activated.connect(lambda: stops.append("safe stop"))
    window.show()
    qtbot.waitExposed(window)
    field.setFocus()
    return window, field, stops


def test_enter_keeps_a_private_note_and_says_so(qtbot: QtBot) -> None:
    window, field, _ = _window(qtbot)
    assert field.window() is window
    kept: list[tuple[str, bool]] = []
    field.kept.connect(lambda text, private: kept.append((text, private)))
    QTest.keyClicks(field, "  the tea urn is empty ")
    with qtbot.waitSignal(field.left):
        QTest.keyClick(field, Qt.Key.Key_Return)
    assert kept == [("the tea urn is empty", True)]
    assert field.text() == "" and field.saying() == "Kept as a private note."
    QTest.keyClicks(field, "a shared one")
    QTest.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert kept[-1] == ("a shared one", False)
    assert field.saying() == "Kept as a shareable note."
    qtbot.waitUntil(lambda: field.saying() == "Note (N)", timeout=3000)
    QTest.keyClick(field, Qt.Key.Key_Return)  # nothing typed: nothing kept
    assert len(kept) == 2


def test_esc_leaves_the_note_with_its_text_and_never_safe_stops(qtbot: QtBot) -> None:
    window, field, stops = _window(qtbot)
    assert field.window() is window
    QTest.keyClicks(field, "half a thought")
    with qtbot.waitSignal(field.left):
        QTest.keyClick(field, Qt.Key.Key_Escape)
    assert stops == []
    assert field.text() == "half a thought"
    # at the session's end the unsent note is handed over, not dropped
    assert field.take_unsent() == "half a thought"
    assert field.text() == "" and field.take_unsent() == ""


def test_space_in_an_empty_note_is_go(qtbot: QtBot) -> None:
    window, field, _ = _window(qtbot)
    assert field.window() is window
    with qtbot.waitSignal(field.go_pressed):
        QTest.keyClick(field, Qt.Key.Key_Space)
    gos: list[bool] = []
    field.go_pressed.connect(lambda: gos.append(True))
    QTest.keyClicks(field, "so ")  # a space inside a note is a space
    assert field.text() == "so " and gos == []


def _edge(widget: QWidget) -> QColor:
    image = widget.grab().toImage()
    return image.pixelColor(3, widget.height() // 2)


def test_a_flash_lights_the_button_up_and_fades(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    extend = QPushButton("Extend 30 s\nE")
    QVBoxLayout(window).addWidget(extend)
    window.resize(240, 120)
    window.show()
    qtbot.waitExposed(window)
    before = _edge(extend)
    shown = flash(extend, "+30 s")
    assert shown.isVisible() and shown.geometry() == extend.rect()
    lit = _edge(extend)
    accent = QColor(theme.ACCENT)
    assert abs(lit.green() - accent.green()) < abs(before.green() - accent.green())
    assert lit != before
    qtbot.waitUntil(lambda: not shown.isVisible(), timeout=3000)
    assert _edge(extend) == before
    # pressed again: the same highlight starts again (never a pile of them)
    again = flash(extend)
    assert again is shown and again.active()
    assert len(extend.findChildren(Flash)) == 1
    warned = refused(extend, "Nothing is held")
    assert warned.colour == QColor(theme.WARN) and warned.words == "Nothing is held"
