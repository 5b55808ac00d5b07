"""The console's quick-note field: what is typed is kept, sent or not.

Enter keeps the note as private, Shift+Enter as shareable (``kept`` says which, and the
field shows for a moment that it did); Esc leaves the field with the text still in it,
and never reaches the safe stop's shortcut; Space in an empty field is GO
(``go_pressed``), so a half-started note never eats it. A note typed but not sent when
the session ends is not lost: ``take_unsent()`` hands it over (to be kept as private).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

#: How long the field says that a note was kept.
KEPT_MS = 1500


class NoteField(QLineEdit):
    kept = Signal(str, bool)  # the note, whether private
    left = Signal()  # Esc, or a note kept: the console takes the keys back
    go_pressed = Signal()  # Space in an empty field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placeholder = ""
        self._said = QTimer(self)
        self._said.setSingleShot(True)
        self._said.setInterval(KEPT_MS)
        self._said.timeout.connect(self._unsay)

    def take_unsent(self) -> str:
        """The note typed and not sent (stripped; "" if none), taken out of the field."""
        text = self.text().strip()
        self.clear()
        return text

    def keep(self, private: bool = True) -> bool:
        """Keep what is typed as a note; False when there was nothing to keep."""
        text = self.take_unsent()
        if text:
            self.kept.emit(text, private)
            self._say(
                self.tr("Kept as a private note.")
                if private
                else self.tr("Kept as a shareable note.")
            )
        self.left.emit()
        return bool(text)

    def setPlaceholderText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._placeholder = text
        if not self._said.isActive():
            super().setPlaceholderText(text)

    def _say(self, words: str) -> None:
        """Say ``words`` in the emptied field for a moment (where the eye is)."""
        super().setPlaceholderText(words)
        self.setProperty("kept", True)
        self._said.start()

    def _unsay(self) -> None:
        self.setProperty("kept", False)
        super().setPlaceholderText(self._placeholder)

    def saying(self) -> str:
        """What the field says while empty now."""
        return self.placeholderText()

    def event(self, event: QEvent) -> bool:
        # Esc is the field's before it is the safe stop's shortcut.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_Escape and mods == Qt.KeyboardModifier.NoModifier:
            self.left.emit()  # the text stays for later
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.keep(private=not mods & Qt.KeyboardModifier.ShiftModifier)
        elif (
            key == Qt.Key.Key_Space
            and mods == Qt.KeyboardModifier.NoModifier
            and not self.text().strip()
        ):
            if not event.isAutoRepeat():  # a held Space is one GO
                self.clear()
                self.left.emit()
                self.go_pressed.emit()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self._said.isActive():  # typing again: the usual hint, not the last note's
            self._said.stop()
            self._unsay()
        super().focusInEvent(event)
