"""The live console: cue list, teleprompter, preview, clocks, controls and a quick note.

It lays widgets out, passes keys and clicks to the session's one door
(``LiveSession.perform``) and draws each ``SessionSnapshot`` the session publishes,
offering exactly the actions it allows. Nothing here opens a dialog: the hard
stop arms inline, notices are a line of text, and a note is typed in place.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tearconsole.core.conductor.table import Action
from tearconsole.live.runner import LiveRunner
from tearconsole.live.snapshot import RowState, SessionSnapshot
from tearconsole.playback.player import can_embed_video
from tearconsole.settings import CLICKER_KEYS, TELEPROMPTER_PACE, Settings
from tearconsole.ui import theme
from tearconsole.ui.audience.scene import CALM
from tearconsole.ui.audience.window import AudienceWindow
from tearconsole.ui.live.banner import StateBanner, banner_chips
from tearconsole.ui.live.clocks import Clocks
from tearconsole.ui.live.controls import ControlPanel
from tearconsole.ui.live.cue_model import CueListModel, ProgressDelegate
from tearconsole.ui.live.flash import flash, refused
from tearconsole.ui.live.keys import (
    REPEATING,
    SEEK_STEP_S,
    Command,
    ConsoleKey,
    bindings,
    command,
    next_speed,
    shown_key,
    step_wait_pace,
)
from tearconsole.ui.live.note_field import NoteField
from tearconsole.ui.live.preview import Preview
from tearconsole.ui.live.rehearsal_bar import RehearsalBar
from tearconsole.ui.live.state_row import StateRow
from tearconsole.ui.live.teleprompter import Teleprompter
from tearconsole.ui.live.timing_model import TimingModel, timing_rows
from tearconsole.ui.live.two_step import TwoStep

#: Closing the main window mid-session: a second close within this many seconds quits.
CLOSE_AGAIN_S = 5.0
CLOSE_NOTICE = f"Close again within {CLOSE_AGAIN_S:.0f} s to end the session and quit."

#: The cue list shows at least this many rows before the teleprompter may grow; while a
#: story is read aloud, this many (the story needs the height more).
MIN_CUE_ROWS = 5
READING_CUE_ROWS = 3
#: The most of the console's height the story's lines may claim.
STORY_SHARE_AT_MOST = 0.5
#: How the cue list and the teleprompter share the left column's height beyond the cue
#: list's five rows, by whether a story is being read aloud.
CUES_STRETCH = {False: 3, True: 1}
STORY_STRETCH = {False: 2, True: 4}
#: The plan's name on top takes at most this width (the clocks need the rest).
TITLE_MAX_PX = 420


def _table(model: object) -> QTableView:
    table = QTableView()
    table.setModel(model)  # type: ignore[arg-type]
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setShowGrid(False)
    table.setWordWrap(False)  # one line a cue; a long title is elided, never cut in half
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(round(table.fontMetrics().height() * 1.75))
    return table


def _rows_high(table: QTableView, rows: int) -> int:
    """The height that shows the header and ``rows`` rows of ``table``."""
    header = table.horizontalHeader().sizeHint().height()
    row = table.verticalHeader().defaultSectionSize()
    return header + rows * row + 2 * table.frameWidth()


class LiveConsole(QWidget):
    """One session's console. ``runner`` runs it; ``audience`` is the room's window."""

    finish_requested = Signal()

    def __init__(
        self,
        runner: LiveRunner,
        audience: AudienceWindow,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.session = runner.session
        self.audience = audience
        self.settings = settings
        self.state = SessionSnapshot()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        first = self.session.snapshot
        self.rehearsal = first.rehearsal
        self.audience_wanted = False  # in rehearsal: the facilitator asked for the room

        self.title = self._build_title(first.plan_name)
        self._build_header_widgets()
        self.tabs = self._build_cue_tabs()
        pace = settings.get(TELEPROMPTER_PACE) if settings else 1.0
        self.teleprompter = Teleprompter(pace)
        self.preview = Preview(audience)
        self.preview.scene_view.set_show_readings(self.furigana.isChecked())
        self.clocks = Clocks()
        self.controls = ControlPanel()
        self.controls.triggered.connect(lambda value: self.handle(command(value)))
        self.note = self._build_note()
        self.rehearsal_bar = self._rehearsal_bar()
        self.close_guard = TwoStep(CLOSE_AGAIN_S)
        self._followed = -1
        self._lay_out()
        self._bind_keys(settings.get(CLICKER_KEYS) if settings else True)
        audience.key_handler = self.key_from_audience
        self._fill_screens()
        self.screen_choice.currentIndexChanged.connect(self._screen_chosen)
        runner.published.connect(self._draw)
        if not self.rehearsal and audience.place():
            self.show_audience(True)
        self.refresh()

    # -- the screen's parts ------------------------------------------------------------
    def _build_title(self, plan_name: str) -> QLabel:
        """The plan's name: a long one is shortened with an ellipsis (the whole name in
        its tooltip) rather than pushing the clocks off a small screen or being cut off."""
        title = QLabel()
        title.setObjectName("pageTitle")
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.ensurePolished()  # the page title's own (larger) font
        title.setText(
            title.fontMetrics().elidedText(plan_name, Qt.TextElideMode.ElideRight, TITLE_MAX_PX)
        )
        title.setToolTip(plan_name)
        return title

    def _build_header_widgets(self) -> None:
        """The state banner, a notice beside the title, the room's screen and furigana
        (over the preview) and the quiet Finish button."""
        self.banner = StateBanner()
        self.notice = QLabel("")
        self.notice.setStyleSheet(f"color: {theme.WARN};")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.screen_choice = QComboBox()
        self.screen_choice.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.screen_choice.setToolTip(self.tr("The screen the room's window goes to"))
        self.screen_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.screen_choice.setMinimumContentsLength(6)
        self.audience_button = QPushButton()
        self.audience_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.audience_button.clicked.connect(self.toggle_audience)
        # Quiet on purpose: after a safe stop GO goes on, and this ends the session.
        self.finish_button = QPushButton(self.tr("Finish the session…"))
        self.furigana = QCheckBox(self.tr("Furigana"))
        self.furigana.setToolTip(
            self.tr("Show the readings above a story's kanji on the room's screen")
        )
        self.furigana.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.furigana.setChecked(self.audience.scene_view.show_readings)
        self.furigana.toggled.connect(self._show_furigana)
        self.finish_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.finish_button.clicked.connect(self.finish_requested.emit)
        self.finish_button.hide()

    def _build_cue_tabs(self) -> QTabWidget:
        """The cue list; in rehearsal, the rehearsed timings against the plan beside it."""
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
        self.cue_table.setMinimumHeight(_rows_high(self.cue_table, MIN_CUE_ROWS))
        tabs = QTabWidget()
        tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        tabs.addTab(self.cue_table, self.tr("Cues"))
        if self.rehearsal:
            tabs.addTab(self.timing_table, self.tr("Rehearsed vs planned"))
        return tabs

    def _build_note(self) -> NoteField:
        """The quick-note field: Enter keeps a private note, Shift+Enter a shared one; what
        is typed and not sent is kept when the session ends (``_keep_unsent``)."""
        note = NoteField()
        note.setPlaceholderText(
            self.tr("Note ({key}): Enter private, Shift+Enter shared").format(
                key=shown_key(ConsoleKey.NOTE_FIELD)
            )
        )
        note.setToolTip(
            self.tr(
                "A quick note for the session's record. Enter keeps it private (out of "
                "reports unless asked for); Shift+Enter keeps it as shareable."
            )
        )
        note.kept.connect(
            lambda text, private: self.session.perform(Action.NOTE, text=text, private=private)
        )
        note.left.connect(lambda: self.setFocus(Qt.FocusReason.OtherFocusReason))
        note.go_pressed.connect(lambda: self.handle(Action.GO))
        return note

    def _lay_out(self) -> None:
        """On top the plan's name (any notice beside it) over the room's level and the
        phone remote (add_status), and the clocks; under them the state banner, whose
        row is the chips' own and Finish's; then the cue list and teleprompter (left)
        beside the room and the controls."""
        self.state_row = StateRow(self.banner)
        self.state_row.add_beside(self.finish_button)
        self.preview.header.addWidget(self.screen_choice)
        self.preview.header.addWidget(self.furigana)
        self.preview.header.addWidget(self.audience_button)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addLayout(self._build_left(), 3)
        body.addLayout(self._build_right(), 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(6)
        layout.addLayout(self._build_top())
        layout.addWidget(self.state_row)
        if self.rehearsal_bar is not None:  # speed and seeking: a line of their own
            layout.addWidget(self.rehearsal_bar)
        layout.addLayout(body, 1)

    def _build_top(self) -> QHBoxLayout:
        heading = QHBoxLayout()
        heading.setSpacing(14)
        heading.addWidget(self.title)
        heading.addWidget(self.notice, 1)
        self._status_line = QHBoxLayout()
        self._status_line.setSpacing(12)
        self._status_line.addStretch(1)
        plan = QVBoxLayout()
        plan.setSpacing(2)
        plan.addLayout(heading)
        plan.addLayout(self._status_line)
        top = QHBoxLayout()
        top.setSpacing(14)
        top.addLayout(plan, 1)
        top.addWidget(self.clocks)
        return top

    def _build_left(self) -> QVBoxLayout:
        """The cues over the teleprompter, the note field under the story being read."""
        left = QVBoxLayout()
        left.addWidget(self.tabs, CUES_STRETCH[False])
        left.addWidget(self.teleprompter, STORY_STRETCH[False])
        self._left = left
        self._reading = False
        left.addWidget(self.note)  # under the story being read (the controls need the height)
        return left

    def _build_right(self) -> QVBoxLayout:
        """What the room sees, over the controls."""
        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(self.preview, 2)
        right.addWidget(self.controls, 5)
        return right

    def _bind_keys(self, clicker: bool) -> None:
        """The console's keys (with a presentation clicker's when ``clicker``)."""
        self._shortcuts = []
        self.bindings = bindings(clicker)
        for binding in self.bindings:
            shortcut = QShortcut(QKeySequence(binding.keys), self)
            # GO and safe stop work wherever the focus is while the console is shown (a
            # field being typed in keeps its Space); the rest only inside the console (a
            # clicker's B or period typed into the note stays a letter).
            always = binding.action in (Action.GO, Action.SAFE_STOP, Action.NEXT) and not (
                binding.clicker and binding.action is Action.SAFE_STOP
            )
            shortcut.setContext(
                Qt.ShortcutContext.WindowShortcut
                if always
                else Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            shortcut.setAutoRepeat(binding.action in REPEATING)  # a held key acts once
            shortcut.activated.connect(lambda a=binding.action: self.handle(a))
            self._shortcuts.append(shortcut)

    def add_status(self, widget: QWidget) -> None:
        """A small status widget (the room's level, the phone remote's), under the plan's
        name."""
        self._status_line.insertWidget(self._status_line.count() - 1, widget)

    # -- keys and buttons -------------------------------------------------------------
    def take_keys(self) -> None:
        """Give the console the keyboard (unless a note is being typed)."""
        if not self.note.hasFocus():
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def handle(self, action: Command) -> None:
        """A key, button or clicker asked for ``action``: the console's own keys act
        here; every session action goes through the session's door."""
        state = self.state
        if action is ConsoleKey.NOTE_FIELD:
            self.note.setFocus()
        elif action is ConsoleKey.AUDIENCE:
            self.toggle_audience()
        elif action in (ConsoleKey.PROMPT_SLOWER, ConsoleKey.PROMPT_FASTER):
            pace = self.teleprompter.step_pace(1 if action is ConsoleKey.PROMPT_FASTER else -1)
            if self.settings is not None:
                self.settings.set(TELEPROMPTER_PACE, pace)
            flash(self.teleprompter.status)
        elif action in (ConsoleKey.SEEK_BACK, ConsoleKey.SEEK_FORWARD):
            if self.rehearsal:
                step = SEEK_STEP_S if action is ConsoleKey.SEEK_FORWARD else -SEEK_STEP_S
                self.session.perform(Action.SEEK, step)
        elif action in (ConsoleKey.WAITS_LONGER, ConsoleKey.WAITS_SHORTER):
            direction = 1 if action is ConsoleKey.WAITS_LONGER else -1
            pace = step_wait_pace(state.pace, direction)
            self._answer(self.controls.wait_pace, Action.PACE, pace)
        elif action is ConsoleKey.SPEED_STEP:
            if self.rehearsal:
                self.session.perform(Action.SPEED, next_speed(state.speed))
        elif isinstance(action, Action):
            if action in (Action.END, Action.HARD_STOP):
                self._keep_unsent()  # before the session ends
            wanted = state.pause_toggle if action is Action.PAUSE else action
            self._answer(self.controls.button_for(wanted), wanted)
        self.refresh()

    def _answer(self, shown: QWidget | None, action: Action, value: float | None = None) -> None:
        """Do ``action``; every key answers where the eye is: the control it acted on
        lights up (Extend says how long), or says in the warning colour why it did not."""
        outcome = self.session.perform(action, value)
        if shown is None:
            return
        if not outcome.done:
            refused(shown, outcome.told)
        elif action is Action.EXTEND:
            seconds = f"{self.session.conductor.settings.extend_s:g}"
            flash(shown, self.tr("+{seconds} s").format(seconds=seconds))
        else:
            flash(shown)

    def key_from_audience(self, event: QKeyEvent) -> bool:
        """A key pressed while the audience window had the keyboard: the console's key."""
        pressed = QKeySequence(event.keyCombination())
        for binding in self.bindings:
            if QKeySequence(binding.keys).matches(pressed) is QKeySequence.SequenceMatch.ExactMatch:
                if not event.isAutoRepeat() or binding.action in REPEATING:
                    self.handle(binding.action)
                return True
        return False

    def may_close_window(self) -> bool:
        """The main window is being closed. A live session asks for a second close within
        ``CLOSE_AGAIN_S`` (said inline, no dialog), then safe-stops before the window goes;
        a rehearsal, or a session already over, lets it close at once."""
        if self.rehearsal or self.state.ended:
            return True
        if not self.close_guard.press():
            self.refresh()
            return False
        self._keep_unsent()
        if not self.state.stopped:
            self.session.perform(Action.SAFE_STOP)  # logged; the session stays resumable
        self.refresh()
        return True

    def _keep_unsent(self) -> None:
        """A note typed and not sent is kept (as private) before the session ends."""
        text = self.note.take_unsent()
        if text:
            self.session.perform(Action.NOTE, text=text, private=True)

    def _rehearsal_bar(self) -> RehearsalBar | None:
        if not self.rehearsal:
            return None
        bar = RehearsalBar()
        bar.speed_chosen.connect(lambda speed: self.session.perform(Action.SPEED, speed))
        bar.action.connect(lambda value: self.handle(command(value)))
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

    def _show_furigana(self, show: bool) -> None:
        self.audience.set_show_readings(show)
        self.preview.scene_view.set_show_readings(show)

    def toggle_audience(self) -> None:
        self.show_audience(not self.audience.isVisible())

    def show_audience(self, visible: bool) -> None:
        self.audience_wanted = visible
        if visible:
            self.audience.show_scene(self.state.audience)
            self.audience.show_full_screen()
            QTimer.singleShot(0, self.window().activateWindow)  # keep the keys here
            if can_embed_video():
                self.runner.output.set_video_window(self.audience.video_handle())
        else:
            self.runner.output.set_video_window(None)
            self.audience.hide()
        self.refresh()

    # -- drawing ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Draw the session's latest snapshot again."""
        self._draw(self.session.snapshot)

    def _draw(self, state: SessionSnapshot) -> None:
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
        self.banner.show_chips(banner_chips(state, projecting))
        self.audience_button.setText(
            (self.tr("Hide  ({key})") if visible else self.tr("Show  ({key})")).format(
                key=shown_key(ConsoleKey.AUDIENCE)
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
            self.timing.set_rows(timing_rows(self.session.timings()))
            if self.rehearsal_bar is not None:
                self.rehearsal_bar.show_speed(state.speed)
        self._follow_standby(state)

    def _show_story(self, state: SessionSnapshot) -> None:
        """The running story; when its planned time is up, the text stays (and scrolls
        on at the reader's pace) until another cue starts: nobody is cut off mid-line."""
        other_cue = any(row.kind != "bed" for row in state.running_rows)
        if state.story_text is not None or other_cue or state.stopped or state.ended:
            self.teleprompter.set_story(state.story_title, state.story_text)
        reading = bool(self.teleprompter.view.text) and not self.teleprompter.view.muted
        if reading != self._reading:  # a story read aloud takes the height from the cues
            self._reading = reading
            self._left.setStretchFactor(self.tabs, CUES_STRETCH[reading])
            self._left.setStretchFactor(self.teleprompter, STORY_STRETCH[reading])
            self._give_story_lines(reading)
        self.teleprompter.set_soften_level(state.soften_level)
        self.teleprompter.set_running(not (state.paused or state.stopped or state.ended))

    def _give_story_lines(self, reading: bool) -> None:
        """While a story is read, the teleprompter gets the height its six whole lines
        need (the cue list keeps three rows); on a screen too small for that, as much of
        it as leaves the rest of the console its room."""
        view = self.teleprompter.view
        rows = READING_CUE_ROWS if reading else MIN_CUE_ROWS
        self.cue_table.setMinimumHeight(_rows_high(self.cue_table, rows))
        wanted = view.height_for_lines() if reading else 0
        view.setMinimumHeight(min(wanted, int(self.height() * STORY_SHARE_AT_MOST)))

    def _size_cue_columns(self) -> None:
        metrics = self.cue_table.fontMetrics()
        widest = QCoreApplication.translate("CueListModel", "standing by")  # the widest word
        bold = metrics.horizontalAdvance(widest) + 36
        # Just the padding each needs (a header's is 2 x 10 px in the theme): what is
        # left goes to the titles, which must not be elided on a laptop.
        pause = QCoreApplication.translate("Words", "Pause")
        bold_font = QFont(self.cue_table.font())
        bold_font.setBold(True)  # the running and standing-by rows are bold
        bold_metrics = QFontMetrics(bold_font)
        for column, sample in ((0, "▶"), (1, "00"), (3, pause), (4, "10:00")):
            header_text = str(self.cues.headerData(column, Qt.Orientation.Horizontal, 0))
            width = max(
                bold_metrics.horizontalAdvance(sample) + 16,
                metrics.horizontalAdvance(header_text) + 24,
            )
            self.cue_table.setColumnWidth(column, width)
        self.cue_table.setColumnWidth(5, bold)

    def _follow_standby(self, state: SessionSnapshot) -> None:
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
        self.runner.published.disconnect(self._draw)
        self.audience.key_handler = None
        self.teleprompter.set_running(False)
        self.runner.output.set_video_window(None)
        self.audience.show_scene(CALM)
        self.runner.close()
