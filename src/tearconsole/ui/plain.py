"""User data shown as text, never as markup.

A ``QLabel`` left to guess (``Qt.AutoText``) renders a title such as ``<b>x</b>`` bold and
fetches ``<img src=...>``; tooltips and message boxes guess the same way. Every label,
tooltip or message that may carry the user's words (titles, tags, notes, story text,
file names, plan names) goes through here.
"""

from __future__ import annotations

from PySide6.QtGui import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def plain(*labels: QLabel) -> None:
    """These labels show their text as typed, whatever it contains."""
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)


def plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    plain(label)
    return label


def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` literally (tooltips have no text-format switch)."""
    if not Qt.mightBeRichText(text):
        return text  # Qt will show it as it is
    import html  # only for a tooltip with markup

    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


def tell(parent: QWidget | None, title: str, message: str) -> None:
    """An information box whose message is shown as typed (it may name a file)."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, message, QMessageBox.StandardButton.Ok, parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
