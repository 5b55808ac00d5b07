"""Qt's own dialogs in Japanese, wholly: the file dialog's labels came out English
("Look in:", "Files of type:") because Qt 6 asks for them with shortcuts that Qt's
Japanese catalogue does not have; our catalogue supplies them."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from tearconsole.ui.app import make_application
from tearconsole.ui.i18n import install_language


@pytest.fixture
def japanese() -> Iterator[None]:
    make_application()
    install_language("ja")
    yield
    install_language("en")


def english_words(text: str) -> list[str]:
    """Latin words left in ``text`` once shortcut marks ("(&L)") are taken out."""
    return re.findall(r"[A-Za-z]{2,}", re.sub(r"\(&\w\)|&", "", text))


@pytest.mark.parametrize(
    "accept", [QFileDialog.AcceptMode.AcceptSave, QFileDialog.AcceptMode.AcceptOpen]
)
def test_the_file_dialog_speaks_japanese(
    qtbot: QtBot, japanese: None, accept: QFileDialog.AcceptMode
) -> None:
    dialog = QFileDialog(None, "書き出す")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(accept)
    dialog.setNameFilters(["PDF (*.pdf)"])
    dialog.show()
    QApplication.processEvents()
    shown = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    shown += [b.text() or b.toolTip() for b in dialog.findChildren(QAbstractButton)]
    assert "場所(&L):" in shown and "ファイルの種類(&T):" in shown
    left = {text: english_words(text) for text in shown if english_words(text)}
    assert left == {}, left
