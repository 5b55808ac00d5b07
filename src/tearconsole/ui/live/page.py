"""The Live page: choose a plan, start (or rehearse, or resume) it, and run its console.

Everything that may ask a question in a dialog happens here, outside a session: the
start dialog (group size, check-in) before the runner exists, the end dialog
(check-out) after the session has ended. During a session only the console is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tearconsole.core.checkin import EndInfo, StartInfo, plan_content_notes
from tearconsole.core.conductor.table import Action
from tearconsole.core.kinds import EventKind, SessionMode
from tearconsole.core.plan import PlanSpec
from tearconsole.errors import UserError
from tearconsole.live.audio import sound_problem_at_start, watch_session_audio
from tearconsole.live.opening import open_runner
from tearconsole.live.runner import LiveRunner
from tearconsole.playback.audio_outputs import system_for
from tearconsole.playback.audio_system import AudioSystem, chosen_device, remembered_names
from tearconsole.playback.engine import VlcOutput
from tearconsole.playback.player import can_embed_video
from tearconsole.playback.vlcenv import make_instance
from tearconsole.remote.participants import Phase, Tally
from tearconsole.settings import CLICKER_KEYS, ROOM_LEVEL_DB, Settings
from tearconsole.storage.db import Database
from tearconsole.storage.history import save_end_info, save_start_info
from tearconsole.storage.plans import load_plan, plan_choices
from tearconsole.ui import theme
from tearconsole.ui.audience.scene import CALM
from tearconsole.ui.audience.window import AudienceWindow
from tearconsole.ui.calm_widgets import CHECKBOX_STYLE
from tearconsole.ui.layouts import page_column, row
from tearconsole.ui.live.console import LiveConsole
from tearconsole.ui.live.keys import BY_ACTION, ConsoleKey, shown_key
from tearconsole.ui.participants.control import ParticipantsControl
from tearconsole.ui.participants.session_phones import SessionPhones, merge_phones
from tearconsole.ui.participants.status import ParticipantsStatus
from tearconsole.ui.participants.words import phones_reading
from tearconsole.ui.remote.control import RemoteControl
from tearconsole.ui.remote.status import RemoteStatus
from tearconsole.ui.room_check.level_bar import RoomLevelBar
from tearconsole.ui.room_check.page import (
    RoomCheckPage,
    checked_today,
    room_level_db,
)

#: (parent, plan, its content notes, rehearsal?, the sound problem to say or None)
AskStart = Callable[[QWidget, PlanSpec, Sequence[str], bool, str | None], StartInfo | None]
AskEnd = Callable[[QWidget, int | None], EndInfo | None]


def ask_start_dialog(
    parent: QWidget,
    plan: PlanSpec,
    notes: Sequence[str],
    rehearsal: bool,
    sound_problem: str | None = None,
) -> StartInfo | None:
    # the form: when a session starts
    from tearconsole.ui.session_start_dialog import SessionStartDialog

    room_check = getattr(parent, "open_room_check", None)
    return SessionStartDialog.ask(
        parent,
        plan_name=plan.name,
        content_notes=notes,
        rehearsal=rehearsal,
        sound_problem=sound_problem or "",
        on_room_check=(lambda: room_check(plan.id)) if room_check is not None else None,
    )


def ask_end_dialog(parent: QWidget, group_size: int | None) -> EndInfo | None:
    from tearconsole.ui.session_end_dialog import SessionEndDialog  # the form: when a session ends

    tally = parent.phones_tally if isinstance(parent, LivePage) else None
    phones = phones_reading(tally, Phase.CHECK_OUT) if tally is not None else None
    return SessionEndDialog.ask(parent, group_size=group_size, phones=phones)


class LivePage(QWidget):
    console_opened = Signal(object)  # the LiveConsole
    console_closed = Signal()
    session_finished = Signal(int)

    def __init__(
        self,
        db: Database,
        settings: Settings | None = None,
        ask_start: AskStart = ask_start_dialog,
        ask_end: AskEnd = ask_end_dialog,
        vlc_instance: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        """``vlc_instance``: a libVLC instance to share (tests); by default one of its own."""
        super().__init__(parent)
        self.db = db
        self.settings = settings if settings is not None else Settings.for_paths(db.paths)
        self.ask_start = ask_start
        self.ask_end = ask_end
        self.audience = AudienceWindow(self.settings)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self.console: LiveConsole | None = None
        self.remote: RemoteControl | None = None  # the session's phone remote (off at first)
        self.remote_status: RemoteStatus | None = None
        #: The session's participants' phones (off unless turned on), and what they said
        #: once the session closed (for the end dialog's merge).
        self._phones: SessionPhones | None = None
        self.phones_tally: Tally | None = None
        self._start_info = StartInfo()
        self._vlc: Any = vlc_instance
        self._owns_vlc = vlc_instance is None
        self._group_size: int | None = None

        self._room_offered = False
        self.chooser = self._build_chooser()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.chooser)
        self.room_check: RoomCheckPage | None = None  # made when first opened
        self.room_level = RoomLevelBar()  # the room's master level, live
        self.room_level.changed.connect(self.set_room_level)
        self.room_level.hide()
        self._runner: LiveRunner | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        self.reload()

    # -- the screen's parts ------------------------------------------------------------
    def _build_chooser(self) -> QWidget:
        """Before a session: the page's title and hint, the plan with Start, Rehearse
        and Room check, the clicker's keys, the sound output, and any message."""
        title = QLabel(self.tr("Live"))
        title.setObjectName("pageTitle")
        hint = QLabel(
            self.tr(
                "Choose a plan. Start it for the room, or rehearse it first: a rehearsal is "
                "recorded too, and leaves the room's screen alone."
            )
        )
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        start_row = self._build_start_row()
        self._build_sound_lines()
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # may carry a plan's name
        self.clicker = self._build_clicker()
        self._build_room_button()
        chooser = QWidget()
        column = page_column(
            chooser,
            title,
            hint,
            start_row,
            self.clicker,
            self.sound_line,
            self.sound_problem,
            self.message,
        )
        column.setSpacing(12)
        column.addWidget(self.room_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        return chooser

    def _build_start_row(self) -> QHBoxLayout:
        """The plan to run, Start, Rehearse and Room check."""
        self.plans = QComboBox()
        self.plans.setMinimumWidth(320)
        # the sound line says where this plan's sound goes (a plan may have its own output)
        self.plans.currentIndexChanged.connect(self._plan_shown)
        self.start_button = QPushButton(self.tr("Start session"))
        self.start_button.setStyleSheet(
            f"background: {theme.GO}; color: #eef2ee; font-weight: 600; padding: 8px 28px;"
        )
        self.rehearse_button = QPushButton(self.tr("Rehearse"))
        self.room_check_button = QPushButton(self.tr("Room check…"))
        self.room_check_button.setToolTip(
            self.tr("Sound output and level, the room's screen, and the plan's files, now")
        )
        self.room_check_button.clicked.connect(lambda: self.open_room_check())
        self.start_button.clicked.connect(lambda: self._open_chosen(rehearsal=False))
        self.rehearse_button.clicked.connect(lambda: self._open_chosen(rehearsal=True))
        return row((self.plans, 1), self.start_button, self.rehearse_button, self.room_check_button)

    def _build_sound_lines(self) -> None:
        """Where the sound goes, and a problem with it (no output, or not the chosen one)."""
        self.sound_line = QLabel("")
        self.sound_line.setObjectName("muted")
        self.sound_line.setWordWrap(True)
        self.sound_problem = QLabel("")  # no sound output, or not the chosen one
        self.sound_problem.setStyleSheet(f"color: {theme.WARN};")
        self.sound_problem.setWordWrap(True)
        self.sound_problem.hide()

    def _build_clicker(self) -> QCheckBox:
        clicker = QCheckBox(
            self.tr("Presentation clicker keys: Page Down = GO, Page Up = back, B or . = safe stop")
        )
        clicker.setStyleSheet(CHECKBOX_STYLE)
        clicker.setChecked(self.settings.get(CLICKER_KEYS))
        clicker.toggled.connect(lambda on: self.settings.set(CLICKER_KEYS, bool(on)))
        return clicker

    def _build_room_button(self) -> None:
        """After a session the room's screen stays on the calm card until hidden here."""
        self.room_button = QPushButton(
            self.tr("Hide the room's screen  ({key})").format(key=shown_key(ConsoleKey.AUDIENCE))
        )
        self.room_button.clicked.connect(self.toggle_room)
        self.room_button.hide()
        self.room_shortcut = QShortcut(QKeySequence(BY_ACTION[ConsoleKey.AUDIENCE].keys), self)
        self.room_shortcut.activated.connect(self.toggle_room)

    # -- choosing -----------------------------------------------------------------------
    def reload(self) -> None:
        names = plan_choices(self.db)
        current = self.plans.currentData()
        with QSignalBlocker(self.plans):  # the same plan, listed afresh
            self.plans.clear()
            for name, plan_id in names:
                self.plans.addItem(name, plan_id)
            if current is not None:
                self.plans.setCurrentIndex(max(0, self.plans.findData(current)))
        has_plans = bool(names)
        self._show_sound_line()
        self.start_button.setEnabled(has_plans)
        self.rehearse_button.setEnabled(has_plans)
        if not has_plans:
            self.message.setText(self.tr("There is no plan yet: make one on the Plans page."))

    def _plan_shown(self) -> None:
        if self.console is None and self.isVisible():
            self.check_sound()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.console is None:
            self.reload()
            QTimer.singleShot(0, self, self.check_sound)  # after the page has painted
        else:  # back from another page: GO and safe stop are at hand again
            self.console.take_keys()

    def _open_chosen(self, rehearsal: bool) -> None:
        plan_id = self.plans.currentData()
        if plan_id is None:
            return
        if not rehearsal and not self._room_offered and checked_today(self.settings) is None:
            self._room_offered = True  # offered once: Start again goes straight on
            self.open_room_check(
                plan_id,
                self.tr(
                    "Before the first session today, a minute for the room: hear the sound, "
                    "see the screen, check the files. Done, or Back and Start session again, "
                    "to go on."
                ),
            )
            return
        self.open_plan(plan_id, rehearsal=rehearsal)

    # -- the room check ------------------------------------------------------------------
    def _audio_system(self) -> AudioSystem:
        return system_for(headless=False) if self._owns_vlc else AudioSystem.NONE

    def _instance(self) -> Any:
        if self._vlc is None:
            self._vlc = make_instance(headless=False)
        return self._vlc

    def open_room_check(self, plan_id: int | None = None, message: str = "") -> RoomCheckPage:
        """Show the Room check in place of the chooser (never during a session)."""
        if self.room_check is None:
            self.room_check = RoomCheckPage(
                self.db, self.settings, self.audience, self._instance, self._audio_system()
            )
            self.room_check.back.connect(self._back_from_room_check)
            self.stack.addWidget(self.room_check)
        chosen = plan_id if plan_id is not None else self.plans.currentData()
        self.room_check.open_for(chosen, message)
        self.stack.setCurrentWidget(self.room_check)
        return self.room_check

    def _back_from_room_check(self) -> None:
        if self.console is None:
            self.stack.setCurrentWidget(self.chooser)
            self.reload()
            self.check_sound()  # what was chosen there, said here

    def _show_sound_line(self) -> None:
        last = checked_today(self.settings)
        if last is not None:
            self.sound_line.setText(
                self.tr(
                    "Room checked today at {time}: sound on {output}, level {level} dB."
                ).format(
                    time=str(last.get("time", ""))[11:16],
                    output=last.get("output") or self.tr("the system's default output"),
                    level=f"{float(last.get('room_level_db') or 0):+.0f}",
                )
            )
        else:
            self.sound_line.setText(self.tr("The room has not been checked today."))

    def check_sound(self, plan_id: int | None = None) -> str | None:
        """Say here when sound would not go to a chosen output (none, none chosen, or
        the chosen one gone) for ``plan_id`` (by default the plan shown)."""
        problem = None
        if self._owns_vlc:  # an instance handed in (tests) plays nowhere on purpose
            system = self._audio_system()
            plan = plan_id if plan_id is not None else self.plans.currentData()
            problem = sound_problem_at_start(self.settings, self._instance(), system, plan)
        self.sound_problem.setText(problem or "")
        self.sound_problem.setVisible(problem is not None)
        return problem

    # -- opening a session ------------------------------------------------------------------
    def open_plan(self, ref: str | int, rehearsal: bool = False) -> LiveConsole | None:
        """Stand ``ref`` by in the console (after the start dialog); None if not started."""
        if self.console is not None:
            self.message.setText(self.tr("A session is already running."))
            return self.console
        try:
            plan = load_plan(self.db, ref)
        except UserError as exc:
            self.message.setText(str(exc))
            return None
        if not plan.cues:
            self.message.setText(
                self.tr("{plan} has no cues yet: add some on the Plans page.").format(
                    plan=plan.name
                )
            )
            return None
        # the last look before the room: no sound output is said in the form too
        problem = self.check_sound(plan.id)
        info = self.ask_start(self, plan, plan_content_notes(plan), rehearsal, problem)
        if info is None:
            return None
        mode = SessionMode.REHEARSAL if rehearsal else SessionMode.LIVE
        runner = open_runner(self.db, self._instance(), plan, mode=mode, parent=self)
        save_start_info(self.db, runner.session_id, info)
        self._group_size = info.group_size
        self._start_info = info
        console = self._run(runner, rehearsal)
        if info.participants and self._phones is not None:
            self._phones.from_form(rehearsal)
        return console

    def resume_session(self, session_id: int) -> LiveConsole | None:
        """Reopen an interrupted session, paused at the cue and position it was at."""
        if self.console is not None:
            return self.console
        try:
            runner = open_runner(self.db, self._instance(), resume_id=session_id, parent=self)
        except UserError as exc:
            self.message.setText(str(exc))
            return None
        self._group_size = None
        self._start_info = StartInfo()
        return self._run(runner, runner.options.mode is SessionMode.REHEARSAL)

    def _run(self, runner: LiveRunner, rehearsal: bool) -> LiveConsole:
        output = runner.output
        assert isinstance(output, VlcOutput)  # open_runner plays through libVLC
        if not rehearsal and can_embed_video():
            # Before the first preload, and on screen already: libVLC's picture adjustment
            # (softening's dimming) did not take on a film preloaded into a hidden window.
            if self.audience.place():
                self.audience.show_full_screen()
            output.set_video_window(self.audience.video_handle())
        runner.ended.connect(lambda sid: self._ended(sid, runner.waiting_notice))
        chosen = chosen_device(self.settings, runner.plan.id)
        if self._owns_vlc:
            names = remembered_names(self.settings)
            watch_session_audio(
                runner, output, self._vlc, self._audio_system(), chosen, names=names
            )
        else:  # an instance handed in (tests): its outputs are not the room's
            output.set_audio_device(chosen)
        output.set_room_level(room_level_db(self.settings), 0.0)
        self._runner = runner
        self.room_level.set_level(room_level_db(self.settings))
        runner.start()
        room = checked_today(self.settings)
        if room is not None:  # the day's room check goes into the session's record
            runner.session.record(EventKind.ROOM_CHECK, room)
        console = LiveConsole(runner, self.audience, self.settings)
        console.finish_requested.connect(self._finish)
        self.console = console
        self.remote = RemoteControl(runner, self.db.paths.data_dir, self)
        self.remote.key_handler = console.key_from_audience
        self.remote.flooded.connect(runner.session.tell)  # said on the notice line, once
        self.remote_status = RemoteStatus(self.remote)
        self._phones = SessionPhones(runner, self.audience, self)
        self.phones_tally = None
        console.add_status(self.room_level)
        console.add_status(self._phones.beside(self.remote_status))
        self.room_level.show()
        self.room_shortcut.setEnabled(False)  # the console has its own
        self.stack.addWidget(console)
        self.stack.setCurrentWidget(console)
        console.take_keys()
        self.console_opened.emit(console)
        return console

    # -- closing -------------------------------------------------------------------------
    def _finish(self) -> None:
        if self.participants is not None:
            self.participants.record_now()  # the room's last counts, before the end
        if self.console is not None:
            self.console.handle(Action.END)  # a note still being typed is kept first

    def _ended(self, session_id: int, waiting: str = "") -> None:
        self.close_console()
        info = self.ask_end(self, self._group_size)
        tally, self.phones_tally = self.phones_tally, None
        info = merge_phones(self.db, session_id, self._start_info, tally, info)
        if info is not None:
            save_end_info(self.db, session_id, info)
        # steps still waiting to be saved (a full disk): say so, never "saved"
        self.message.setText(
            waiting or self.tr("The session is over and saved; the History page has it.")
        )
        self.session_finished.emit(session_id)

    def set_room_level(self, level_db: float) -> None:
        """The room's master level, changed while a session runs: logged, then heard."""
        self.settings.set(ROOM_LEVEL_DB, level_db)
        if self._runner is not None:
            self._runner.session.record(EventKind.ROOM_LEVEL, {"level_db": level_db})
            output = self._runner.output
            if isinstance(output, VlcOutput):
                output.set_room_level(level_db)

    def close_console(self) -> None:
        """Leave the console (an unfinished session stays open, and can be resumed)."""
        self._runner = None
        self.room_level.hide()
        self.room_level.setParent(self)  # the page's, kept for the next console
        console, self.console = self.console, None
        self._remote_off()
        phones, self._phones = self._phones, None
        if phones is not None:
            self.phones_tally = phones.close()
        if console is not None:
            console.shutdown()
            self.stack.removeWidget(console)
            console.deleteLater()
        self.audience.key_handler = self._room_key
        self.room_shortcut.setEnabled(True)
        self._show_room_button()
        self.stack.setCurrentWidget(self.chooser)
        self.reload()
        if console is not None:
            self.console_closed.emit()

    def start_remote(self, address: str) -> RemoteControl:
        """Turn the session's phone remote on, listening on ``address`` only."""
        if self.remote is None:
            raise OSError("There is no session for the remote to follow.")
        self.remote.turn_on(address)
        return self.remote

    # -- the participants' phones ----------------------------------------------------------
    def start_participants(self, address: str) -> ParticipantsControl:
        """Turn the session's participants' phones on, listening on ``address`` only."""
        if self._phones is None:
            raise OSError(self.tr("There is no session for the participants' phones."))
        return self._phones.start(address)

    @property
    def participants(self) -> ParticipantsControl | None:
        return self._phones.control if self._phones is not None else None

    @property
    def participants_status(self) -> ParticipantsStatus | None:
        return self._phones.status if self._phones is not None else None

    def _remote_off(self) -> None:
        """The session is over (or the app quits): the remote stops listening."""
        remote, self.remote = self.remote, None
        if self.remote_status is not None:
            self.remote_status.close_panel()
            self.remote_status = None
        if remote is not None:
            remote.turn_off()
            remote.deleteLater()

    def live_session_running(self) -> bool:
        """A session for the room (not a rehearsal) is in the console."""
        return self.console is not None and not self.console.rehearsal

    # -- the room's screen between sessions -------------------------------------------------
    def toggle_room(self) -> None:
        """Hide the calm card left up after a session (or put it up again)."""
        if self.console is not None:
            self.console.toggle_audience()
            return
        if self.audience.isVisible():
            self.audience.hide()
        else:
            self.audience.place()
            self.audience.show_scene(CALM)
            self.audience.show_full_screen()
        self._show_room_button()

    def _room_key(self, event: QKeyEvent) -> bool:
        pressed = QKeySequence(event.keyCombination())
        wanted = QKeySequence(BY_ACTION[ConsoleKey.AUDIENCE].keys)
        if wanted.matches(pressed) is QKeySequence.SequenceMatch.ExactMatch:
            self.toggle_room()
            return True
        return False

    def _show_room_button(self) -> None:
        self.room_button.setVisible(self.console is None and self.audience.isVisible())

    def shutdown(self) -> None:
        if self.room_check is not None:
            self.room_check.shutdown()
        self.close_console()
        self.audience.close_for_good()
        if self._vlc is not None and self._owns_vlc:
            self._vlc.release()
        self._vlc = None
