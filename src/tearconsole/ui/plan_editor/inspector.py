"""The inspector: the selected cue's fields, each change reported as ``edited(field, value)``.

Only the fields that mean something for the cue's kind are shown. Spin boxes report on
arrow clicks, Return and leaving the field (not on every keystroke); notes report after
a short quiet moment, so typing merges into one undo step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tearconsole.core.kinds import ContinueMode, CueKind, StimulusKind
from tearconsole.core.plan import CueSpec
from tearconsole.core.timing import format_clock
from tearconsole.core.validation import cue_problems
from tearconsole.i18n.words import kind_word
from tearconsole.ui.plain import plain
from tearconsole.ui.theme import WARN

NOTES_QUIET_MS = 700


#: The fields the rule (core.validation) checks as they are changed.
RULE_FIELDS = (
    "in_s", "out_s", "fade_in_s", "fade_out_s", "level_db", "pre_wait_s", "post_wait_s",
    "duration_s",
)  # fmt: skip


def _seconds(maximum: float = 4 * 3600, special: str = "") -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0.0, maximum)
    box.setDecimals(1)
    box.setSingleStep(1.0)
    box.setSuffix(QCoreApplication.translate("CueInspector", " s", "seconds"))
    box.setKeyboardTracking(False)
    if special:
        box.setSpecialValueText(special)
    return box


class CueInspector(QWidget):
    edited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cue: CueSpec | None = None
        self.heading = QLabel(self.tr("No cue selected"))
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.detail = QLabel()
        self.detail.setObjectName("muted")
        self.detail.setWordWrap(True)
        plain(self.heading, self.detail)

        self.fields: dict[str, QWidget] = {
            "duration_s": _seconds(special=self.tr("reading time")),
            "in_s": _seconds(),
            "out_s": _seconds(special=self.tr("the end")),
            "fade_in_s": _seconds(60),
            "fade_out_s": _seconds(60),
            "level_db": QDoubleSpinBox(),
            "pre_wait_s": _seconds(3600),
            "continue_mode": QComboBox(),
            "post_wait_s": _seconds(3600),
            "tone": QCheckBox(self.tr("Soft tone at the start")),
            "text": QLineEdit(),
            "notes": QPlainTextEdit(),
        }
        level = self.fields["level_db"]
        assert isinstance(level, QDoubleSpinBox)
        level.setRange(-60.0, 6.0)
        level.setDecimals(1)
        level.setSuffix(self.tr(" dB"))
        level.setKeyboardTracking(False)
        mode = self.fields["continue_mode"]
        assert isinstance(mode, QComboBox)
        continue_labels = {
            ContinueMode.GO: self.tr("Wait for GO"),
            ContinueMode.FOLLOW: self.tr("Follow on"),
            ContinueMode.POST_WAIT: self.tr("After a wait"),
        }
        for value, label in continue_labels.items():
            mode.addItem(label, value.value)
        notes = self.fields["notes"]
        assert isinstance(notes, QPlainTextEdit)
        notes.setPlaceholderText(self.tr("Private notes: only you see these"))
        notes.setFixedHeight(90)
        text = self.fields["text"]
        assert isinstance(text, QLineEdit)
        text.setPlaceholderText(self.tr("Words on the breathing card"))

        labels = {
            "duration_s": self.tr("Length"),
            "in_s": self.tr("Starts at"),
            "out_s": self.tr("Ends at"),
            "fade_in_s": self.tr("Fade in"),
            "fade_out_s": self.tr("Fade out"),
            "level_db": self.tr("Level", "loudness"),
            "pre_wait_s": self.tr("Wait before"),
            "continue_mode": self.tr("Then", "what happens after the cue"),
            "post_wait_s": self.tr("Wait after"),
            "tone": "",
            "text": self.tr("Card text"),
            "notes": self.tr("Notes"),
        }
        for widget in self.fields.values():
            widget.setMinimumWidth(80)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(8)
        for name, widget in self.fields.items():
            self.form.addRow(labels[name], widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.detail)
        layout.addSpacing(6)
        layout.addLayout(self.form)
        #: Why the last change was not taken (core.validation), under the fields.
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(f"color: {WARN};")
        self.reason.hide()
        layout.addWidget(self.reason)
        layout.addStretch(1)

        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_QUIET_MS)
        self._notes_timer.timeout.connect(self._report_notes)
        self._wire()
        self.show_cue(None)

    def _wire(self) -> None:
        for name, widget in self.fields.items():
            if isinstance(widget, QDoubleSpinBox):
                widget.valueChanged.connect(lambda v, n=name: self._report(n, v))
        mode = self.fields["continue_mode"]
        assert isinstance(mode, QComboBox)
        mode.currentIndexChanged.connect(
            lambda _i: self._report("continue_mode", ContinueMode(mode.currentData()))
        )
        tone = self.fields["tone"]
        assert isinstance(tone, QCheckBox)
        tone.toggled.connect(lambda on: self._report("tone", bool(on)))
        text = self.fields["text"]
        assert isinstance(text, QLineEdit)
        text.editingFinished.connect(lambda: self._report("text", text.text() or None))
        notes = self.fields["notes"]
        assert isinstance(notes, QPlainTextEdit)
        notes.textChanged.connect(self._notes_timer.start)

    def _report(self, name: str, value: Any) -> None:
        if self.cue is None:
            return
        if name in ("out_s", "duration_s") and value == 0:
            value = None
        if name in RULE_FIELDS:
            values = {field: getattr(self.cue, field) for field in RULE_FIELDS}
            problems = cue_problems({**values, name: value})
            self.reason.setText(problems[0].reason if problems else "")
            self.reason.setVisible(bool(problems))
            if problems:
                return
        if getattr(self.cue, name) != value:
            self.edited.emit(name, value)

    def _report_notes(self) -> None:
        notes = self.fields["notes"]
        assert isinstance(notes, QPlainTextEdit)
        self._report("notes", notes.toPlainText())

    def flush(self) -> None:
        """Report typed notes now (before the selection moves on)."""
        if self._notes_timer.isActive():
            self._notes_timer.stop()
            self._report_notes()

    def visible_fields(self, cue: CueSpec | None) -> set[str]:
        if cue is None:
            return set()
        always = {"pre_wait_s", "continue_mode", "notes"}
        if cue.kind is CueKind.PAUSE:
            return always | {"duration_s", "tone", "text", "post_wait_s"}
        if cue.kind is CueKind.BED_STOP:
            return {"fade_out_s", "notes", "continue_mode"}
        if cue.kind is CueKind.BED_START:
            return {"in_s", "fade_in_s", "level_db", "notes", "continue_mode"}
        shown = always | {"fade_in_s", "fade_out_s", "post_wait_s"}
        kind = cue.stimulus.kind if cue.stimulus else None
        if kind in (StimulusKind.FILM, StimulusKind.MUSIC):
            shown |= {"in_s", "out_s", "level_db"}
        elif kind in (StimulusKind.CARD, StimulusKind.STORY):
            shown |= {"duration_s"}
        return shown

    def show_cue(self, cue: CueSpec | None) -> None:
        self.flush()
        self.cue = None  # no reports while the fields are filled in
        self.reason.hide()
        shown = self.visible_fields(cue)
        for row, name in enumerate(self.fields):
            self.form.setRowVisible(row, name in shown)
        if cue is None:
            self.heading.setText(self.tr("No cue selected"))
            self.detail.setText(self.tr("Select a cue to change its timing, fades and notes."))
        else:
            self.heading.setText(f"{cue.position + 1}. {cue.title}")
            self.detail.setText(self._describe(cue))
            self._fill(cue)
        self.cue = cue

    def _fill(self, cue: CueSpec) -> None:
        duration = self.fields["duration_s"]
        assert isinstance(duration, QDoubleSpinBox)
        story = cue.stimulus is not None and cue.stimulus.kind is StimulusKind.STORY
        duration.setSpecialValueText(self.tr("reading time") if story else "")
        duration.setMinimum(0.0 if story else 1.0)
        for name, widget in self.fields.items():
            value = getattr(cue, name)
            widget.blockSignals(True)
            if isinstance(widget, QDoubleSpinBox):
                widget.setValue(0.0 if value is None else float(value))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value.value)))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QLineEdit):
                widget.setText(value or "")
            elif isinstance(widget, QPlainTextEdit) and widget.toPlainText() != value:
                widget.setPlainText(value or "")
            widget.blockSignals(False)
        post = self.fields["post_wait_s"]
        post.setEnabled(cue.continue_mode is ContinueMode.POST_WAIT)

    def _describe(self, cue: CueSpec) -> str:
        stimulus = cue.stimulus
        if cue.kind is CueKind.PAUSE:
            return self.tr("A timed silence over a breathing card.")
        if cue.kind is CueKind.BED_STOP:
            return self.tr("Fades out the music bed that is playing.")
        if stimulus is None:
            return self.tr("Its stimulus is no longer in the library.")
        parts = [kind_word(stimulus.kind.value)]
        if stimulus.duration_s:
            parts.append(format_clock(stimulus.duration_s))
        if cue.kind is CueKind.BED_START:
            parts.append(self.tr("plays under the next cues until a bed stop"))
        parts.append(self.tr("intensity {level}").format(level=stimulus.intensity))
        if stimulus.content_notes:
            notes = self.tr(", ", "list separator").join(stimulus.content_notes)
            parts.append(self.tr("notes: {notes}").format(notes=notes))
        return " · ".join(parts)
