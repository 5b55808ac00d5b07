"""``VlcOutput``: the ``core.ports.Output`` over libVLC, with layers and real fades.

Each layer (MAIN, BED) owns a few ``Voice``s (one libVLC player each), so a crossfade,
a preload and a fade-out can overlap. A voice's gain is the product of its cue level,
its own envelope (fade in, fade to a level, crossfade, fade out), the engine's pause
envelope and the master (soften) gain; a 20 ms Qt timer on the GUI thread steps every
envelope and sends libVLC the volume whose cube is that gain (``core.fades``). Nothing
here blocks on a file: ``preload`` opens media silently and parks it paused at its in
point, so ``start`` is one un-pause (libVLC's own floor, about 10 ms to first sound).
Listener calls are made on the GUI thread, never from inside an ``Output`` call.

What callers may rely on:
- ``start`` uses the voice preloaded with the same token on the same layer, else opens
  the file cold; other preloads of that layer are dropped (one standing by per layer).
- ``media_started`` follows libVLC's Playing after a ``start`` (once per start, not on a
  resume); ``media_ended`` when the media reaches ``out_s`` or its end, also while it
  fades out after being replaced or stopped (tokens can end late); a ``stop`` that
  completes says nothing. ``media_failed`` for a file
  missing at ``preload``/``start``, or one libVLC cannot open or decode (also a
  preloaded one); a file removed after its preload still plays (it is open).
- ``fade``: ``to_db`` is relative to the cue's own ``level_db`` (0 dB = as planned).
- Fade lengths are wall-clock seconds (scale them for rehearsal speed yourself);
  ``set_rate`` also applies to media opened later.
- ``set_paused(True)`` ramps every layer down, then pauses each player; positions
  freeze. ``stop`` keeps a preload standing by. ``position_s`` is None with no cue.
- In-points are reached by seeking: exact for wav/mp4; libVLC 3.0.24's Ogg seeking is
  approximate, and very short Ogg files end when sought past their start.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from tearconsole.core import fades, media_problems
from tearconsole.core.ports import Layer, MediaRequest, OutputListener
from tearconsole.i18n.message import Message
from tearconsole.playback.stopper import Stopper
from tearconsole.playback.voice import Voice, VoiceState

TICK_MS = 20
#: Players made up front per layer: MAIN's playing cue, the one preloaded for the next,
#: and one fading out or stopping; the bed's playing one and its successor.
WARM_VOICES = {Layer.MAIN: 3, Layer.BED: 2}
PlayerHook = Callable[[Any, str], None]  # (vlc.MediaPlayer, name) when a player is made


class VlcOutput(QObject):
    """Layered libVLC playback implementing ``tearconsole.core.ports.Output``."""

    shutting_down = Signal()  # ``shutdown`` begins: whoever follows its sound lets go

    def __init__(
        self, instance: Any, parent: QObject | None = None, on_new_player: PlayerHook | None = None
    ) -> None:
        super().__init__(parent)
        self._instance = instance
        self._on_new_player = on_new_player
        self._listener: OutputListener | None = None
        self._voices: dict[Layer, list[Voice]] = {layer: [] for layer in Layer}
        self._current: dict[Layer, Voice | None] = {layer: None for layer in Layer}
        self._master = fades.Ramp.hold(1.0)
        self._brightness = fades.Ramp.hold(1.0)
        self._pause = fades.Ramp.hold(1.0)
        self._paused = False
        self._rate = 1.0
        self._window: int | None = None
        self._stopper = Stopper(self)
        self._stopper.done.connect(self._on_halted)
        self._audio_device: str | None = None
        self._room = fades.Ramp.hold(1.0)  # the room's master level (Room check), under soften
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        # Making a libVLC player costs the GUI thread several milliseconds: make the
        # few a session needs now, while the console opens, not at a cue change.
        for layer, count in WARM_VOICES.items():
            for _ in range(count):
                self._new_voice(layer)

    # -- Output ---------------------------------------------------------------------
    def set_listener(self, listener: OutputListener) -> None:
        self._listener = listener

    def set_video_window(self, handle: int | None) -> None:
        """Show MAIN's video in this native window from the next media on; None: nowhere."""
        self._window = handle

    def preload(self, layer: Layer, request: MediaRequest) -> None:
        if self._find(layer, request.token) is not None:
            return
        for voice in self._voices[layer]:
            if voice.state in (VoiceState.PRELOADING, VoiceState.READY):
                voice.stop()  # one preload per layer: the plan moved on
        if not Path(request.path).is_file():
            self._tell_failed(request.token, media_problems.missing(request.path))
            return
        self._idle_voice(layer).open(request, self._window_for(layer), self._rate, start=False)
        self._timer.start()  # to park it once it runs (Voice.settle)

    def start(
        self, layer: Layer, request: MediaRequest, fade_in_s: float, crossfade_s: float = 0.0
    ) -> None:
        now = time.monotonic()
        voice = self._find(layer, request.token, parked_only=True)
        if voice is None and not Path(request.path).is_file():
            self._tell_failed(request.token, media_problems.missing(request.path))
            return
        outgoing = [v for v in self._voices[layer] if v.sounding and v is not voice]
        if voice is None:
            voice = self._idle_voice(layer)
            voice.open(request, self._window_for(layer), self._rate, start=True)
        curve = fades.equal_power_in if crossfade_s > 0 and outgoing else fades.s_curve
        voice.env = fades.Ramp(0.0, 1.0, max(0.0, fade_in_s), now, curve)
        voice.set_brightness(self._brightness.value_at(now))
        self._send_volume(voice, now)  # before the un-pause, so its first sound is right
        voice.go()
        self._current[layer] = voice
        # only now the slower work: stopping a libVLC player waits for its threads
        for old in outgoing:
            self._fade_voice(old, 0.0, crossfade_s, now, fades.equal_power_out, stop=True)
        for other in self._voices[layer]:
            if other is not voice and other.state in (VoiceState.PRELOADING, VoiceState.READY):
                other.stop()
        self._timer.start()

    def fade(self, layer: Layer, to_db: float, seconds: float) -> None:
        """Move the current cue's level (0 dB = its own planned level) along an S-curve."""
        voice = self._current[layer]
        if voice is not None and voice.sounding:
            now = time.monotonic()
            self._fade_voice(voice, fades.db_to_gain(to_db), seconds, now, fades.s_curve)
            self._timer.start()

    def stop(self, layer: Layer | None, fade_out_s: float) -> None:
        now = time.monotonic()
        for each in [layer] if layer is not None else list(Layer):
            for voice in self._voices[each]:
                if voice.sounding:
                    if voice.paused or fade_out_s <= 0:
                        voice.stop()
                    else:
                        self._fade_voice(voice, 0.0, fade_out_s, now, fades.s_curve, stop=True)
            self._current[each] = None
        self._timer.start()

    def set_paused(self, paused: bool, fade_s: float) -> None:
        now = time.monotonic()
        self._paused = paused
        if not paused:
            for voice in self._all():
                voice.hold(False)
        self._pause = fades.ramp_to(self._pause, 0.0 if paused else 1.0, fade_s, now, fades.s_curve)
        self._tick()
        self._timer.start()

    def set_master(self, gain_db: float, brightness: float, ramp_s: float) -> None:
        now = time.monotonic()
        gain = fades.db_to_gain(gain_db)
        self._master = fades.ramp_to(self._master, gain, ramp_s, now, fades.s_curve)
        self._brightness = fades.ramp_to(self._brightness, brightness, ramp_s, now, fades.linear)
        self._timer.start()

    def seek(self, layer: Layer, position_s: float) -> None:
        voice = self._current[layer]
        if voice is not None:
            voice.seek(position_s)

    def set_rate(self, rate: float) -> None:
        self._rate = rate
        for voice in self._all():
            if voice.state not in (VoiceState.IDLE, VoiceState.HALTING):
                voice.set_rate(rate)

    def position_s(self, layer: Layer) -> float | None:
        voice = self._current[layer]
        return voice.position_s() if voice is not None else None

    # -- beyond the port: for the console and tests ----------------------------------
    def set_audio_device(self, device: str | None) -> None:
        """Send every player's sound, now and later, to this output (None: the default).

        Only an output that exists: libVLC's PulseAudio output plays nothing on a sink
        that is not there (``AudioWatch.playing_device``)."""
        self._audio_device = device
        for voice in self._all():
            voice.player.set_audio_device(device)

    def reopen_audio(self, module: str) -> None:
        """Open every player's audio output anew (the audio server went and came back)
        on the chosen output; what plays goes on from where it is."""
        for voice in self._all():
            voice.player.reopen_audio(module, self._audio_device, voice.sent_volume)
        self._timer.start()

    def set_room_level(self, level_db: float, ramp_s: float = 0.3) -> None:
        """The room's master level (0 dB: as planned), set in the Room check; on top of
        every cue's own level and of softening, changed smoothly while cues play."""
        now = time.monotonic()
        self._room = fades.ramp_to(
            self._room, fades.db_to_gain(level_db), ramp_s, now, fades.s_curve
        )
        self._timer.start()

    def audio_devices(self, sounding_only: bool = False) -> list[str | None]:
        """Where each player's sound goes now (for the console and tests); with
        ``sounding_only``, only the players heard now (a cue playing or fading)."""
        voices = [v for v in self._all() if v.sounding or not sounding_only]
        return [voice.player.audio_device() for voice in voices]

    def ready(self, layer: Layer, token: int) -> bool:
        """Whether ``token`` is preloaded and parked at its in-point (``start`` is instant)."""
        voice = self._find(layer, token, parked_only=True)
        return voice is not None and voice.state is VoiceState.READY

    def level_db(self, layer: Layer) -> float:
        """The gain the current cue of ``layer`` is being played at now (dB)."""
        voice = self._current[layer]
        return fades.gain_to_db(self._gain(voice, time.monotonic()) if voice else 0.0)

    def brightness(self, layer: Layer) -> float | None:
        """The brightness libVLC applies to the current cue's picture, if it has one."""
        voice = self._current[layer]
        if voice is None or voice.request is None or not voice.request.has_video:
            return None
        return voice.player.brightness()

    def player_name(self, layer: Layer) -> str | None:
        """The name (as given to ``on_new_player``) of the player of the layer's cue."""
        voice = self._current[layer]
        return voice.name if voice is not None else None

    def held(self) -> bool:
        """Whether a pause has completed: every sounding player is paused in libVLC."""
        sounding = [voice for voice in self._all() if voice.sounding]
        return bool(sounding) and all(voice.paused for voice in sounding)

    def shutdown(self) -> None:
        """Stop and release every player (on the stopper's thread, waited for: libVLC
        must be done with them before the process may end)."""
        self.shutting_down.emit()
        self._timer.stop()
        for voice in self._all():
            voice.stop()
            self._stopper.run(voice.player.release, None)
        self._stopper.close()
        for layer in Layer:
            self._voices[layer] = []
            self._current[layer] = None

    # -- inside --------------------------------------------------------------------------
    def _all(self) -> list[Voice]:
        return [voice for layer in Layer for voice in self._voices[layer]]

    def _find(self, layer: Layer, token: int, parked_only: bool = False) -> Voice | None:
        """The voice holding ``token``; ``parked_only``: only one preloading or ready."""
        parked = (VoiceState.PRELOADING, VoiceState.READY)
        for voice in self._voices[layer]:
            if voice.token != token or voice.state in (VoiceState.IDLE, VoiceState.HALTING):
                continue
            if not parked_only or voice.state in parked:
                return voice
        return None

    def _idle_voice(self, layer: Layer) -> Voice:
        for voice in self._voices[layer]:
            if voice.state is VoiceState.IDLE:
                return voice
        return self._new_voice(layer)

    def _new_voice(self, layer: Layer) -> Voice:
        name = f"{layer.value}-{len(self._voices[layer]) + 1}"
        voice = Voice(self._instance, name, self, self._stopper)
        voice.player.set_audio_device(self._audio_device)
        if self._on_new_player is not None:
            self._on_new_player(voice.player.media_player, name)
        voice.began.connect(self._on_began)
        voice.finished.connect(self._on_finished)
        voice.broke.connect(self._on_broke)
        self._voices[layer].append(voice)
        return voice

    def _window_for(self, layer: Layer) -> int | None:
        return self._window if layer is Layer.MAIN else None

    def _fade_voice(
        self,
        voice: Voice,
        gain: float,
        seconds: float,
        now: float,
        curve: fades.Curve,
        stop: bool = False,
    ) -> None:
        if stop and seconds <= 0:
            voice.stop()
            return
        voice.env = fades.ramp_to(voice.env, gain, seconds, now, curve)
        if stop:
            voice.state = VoiceState.STOPPING

    def _gain(self, voice: Voice, now: float) -> float:
        level = fades.db_to_gain(voice.request.level_db) if voice.request else 0.0
        pause = self._pause.value_at(now)
        master = self._master.value_at(now) * self._room.value_at(now)
        return level * voice.env.value_at(now) * pause * master

    def _send_volume(self, voice: Voice, now: float) -> None:
        volume = fades.gain_to_vlc_volume(self._gain(voice, now))
        if volume != voice.sent_volume:
            voice.set_volume(volume)

    def _tick(self) -> None:
        now = time.monotonic()
        brightness = self._brightness.value_at(now)
        ramps = (self._master, self._brightness, self._pause, self._room)
        busy = not all(ramp.done(now) for ramp in ramps)
        hold = self._paused and self._pause.done(now)
        for voice in self._all():
            if voice.state is VoiceState.STOPPING and voice.env.done(now):
                voice.stop()
            if voice.state is VoiceState.PRELOADING:
                busy = not voice.settle(now) or busy
            if not voice.sounding:
                continue
            self._send_volume(voice, now)
            voice.set_brightness(brightness)
            if hold:
                voice.hold(True)
            busy = busy or not voice.env.done(now) or voice.sent_volume is None
            busy = busy or voice.state is VoiceState.STOPPING
        if not busy:
            self._timer.stop()

    def _tell_failed(self, token: int, reason: Message) -> None:
        """Tell the listener after the current call returns (never from inside it)."""

        def tell() -> None:
            if self._listener is not None:
                self._listener.media_failed(token, reason)

        QTimer.singleShot(0, self, tell)

    # -- voices' events (GUI thread) -------------------------------------------------------
    def _on_began(self, voice: Voice) -> None:
        if self._listener is not None and voice.token is not None:
            self._listener.media_started(voice.token)

    def _on_finished(self, voice: Voice) -> None:
        token = voice.token
        self._forget(voice)
        if self._listener is not None and token is not None:
            self._listener.media_ended(token)

    def _on_broke(self, voice: Voice) -> None:
        token, path = voice.token, voice.request.path if voice.request else ""
        self._forget(voice)
        if self._listener is not None and token is not None:
            self._listener.media_failed(token, media_problems.broken(path))

    def _on_halted(self, owner: object) -> None:
        if isinstance(owner, Voice):
            owner.halted()

    def _forget(self, voice: Voice) -> None:
        voice.stop()
        for layer in Layer:
            if self._current[layer] is voice:
                self._current[layer] = None
