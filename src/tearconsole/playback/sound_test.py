"""Sound for the room check: the test tone and cue snippets, played on the chosen output
while a second, silent player decodes the same media into ``SampleCapture`` so the level
shown is measured from the decoded samples, not assumed.

The measuring player decodes at unity and the level it reports is its samples' peak
times the gain asked for (the cue's level and the room's master level): libVLC takes a
volume only once a player's audio output exists, so a volume set at ``play()`` would
leave the first blocks at full scale. The audible player gets the volume at once and
again whenever libVLC reads back another (``_hold_volume``).

No Qt here: the command line polls it, the Room check page polls it from a timer.
"""

from __future__ import annotations

import math
import struct
import wave
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from tearconsole.core import fades
from tearconsole.playback.capture import SampleCapture
from tearconsole.playback.media_over import when_over

TONE_S = 2.0
TONE_DBFS = -18.0  # a calm, clearly audible reference: 18 dB under full scale
TONE_HZ = 440.0
RATE = 44100
CAPTURE_NAME = "room-check"


def write_test_tone(target: Path) -> Path:
    """A 2 s 440 Hz tone at -18 dBFS with 50 ms fades, as 16-bit stereo WAV (made once)."""
    if target.is_file() and target.stat().st_size > 0:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    amplitude = 32767 * 10 ** (TONE_DBFS / 20)
    frames = int(TONE_S * RATE)
    ramp = int(0.05 * RATE)
    data = bytearray()
    for i in range(frames):
        envelope = min(1.0, i / ramp, (frames - 1 - i) / ramp)
        sample = int(amplitude * envelope * math.sin(2 * math.pi * TONE_HZ * i / RATE))
        data += struct.pack("<hh", sample, sample)
    temporary = target.with_suffix(".tmp")
    with wave.open(str(temporary), "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(data))
    temporary.replace(target)
    return target


@dataclass(frozen=True)
class Heard:
    """What a sound test measured from the decoded samples."""

    peak_dbfs: float | None  # None: nothing was decoded
    seconds: float  # how much was decoded

    def as_dict(self) -> dict[str, float | None]:
        peak = None if self.peak_dbfs is None else round(self.peak_dbfs, 1)
        return {"peak_dbfs": peak, "seconds": round(self.seconds, 2)}


def to_dbfs(peak: float) -> float | None:
    return None if peak <= 0 else 20 * math.log10(peak)


class SoundTest:
    """One media played on an output, measured as it plays; ``stop`` when done."""

    def __init__(self, instance: Any) -> None:
        self._instance = instance
        self._capture = SampleCapture(rate=RATE)
        self._players: list[Any] = []
        self._over: set[int] = set()  # the players whose media is over, by their events
        self._audible: Any = None
        self._gain_db = 0.0
        self._volume = 100

    def start(
        self,
        path: Path,
        device: str | None,
        gain_db: float = 0.0,
        start_s: float = 0.0,
        seconds: float | None = None,
    ) -> None:
        """Play ``seconds`` of ``path`` from ``start_s`` at ``gain_db`` (0 = as made)."""
        self.stop()
        self._capture.clear()
        options = [":no-video"]
        if start_s > 0:
            options.append(f":start-time={start_s:.3f}")
        if seconds is not None:
            options.append(f":stop-time={start_s + seconds:.3f}")
        audible = self._instance.media_player_new()
        if device:
            audible.audio_output_device_set(None, device)
        measured = self._instance.media_player_new()
        self._capture.attach(measured, CAPTURE_NAME)
        over: set[int] = set()
        self._over = over
        for n, player in enumerate((audible, measured)):
            media = self._instance.media_new_path(str(path))
            media.add_options(*options)
            player.set_media(media)
            media.release()
            when_over(player, partial(_note_over, over, n), stopped=True)
            self._players.append(player)
        self._audible = audible
        self.set_gain_db(gain_db)
        for player in self._players:
            player.play()

    def set_gain_db(self, gain_db: float) -> None:
        """Change the level, also while it plays (the meter follows)."""
        self._gain_db = gain_db
        self._volume = fades.gain_to_vlc_volume(fades.db_to_gain(gain_db))
        if self._audible is not None:
            self._audible.audio_set_volume(self._volume)

    def _hold_volume(self) -> None:
        if self._audible is not None and self._audible.audio_get_volume() != self._volume:
            self._audible.audio_set_volume(self._volume)

    def level_now(self) -> float:
        """The peak of the last 10 ms, 0..1 of full scale, at the gain asked (a meter)."""
        self._hold_volume()
        return self._capture.latest_peak(CAPTURE_NAME) * fades.db_to_gain(self._gain_db)

    def heard(self) -> Heard:
        """The loudest peak so far at the gain asked, and how many seconds were decoded."""
        blocks = self._capture.blocks(CAPTURE_NAME)
        peak = max((p for block in blocks for p in block.peaks), default=0.0)
        frames = sum(block.frames for block in blocks)
        return Heard(to_dbfs(peak * fades.db_to_gain(self._gain_db)), frames / RATE)

    def finished(self) -> bool:
        """Both players are done (ended, stopped or failed), as their events said: never
        libVLC's ``get_state``, which waits for the player's lock (``player`` says why)."""
        self._hold_volume()
        return len(self._over) >= len(self._players)

    def stop(self) -> None:
        players, self._players = self._players, []
        self._audible = None
        for player in players:
            player.stop()
            player.release()


def _note_over(over: set[int], n: int, _event: Any) -> None:
    """(libVLC's thread) player ``n``'s media is over."""
    over.add(n)
