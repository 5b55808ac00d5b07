"""The library's find bar: a search field and filters, giving one ``LibraryFilter``."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tearconsole.library.search import LibraryFilter

#: Typing waits this long for a pause before filtering (other filters apply at once).
SEARCH_DELAY_MS = 150


class FilterBar(QWidget):
    changed = Signal(object)  # LibraryFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        """The search field's clear button comes with ``add_clear_button``."""
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles, tags, notes and story text"))
        kinds = (
            (self.tr("Every kind"), ""),
            (self.tr("Films"), "film"),
            (self.tr("Music"), "music"),
            (self.tr("Stories"), "story"),
            (self.tr("Cards", "slides the room sees"), "card"),
        )
        self.kind = self._combo(kinds)
        self.tag = QComboBox()
        self.tag.addItem(self.tr("Any tag"), "")
        statuses = (
            (self.tr("Any status"), ""),
            (self.tr("Ready", "a media file's status"), "ok"),
            (self.tr("Missing"), "missing"),
            (self.tr("Can't play"), "unplayable"),
        )
        self.status = self._combo(statuses)
        self.intensity_min = self._spin(1, 5, 1, self.tr("Intensity from "))
        self.intensity_max = self._spin(1, 5, 5, self.tr("to ", "intensity from 1 to 5"))
        self.minutes_min = self._spin(0, 600, 0, self.tr("Length "), self.tr(" min"))
        self.minutes_min.setSpecialValueText(self.tr("Any length"))
        self.minutes_max = self._spin(0, 600, 0, self.tr("up to "), self.tr(" min"))
        self.minutes_max.setSpecialValueText(self.tr("no limit"))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self.clear)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(self._timer.start)
        for combo in (self.kind, self.tag, self.status):
            combo.currentIndexChanged.connect(self._emit)
        for spin in (self.intensity_min, self.intensity_max, self.minutes_min, self.minutes_max):
            spin.valueChanged.connect(self._emit)

        first = QHBoxLayout()
        first.setSpacing(8)
        first.addWidget(self.search, 1)
        first.addWidget(self.kind)
        first.addWidget(self.status)
        second = QHBoxLayout()
        second.setSpacing(8)
        for widget in (self.tag, self.intensity_min, self.intensity_max, self.minutes_min,
                       self.minutes_max):  # fmt: skip
            second.addWidget(widget)
        second.addStretch(1)
        second.addWidget(self.clear_button)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(8)
        rows.addLayout(first)
        rows.addLayout(second)

    @staticmethod
    def _combo(items: tuple[tuple[str, str], ...]) -> QComboBox:
        combo = QComboBox()
        for label, value in items:
            combo.addItem(label, value)
        return combo

    @staticmethod
    def _spin(low: int, high: int, value: int, prefix: str, suffix: str = "") -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setPrefix(prefix)
        spin.setSuffix(suffix)
        return spin

    def set_tags(self, tags: list[str]) -> None:
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("Any tag"), "")
        for tag in tags:
            self.tag.addItem(tag, tag)
        self.tag.setCurrentIndex(max(0, self.tag.findData(current)))
        self.tag.blockSignals(False)

    def current(self) -> LibraryFilter:
        kind = self.kind.currentData()
        status = self.status.currentData()
        low, high = self.minutes_min.value(), self.minutes_max.value()
        return LibraryFilter(
            text=self.search.text(),
            kinds=frozenset({kind}) if kind else frozenset(),
            tag=self.tag.currentData() or None,
            intensity_min=min(self.intensity_min.value(), self.intensity_max.value()),
            intensity_max=max(self.intensity_min.value(), self.intensity_max.value()),
            duration_min_s=low * 60.0 if low else None,
            duration_max_s=high * 60.0 if high else None,
            statuses=frozenset({status}) if status else frozenset(),
        )

    def add_clear_button(self) -> None:
        """The search field's clear button (shown once something is typed). The page adds
        it after its first paint: the first one looks its icon up in the desktop's icon
        theme, ~20 ms under X11, and an empty field does not show it anyway."""
        self.search.setClearButtonEnabled(True)

    def clear(self) -> None:
        widgets = (self.search, self.kind, self.tag, self.status, self.intensity_min,
                   self.intensity_max, self.minutes_min, self.minutes_max)  # fmt: skip
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.kind, self.tag, self.status):
            combo.setCurrentIndex(0)
        self.intensity_min.setValue(1)
        self.intensity_max.setValue(5)
        self.minutes_min.setValue(0)
        self.minutes_max.setValue(0)
        for widget in widgets:
            widget.blockSignals(False)
        self._emit()

    def _emit(self) -> None:
        self._timer.stop()
        self.changed.emit(self.current())

    def flush(self) -> None:
        """Apply a pending search now (tests; Enter in the field)."""
        if self._timer.isActive():
            self._emit()
