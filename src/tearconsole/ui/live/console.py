"""The live console: cue list, teleprompter, preview, clocks, controls and a quick note.

It lays widgets out and passes keys and clicks to a ``ConsoleDriver``; several times a
second it draws the driver's ``ConsoleState``. Nothing here opens a dialog: the hard
stop arms inline, notices are a line of text, and a note is typed in place.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tearconsole.playback.player import can_embed_video
from tearconsole.settings import Settings
from tearconsole.ui import theme
from tearconsole.ui.audience.scene import CALM
from tearconsole.ui.audience.window import AudienceWindow
from tearconsole.ui.live.clocks import Clocks
from tearconsole.ui.live.controls import ControlPanel
from tearconsole.ui.live.cue_model import CueListModel, ProgressDelegate
from tearconsole.ui.live.driver import ConsoleDriver
from tearconsole.ui.live.keys import (
    BINDINGS,
    SEEK_STEP_S,
    Action,
    next_speed,
    shown_key,
    step_wait_pace,
)
from tearconsole.ui.live.preview import Preview
from tearconsole.ui.live.rehearsal_bar import RehearsalBar
from tearconsole.ui.live.state import ConsoleState, RowState
from tearconsole.ui.live.teleprompter import Teleprompter
from tearconsole.ui.live.timing_model import TimingModel
from tearconsole.ui.live.two_step import TwoStep

REFRESH_MS = 100
#: Closing the main window mid-session: a second close within this many seconds quits.
CLOSE_AGAIN_S = 5.0
CLOSE_NOTICE = f"Close again within {CLOSE_AGAIN_S:.0f} s to end the session and quit."
PACE_KEY = "teleprompter_pace"

REHEARSAL_BANNER = (
    f"background: {theme.WARN}; color: #1b1a16; font-weight: 600; border-radius: 6px; "
    "padding: 4px 12px;"
)


def _table(model: object) -> QTableView:
    table = QTableView()
    table.setModel(model)  # type: ignore[arg-type]
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setShowGrid(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(40)
    return table


class LiveConsole(QWidget):
    """One session's console. ``driver`` runs it; ``audience`` is the room's window."""

    refreshed = Signal()
    finish_requested = Signal()

    def __init__(
        self,
        driver: ConsoleDriver,
        audience: AudienceWindow,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.driver = driver
        self.audience = audience
        self.settings = settings
        self.state = ConsoleState()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        first = driver.snapshot()
        self.rehearsal = first.rehearsal
        self.audience_wanted = False  # in rehearsal: the facilitator asked for the room

        self.title = QLabel(first.plan_name)
        self.title.setObjectName("pageTitle")
        self.mode = QLabel(
            self.tr("REHEARSAL  ·  the room's screen is left alone") if self.rehearsal else ""
        )
        self.mode.setStyleSheet(REHEARSAL_BANNER if self.rehearsal else "")
        self.mode.setVisible(self.rehearsal)
        self.mode.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        self.notice = QLabel("")
        self.notice.setStyleSheet(f"color: {theme.WARN};")
        self.notice.setWordWrap(True)
        self.screen_choice = QComboBox()
        self.screen_choice.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.audience_button = QPushButton()
        self.audience_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.audience_button.clicked.connect(self.toggle_audience)
        self.finish_button = QPushButton(self.tr("Finish the session"))
        self.finish_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.finish_button.setObjectName("goButton")
        self.finish_button.setStyleSheet(f"background: {theme.GO};")
        self.finish_button.clicked.connect(self.finish_requested.emit)
        self.finish_button.hide()

        self.cues = CueListModel()
        self.cue_table = _table(self.cues)
        self.cue_table.setItemDelegateForColumn(5, ProgressDelegate(self.cue_table))
        header = self.cue_table.horizontalHeader()
        # Fixed widths, measured once: ResizeToContents re-measured every row on each
        # progress update (most of the console's redraw time).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(36)
        self.cues.modelReset.connect(self._size_cue_columns)
        self.timing = TimingModel()
        self.timing_table = _table(self.timing)
        self.timing_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tabs = QTabWidget()
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.addTab(self.cue_table, self.tr("Cues"))
        if self.rehearsal:
            self.tabs.addTab(self.timing_table, self.tr("Rehearsed vs planned"))

        pace = settings.get_float(PACE_KEY, 1.0) if settings else 1.0
        self.teleprompter = Teleprompter(pace)
        self.preview = Preview(audience)
        self.clocks = Clocks()
        self.controls = ControlPanel()
        self.controls.triggered.connect(lambda value: self.driver.perform(Action(value)))
        self.note = QLineEdit()
        self.note.setPlaceholderText(
            self.tr("Note ({key}): Enter private, Shift+Enter shared").format(
                key=shown_key(Action.NOTE)
            )
        )
        self.note.setToolTip(
            self.tr(
                "A quick note for the session's record. Enter keeps it private (out of "
                "reports unless asked for); Shift+Enter keeps it as shareable."
            )
        )
        self.note.returnPressed.connect(self._keep_note)
        self.note.installEventFilter(self)
        self.rehearsal_bar = self._rehearsal_bar()
        self.close_guard = TwoStep(CLOSE_AGAIN_S)
        self._followed = -1

        # Live: one line on top (notices between the title and the clocks). Rehearsal: its
        # banner on top, and a second line for speed, seeking and notices.
        top = QHBoxLayout()
        top.setSpacing(14)
        top.addWidget(self.title)
        second = QHBoxLayout() if self.rehearsal_bar is not None else top
        if self.rehearsal_bar is not None:
            top.addWidget(self.mode)
            top.addStretch(1)
            second.addWidget(self.rehearsal_bar)
        second.addWidget(self.notice, 1)
        second.addWidget(self.finish_button)
        second.addWidget(QLabel(self.tr("Room's screen:")))
        second.addWidget(self.screen_choice)
        top.addWidget(self.clocks)
        self.preview.header.addWidget(self.audience_button)
        left = QVBoxLayout()
        left.addWidget(self.tabs, 2)
        left.addWidget(self.teleprompter, 3)
        right = QVBoxLayout()
        right.setSpacing(10)
        right.addWidget(self.preview)
        right.addWidget(self.controls, 1)
        right.addWidget(self.note)
        body = QHBoxLayout()
        body.setSpacing(20)
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        if second is not top:
            layout.addLayout(second)
        layout.addLayout(body, 1)

        self._shortcuts = []
        for binding in BINDINGS:
            shortcut = QShortcut(QKeySequence(binding.keys), self)
            # GO and safe stop work wherever the focus is while the console is shown (a
            # field being typed in keeps its Space); the rest only inside the console.
            always = binding.action in (Action.GO, Action.SAFE_STOP)
            shortcut.setContext(
                Qt.ShortcutContext.WindowShortcut
                if always
                else Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            shortcut.activated.connect(lambda a=binding.action: self.handle(a))
            self._shortcuts.append(shortcut)
        audience.key_handler = self.key_from_audience
        self._fill_screens()
        self.screen_choice.currentIndexChanged.connect(self._screen_chosen)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        if not self.rehearsal and audience.place():
            self.show_audience(True)
        self.refresh()

    # -- keys and buttons -------------------------------------------------------------
    def take_keys(self) -> None:
        """Give the console the keyboard (unless a note is being typed)."""
        if not self.note.hasFocus():
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def handle(self, action: Action) -> None:
        if action is Action.NOTE:
            self.note.setFocus()
        elif action is Action.AUDIENCE:
            self.toggle_audience()
        elif action in (Action.PACE_DOWN, Action.PACE_UP):
            pace = self.teleprompter.step_pace(1 if action is Action.PACE_UP else -1)
            if self.settings is not None:
                self.settings.set(PACE_KEY, pace)
        elif action in (Action.SEEK_BACK, Action.SEEK_FORWARD):
            if self.rehearsal:
                step = SEEK_STEP_S if action is Action.SEEK_FORWARD else -SEEK_STEP_S
                self.driver.seek(step)
        elif action in (Action.WAITS_LONGER, Action.WAITS_SHORTER):
            direction = 1 if action is Action.WAITS_LONGER else -1
            self.driver.set_pace(step_wait_pace(self.state.pace, direction))
        elif action is Action.SPEED:
            if self.rehearsal:
                self.driver.set_speed(next_speed(self.state.speed))
        else:
            self.controls.trigger(action)
        self.refresh()

    def key_from_audience(self, event: QKeyEvent) -> bool:
        """A key pressed while the audience window had the keyboard: the console's key."""
        pressed = QKeySequence(event.keyCombination())
        for binding in BINDINGS:
            if QKeySequence(binding.keys).matches(pressed) is QKeySequence.SequenceMatch.ExactMatch:
                self.handle(binding.action)
                return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Space in an empty note field is still GO: a half-started note never eats it.
        Shift+Enter keeps the note as shareable (Enter: private)."""
        if (
            watched is self.note
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            key, mods = event.key(), event.modifiers()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                mods & Qt.KeyboardModifier.ShiftModifier
            ):
                self._keep_note(private=False)
                return True
            if (
                key == Qt.Key.Key_Space
                and mods == Qt.KeyboardModifier.NoModifier
                and not self.note.text().strip()
            ):
                self.note.clear()
                self.setFocus()
                self.handle(Action.GO)
                return True
        return super().eventFilter(watched, event)

    def may_close_window(self) -> bool:
        """The main window is being closed. A live session asks for a second close within
        ``CLOSE_AGAIN_S`` (said inline, no dialog), then safe-stops before the window goes;
        a rehearsal, or a session already over, lets it close at once."""
        if self.rehearsal or self.state.ended:
            return True
        if not self.close_guard.press():
            self.refresh()
            return False
        if not self.state.stopped:
            self.driver.perform(Action.SAFE_STOP)  # logged; the session stays resumable
        self.refresh()
        return True

    def _keep_note(self, private: bool = True) -> None:
        text = self.note.text().strip()
        if text:
            self.driver.add_note(text, private=private)
        self.note.clear()
        self.setFocus()

    def _rehearsal_bar(self) -> RehearsalBar | None:
        if not self.rehearsal:
            return None
        bar = RehearsalBar()
        bar.speed_chosen.connect(self.driver.set_speed)
        bar.action.connect(lambda value: self.handle(Action(value)))
        return bar

    # -- the audience window ----------------------------------------------------------
    def _fill_screens(self) -> None:
        self.screen_choice.clear()
        for screen in QGuiApplication.screens():
            self.screen_choice.addItem(screen.name())
        self.audience.place()
        wanted = self.audience.wanted_screen
        if wanted is not None:
            self.screen_choice.setCurrentText(wanted.name())

    def _screen_chosen(self, index: int) -> None:
        screens = QGuiApplication.screens()
        if 0 <= index < len(screens):
            self.audience.move_to_screen(screens[index])

    def toggle_audience(self) -> None:
        self.show_audience(not self.audience.isVisible())

    def show_audience(self, visible: bool) -> None:
        self.audience_wanted = visible
        if visible:
            self.audience.show_scene(self.state.audience)
            self.audience.show_full_screen()
            QTimer.singleShot(0, self.window().activateWindow)  # keep the keys here
            if can_embed_video():
                self.driver.set_video_window(self.audience.video_handle())
        else:
            self.driver.set_video_window(None)
            self.audience.hide()
        self.refresh()

    # -- drawing ------------------------------------------------------------------------
    def refresh(self) -> None:
        state = self.driver.snapshot()
        self.state = state
        self.cues.set_rows(state.rows)
        self.clocks.show_state(state)
        self.controls.show_state(state)
        self._show_story(state)
        visible = self.audience.isVisible()
        # A rehearsal shows the room only what it was asked to (a calm card left up from
        # an earlier session stays calm).
        projecting = visible and (self.audience_wanted or not self.rehearsal)
        fraction = self.teleprompter.pacer.fraction
        self.preview.set_story_fraction(fraction)
        if projecting:
            self.audience.show_scene(state.audience)
            self.audience.scene_view.set_story_fraction(fraction)
        self.preview.show_scene(state.audience, projecting)
        self.audience_button.setText(
            (self.tr("Hide  ({key})") if visible else self.tr("Show  ({key})")).format(
                key=shown_key(Action.AUDIENCE)
            )
        )
        self.notice.setText(
            self.tr("Close again within {seconds} s to end the session and quit.").format(
                seconds=f"{CLOSE_AGAIN_S:.0f}"
            )
            if self.close_guard.armed()
            else state.notice
        )
        at_end = state.standby_position is None and not state.running_rows
        self.finish_button.setVisible((at_end or state.stopped) and not state.ended)
        if self.rehearsal:
            self.timing.set_rows(self.driver.timing_rows())
            if self.rehearsal_bar is not None:
                self.rehearsal_bar.show_speed(state.speed)
        self._follow_standby(state)
        self.refreshed.emit()

    def _show_story(self, state: ConsoleState) -> None:
        """The running story; when its planned time is up, the text stays (and scrolls
        on at the reader's pace) until another cue starts: nobody is cut off mid-line."""
        other_cue = any(row.kind != "bed" for row in state.running_rows)
        if state.story_text is not None or other_cue or state.stopped or state.ended:
            self.teleprompter.set_story(state.story_title, state.story_text)
        self.teleprompter.set_soften_level(state.soften_level)
        self.teleprompter.set_running(not (state.paused or state.stopped or state.ended))

    def _size_cue_columns(self) -> None:
        metrics = self.cue_table.fontMetrics()
        widest = QCoreApplication.translate("CueListModel", "standing by")  # the widest word
        bold = metrics.horizontalAdvance(widest) + 36
        for column, sample in ((0, "▶"), (1, "00"), (3, "pause"), (4, "10:00")):
            width = max(
                metrics.horizontalAdvance(sample),
                metrics.horizontalAdvance(
                    str(self.cues.headerData(column, Qt.Orientation.Horizontal, 0))
                ),
            )
            self.cue_table.setColumnWidth(column, width + 30)
        self.cue_table.setColumnWidth(5, bold)

    def _follow_standby(self, state: ConsoleState) -> None:
        """Keep the cue list on what matters: the cue just before the standing-by one
        (usually the one playing) at the top, the standing-by one under it."""
        rows = state.rows
        target = next((i for i, r in enumerate(rows) if r.state is RowState.STANDBY), None)
        if target is None:
            target = next((i for i, r in enumerate(rows) if r.state is RowState.RUNNING), None)
        if target is None or target == self._followed:
            return
        self._followed = target
        top = self.cues.index(max(0, target - 1), 0)
        self.cue_table.scrollTo(top, QAbstractItemView.ScrollHint.PositionAtTop)

    def shutdown(self) -> None:
        """Stop drawing and let go of the session's playback. A room's screen that is up
        stays up, on the calm card (never the desktop), until the facilitator hides it."""
        self._timer.stop()
        self.audience.key_handler = None
        self.teleprompter.set_running(False)
        self.driver.set_video_window(None)
        self.audience.show_scene(CALM)
        self.driver.close()
