"""An anonymous 0-10 distress reading: not taken, people per score, or one group figure."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tearconsole.core.checkin import SCORES, SudsReading, score_text
from tearconsole.ui import theme
from tearconsole.ui.calm_widgets import SPIN_STYLE, CountBox

NOT_TAKEN, COUNTS, GROUP = 0, 1, 2


#: A score this high (someone's distress at 8 of 10 or more) brings the facilitator a
#: quiet prompt (only here, in their dialog; the room's screen never shows it).
HIGH_SCORE = 8


class SudsInput(QWidget):
    changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, checkout: bool = False, prompts: bool = True
    ) -> None:
        """``checkout``: the reading after the session (its prompt is about leaving);
        ``prompts``: say a word when someone is at 8 or more (not when entered afterwards)."""
        super().__init__(parent)
        self.checkout = checkout
        self.prompts = prompts
        self.group_size: int | None = None
        self.how = QComboBox()
        self.how.addItems(
            [self.tr("Not taken"), self.tr("People per score"), self.tr("One figure for the group")]
        )
        self.how.setAccessibleName(self.tr("How the reading was taken"))

        self.counts: list[QSpinBox] = [CountBox() for _ in SCORES]
        counts_page = QWidget()
        grid = QGridLayout(counts_page)
        grid.setContentsMargins(0, 4, 0, 0)
        grid.setHorizontalSpacing(6)
        for score, box in zip(SCORES, self.counts, strict=True):
            box.setRange(0, 999)
            box.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.setMinimumWidth(44)
            # As wide as three digits need, not as Qt's spin box with its (hidden) arrows:
            # eleven of those widened the dialogs past a 1280-pixel screen.
            box.setMaximumWidth(box.fontMetrics().horizontalAdvance("999") + 28)
            box.setAccessibleName(self.tr("People who answered {score}").format(score=score))
            box.valueChanged.connect(self._update)
            label = QLabel(str(score))
            label.setObjectName("muted")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(label, 0, score)
            grid.addWidget(box, 1, score)
        self.total = QLabel()
        self.total.setObjectName("muted")
        self.total.setWordWrap(True)
        grid.addWidget(self.total, 2, 0, 1, len(SCORES))

        self.group = QDoubleSpinBox()
        self.group.setRange(0.0, 10.0)
        self.group.setSingleStep(0.5)
        self.group.setDecimals(1)
        self.group.setValue(5.0)
        self.group.setMaximumWidth(110)
        self.group.setAccessibleName(self.tr("The group's figure, 0 to 10"))
        self.group.valueChanged.connect(self._update)
        group_page = QWidget()
        group_row = QHBoxLayout(group_page)
        group_row.setContentsMargins(0, 4, 0, 0)
        group_row.addWidget(self.group)
        group_row.addWidget(QLabel(self.tr("on the 0-10 scale, e.g. from a show of hands")))
        group_row.addStretch(1)

        self.pages = QStackedWidget()
        self._page_list = [QWidget(), counts_page, group_page]
        for page in self._page_list:
            self.pages.addWidget(page)
        self.how.currentIndexChanged.connect(self._switch)

        hint = QLabel(self.tr("0 = calm, 10 = the most distress imaginable. Anonymous: no names."))
        hint.setObjectName("muted")
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.prompt.setStyleSheet(
            f"color: {theme.TEXT}; background: {theme.PANEL}; border-left: 3px solid "
            f"{theme.WARN}; border-radius: 6px; padding: 8px 12px;"
        )
        self.prompt.hide()
        #: The participants' phones' answers, shown beside the hand counts (and added to
        #: them when stored); None when the phones were off or no phone answered.
        self.phones: SudsReading | None = None
        self.phones_line = QLabel()
        self.phones_line.setWordWrap(True)
        self.phones_line.hide()
        self.setStyleSheet(SPIN_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.how)
        layout.addWidget(self.pages)
        layout.addWidget(hint)
        layout.addWidget(self.phones_line)
        layout.addWidget(self.prompt)
        self._switch(NOT_TAKEN)

    def _switch(self, index: int) -> None:
        for number, page in enumerate(self._page_list):  # size to the page shown
            policy = QSizePolicy.Policy.Preferred if number == index else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.pages.setCurrentIndex(index)
        self.pages.setVisible(index != NOT_TAKEN)
        self._update()

    def _grow(self) -> None:
        """The dialog grows to show the page chosen (eleven boxes need their width), never
        past the screen it is on."""
        self.updateGeometry()
        window = self.window()
        if window is not self:
            layout = window.layout()
            if layout is not None:
                layout.activate()
            wanted = window.size().expandedTo(window.sizeHint())
            screen = window.screen()
            if screen is not None:
                frame = window.frameGeometry().size() - window.size()
                wanted = wanted.boundedTo(screen.availableGeometry().size() - frame)
            window.resize(wanted)

    def set_group_size(self, size: int | None) -> None:
        """The group's size as entered, so that more answers than people are pointed out."""
        self.group_size = size or None
        self._update()

    def _update(self) -> None:
        reading = self.reading()
        if reading is not None and reading.counts is not None:
            n = reading.responses or 0
            text = self.tr("%n answer(s)", "", n)
            if reading.mean is not None:
                text = self.tr("{answers}, average {mean}").format(
                    answers=text, mean=score_text(reading.mean)
                )
            over = self.group_size is not None and n > self.group_size
            if over:
                text = self.tr(
                    "{answers}: more answers than the {size} people in the group"
                ).format(answers=text, size=self.group_size)
            self.total.setText(text)
            self.total.setStyleSheet(f"color: {theme.WARN};" if over else "")
        self._show_prompt(reading)
        self._grow()  # a longer total or the prompt must not squeeze the boxes
        self.changed.emit()

    def set_phones(self, phones: SudsReading | None) -> None:
        """The participants' phones' answers: said beside the hand counts, added to them
        when stored, and someone at 8 or more there brings the same quiet prompt."""
        self.phones = phones
        if phones is not None:
            self.phones_line.setText(
                self.tr(
                    "From the participants' phones: {reading}. They are added to what you "
                    "count here."
                ).format(reading=phones.describe())
            )
        self.phones_line.setVisible(phones is not None)
        self._update()
        # said before the dialog is first shown: grown again once its words are laid out
        QTimer.singleShot(0, self, self._grow)

    def _show_prompt(self, reading: SudsReading | None) -> None:
        """A quiet word for the facilitator when someone is at 8 or more (counted here or
        on a phone)."""
        high = any(
            given is not None
            and (
                (given.counts is not None and sum(given.counts[HIGH_SCORE:]) > 0)
                or (given.group is not None and given.group >= HIGH_SCORE)
            )
            for given in (reading, self.phones)
        )
        if self.checkout:
            words = self.tr(
                "Someone is still at 8 or more. Before people leave: a quiet word with the "
                "group, the care information from the closing card, and stay in the room a "
                "while."
            )
        else:
            words = self.tr(
                "Someone is at 8 or more already. Consider a word with the group first, a "
                "lighter plan tonight (soften early, skip the strongest piece), and have the "
                "care information at hand."
            )
        self.prompt.setText(words)
        self.prompt.setVisible(high and self.prompts)

    def set_reading(self, reading: SudsReading | None) -> None:
        """Show ``reading`` as entered (to correct it afterwards); ``None``: not taken."""
        if reading is not None and reading.counts is not None:
            for box, count in zip(self.counts, reading.counts, strict=True):
                box.setValue(count)
            self.how.setCurrentIndex(COUNTS)
        elif reading is not None and reading.group is not None:
            self.group.setValue(reading.group)
            self.how.setCurrentIndex(GROUP)
        else:
            self.how.setCurrentIndex(NOT_TAKEN)

    def reading(self) -> SudsReading | None:
        mode = self.how.currentIndex()
        if mode == COUNTS:
            return SudsReading.from_counts([box.value() for box in self.counts])
        if mode == GROUP:
            return SudsReading.of_group(self.group.value())
        return None
