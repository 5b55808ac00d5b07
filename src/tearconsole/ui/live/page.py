"""The Live page: choose a plan, start (or rehearse, or resume) it, and run its console.

Everything that may ask a question in a dialog happens here, outside a session: the
start dialog (group size, check-in) before the runner exists, the end dialog
(check-out) after the session has ended. During a session only the console is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tearconsole.core.checkin import EndInfo, StartInfo, plan_content_notes
from tearconsole.core.kinds import SessionMode
from tearconsole.core.plan import PlanSpec
from tearconsole.errors import UserError
from tearconsole.live.recovery import resume_runner
from tearconsole.live.runner import LiveRunner, RunOptions
from tearconsole.playback.engine import VlcOutput
from tearconsole.playback.player import can_embed_video
from tearconsole.playback.vlcenv import make_instance
from tearconsole.settings import Settings
from tearconsole.storage.db import Database
from tearconsole.storage.history import apply_end_info, apply_start_info
from tearconsole.storage.plans import all_plans, find_plan, plan_spec
from tearconsole.ui import theme
from tearconsole.ui.audience.scene import CALM
from tearconsole.ui.audience.window import AudienceWindow
from tearconsole.ui.live.binding import RunnerDriver
from tearconsole.ui.live.console import LiveConsole
from tearconsole.ui.live.keys import BY_ACTION, Action, shown_key

AskStart = Callable[[QWidget, PlanSpec, Sequence[str], bool], StartInfo | None]
AskEnd = Callable[[QWidget, int | None], EndInfo | None]


def ask_start_dialog(
    parent: QWidget, plan: PlanSpec, notes: Sequence[str], rehearsal: bool
) -> StartInfo | None:
    from tearconsole.ui.session_start_dialog import SessionStartDialog

    return SessionStartDialog.ask(
        parent, plan_name=plan.name, content_notes=notes, rehearsal=rehearsal
    )


def ask_end_dialog(parent: QWidget, group_size: int | None) -> EndInfo | None:
    from tearconsole.ui.session_end_dialog import SessionEndDialog

    return SessionEndDialog.ask(parent, group_size=group_size)


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
        self._vlc: Any = vlc_instance
        self._owns_vlc = vlc_instance is None
        self._group_size: int | None = None

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
        self.plans = QComboBox()
        self.plans.setMinimumWidth(320)
        self.start_button = QPushButton(self.tr("Start session"))
        self.start_button.setStyleSheet(
            f"background: {theme.GO}; color: #eef2ee; font-weight: 600; padding: 8px 28px;"
        )
        self.rehearse_button = QPushButton(self.tr("Rehearse"))
        self.start_button.clicked.connect(lambda: self._open_chosen(rehearsal=False))
        self.rehearse_button.clicked.connect(lambda: self._open_chosen(rehearsal=True))
        self.message = QLabel("")
        self.message.setWordWrap(True)
        # After a session the room's screen stays on the calm card until hidden here.
        self.room_button = QPushButton(
            self.tr("Hide the room's screen  ({key})").format(key=shown_key(Action.AUDIENCE))
        )
        self.room_button.clicked.connect(self.toggle_room)
        self.room_button.hide()
        self.room_shortcut = QShortcut(QKeySequence(BY_ACTION[Action.AUDIENCE].keys), self)
        self.room_shortcut.activated.connect(self.toggle_room)
        row = QHBoxLayout()
        row.addWidget(self.plans, 1)
        row.addWidget(self.start_button)
        row.addWidget(self.rehearse_button)
        chooser = QWidget()
        column = QVBoxLayout(chooser)
        column.setContentsMargins(24, 20, 24, 20)
        column.setSpacing(12)
        column.addWidget(title)
        column.addWidget(hint)
        column.addLayout(row)
        column.addWidget(self.message)
        column.addWidget(self.room_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        self.chooser = chooser
        self.stack = QStackedWidget()
        self.stack.addWidget(chooser)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.reload()

    # -- choosing -----------------------------------------------------------------------
    def reload(self) -> None:
        with self.db.session() as session:
            names = [(plan.name, plan.id) for plan in all_plans(session)]
        current = self.plans.currentData()
        self.plans.clear()
        for name, plan_id in names:
            self.plans.addItem(name, plan_id)
        if current is not None:
            self.plans.setCurrentIndex(max(0, self.plans.findData(current)))
        has_plans = bool(names)
        self.start_button.setEnabled(has_plans)
        self.rehearse_button.setEnabled(has_plans)
        if not has_plans:
            self.message.setText(self.tr("There is no plan yet: make one on the Plans page."))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.console is None:
            self.reload()
        else:  # back from another page: GO and safe stop are at hand again
            self.console.take_keys()

    def _open_chosen(self, rehearsal: bool) -> None:
        plan_id = self.plans.currentData()
        if plan_id is not None:
            self.open_plan(plan_id, rehearsal=rehearsal)

    # -- opening a session ------------------------------------------------------------------
    def open_plan(self, ref: str | int, rehearsal: bool = False) -> LiveConsole | None:
        """Stand ``ref`` by in the console (after the start dialog); None if not started."""
        if self.console is not None:
            self.message.setText(self.tr("A session is already running."))
            return self.console
        try:
            with self.db.session() as session:
                plan = plan_spec(find_plan(session, ref))
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
        info = self.ask_start(self, plan, plan_content_notes(plan), rehearsal)
        if info is None:
            return None
        mode = SessionMode.REHEARSAL if rehearsal else SessionMode.LIVE
        output = self._output()
        runner = LiveRunner(self.db, plan, output, RunOptions(mode=mode))
        with self.db.session() as session:
            apply_start_info(session, runner.session_id, info)
        self._group_size = info.group_size
        return self._run(runner, output, rehearsal)

    def resume_session(self, session_id: int) -> LiveConsole | None:
        """Reopen an interrupted session, paused at the cue and position it was at."""
        if self.console is not None:
            return self.console
        output = self._output()
        try:
            runner = resume_runner(self.db, session_id, output)
        except UserError as exc:
            output.shutdown()
            self.message.setText(str(exc))
            return None
        self._group_size = None
        return self._run(runner, output, runner.options.mode is SessionMode.REHEARSAL)

    def _output(self) -> VlcOutput:
        if self._vlc is None:
            self._vlc = make_instance(headless=False)
        return VlcOutput(self._vlc, self)

    def _run(self, runner: LiveRunner, output: VlcOutput, rehearsal: bool) -> LiveConsole:
        if not rehearsal and can_embed_video():
            # Before the first preload, and on screen already: libVLC's picture adjustment
            # (softening's dimming) did not take on a film preloaded into a hidden window.
            if self.audience.place():
                self.audience.show_full_screen()
            output.set_video_window(self.audience.video_handle())
        runner.ended.connect(self._ended)
        runner.start()
        console = LiveConsole(RunnerDriver(runner, output), self.audience, self.settings)
        console.finish_requested.connect(self._finish)
        self.console = console
        self.room_shortcut.setEnabled(False)  # the console has its own
        self.stack.addWidget(console)
        self.stack.setCurrentWidget(console)
        console.take_keys()
        self.console_opened.emit(console)
        return console

    # -- closing -------------------------------------------------------------------------
    def _finish(self) -> None:
        if self.console is not None:
            driver = self.console.driver
            if isinstance(driver, RunnerDriver):
                driver.finish()

    def _ended(self, session_id: int) -> None:
        self.close_console()
        info = self.ask_end(self, self._group_size)
        if info is not None:
            with self.db.session() as session:
                apply_end_info(session, session_id, info)
        self.message.setText(self.tr("The session is over and saved; the History page has it."))
        self.session_finished.emit(session_id)

    def close_console(self) -> None:
        """Leave the console (an unfinished session stays open, and can be resumed)."""
        console, self.console = self.console, None
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
        wanted = QKeySequence(BY_ACTION[Action.AUDIENCE].keys)
        if wanted.matches(pressed) is QKeySequence.SequenceMatch.ExactMatch:
            self.toggle_room()
            return True
        return False

    def _show_room_button(self) -> None:
        self.room_button.setVisible(self.console is None and self.audience.isVisible())

    def shutdown(self) -> None:
        self.close_console()
        self.audience.close_for_good()
        if self._vlc is not None and self._owns_vlc:
            self._vlc.release()
        self._vlc = None


def _bring_forward(window: QWidget) -> LivePage | None:
    page = window.findChild(LivePage)
    if page is None:
        return None
    pages = page.parentWidget()
    if isinstance(pages, QStackedWidget):
        pages.setCurrentWidget(page)
    for button in window.findChildren(QPushButton, "nav"):
        if button.property("page") == "Live":
            button.setChecked(True)
    return page


def open_live(window: QWidget, plan: str, rehearsal: bool = False) -> LivePage | None:
    """Bring the main window's Live page forward with ``plan`` standing by."""
    page = _bring_forward(window)
    if page is not None:
        page.open_plan(plan, rehearsal=rehearsal)
    return page


def offer_resume_on_start(window: QWidget) -> LivePage | None:
    """At start: offer the newest interrupted session; picked up, it waits paused."""
    from tearconsole.ui.live.resume import offer_resume

    page = window.findChild(LivePage)
    if page is None:
        return None
    session_id = offer_resume(window, page.db)
    if session_id is None:
        return None
    page = _bring_forward(window)
    if page is not None:
        page.resume_session(session_id)
    return page
