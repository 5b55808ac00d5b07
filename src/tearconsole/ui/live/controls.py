"""The control panel: a big GO, the gentle controls, and the stops, each showing its key.

Buttons never take the keyboard focus, so Space always means GO and never "press the
button that happens to have the focus". The hard stop asks for a second press within a
few seconds: the conductor arms it on the first and the button says so (no dialog,
ever, during a session).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from tearconsole.core.conductor.table import Action
from tearconsole.core.cue_number import cue_number
from tearconsole.live.snapshot import GoMeaning, SessionSnapshot, soften_label
from tearconsole.ui import theme
from tearconsole.ui.live.keys import Command, ConsoleKey, shown_key

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(...) calls


def _button(text: str, action: Command, name: str = "", lines: int = 2) -> QPushButton:
    """A control with its key: on a second line (``lines=2``) or after it on one."""
    joiner = "\n" if lines == 2 else "   "
    button = QPushButton(f"{text}{joiner}{shown_key(action)}")
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    button.setObjectName(name or "liveButton")
    button.setProperty("action", action.value)
    button.setProperty("lines", lines)
    return button


def fit_height(button: QPushButton, at_least: int = 0) -> None:
    """As tall as its lines of text need (in its own, styled font) and never under
    ``MIN_TARGET_PX`` (or ``at_least``): a label must never be cut off at the top or
    bottom. Said in the button's style sheet: the theme's ``min-height`` would replace a
    plain minimum height each time the button is polished again (a state restyles it)."""
    button.ensurePolished()
    lines = int(button.property("lines") or 1)
    metrics = button.fontMetrics()
    text = lines * metrics.lineSpacing() - metrics.leading()
    chrome = 2 * BUTTON_PADDING_PX + 2  # padding and a 1 px border, above and below
    content = max(text, max(MIN_TARGET_PX, at_least) - chrome)
    button.setStyleSheet(f"min-height: {content}px;")


#: The smallest a control may be (a comfortable touch and click target).
MIN_TARGET_PX = 44
BUTTON_PADDING_PX = 4


PANEL_STYLE = f"""
QPushButton#liveButton, QPushButton#goButton, QPushButton#stopButton,
QPushButton#hardStopButton {{ font-size: {theme.BASE_POINT_SIZE + 1}pt; border-radius: 12px;
    padding: {BUTTON_PADDING_PX}px 8px; }}
QPushButton#goButton {{
    background: {theme.GO}; color: #eef2ee; border: 1px solid #6f9f7e;
    font-size: {theme.BASE_POINT_SIZE + 8}pt; font-weight: 600;
}}
QPushButton#goButton:disabled {{ background: #34453a; color: {theme.MUTED}; }}
QPushButton#stopButton {{ background: #3a3428; border: 1px solid {theme.WARN}; }}
QPushButton#hardStopButton {{ color: {theme.MUTED}; }}
QPushButton#hardStopButton[armed="true"] {{
    background: #4a2f2c; color: {theme.TEXT}; border: 1px solid {theme.ALERT};
}}
QPushButton#liveButton[active="true"] {{ background: #34404a; border: 1px solid {theme.ACCENT}; }}
QLabel#softenLevel {{ font-size: {theme.BASE_POINT_SIZE + 2}pt; color: {theme.MUTED}; }}
QLabel#softenLevel[softened="true"] {{ color: {theme.WARN}; }}
"""


def skip_music(cue_kind: str) -> str:
    """What skipping a cue of ``cue_kind`` does to the music bed ("" when nothing)."""
    if cue_kind == "bed_start":
        return QCoreApplication.translate("ControlPanel", "its music will not start")
    if cue_kind == "bed_stop":
        return QCoreApplication.translate("ControlPanel", "the music plays on")
    return ""


def go_text(meaning: GoMeaning) -> str:
    """GO's label: GO, and what it does when that is not the cue standing by."""
    if meaning is GoMeaning.RESUME:
        return translate("ControlPanel", "GO · resume", "GO resumes the paused session")
    if meaning is GoMeaning.CONTINUE:
        return translate("ControlPanel", "GO · continue", "GO continues the stopped cue")
    return "GO"  # GO is GO in every language


class ControlPanel(QWidget):
    """The buttons offer exactly what the session allows now (``SessionSnapshot``); a
    button that is not allowed is greyed, and its tooltip says why."""

    triggered = Signal(str)  # an Action value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(PANEL_STYLE)
        self.go = _button("GO", Action.GO, "goButton", lines=1)  # GO is GO in every language
        self.pause = _button(translate("ControlPanel", "Pause", "pause the session"), Action.PAUSE)
        self._tips: dict[QPushButton, str] = {}
        self.soften = _button(translate("ControlPanel", "Soften"), Action.SOFTEN)
        self.restore = _button(
            translate("ControlPanel", "Restore", "undo softening"), Action.RESTORE
        )
        self.hold = _button(translate("ControlPanel", "Hold", "hold the current cue"), Action.HOLD)
        self.extend = _button(translate("ControlPanel", "Extend 30 s"), Action.EXTEND)
        self.extend.setToolTip(
            self.tr("A breathing pause of 30 seconds after the cue that is playing")
        )
        self.back = _button(translate("ControlPanel", "Back"), Action.BACK)
        # After a safe stop GO continues the interrupted cue; this leaves it (beside GO).
        self.next_cue = _button(translate("ControlPanel", "Next cue"), Action.NEXT)
        self.next_cue.setToolTip(self.tr("Leave the stopped cue and start the one standing by"))
        self.next_cue.setParent(self)
        self.next_cue.hide()
        self.skip = _button(translate("ControlPanel", "Skip", "skip a cue"), Action.SKIP)
        self._skip_shown: tuple[object, ...] = ()
        self.safe_stop = _button(
            translate("ControlPanel", "Safe stop"), Action.SAFE_STOP, "stopButton", lines=1
        )
        self.hard_stop = _button(
            translate("ControlPanel", "Stop now"), Action.HARD_STOP, "hardStopButton"
        )
        self.soften_level = QLabel(soften_label(0))
        self.soften_level.setObjectName("softenLevel")
        self.soften_level.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.wait_pace = QLabel()
        self.wait_pace.setObjectName("softenLevel")
        self.wait_pace.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.wait_pace.setToolTip(
            self.tr("The session's pace: pauses, cards and waits take this long")
        )

        # GO on top and Safe stop at the bottom are the largest; Skip is wide enough to
        # name the cue it acts on.
        grid = QGridLayout(self)
        self._grid = grid
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        grid.addWidget(self.go, 0, 0, 1, 3)
        grid.addWidget(self.pause, 1, 0)
        grid.addWidget(self.hold, 1, 1)
        grid.addWidget(self.extend, 1, 2)
        grid.addWidget(self.soften, 2, 0)
        grid.addWidget(self.restore, 2, 1)
        levels = QVBoxLayout()
        levels.setSpacing(0)
        levels.addWidget(self.soften_level)
        levels.addWidget(self.wait_pace)
        grid.addLayout(levels, 2, 2)
        grid.addWidget(self.back, 3, 0)
        grid.addWidget(self.skip, 3, 1, 1, 2)
        grid.addWidget(self.safe_stop, 4, 0, 1, 2)
        grid.addWidget(self.hard_stop, 4, 2)
        for row, stretch in enumerate((3, 2, 2, 2, 3)):
            grid.setRowStretch(row, stretch)
        for column in range(3):
            grid.setColumnStretch(column, 1)

        for button in (
            self.go,
            self.pause,
            self.soften,
            self.restore,
            self.hold,
            self.extend,
            self.back,
            self.skip,
            self.safe_stop,
            self.hard_stop,
            self.next_cue,
        ):
            action = Action(button.property("action"))
            button.clicked.connect(lambda _=False, a=action: self.trigger(a))
            fit_height(button, {self.safe_stop: 52, self.go: 56}.get(button, 0))

    def trigger(self, action: Command) -> None:
        """A button or a key asked for ``action``."""
        self.triggered.emit(action.value)

    def show_state(self, state: SessionSnapshot) -> None:
        pause = (
            translate("ControlPanel", "Resume", "resume the session")
            if state.paused
            else translate("ControlPanel", "Pause", "pause the session")
        )
        self.pause.setText(f"{pause}\n{shown_key(Action.PAUSE)}")
        _restyle(self.pause, "active", state.paused)
        hold = (
            translate("ControlPanel", "Release", "release a held cue")
            if state.held
            else translate("ControlPanel", "Hold", "hold the current cue")
        )
        self.hold.setText(f"{hold}\n{shown_key(Action.HOLD)}")
        _restyle(self.hold, "active", state.held)
        self.soften_level.setText(soften_label(state.soften_level))
        _restyle(self.soften_level, "softened", state.soften_level > 0)
        go = f"{go_text(state.go)}   {shown_key(Action.GO)}"
        if self.go.text() != go:
            self.go.setText(go)
        self._show_skip(state)
        self._show_armed(state.hard_stop_armed)
        self._show_next(state.allows(Action.NEXT))
        for button, action in self._actions(state):
            self._offer(button, action, state)
        keys = f"{shown_key(ConsoleKey.WAITS_SHORTER)} {shown_key(ConsoleKey.WAITS_LONGER)}"
        self.wait_pace.setText(
            translate("ControlPanel", "Waits ×{pace}  ({keys})").format(
                pace=f"{state.pace:g}", keys=keys
            )
        )
        _restyle(self.wait_pace, "softened", abs(state.pace - 1.0) > 1e-6)

    def _show_next(self, shown: bool) -> None:
        """Next cue stands beside GO while it is on offer (after a safe stop); GO has the
        whole row otherwise. The panel's height is the same either way."""
        if self.next_cue.isVisibleTo(self) == shown:
            return
        self._grid.removeWidget(self.go)
        if shown:
            self._grid.addWidget(self.go, 0, 0, 1, 2)
            self._grid.addWidget(self.next_cue, 0, 2)
        else:
            self._grid.removeWidget(self.next_cue)
            self._grid.addWidget(self.go, 0, 0, 1, 3)
        self.next_cue.setVisible(shown)

    def button_for(self, action: Action) -> QPushButton | None:
        """The control that does ``action`` (None: no button does it)."""
        buttons = {
            Action.GO: self.go, Action.NEXT: self.next_cue, Action.PAUSE: self.pause,
            Action.RESUME: self.pause, Action.SOFTEN: self.soften, Action.RESTORE: self.restore,
            Action.HOLD: self.hold, Action.EXTEND: self.extend, Action.BACK: self.back,
            Action.SKIP: self.skip, Action.SAFE_STOP: self.safe_stop,
            Action.HARD_STOP: self.hard_stop,
        }  # fmt: skip
        return buttons.get(action)

    def _actions(self, state: SessionSnapshot) -> tuple[tuple[QPushButton, Action], ...]:
        return (
            (self.go, Action.GO),
            (self.pause, state.pause_toggle),
            (self.soften, Action.SOFTEN),
            (self.restore, Action.RESTORE),
            (self.hold, Action.HOLD),
            (self.extend, Action.EXTEND),
            (self.back, Action.BACK),
            (self.skip, Action.SKIP),
            (self.safe_stop, Action.SAFE_STOP),
            (self.hard_stop, Action.HARD_STOP),
        )

    def _offer(self, button: QPushButton, action: Action, state: SessionSnapshot) -> None:
        """Enabled exactly when the session allows ``action``; else the tooltip says why."""
        why = state.refusals.get(action)
        button.setEnabled(why is None)
        tip = why if why is not None else self._tips.setdefault(button, button.toolTip())
        if button.toolTip() != tip:
            button.setToolTip(tip)

    def _show_skip(self, state: SessionSnapshot) -> None:
        """Skip names the cue it acts on (the one standing by), and what a skipped bed
        cue means for the music."""
        row = state.standby_row
        wanted = (row, state.ended, self.skip.width())
        if wanted == self._skip_shown:  # ten redraws a second: measure text only on change
            return
        self._skip_shown = wanted
        key = shown_key(Action.SKIP)
        if row is None or state.ended:
            text, tip = f"{self.tr('Skip')}\n{key}", ""
        else:
            what = self.tr("Skip {number} {title}").format(
                number=cue_number(row.position), title=row.title
            )
            room = max(40, self.skip.width() - 20)
            first = self.skip.fontMetrics().elidedText(what, Qt.TextElideMode.ElideRight, room)
            music = skip_music(row.cue_kind)
            text = f"{first}\n{key}" + (f" · {music}" if music else "")
            tip = what + (f": {music}" if music else "")
        if self.skip.text() != text:
            self.skip.setText(text)
            self._tips[self.skip] = tip

    def _show_armed(self, armed: bool) -> None:
        first = (
            translate("ControlPanel", "Again to stop")
            if armed
            else translate("ControlPanel", "Stop now")
        )
        self.hard_stop.setText(f"{first}\n{shown_key(Action.HARD_STOP)}")
        _restyle(self.hard_stop, "armed", armed)


def _restyle(widget: QWidget, name: str, value: bool) -> None:
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
