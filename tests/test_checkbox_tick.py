"""A checked checkbox shows a tick on the dark theme, not a filled square alone."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QCheckBox, QStyle, QStyleOptionButton
from pytestqt.qtbot import QtBot

from tearconsole.ui.calm_widgets import CHECKBOX_STYLE
from tearconsole.ui.theme import ACCENT


def _indicator_colours(box: QCheckBox) -> tuple[int, int]:
    """(accent pixels, dark pixels) inside the box's indicator."""
    option = QStyleOptionButton()
    box.initStyleOption(option)
    rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = box.grab().toImage()
    accent, dark = QColor(ACCENT), 0
    near = 0
    for x in range(rect.left() + 3, rect.right() - 2):
        for y in range(rect.top() + 3, rect.bottom() - 2):
            colour = image.pixelColor(x, y)
            if abs(colour.red() - accent.red()) + abs(colour.green() - accent.green()) < 20:
                near += 1
            elif colour.lightness() < 60:
                dark += 1
    return near, dark


def test_a_checked_box_is_ticked(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert app is not None
    box = QCheckBox("Include private notes")
    box.setStyleSheet(CHECKBOX_STYLE)
    qtbot.addWidget(box)
    box.resize(260, 40)
    box.show()
    qtbot.waitExposed(box)
    assert _indicator_colours(box)[0] == 0  # unchecked: no accent
    box.setChecked(True)
    accent, tick = _indicator_colours(box)
    assert accent > 20 and tick > 10  # the accent square with a dark tick on it
