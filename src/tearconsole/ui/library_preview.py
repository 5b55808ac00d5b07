"""A small preview of the selected stimulus: text for stories and cards, a picture for
cards and films, and play/stop for films and music through ``playback.player.Player``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tearconsole.core.ruby import bracketed_ruby
from tearconsole.core.timing import format_clock
from tearconsole.i18n.words import kind_word
from tearconsole.library.reasons import said
from tearconsole.platform.video_window import can_embed_video
from tearconsole.playback.player import Player, PlayerState
from tearconsole.ui.plain import plain

PICTURE_HEIGHT = 180


class LibraryPreview(QFrame):
    """Shows one row; ``player_factory`` makes the ``Player`` on the first play."""

    def __init__(
        self, player_factory: Callable[[], Player] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.setMinimumWidth(300)
        self._player_factory = player_factory
        self.player: Player | None = None
        self.row: dict[str, Any] | None = None
        self._started = False

        self.title = QLabel(self.tr("Nothing selected"))
        self.title.setObjectName("previewTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSize(font.pointSize() + 4)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.facts = QLabel(self.tr("Select an item to see it here."))
        self.facts.setObjectName("muted")
        self.facts.setWordWrap(True)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumHeight(PICTURE_HEIGHT)
        self.picture.setObjectName("previewPicture")
        self.video = QWidget()  # libVLC draws here under X11
        self.video.setMinimumHeight(PICTURE_HEIGHT)
        self.video.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
        self.video.hide()
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.problem = QLabel()
        self.problem.setObjectName("warning")
        self.problem.setWordWrap(True)
        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.clicked.connect(self.toggle_play)
        self.position = QLabel("")
        self.position.setObjectName("muted")

        controls = QHBoxLayout()
        controls.addWidget(self.play_button)
        controls.addWidget(self.position, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)
        plain(self.title, self.facts, self.problem)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.problem)
        layout.addWidget(self.picture)
        layout.addWidget(self.video)
        layout.addLayout(controls)
        layout.addWidget(self.text, 100)
        layout.addStretch(1)  # takes the room a capped text box leaves
        self.show_row(None)

    def show_row(self, row: dict[str, Any] | None) -> None:
        self.stop()
        self.row = row
        if row is None:
            self.title.setText(self.tr("Nothing selected"))
            self.facts.setText(self.tr("Select an item to see it here."))
            for widget in (self.picture, self.text, self.problem, self.play_button, self.video,
                           self.position):  # fmt: skip
                widget.hide()
            self.position.clear()
            return
        self.title.setText(row["title"])
        facts = [kind_word(str(row["kind"]))]
        if row.get("duration_s"):
            facts.append(format_clock(row["duration_s"]))
        facts.append(self.tr("intensity {level}").format(level=row["intensity"]))
        if row.get("tags"):
            facts.append(self.tr(", ", "list separator").join(row["tags"]))
        self.facts.setText(" · ".join(facts))
        self.problem.setText(said(row))
        self.problem.setVisible(row["status"] != "ok")
        image = row.get("thumbnail_path") or (row["path"] if row["kind"] == "card" else None)
        pixmap = QPixmap(image) if image else QPixmap()
        if not pixmap.isNull():
            self.picture.setPixmap(
                pixmap.scaled(
                    self.picture.width() or 300,
                    PICTURE_HEIGHT,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.picture.setVisible(not pixmap.isNull())
        # a story's furigana notation reads as readings in brackets (the teleprompter and
        # the room's screen draw them above the kanji)
        text = bracketed_ruby(row.get("text") or "")
        if not text and row.get("private_notes"):
            text = self.tr("Private notes: {notes}").format(notes=row["private_notes"])
        self.text.setPlainText(text)
        self.text.setVisible(bool(text))
        # A story fills the pane; a film's or a song's notes need only a few lines.
        self.text.setMaximumHeight(16_777_215 if row["kind"] in ("story", "card") else 110)
        playable = row["kind"] in ("film", "music") and row["status"] == "ok"
        self.play_button.setVisible(playable and self._player_factory is not None)
        self.position.setVisible(self.play_button.isVisibleTo(self))
        self.position.setText("")

    def is_playing(self) -> bool:
        """Started here and not yet stopped or ended (libVLC's own state lags a little)."""
        return self._started

    def toggle_play(self) -> None:
        if self.is_playing():
            self.stop()
            return
        if self.row is None or not self.row.get("path") or self._player_factory is None:
            return
        if self.player is None:
            self.player = self._player_factory()
            self.player.position_changed.connect(self._on_position)
            self.player.state_changed.connect(self._on_state)
            self.player.failed.connect(self._on_failed)
        if self.row["kind"] == "film" and can_embed_video():
            self.picture.hide()
            self.video.show()
            self.player.set_output(self.video)
        self.player.load(Path(self.row["path"]))
        self.player.play()
        self._started = True
        self.play_button.setText(self.tr("Stop"))

    def stop(self) -> None:
        started, self._started = self._started, False
        idle = (PlayerState.IDLE, PlayerState.STOPPED, PlayerState.ENDED)
        if self.player is not None and (started or self.player.state not in idle):
            self.player.stop()
        self.play_button.setText(self.tr("Play"))
        if self.video.isVisible():
            self.video.hide()
            self.picture.setVisible(not self.picture.pixmap().isNull())

    def release(self) -> None:
        if self.player is not None:
            self.player.release()
            self.player = None

    def _on_position(self, seconds: float) -> None:
        total = self.row.get("duration_s") if self.row else None
        self.position.setText(f"{format_clock(seconds)} / {format_clock(total)}")

    def _on_state(self, state: str) -> None:
        if state in (PlayerState.ENDED.value, PlayerState.ERROR.value):
            self._started = False
            self.play_button.setText(self.tr("Play"))

    def _on_failed(self, message: str) -> None:
        self._started = False
        self.play_button.setText(self.tr("Play"))
        self.problem.setText(message)
        self.problem.show()
