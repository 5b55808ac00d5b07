"""Editing the details of one stimulus or many at once.

With many selected, a field shows a value only when all of them share it, and is
applied only when it was changed; tags are added and removed, so each keeps its others.
The result is a plain ``MetadataChanges`` (storage.stimuli.apply_changes applies it).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tearconsole.core.content_notice import marker_for
from tearconsole.core.kinds import StimulusKind
from tearconsole.core.validation import LANGUAGES, stimulus_problems
from tearconsole.core.words import split_words
from tearconsole.i18n import current_language
from tearconsole.storage.stimuli import MetadataChanges
from tearconsole.ui.theme import WARN

#: Qt's translate, under the name pyside6-lupdate collects calls of.
translate = QCoreApplication.translate

#: The language box's item data for "keep each one's own" (several items edited).
KEEP = "keep"


def _shared(rows: list[dict[str, Any]], key: str) -> Any:
    values = [row.get(key) for row in rows]
    return values[0] if all(v == values[0] for v in values) else None


def _tags_of(text: str) -> list[str]:
    return [word.lower() for word in split_words(text)]


#: A card not yet made: what ``MetadataEditor.new_card`` starts from.
BLANK_CARD: dict[str, Any] = {
    "kind": StimulusKind.CARD.value,
    "title": "",
    "text": "",
    "intensity": 1,
    "tags": [],
    "content_notes": [],
    "language": None,
    "credit": "",
    "licence": "",
    "private_notes": "",
}


class MetadataEditor(QDialog):
    def __init__(self, rows: list[dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.making = False  # a card not yet made: every field counts, the title first
        many = len(rows) > 1
        self.various = self.tr("(various; kept unless you type here)")
        self.setWindowTitle(
            self.tr("Edit %n items", "", len(rows))
            if many
            else self.tr("Edit “{title}”").format(title=rows[0]["title"])
        )
        self.setMinimumWidth(560)

        self.title = self._line("title")
        self.title.setEnabled(not many)
        if many:
            self.title.setPlaceholderText(self.tr("(each keeps its own title)"))
        self.intensity = QComboBox()
        if many:
            self.intensity.addItem(self.tr("Keep each one's own"), None)
        intensity_words = {
            1: self.tr("1 · gentle"),
            2: "2",
            3: self.tr("3 · moderate"),
            4: "4",
            5: self.tr("5 · very strong"),
        }
        for level, word in intensity_words.items():
            self.intensity.addItem(word, level)
        shared_intensity = _shared(rows, "intensity")
        if shared_intensity is not None:
            self.intensity.setCurrentIndex(self.intensity.findData(shared_intensity))
        self._common_tags = sorted(set.intersection(*(set(r["tags"]) for r in rows)))
        self.tags = QLineEdit(", ".join(self._common_tags))
        self.tags.setPlaceholderText(self.tr("comma-separated, e.g. loss, family, rain"))
        notes = [", ".join(r.get("content_notes") or []) for r in rows]
        self.content_notes = QLineEdit(notes[0] if len(set(notes)) == 1 else "")
        if len(set(notes)) > 1:
            self.content_notes.setPlaceholderText(self.various)
        self.language = self._language_choice()
        self.credit = self._line("credit")
        self.licence = self._line("licence")
        self.private_notes = QPlainTextEdit(_shared(rows, "private_notes") or "")
        self.private_notes.setPlaceholderText(
            self.various
            if many and _shared(rows, "private_notes") is None
            else self.tr("Only you see these.")
        )
        self.private_notes.setFixedHeight(90)
        self._initial_notes = self.private_notes.toPlainText()
        # a card's words, as the room reads them (one card at a time; films and stories
        # keep what their files hold)
        self.card_text: QPlainTextEdit | None = None
        if not many and rows[0].get("kind") == StimulusKind.CARD.value:
            self.card_text = QPlainTextEdit(rows[0].get("text") or "")
            self.card_text.setPlaceholderText(
                self.tr("The words the room reads on this card, line by line.")
            )
            self.card_text.setToolTip(
                self.tr(
                    "A line {marker} lists the content notes of the plan the card is in "
                    "(those of the cues after it)."
                ).format(marker=marker_for(current_language()))
            )
            self.card_text.setFixedHeight(120)
        self._initial_card_text = self.card_text.toPlainText() if self.card_text else ""
        self._initial = {
            edit: edit.text()
            for edit in (self.title, self.content_notes, self.credit, self.licence)
        }
        self._initial_language = self.language.currentData()
        #: The rule's reason, shown under the field it is about (core.validation).
        self.reasons: dict[str, QLabel] = {}

        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Title"), self._with_reason("title", self.title))
        if self.card_text is not None:
            form.addRow(self.tr("Card text"), self._with_reason("text", self.card_text))
        form.addRow(self.tr("Intensity"), self.intensity)
        tags_label = self.tr("Tags shared by all") if many else self.tr("Tags")
        form.addRow(tags_label, self._with_reason("tags", self.tags))
        notes_row = self._with_reason("content_notes", self.content_notes)
        form.addRow(self.tr("Content notes"), notes_row)
        form.addRow(self.tr("Language"), self._with_reason("language", self.language))
        form.addRow(self.tr("Credit"), self._with_reason("credit", self.credit))
        form.addRow(self.tr("Licence"), self._with_reason("licence", self.licence))
        private = self._with_reason("private_notes", self.private_notes)
        form.addRow(self.tr("Private notes"), private)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if many:
            hint = QLabel(self.tr("Only the fields you change are applied to all of them."))
            hint.setObjectName("muted")
            layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        for edit in (self.title, self.tags, self.content_notes, self.credit, self.licence):
            edit.textChanged.connect(self._check)
        self.private_notes.textChanged.connect(self._check)
        if self.card_text is not None:
            self.card_text.textChanged.connect(self._check)
        self.language.currentIndexChanged.connect(self._check)
        self._check()

    def _line(self, key: str) -> QLineEdit:
        value = _shared(self.rows, key)
        edit = QLineEdit("" if value is None else str(value))
        if value is None and len(self.rows) > 1:
            edit.setPlaceholderText(self.various)
        return edit

    def _language_choice(self) -> QComboBox:
        """Languages come from the rule's list; a value from before the list stays shown
        (and its reason says to choose another) rather than being changed silently."""
        box = QComboBox()
        shared = _shared(self.rows, "language")
        if len(self.rows) > 1 and any(r.get("language") != shared for r in self.rows):
            box.addItem(self.tr("Keep each one's own"), KEEP)
        box.addItem(translate("MetadataEditor", "Not set"), None)
        for code, name in LANGUAGES:
            # the names are marked for translation where they are listed (core.validation)
            box.addItem(translate("MetadataEditor", name), code)
        if shared is not None and box.findData(shared) < 0:
            box.addItem(shared, shared)
        box.setCurrentIndex(max(box.findData(shared), 0) if box.itemData(0) != KEEP else 0)
        return box

    def _with_reason(self, field: str, editor: QWidget) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        reason = QLabel()
        reason.setStyleSheet(f"color: {WARN};")
        reason.setWordWrap(True)
        reason.hide()
        layout.addWidget(reason)
        self.reasons[field] = reason
        return column

    def _check(self) -> None:
        """Check the fields as they are typed; Save only when the rule accepts them all."""
        problems = {p.field: p.reason for p in stimulus_problems(self.changes().as_values())}
        if self._initial_language is not None and "language" not in problems:
            current = self.language.currentData()
            if current not in (KEEP, None) and current not in {c for c, _ in LANGUAGES}:
                problems["language"] = stimulus_problems({"language": current})[0].reason
        for field, label in self.reasons.items():
            label.setText(problems.get(field, ""))
            label.setVisible(field in problems)
        self.save_button.setEnabled(not problems)

    def _chosen_language(self) -> str | None:
        """The language chosen, "" for "not set", None when left as it was."""
        chosen = self.language.currentData()
        if chosen == KEEP or chosen == self._initial_language:
            return None
        return chosen or ""

    def changes(self) -> MetadataChanges:
        """What the user changed, as a plain edit for ``apply_changes``."""

        def touched(edit: QLineEdit) -> str | None:
            return edit.text() if edit.text() != self._initial[edit] else None

        new_tags = _tags_of(self.tags.text())
        intensity = self.intensity.currentData()
        shared_intensity = _shared(self.rows, "intensity")
        return MetadataChanges(
            title=self.title.text() if self.making else touched(self.title),
            intensity=intensity if intensity != shared_intensity else None,
            tags_add=tuple(t for t in new_tags if t not in self._common_tags),
            tags_remove=tuple(t for t in self._common_tags if t not in new_tags),
            content_notes=touched(self.content_notes),
            language=self._chosen_language(),
            credit=touched(self.credit),
            licence=touched(self.licence),
            private_notes=(
                self.private_notes.toPlainText()
                if self.private_notes.toPlainText() != self._initial_notes
                else None
            ),
            text=self._card_text_changed(),
        )

    def _card_text_changed(self) -> str | None:
        if self.card_text is None or self.card_text.toPlainText() == self._initial_card_text:
            return None
        return self.card_text.toPlainText()

    @classmethod
    def new_card(cls, parent: QWidget | None = None) -> MetadataEditor:
        """The same fields for a card of words not yet made (a welcome, a notice, a
        closing card of the facilitator's own)."""
        editor = cls([dict(BLANK_CARD)], parent)
        editor.setWindowTitle(translate("MetadataEditor", "New card"))
        editor.title.setPlaceholderText(translate("MetadataEditor", "e.g. Before we begin"))
        editor.making = True
        editor._check()  # (a card needs a title: Save waits for one)
        return editor
