"""Capturing what libVLC actually decodes, for honest tests and benchmarks.

``SampleCapture.attach(media_player, name)`` routes a player's audio to libVLC's
``amem`` callbacks (signed 16-bit native samples). With no volume callback set, ``amem``
applies libVLC's own software gain to the samples (``SoftVolumeSet``: the cube of the
volume), so the captured envelope is what a listener would hear, not the volume we asked
for. Each block keeps its libVLC pts (when it is due to sound, on ``libvlc_clock()``'s
microseconds) and its arrival time on the same clock, and the peak of every 10 ms
window. Callbacks run on libVLC's audio thread: they only copy and append under a lock.

Attach before the player first plays (libVLC re-creates its audio output for it).
"""

from __future__ import annotations

import array
import ctypes
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tearconsole.playback.vlcenv import load_vlc

WINDOW_S = 0.01
FULL_SCALE = 32768.0


def now_us() -> int:
    """libVLC's clock (CLOCK_MONOTONIC in microseconds), the clock of sample pts."""
    return int(load_vlc().libvlc_clock())


@dataclass(frozen=True)
class Block:
    pts_us: int  # when its first sample is due to sound
    arrived_us: int  # when libVLC handed it over
    frames: int
    peaks: tuple[float, ...]  # peak amplitude (0..1 of full scale) per WINDOW_S window


class SampleCapture:
    """Records decoded audio blocks per named player."""

    def __init__(self, rate: int = 44100, channels: int = 2) -> None:
        self.rate = rate
        self.channels = channels
        self._window = max(1, round(rate * WINDOW_S))
        self._blocks: dict[str, list[Block]] = {}
        self._keep: list[Any] = []  # ctypes callbacks must outlive the players
        self._changed = threading.Condition()

    def attach(self, media_player: Any, name: str) -> None:
        vlc = load_vlc()
        deco = vlc.CallbackDecorators
        self._blocks.setdefault(name, [])

        def play(_opaque: Any, samples: Any, count: int, pts: int) -> None:
            self._record(name, samples, count, pts)

        def ignore(_opaque: Any, _pts: int = 0) -> None:
            return None

        callbacks = (
            deco.AudioPlayCb(play),
            deco.AudioPauseCb(ignore),
            deco.AudioResumeCb(ignore),
            deco.AudioFlushCb(ignore),
            deco.AudioDrainCb(lambda _opaque: None),
        )
        self._keep.append(callbacks)
        media_player.audio_set_callbacks(*callbacks, None)
        media_player.audio_set_format("S16N", self.rate, self.channels)

    # -- libVLC's audio thread --------------------------------------------------
    def _record(self, name: str, samples: Any, count: int, pts: int) -> None:
        arrived = now_us()
        width = self.channels
        data = array.array("h", ctypes.string_at(samples, count * width * 2))
        step = self._window * width
        peaks = []
        for start in range(0, len(data), step):
            window = data[start : start + step]
            peaks.append(max(max(window), -min(window)) / FULL_SCALE)
        block = Block(int(pts), arrived, int(count), tuple(peaks))
        with self._changed:
            self._blocks[name].append(block)
            self._changed.notify_all()

    # -- any thread ---------------------------------------------------------------
    def blocks(self, name: str) -> list[Block]:
        with self._changed:
            return list(self._blocks.get(name, ()))

    def latest_peak(self, name: str) -> float:
        """The peak of the last 10 ms window handed over (0 before any)."""
        with self._changed:
            blocks = self._blocks.get(name)
            return blocks[-1].peaks[-1] if blocks and blocks[-1].peaks else 0.0

    def clear(self, name: str | None = None) -> None:
        with self._changed:
            for key in [name] if name is not None else list(self._blocks):
                self._blocks[key] = []

    def wait_for(
        self, name: str, predicate: Callable[[list[Block]], bool], timeout_s: float
    ) -> bool:
        """Block until ``predicate(blocks)`` holds (True) or ``timeout_s`` passes (False)."""
        with self._changed:
            return self._changed.wait_for(
                lambda: predicate(self._blocks.get(name, [])), timeout=timeout_s
            )

    def first_pts_after(self, name: str, t_us: int) -> int | None:
        """The pts of the first block libVLC handed over after ``t_us``."""
        for block in self.blocks(name):
            if block.arrived_us >= t_us:
                return block.pts_us
        return None

    def envelope(self, name: str, since_us: int = 0) -> list[tuple[float, float]]:
        """(seconds on libVLC's clock, peak 0..1) per 10 ms window, by pts."""
        points: list[tuple[float, float]] = []
        for block in self.blocks(name):
            for i, peak in enumerate(block.peaks):
                t_us = block.pts_us + i * WINDOW_S * 1e6
                if t_us >= since_us:
                    points.append((t_us / 1e6, peak))
        points.sort()
        return points
