"""``Voice``: one libVLC player inside the engine, with its own gain envelope.

A voice goes IDLE -> PRELOADING (playing silently until its decoders and audio output
run, see ``settle``) -> READY (paused at the in-point) -> PLAYING -> STOPPING (fading
out) -> HALTING (libVLC stops it, off the GUI thread: see ``stopper``) -> IDLE; a cold
start goes IDLE -> STARTING -> PLAYING. Its libVLC events arrive as
queued Qt signals (``Player``), so every method here runs on the GUI thread. Stale events
from media the voice no longer plays are recognised by asking libVLC for its state now.
"""

from __future__ import annotations

import time
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from tearconsole.core import fades
from tearconsole.core.ports import MediaRequest
from tearconsole.platform.video_window import can_embed_video
from tearconsole.playback.player import Player
from tearconsole.playback.stopper import Stopper

LOOP_FOREVER = 65535  # libVLC's input-repeat count for beds
WARM_MAX_S = 0.6  # park a preload at the latest this long after libVLC says it plays


class VoiceState(StrEnum):
    IDLE = "idle"
    PRELOADING = "preloading"
    READY = "ready"
    STARTING = "starting"
    PLAYING = "playing"
    STOPPING = "stopping"
    HALTING = "halting"  # libVLC is stopping it on the stopper's thread; not reusable yet


def media_options(request: MediaRequest, with_video: bool) -> tuple[str, ...]:
    """libVLC media options for a request: out point, looping, no picture.

    No ``:start-time``: libVLC 3.0.24 ends some Ogg files at once with it (seen with
    ffmpeg-made Vorbis); the in-point is reached by seeking once the media plays.
    """
    options = []
    if request.out_s is not None:
        options.append(f":stop-time={request.out_s:.3f}")
    if request.loop:
        options.append(f":input-repeat={LOOP_FOREVER}")
    if not with_video:
        options.append(":no-video")
    return tuple(options)


class Voice(QObject):
    """One player of a layer. ``engine`` is told of starts, ends and failures."""

    began = Signal(object)  # self: libVLC plays it after a start
    finished = Signal(object)  # self: reached its out point or end
    broke = Signal(object)  # self: libVLC could not play it

    def __init__(
        self,
        instance: Any,
        name: str,
        parent: QObject | None = None,
        stopper: Stopper | None = None,
    ) -> None:
        """``stopper``: where libVLC's ``stop`` runs (none: here, on the calling thread)."""
        super().__init__(parent)
        self.name = name
        self._stopper = stopper
        self.player = Player(instance, self)
        self.state = VoiceState.IDLE
        self.request: MediaRequest | None = None
        self.env = fades.Ramp.hold(0.0)
        self.paused = False  # held by the engine's pause
        self.sent_volume: int | None = None
        self.sent_brightness: float | None = None
        self.with_video = False
        self._announce = False  # tell the engine at the next Playing event
        self._has_length = False  # libVLC found something with a duration in the file
        self._warm_since: float | None = None  # a preload has been playing silently since
        self._rate = 1.0
        self._anchor_s = 0.0  # media seconds at ``_anchor_mono``
        self._anchor_mono = time.monotonic()
        self._last_raw_ms = -1
        self.player.state_changed.connect(self._on_state)
        self.player.ended.connect(self._on_ended)
        self.player.length_changed.connect(self._on_length)
        self.player.failed.connect(self._on_failed)

    @property
    def token(self) -> int | None:
        return self.request.token if self.request else None

    @property
    def sounding(self) -> bool:
        return self.state in (VoiceState.STARTING, VoiceState.PLAYING, VoiceState.STOPPING)

    # -- commands ---------------------------------------------------------------
    def open(self, request: MediaRequest, window: int | None, rate: float, start: bool) -> None:
        """Load and play silently; ``start`` keeps it playing, else it parks at in_s."""
        self.request = request
        self.with_video = request.has_video and window is not None and can_embed_video()
        self.player.load(Path(request.path), media_options(request, self.with_video))
        if self.with_video and window is not None:
            self.player.set_window_handle(window)
        self.env = fades.Ramp.hold(0.0)
        self.sent_volume = self.sent_brightness = None
        self.paused = False
        self._last_raw_ms = -1
        self._has_length = False
        self._warm_since = None
        self.set_volume(0)
        self.set_rate(rate)
        self._anchor(request.in_s)
        self._announce = start
        self.state = VoiceState.STARTING if start else VoiceState.PRELOADING
        self.player.play()

    def go(self) -> None:
        """Start from READY (resume at the in-point) or keep a preload that is under way."""
        self._announce = True
        if self.state is VoiceState.READY:
            self.state = VoiceState.PLAYING
            self._anchor(self._anchor_s)
            self.player.set_paused(False)
        elif self.state is VoiceState.PRELOADING and self._warm_since is None:
            self.state = VoiceState.STARTING  # the Playing event will start it
        elif self.state is VoiceState.PRELOADING:  # playing silently already: rewind
            self.state = VoiceState.PLAYING
            self.seek(self.request.in_s if self.request else 0.0)
            QTimer.singleShot(0, self, self._announce_now)

    def settle(self, now: float) -> bool:
        """Park a warm preload once libVLC's clock runs (its audio output is then open).

        Pausing at the Playing event would park it before anything was decoded, and the
        un-pause would then pay for opening the decoders and the audio output. True when
        it is parked (READY).
        """
        if self.state is not VoiceState.PRELOADING:
            return self.state is VoiceState.READY
        if self.sent_volume is None:  # the audio output may exist only now
            self.set_volume(0)
        if self._warm_since is None:
            if self.player.vlc_state() == "playing":  # its Playing event may be in flight
                self._warm_since = now
            return False
        in_ms = int((self.request.in_s if self.request else 0.0) * 1000)
        running = self.player.media_player.get_time() > in_ms
        if not running and now - self._warm_since < WARM_MAX_S:
            return False
        self.state = VoiceState.READY
        self.player.set_paused(True)
        self.player.seek(in_ms / 1000.0)
        return True

    def stop(self) -> None:
        """Silence it and let it go: IDLE at once, or HALTING until the stopper says
        libVLC has stopped it (``halted``)."""
        if self.state in (VoiceState.IDLE, VoiceState.HALTING):
            pass
        elif self._stopper is None:
            self.player.stop()
            self.state = VoiceState.IDLE
        else:
            self.state = VoiceState.HALTING
            self.player.set_volume(0)  # silent now, whatever the stop waits for
            self._stopper.run(self.player.stop, self)
        self.request = None
        self.paused = False

    def halted(self) -> None:
        """libVLC has stopped it (the stopper's word, on the GUI thread): reusable."""
        if self.state is VoiceState.HALTING:
            self.state = VoiceState.IDLE

    def hold(self, paused: bool) -> None:
        """The engine's pause: freeze or resume a sounding voice."""
        if not self.sounding or paused == self.paused:
            return
        position = self.position_s()
        self.paused = paused
        self.player.set_paused(paused)
        self._anchor(position if position is not None else 0.0)

    def seek(self, position_s: float) -> None:
        self.player.seek(position_s)
        self._anchor(position_s)

    def set_rate(self, rate: float) -> None:
        position = self.position_s() if self.request else None
        self._rate = rate
        self.player.set_rate(rate)
        if position is not None:
            self._anchor(position)

    def set_volume(self, volume: int) -> None:
        """Send a volume; remember it only when libVLC took it (else it is re-sent)."""
        self.sent_volume = volume if self.player.set_volume(volume) else None

    def set_brightness(self, brightness: float) -> None:
        has_video = self.request is not None and self.request.has_video
        if has_video and brightness != self.sent_brightness:
            self.player.set_brightness(brightness)
            self.sent_brightness = brightness

    # -- position -------------------------------------------------------------------
    def position_s(self) -> float | None:
        """Seconds into the media, interpolated between libVLC's coarse time updates."""
        if self.request is None:
            return None
        now = time.monotonic()
        running = self.state in (VoiceState.PLAYING, VoiceState.STOPPING) and not self.paused
        if running:
            raw_ms = self.player.media_player.get_time()
            if raw_ms is not None and raw_ms > 0 and raw_ms != self._last_raw_ms:
                self._last_raw_ms = raw_ms
                self._anchor(raw_ms / 1000.0)
            return self._anchor_s + (now - self._anchor_mono) * self._rate
        return self._anchor_s

    def _anchor(self, position_s: float) -> None:
        self._anchor_s = position_s
        self._anchor_mono = time.monotonic()

    # -- libVLC events (queued to the GUI thread) ------------------------------------
    def _on_state(self, value: str) -> None:
        if value != "playing" or self.player.vlc_state() != "playing":
            return
        if self.state is VoiceState.PRELOADING:
            self._warm_since = time.monotonic()
            if self.sent_volume is None:
                self.set_volume(0)
        elif self.state is VoiceState.STARTING:
            self.state = VoiceState.PLAYING
            in_s = self.request.in_s if self.request else 0.0
            if in_s > 0:
                self.player.seek(in_s)
            self._anchor(in_s)
        if self.state is VoiceState.PLAYING and self._announce:
            self._announce = False
            self.began.emit(self)

    def _announce_now(self) -> None:
        if self._announce and self.state is VoiceState.PLAYING:
            self._announce = False
            self.began.emit(self)

    def _on_length(self, seconds: float) -> None:
        self._has_length = self._has_length or seconds > 0

    def _on_ended(self) -> None:
        if self.request is None or self.player.vlc_state() != "ended":
            return
        if not self.sounding:  # a preload that ended before its start: open it afresh
            self.stop()
            return
        if self._has_length or self.player.media_player.get_length() > 0:
            self.finished.emit(self)
        else:  # libVLC "played" a file with nothing in it it could decode
            self.broke.emit(self)

    def _on_failed(self, _reason: str) -> None:
        if self.request is not None and self.player.vlc_state() == "error":
            self.broke.emit(self)
