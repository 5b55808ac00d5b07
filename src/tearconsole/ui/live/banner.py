"""The state banner: what the session is doing, readable from two metres.

One row of chips above the console. Each state the facilitator must never miss has its
own words and its own shape (filled, framed thick, dashed, dotted, pill), so that it
reads without relying on colour: PAUSED, SAFE-STOPPED (with what GO does next),
HOLDING, SOFTENED (with its level), REHEARSAL, and whether the room's screen shows.
``banner_chips`` decides (no Qt drawing); ``StateBanner`` only draws.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QSizePolicy, QWidget

from tearconsole.core.conductor.cues import LiveSettings
from tearconsole.core.conductor.table import Action
from tearconsole.core.cue_number import cue_number
from tearconsole.core.timing import format_clock
from tearconsole.live.snapshot import SessionSnapshot
from tearconsole.ui import theme
from tearconsole.ui.live.keys import shown_key

#: Qt's translate, under the name pyside6-lupdate collects calls of.
translate = QCoreApplication.translate

_LIVE = LiveSettings()
DARK_INK = "#1b1a16"

#: One shape per chip kind: the words differ, and so does the outline.
SHAPES = {
    "paused": f"background: {theme.WARN}; color: {DARK_INK}; border: 3px solid {theme.WARN};"
    " border-radius: 0px;",
    "stopped": f"background: #3b2624; color: {theme.TEXT}; border: 4px double {theme.ALERT};"
    " border-radius: 0px;",
    "holding": f"color: {theme.TEXT}; border: 2px dashed {theme.ACCENT}; border-radius: 4px;",
    "softened": f"color: {theme.WARN}; border: 3px dotted {theme.WARN}; border-radius: 4px;",
    "rehearsal": f"background: {theme.WARN}; color: {DARK_INK}; border: 1px solid {theme.WARN};"
    " border-radius: 14px;",
    "ended": f"color: {theme.TEXT}; border: 1px solid {theme.LINE}; border-radius: 0px;",
    "room_on": f"background: #23383d; color: {theme.TEXT}; border: 2px solid {theme.ACCENT};"
    " border-radius: 14px;",
    "room_off": f"color: {theme.TEXT}; border: 1px solid {theme.MUTED}; border-radius: 14px;",
}


@dataclass(frozen=True)
class Chip:
    kind: str  # a key of SHAPES
    text: str
    short: str = ""  # when the row is too narrow for every chip's full words

    @property
    def brief(self) -> str:
        return self.short or self.text


def go_next(state: SessionSnapshot) -> str:
    """What GO does now, in a few words (after a safe stop, above all)."""
    stopped = next((r for r in state.rows if r.position == state.interrupted), None)
    if stopped is not None:
        return translate(
            "StateBanner", "GO continues {number} {title} from {time} · {key}: next cue"
        ).format(
            number=cue_number(stopped.position),
            title=stopped.title,
            time=format_clock(state.interrupted_at_s or 0.0),
            key=shown_key(Action.NEXT),
        )
    row = state.standby_row
    if row is None:
        return translate("StateBanner", "GO: nothing left, finish the session")
    return translate("StateBanner", "GO starts {number} {title}").format(
        number=cue_number(row.position), title=row.title
    )


def banner_chips(state: SessionSnapshot, room_showing: bool) -> tuple[Chip, ...]:
    """The chips for ``state``, most urgent first."""
    chips: list[Chip] = []
    if state.ended:
        chips.append(Chip("ended", translate("StateBanner", "SESSION OVER")))
    elif state.stopped:
        row = next((r for r in state.rows if r.position == state.interrupted), None)
        row = row or state.standby_row
        words = translate("StateBanner", "■ SAFE-STOPPED · {next}").format(next=go_next(state))
        short = translate("StateBanner", "■ SAFE-STOPPED · GO: {number}").format(
            number=cue_number(row.position) if row is not None else "–"
        )
        chips.append(Chip("stopped", words, short))
    if state.paused:
        words = translate("StateBanner", "❚❚ PAUSED · GO or {key} resumes").format(
            key=shown_key(Action.PAUSE)
        )
        chips.append(Chip("paused", words, translate("StateBanner", "❚❚ PAUSED")))
    if state.held:
        words = translate("StateBanner", "‖ HOLDING · the next step waits · {key} releases").format(
            key=shown_key(Action.HOLD)
        )
        chips.append(Chip("holding", words, translate("StateBanner", "‖ HOLDING")))
    level = state.soften_level
    if level >= 3:
        words = translate("StateBanner", "▼ SOFT LANDING · {key} restores").format(
            key=shown_key(Action.RESTORE)
        )
        chips.append(Chip("softened", words, translate("StateBanner", "▼ SOFT LANDING")))
    elif level > 0:
        words = translate(
            "StateBanner", "▼ SOFTENED {level} · {db:g} dB, picture {percent} % · {key} restores"
        ).format(
            level=level,
            db=_LIVE.soften_db[level],
            percent=round(_LIVE.soften_brightness[level] * 100),
            key=shown_key(Action.RESTORE),
        )
        chips.append(
            Chip(
                "softened",
                words,
                translate("StateBanner", "▼ SOFTENED {level}").format(level=level),
            )
        )
    if state.rehearsal:
        chips.append(
            Chip(
                "rehearsal",
                translate("StateBanner", "REHEARSAL · the room's screen is left alone"),
                translate("StateBanner", "REHEARSAL"),
            )
        )
    if room_showing:
        chips.append(
            Chip(
                "room_on",
                translate("StateBanner", "◉ ROOM'S SCREEN SHOWING"),
                translate("StateBanner", "◉ ROOM SHOWING"),
            )
        )
    else:
        chips.append(
            Chip(
                "room_off",
                translate("StateBanner", "○ room's screen hidden"),
                translate("StateBanner", "○ room hidden"),
            )
        )
    return tuple(chips)


#: The chips that say whether the room's screen shows.
ROOM_CHIPS = ("room_on", "room_off")
#: A chip's padding and border, beside its words (its style sheet's).
CHIP_EXTRA_PX = 2 * 12 + 2 * 4 + 4


class StateBanner(QWidget):
    """A row of chips, redrawn only when they change. It never asks for more width than
    it gets: when the full words do not fit, every chip says its short form (the full
    words stay in its tooltip)."""

    changed = Signal()  # other chips: ``brief_width`` may differ

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chips: tuple[Chip, ...] = ()
        self._labels: list[QLabel] = []
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(10)
        self._row.addStretch(1)
        # The chips' full widths must not become the banner's minimum (a layout's default
        # constraint): that widened the whole console past a small screen before _fit
        # could shorten them.
        self._row.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def show_chips(self, chips: tuple[Chip, ...]) -> None:
        if chips == self.chips:
            return
        self.chips = chips
        while len(self._labels) < len(chips):
            label = QLabel()
            label.setTextFormat(Qt.TextFormat.PlainText)  # cue titles are the user's text
            label.setObjectName("stateChip")
            label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            self._row.insertWidget(len(self._labels), label)
            self._labels.append(label)
        for index, label in enumerate(self._labels):
            if index < len(chips):
                chip = chips[index]
                label.setToolTip(chip.text)
                if label.property("chip") != chip.kind:  # restyling costs milliseconds
                    font = label.font()
                    font.setBold(chip.kind in ("paused", "stopped", "rehearsal", "ended"))
                    label.setFont(font)
                    label.setStyleSheet(f"QLabel {{ {SHAPES[chip.kind]} padding: 3px 12px; }}")
                    label.setProperty("chip", chip.kind)
                label.show()
            else:
                label.hide()
        self._fit()
        self.changed.emit()

    def _width(self, text: str, label: QLabel) -> int:
        return label.fontMetrics().horizontalAdvance(text) + CHIP_EXTRA_PX

    def brief_width(self) -> int:
        """The least width that shows every chip on one row (in their short forms)."""
        shown = list(zip(self.chips, self._labels, strict=False))
        total = sum(self._width(chip.brief, label) for chip, label in shown)
        return total + self._row.spacing() * max(0, len(shown) - 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Full words where they fit in the width: the least urgent chips (last) say
        their short form first."""
        shown = list(zip(self.chips, self._labels, strict=False))
        width = self._width
        brief = [False] * len(shown)
        total = sum(width(chip.text, label) for chip, label in shown)
        total += self._row.spacing() * max(0, len(shown) - 1)
        for index in reversed(range(len(shown))):
            if total <= self.width():
                break
            chip, label = shown[index]
            total -= width(chip.text, label) - width(chip.brief, label)
            brief[index] = True
        # Still too wide even brief: the least urgent chips step aside (never clipped),
        # the room's screen last of all (nothing else says it as plainly; softening and
        # rehearsal show in the controls too). The first, most urgent, always stays.
        later = list(reversed(range(1, len(shown))))
        order = [i for i in later if shown[i][0].kind not in ROOM_CHIPS]
        order += [i for i in later if shown[i][0].kind in ROOM_CHIPS]
        visible = [True] * len(shown)
        for index in order:
            if total <= self.width():
                break
            chip, label = shown[index]
            visible[index] = False
            total -= width(chip.brief, label) + self._row.spacing()
        for index, ((chip, label), short) in enumerate(zip(shown, brief, strict=True)):
            label.setText(chip.brief if short else chip.text)
            label.setVisible(visible[index])
