"""``Player``: one libVLC media player for one output, speaking Qt signals.

libVLC calls its event callbacks on its own threads. Here they only note libVLC's state
and emit Qt signals, which Qt delivers queued to receivers living on the GUI thread;
nothing in a callback touches the player (calling ``stop()`` from the end-reached
callback deadlocks libVLC).

``vlc_state`` is that noted state, never libVLC's ``get_state``, which waits for the
player's object lock (held by libVLC's own threads at times: a test froze once with the
GUI thread waiting there, with PulseAudio in play).
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from tearconsole.platform.video_window import can_embed_video as can_embed_video  # ui/live's
from tearconsole.platform.video_window import draw_into
from tearconsole.playback.vlcenv import load_vlc


class PlayerState(StrEnum):
    IDLE = "idle"
    OPENING = "opening"
    PLAYING = "playing"
    PAUSED = "paused"
    STOPPED = "stopped"
    ENDED = "ended"
    ERROR = "error"


class Player(QObject):
    """A libVLC media player whose events arrive as Qt signals on the GUI thread."""

    state_changed = Signal(str)
    position_changed = Signal(float)  # seconds into the media
    length_changed = Signal(float)  # seconds
    ended = Signal()
    failed = Signal(str)

    def __init__(self, instance: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vlc = load_vlc()
        self._player = instance.media_player_new()
        self._instance = instance
        self.state = PlayerState.IDLE
        self.path: Path | None = None
        self._callbacks: list[Any] = []  # keep ctypes callbacks alive
        self._vlc_now = "nothingspecial"  # libVLC's state, as its events last said
        self._stopping = False  # our own stop() runs: its Stopped event means stopped
        self._event_types: list[Any] = []
        events = self._vlc.EventType
        self._attach(events.MediaPlayerOpening, lambda _e: self._set(PlayerState.OPENING))
        self._attach(events.MediaPlayerPlaying, lambda _e: self._set(PlayerState.PLAYING))
        self._attach(events.MediaPlayerPaused, lambda _e: self._set(PlayerState.PAUSED))
        self._attach(events.MediaPlayerStopped, self._on_stopped)
        self._attach(events.MediaPlayerEndReached, self._on_end)
        self._attach(events.MediaPlayerEncounteredError, self._on_error)
        self._attach(events.MediaPlayerTimeChanged, self._on_time)
        self._attach(events.MediaPlayerLengthChanged, self._on_length)
        self.state_changed.connect(self._remember_state)
        # Softening dims films through libVLC's adjust filter. Switched on later, on a film
        # whose video output already runs, it sometimes never joined the picture (libVLC
        # read back the new brightness while frames stayed bright, ~1 run in 3 under Xvfb);
        # switched on at birth, unchanged, it is part of every video output from the start.
        self.set_brightness(1.0)

    @property
    def media_player(self) -> Any:
        """The raw ``vlc.MediaPlayer`` (for audio callbacks in tests and benchmarks)."""
        return self._player

    # -- commands (GUI thread) ------------------------------------------------------
    def load(self, path: Path, options: tuple[str, ...] = ()) -> None:
        """Open ``path`` without starting it; ``options`` are libVLC media options."""
        self.path = Path(path)
        media = self._instance.media_new_path(str(self.path))
        if options:
            media.add_options(*options)
        self._player.set_media(media)
        self._vlc_now = "nothingspecial"  # (libVLC's own, sent as no event)
        media.release()

    def play(self) -> None:
        if self._player.play() == -1:
            if self.path is None:
                self.failed.emit(self.tr("Nothing is loaded to play."))
                return
            self.failed.emit(
                self.tr("{file} would not start playing; the file may be damaged.").format(
                    file=self.path.name
                )
            )

    def set_paused(self, paused: bool) -> None:
        self._player.set_pause(1 if paused else 0)

    def stop(self) -> None:
        self._stopping = True
        try:
            self._player.stop()
        finally:
            self._stopping = False

    def seek(self, seconds: float) -> None:
        self._player.set_time(int(seconds * 1000))

    def set_rate(self, rate: float) -> None:
        self._player.set_rate(rate)

    def set_volume(self, volume: int) -> bool:
        """libVLC's own scale, 0-100 (cubic in amplitude); see core.fades for dB.

        False when libVLC has no audio output to take it yet (it then must be sent again).
        """
        return bool(self._player.audio_set_volume(int(volume)) == 0)

    def set_audio_device(self, device: str | None) -> None:
        """Play to this output (libVLC's device id); None leaves the system's default.

        Taken at once while playing (PulseAudio moves the stream) and kept for later media.
        """
        if device:
            self._player.audio_output_device_set(None, device)

    def reopen_audio(self, module: str, device: str | None, volume: int | None) -> None:
        """Open a new audio output (libVLC ``module``, e.g. ``pulse``) on ``device``.

        libVLC keeps an output whose server went away; this one connects afresh. Media
        playing now moves to it (its audio decoder is restarted by choosing its track
        again: the picture and the position go on); later media use it from the start.
        ``volume``: sent to the new output before it makes a sound.
        """
        self._player.audio_output_set(module)
        self.set_audio_device(device)
        if volume is not None:
            self._player.audio_set_volume(int(volume))
        track = self._player.audio_get_track()
        if self._player.get_media() is not None and track >= 0:
            self._player.audio_set_track(-1)
            self._player.audio_set_track(track)

    def audio_device(self) -> str | None:
        """The output libVLC plays to now (after PulseAudio moved it, where it went)."""
        device = self._player.audio_output_device_get()
        return device.decode() if isinstance(device, bytes) else device

    def vlc_state(self) -> str:
        """libVLC's state now (``playing``, ``ended``...) as its last event said, which
        may be newer than the queued signals the GUI thread is reading (libVLC sends each
        event just after changing its state, on the same thread)."""
        return self._vlc_now

    def set_brightness(self, brightness: float) -> None:
        """1.0 is unchanged; lower dims the picture live (video adjust filter)."""
        adjust = self._vlc.VideoAdjustOption
        self._player.video_set_adjust_int(adjust.Enable, 1)
        self._player.video_set_adjust_float(adjust.Brightness, float(brightness))

    def brightness(self) -> float:
        """The picture brightness libVLC's adjust filter is set to (1.0 = as made)."""
        adjust = self._vlc.VideoAdjustOption
        return float(self._player.video_get_adjust_float(adjust.Brightness))

    def set_output(self, widget: QWidget | None) -> None:
        """Render video into ``widget`` (a native window) or, with ``None``, nowhere."""
        self.set_window_handle(int(widget.winId()) if widget is not None else 0)

    def set_window_handle(self, handle: int) -> None:
        """Render video into the native window ``handle`` (X11, Windows or macOS)."""
        draw_into(self._player, handle)

    def release(self) -> None:
        manager = self._player.event_manager()
        for event_type in self._event_types:
            manager.event_detach(event_type)
        self.stop()
        self._player.release()

    # -- libVLC threads: emit only ------------------------------------------------
    def _attach(self, event_type: Any, callback: Any) -> None:
        self._callbacks.append(callback)
        self._event_types.append(event_type)
        self._player.event_manager().event_attach(event_type, callback)

    def _set(self, state: PlayerState) -> None:
        self._vlc_now = state.value
        self.state_changed.emit(state.value)

    def _on_stopped(self, _event: Any) -> None:
        # libVLC sends Stopped both when asked to stop (its state: stopped) and when the
        # media's input ends by itself (its state stays ended)
        self._vlc_now = "stopped" if self._stopping else "ended"
        self.state_changed.emit(PlayerState.STOPPED.value)

    def _on_end(self, _event: Any) -> None:
        self._vlc_now = PlayerState.ENDED.value
        self.state_changed.emit(PlayerState.ENDED.value)
        self.ended.emit()

    def _on_error(self, _event: Any) -> None:
        self._vlc_now = PlayerState.ERROR.value
        self.state_changed.emit(PlayerState.ERROR.value)
        if self.path is None:
            self.failed.emit(self.tr("Nothing is loaded to play."))
            return
        self.failed.emit(
            self.tr(
                "{file} could not be played: it may be damaged or in a format tearconsole "
                "cannot read."
            ).format(file=self.path.name)
        )

    def _on_time(self, event: Any) -> None:
        self.position_changed.emit(event.u.new_time / 1000.0)

    def _on_length(self, event: Any) -> None:
        self.length_changed.emit(event.u.new_length / 1000.0)

    # -- GUI thread --------------------------------------------------------------
    def _remember_state(self, value: str) -> None:
        self.state = PlayerState(value)
