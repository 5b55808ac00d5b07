"""The Room check page, in the order a facilitator works: the sound (an output by its
name, a test tone, the plan's loudest and quietest cues at their cue levels, a meter
from the decoded samples, the room's master level), the screens (an identification card
on the room's screen until confirmed) and the plan's media, readable right now.

"Done" keeps the result (output, level, screen, time) for the day; the Live page writes
it into the next session's event log.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tearconsole.core.conductor.view import Scene, SceneKind
from tearconsole.core.media_reach import MediaCheck, Reach, check_media
from tearconsole.core.plan import PlanSpec
from tearconsole.core.room_sound import Snippet, loudest_and_quietest
from tearconsole.playback.audio_outputs import AudioOutput, find_output, list_outputs
from tearconsole.playback.audio_system import (
    AudioSystem,
    choose_device,
    chosen_device,
    chosen_for_plan_only,
    remember_names,
    remembered_names,
)
from tearconsole.playback.audio_watch import none_sentence, not_connected_sentence
from tearconsole.playback.sound_test import SoundTest, write_test_tone
from tearconsole.settings import ROOM_CHECK_LAST, ROOM_LEVEL_DB, Settings
from tearconsole.storage.db import Database
from tearconsole.storage.plans import load_plan, plan_choices
from tearconsole.ui import theme
from tearconsole.ui.audience.scene import CALM
from tearconsole.ui.audience.window import AudienceWindow
from tearconsole.ui.room_check.level_bar import LEVEL_RANGE_DB
from tearconsole.ui.room_check.meter import LevelMeter

ROOM_LEVEL_KEY = ROOM_LEVEL_DB
LAST_CHECK_KEY = ROOM_CHECK_LAST
TONE_FILE = "room-check-tone.wav"
METER_MS = 40


def room_level_db(settings: Settings) -> float:
    return max(LEVEL_RANGE_DB[0], min(LEVEL_RANGE_DB[1], settings.get(ROOM_LEVEL_KEY)))


def checked_today(settings: Settings, now: datetime | None = None) -> dict[str, Any] | None:
    """Today's room check result, if there was one."""
    last = settings.get(LAST_CHECK_KEY)
    today = (now or datetime.now()).date().isoformat()
    if isinstance(last, dict) and str(last.get("time", "")).startswith(today):
        return last
    return None


def screen_text(screen: QScreen) -> str:
    size = screen.geometry()
    return f"{screen.name()}  {size.width()} × {size.height()}"


class RoomCheckPage(QWidget):
    back = Signal()
    checked = Signal(dict)  # the result, kept for today's sessions

    def __init__(
        self,
        db: Database,
        settings: Settings,
        audience: AudienceWindow,
        instance: Callable[[], Any],
        system: AudioSystem,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.audience = audience
        self._instance = instance
        self.system = system
        self.test: SoundTest | None = None
        self.outputs: list[AudioOutput] = []
        self.plan: PlanSpec | None = None
        self.snippets: tuple[Snippet | None, Snippet | None] = (None, None)
        self.media: list[MediaCheck] = []
        self.tone_peak_dbfs: float | None = None
        self.screen_confirmed: str | None = None
        self._playing = ""  # what the sound test plays (for its result line)
        self._playing_level_db = 0.0  # its cue level, under the master level
        self._replay: Callable[[], None] | None = None  # plays it again (on a new output)
        self._meter_timer = QTimer(self)
        self._meter_timer.setInterval(METER_MS)
        self._meter_timer.timeout.connect(self._on_meter)

        title = QLabel(self.tr("Room check"))
        title.setObjectName("pageTitle")
        hint = QLabel(
            self.tr(
                "Before the room fills: hear the sound where the room will hear it, see "
                "the room's screen, and make sure every file of the plan can be read now."
            )
        )
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        self.plans = QComboBox()
        self.plans.setMinimumWidth(280)
        self.plans.currentIndexChanged.connect(self._plan_chosen)
        self.back_button = QPushButton(self.tr("Back to Live"))
        self.back_button.clicked.connect(self._leave)
        self.done_button = QPushButton(self.tr("Done: keep this check for today"))
        self.done_button.setStyleSheet(
            f"background: {theme.GO}; color: #eef2ee; padding: 6px 18px;"
        )
        self.done_button.clicked.connect(self.finish)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Plan")))
        top.addWidget(self.plans, 1)
        top.addStretch(1)
        top.addWidget(self.done_button)
        top.addWidget(self.back_button)
        self.result = QLabel("")
        self.result.setWordWrap(True)

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(24, 20, 24, 20)
        column.setSpacing(12)
        column.addWidget(title)
        column.addWidget(hint)
        column.addLayout(top)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self._sound_box())
        left.addWidget(self._screens_box())
        left.addStretch(1)
        columns.addLayout(left, 1)
        columns.addWidget(self._media_box(), 1)
        column.addLayout(columns, 1)
        column.addWidget(self.result)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # -- building ----------------------------------------------------------------------
    def _sound_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("1. Sound"))
        grid = QGridLayout(box)
        self.output_list = QComboBox()
        # "activated": the facilitator's choice, also of the item already shown
        self.output_list.activated.connect(lambda _index: self._output_chosen())
        refresh = QPushButton(self.tr("Look again"))
        refresh.clicked.connect(self.refresh_outputs)
        self.for_plan = QCheckBox(self.tr("Only for this plan"))
        self.for_plan.clicked.connect(lambda _on: self._output_chosen())
        self.sound_status = QLabel("")
        self.sound_status.setWordWrap(True)
        self.tone_button = QPushButton(self.tr("Test tone"))
        self.tone_button.clicked.connect(self.play_tone)
        self.loud_button = QPushButton(self.tr("Loudest cue"))
        self.loud_button.clicked.connect(lambda: self.play_snippet(0))
        self.quiet_button = QPushButton(self.tr("Quietest cue"))
        self.quiet_button.clicked.connect(lambda: self.play_snippet(1))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.clicked.connect(self.stop_sound)
        self.meter = LevelMeter()
        self.level_text = QLabel(self.tr("Nothing played yet."))
        self.level_text.setObjectName("muted")
        self.level = QSlider(Qt.Orientation.Horizontal)
        self.level.setRange(*LEVEL_RANGE_DB)
        self.level.setValue(round(room_level_db(self.settings)))
        self.level.valueChanged.connect(self._level_changed)
        self.level_value = QLabel("")
        self._show_level_value()
        buttons = QHBoxLayout()
        for button in (self.tone_button, self.loud_button, self.quiet_button, self.stop_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        grid.addWidget(QLabel(self.tr("Output")), 0, 0)
        grid.addWidget(self.output_list, 0, 1)
        grid.addWidget(refresh, 0, 2)
        grid.addWidget(self.for_plan, 1, 1, 1, 2)
        grid.addWidget(self.sound_status, 2, 0, 1, 3)
        grid.addLayout(buttons, 3, 0, 1, 3)
        grid.addWidget(QLabel(self.tr("Level")), 4, 0)
        grid.addWidget(self.meter, 4, 1, 1, 2)
        grid.addWidget(self.level_text, 5, 1, 1, 2)
        grid.addWidget(QLabel(self.tr("Master level")), 6, 0)
        grid.addWidget(self.level, 6, 1)
        grid.addWidget(self.level_value, 6, 2)
        grid.setColumnStretch(1, 1)
        return box

    def _screens_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("2. Screens"))
        column = QVBoxLayout(box)
        self.screen_lines = QLabel("")
        self.screen_list = QComboBox()
        self.identify_button = QPushButton(self.tr("Show the card on this screen"))
        self.identify_button.clicked.connect(self.identify_screen)
        self.confirm_button = QPushButton(self.tr("Confirm: this is the room's screen"))
        self.confirm_button.clicked.connect(self.confirm_screen)
        self.confirm_button.setEnabled(False)
        self.screen_status = QLabel("")
        self.screen_status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("The room's screen")))
        row.addWidget(self.screen_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.identify_button)
        buttons.addWidget(self.confirm_button)
        buttons.addStretch(1)
        column.addWidget(self.screen_lines)
        column.addLayout(row)
        column.addLayout(buttons)
        column.addWidget(self.screen_status)
        return box

    def _media_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("3. The plan's media"))
        column = QVBoxLayout(box)
        self.media_summary = QLabel("")
        self.media_summary.setWordWrap(True)
        self.media_tree = QTreeWidget()
        self.media_tree.setColumnCount(3)
        self.media_tree.setHeaderLabels([self.tr("Now"), self.tr("Media"), self.tr("File")])
        self.media_tree.setRootIsDecorated(False)
        # One line a file (a wrapped name was cut to "quiet-…" in a row one line high):
        # the file's name whole, the title taking what is left, shortened in the middle.
        self.media_tree.setWordWrap(False)
        self.media_tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.media_tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.media_advice = QLabel("")  # what to do, a sentence per file that cannot be read
        self.media_advice.setWordWrap(True)
        self.media_advice.setStyleSheet(f"color: {theme.WARN};")
        again = QPushButton(self.tr("Check the files again"))
        again.clicked.connect(self.check_files)
        column.addWidget(self.media_summary)
        column.addWidget(self.media_tree, 1)
        column.addWidget(self.media_advice)
        column.addWidget(again, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    # -- opening -------------------------------------------------------------------------
    def open_for(self, plan_id: int | None = None, message: str = "") -> None:
        """Fill every section afresh (outputs, screens, plans, files)."""
        self.result.setText(message)
        names = plan_choices(self.db)
        self.plans.blockSignals(True)
        self.plans.clear()
        for name, pid in names:
            self.plans.addItem(name, pid)
        if plan_id is not None:
            self.plans.setCurrentIndex(max(0, self.plans.findData(plan_id)))
        self.plans.blockSignals(False)
        self.refresh_outputs()
        self.refresh_screens()
        self._plan_chosen()

    def _plan_chosen(self) -> None:
        plan_id = self.plans.currentData()
        self.plan = None
        if plan_id is not None:
            self.plan = load_plan(self.db, plan_id)
        self.snippets = loudest_and_quietest(self.plan) if self.plan else (None, None)
        self.loud_button.setEnabled(self.snippets[0] is not None)
        self.quiet_button.setEnabled(self.snippets[1] is not None)
        self._select_chosen_output()
        self.check_files()

    # -- sound ---------------------------------------------------------------------------
    def refresh_outputs(self) -> None:
        self.outputs = list_outputs(self._instance(), self.system)
        remember_names(self.settings, self.outputs)
        self._select_chosen_output()

    def _plan_id(self) -> int | None:
        return self.plan.id if self.plan is not None else None

    def _select_chosen_output(self) -> None:
        """Show what the settings say (the one truth the session plays by): the chosen
        output, one chosen but not connected now, or the system's default."""
        plan_id = self._plan_id()
        self.for_plan.setChecked(chosen_for_plan_only(self.settings, plan_id))
        self.for_plan.setEnabled(plan_id is not None)
        chosen = chosen_device(self.settings, plan_id)
        self.output_list.clear()
        self.output_list.addItem(self.tr("The system's default output"), "")
        for output in self.outputs:
            self.output_list.addItem(output.name, output.device)
        if chosen and find_output(self.outputs, chosen) is None:
            name = remembered_names(self.settings).get(chosen, chosen)
            self.output_list.addItem(self.tr("{name} (not connected)").format(name=name), chosen)
        found = find_output(self.outputs, chosen)
        shown = found.device if found is not None else (chosen or "")
        self.output_list.setCurrentIndex(max(0, self.output_list.findData(shown)))
        self._show_sound_status(chosen)

    def _show_sound_status(self, chosen: str | None) -> None:
        found = find_output(self.outputs, chosen)
        warn = True
        if not self.outputs:
            text = none_sentence()
        elif found is not None:
            text = (
                self.tr("Sound goes to {name} for this plan; it is remembered on this computer.")
                if chosen_for_plan_only(self.settings, self._plan_id())
                else self.tr("Sound goes to {name}; it is remembered on this computer.")
            ).format(name=found.name)
            warn = False
        elif chosen:
            text = not_connected_sentence(remembered_names(self.settings).get(chosen, chosen))
        else:
            text = self.tr(
                "Sound goes to the system's default output: choose the one the room hears."
            )
        self.sound_status.setText(text)
        self.sound_status.setStyleSheet(f"color: {theme.WARN};" if warn else "")

    def _output_chosen(self) -> None:
        """The facilitator chose an output (or the default, ""): kept, and shown as kept."""
        device = str(self.output_list.currentData() or "")
        choose_device(self.settings, device, self._plan_id(), self.for_plan.isChecked())
        self._select_chosen_output()
        if self.test is not None and self._replay is not None:
            self._replay()  # what plays now is heard where it was just chosen to go

    def choose_output(self, name_or_device: str) -> bool:
        """Choose an output as the facilitator would in the box (scripts, tests)."""
        found = find_output(self.outputs, name_or_device)
        index = self.output_list.findData(found.device if found else name_or_device)
        if index < 0:
            return False
        self.output_list.setCurrentIndex(index)
        self.output_list.activated.emit(index)
        return True

    def chosen_output(self) -> AudioOutput | None:
        return find_output(self.outputs, self.output_list.currentData())

    def play_tone(self) -> None:
        tone = write_test_tone(self.db.paths.data_dir / TONE_FILE)
        self._play(tone, 0.0, 0.0, None, self.tr("Test tone"))

    def play_snippet(self, which: int) -> None:
        snippet = self.snippets[which]
        if snippet is not None:
            label = snippet.cue.title
            self._play(
                Path(snippet.path), snippet.level_db, snippet.start_s, snippet.seconds, label
            )

    def _play(
        self, path: Path, level_db: float, start_s: float, seconds: float | None, label: str
    ) -> None:
        self.stop_sound()
        chosen = self.chosen_output()
        self.test = SoundTest(self._instance())
        self.test.start(
            path,
            chosen.device if chosen else None,
            level_db + self.level.value(),
            start_s,
            seconds,
        )
        self._playing = label
        self._playing_level_db = level_db
        self._replay = lambda: self._play(path, level_db, start_s, seconds, label)
        self.level_text.setText(self.tr("Playing: {what}").format(what=label))
        self._meter_timer.start()

    def stop_sound(self) -> None:
        if self.test is not None:
            self._show_heard()
            self.test.stop()
            self.test = None
        self._meter_timer.stop()
        self.meter.set_peak(0.0)

    def _on_meter(self) -> None:
        test = self.test
        if test is None:
            return
        self.meter.set_peak(test.level_now())
        if test.finished():
            self.stop_sound()

    def _show_heard(self) -> None:
        if self.test is None:
            return
        heard = self.test.heard()
        if heard.peak_dbfs is None:
            text = self.tr("{what}: nothing was decoded.").format(what=self._playing)
        else:
            text = self.tr("{what}: peak {peak} dBFS, measured from the decoded sound.").format(
                what=self._playing, peak=f"{heard.peak_dbfs:.1f}"
            )
            if self._playing == self.tr("Test tone"):
                self.tone_peak_dbfs = heard.peak_dbfs
        self.level_text.setText(text)

    def _level_changed(self, value: int) -> None:
        self.settings.set(ROOM_LEVEL_KEY, float(value))
        self._show_level_value()
        if self.test is not None:
            self.test.set_gain_db(value + self._playing_level_db)

    def _show_level_value(self) -> None:
        self.level_value.setText(self.tr("{db} dB").format(db=f"{self.level.value():+d}"))

    # -- screens -------------------------------------------------------------------------
    def refresh_screens(self) -> None:
        screens = QGuiApplication.screens()
        primary = QGuiApplication.primaryScreen()
        lines = []
        self.screen_list.clear()
        for screen in screens:
            mark = self.tr(" (this computer's main screen)") if screen is primary else ""
            lines.append(screen_text(screen) + mark)
            self.screen_list.addItem(screen_text(screen), screen.name())
        self.screen_lines.setText("\n".join(lines) or self.tr("No screen found."))
        self.audience.place()
        wanted = self.audience.wanted_screen
        if wanted is not None:
            self.screen_list.setCurrentIndex(max(0, self.screen_list.findData(wanted.name())))
        if len(screens) < 2:
            self.screen_status.setText(
                self.tr(
                    "Only one screen: connect the projector (as a second screen, not a "
                    "mirror), then look again."
                )
            )
        else:
            self.screen_status.setText("")

    def _chosen_screen(self) -> QScreen | None:
        name = self.screen_list.currentData()
        return next((s for s in QGuiApplication.screens() if s.name() == name), None)

    def identify_screen(self) -> None:
        screen = self._chosen_screen()
        if screen is None:
            return
        self.audience.move_to_screen(screen)
        card = Scene(
            SceneKind.CARD,
            title=self.tr("This is the room's screen"),
            text=screen_text(screen),
        )
        self.audience.show_scene(card)
        self.audience.show_full_screen()
        self.confirm_button.setEnabled(True)
        self.screen_confirmed = None
        self.screen_status.setText(
            self.tr("The card stays on {screen} until you confirm.").format(screen=screen.name())
        )
        if len(QGuiApplication.screens()) < 2:  # it covers this window: take it down soon
            QTimer.singleShot(4000, self, self._hide_card)

    def _hide_card(self) -> None:
        if self.audience.scene.kind is SceneKind.CARD:
            self.audience.show_scene(CALM)
            self.audience.hide()

    def confirm_screen(self) -> None:
        screen = self._chosen_screen()
        self._hide_card()
        if screen is not None:
            self.screen_confirmed = screen.name()
            self.screen_status.setText(
                self.tr("{screen} is the room's screen.").format(screen=screen_text(screen))
            )
        self.confirm_button.setEnabled(False)

    # -- media ---------------------------------------------------------------------------
    def check_files(self) -> None:
        self.media = check_media(self.plan) if self.plan is not None else []
        self.media_tree.clear()
        for check in self.media:
            state = {
                Reach.OK: self.tr("ready"),
                Reach.MISSING: self.tr("missing"),
                Reach.UNREADABLE: self.tr("unreadable"),
            }[check.reach]
            item = QTreeWidgetItem([state, check.title, Path(check.path).name])
            item.setToolTip(1, check.path)
            item.setToolTip(2, check.told_advice() or check.path)
            if check.reach is not Reach.OK:
                for column in range(3):
                    item.setForeground(column, QColor(theme.ALERT))
            self.media_tree.addTopLevelItem(item)
        self.media_advice.setText("\n".join(c.told_advice() for c in self.media if c.advice))
        bad = sum(1 for check in self.media if check.reach is not Reach.OK)
        if self.plan is None:
            self.media_summary.setText(self.tr("Choose a plan to check its files."))
        elif bad:
            self.media_summary.setText(
                self.tr("%n file(s) cannot be read now: what to do is under the list.", "", bad)
            )
            self.media_summary.setStyleSheet(f"color: {theme.ALERT};")
        else:
            self.media_summary.setText(
                self.tr("All %n file(s) of the plan can be read now.", "", len(self.media))
            )
            self.media_summary.setStyleSheet("")

    # -- the result ----------------------------------------------------------------------
    def result_dict(self) -> dict[str, Any]:
        chosen = self.chosen_output()
        screen = self._chosen_screen()
        size = screen.geometry() if screen is not None else None
        return {
            "time": datetime.now().astimezone().isoformat(timespec="seconds"),
            "device": chosen.device if chosen else None,
            "output": chosen.name if chosen else None,
            "room_level_db": float(self.level.value()),
            "tone_peak_dbfs": None
            if self.tone_peak_dbfs is None
            else round(self.tone_peak_dbfs, 1),
            "screen": screen.name() if screen else None,
            "screen_size": f"{size.width()}x{size.height()}" if size else None,
            "screen_confirmed": self.screen_confirmed is not None,
            "plan_id": self._plan_id(),
            "media_checked": len(self.media),
            "media_unreadable": sum(1 for m in self.media if m.reach is not Reach.OK),
        }

    def finish(self) -> None:
        self.stop_sound()
        result = self.result_dict()
        self.settings.set(LAST_CHECK_KEY, result)
        self.result.setText(
            self.tr("Kept for today's sessions: it is written into each session's record.")
        )
        self.checked.emit(result)
        self.back.emit()

    def _leave(self) -> None:
        self.stop_sound()
        self._hide_card()
        self.back.emit()

    def shutdown(self) -> None:
        self.stop_sound()
