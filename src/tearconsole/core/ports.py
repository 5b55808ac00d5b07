"""The interface between the conductor (core) and whatever plays media.

The conductor decides *what* happens and when; an ``Output`` makes it audible and
visible. ``playback.engine`` implements it over libVLC; tests implement it with fakes.
Every call returns at once (nothing here may block the GUI thread); what then happens
comes back through an ``OutputListener``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from tearconsole.i18n.message import Message

SILENCE_DB = -120.0  # treated as silence by every fade and by the libVLC volume mapping


class Layer(StrEnum):
    MAIN = "main"  # films, music, a story's narration: one cue at a time (crossfaded)
    BED = "bed"  # a music bed that plays quietly under later cues


@dataclass(frozen=True)
class MediaRequest:
    token: int  # chosen by the conductor; every listener callback carries it back
    path: str
    in_s: float = 0.0
    out_s: float | None = None  # None: to the end of the media
    level_db: float = 0.0  # the cue's own level; soften gain is applied on top
    loop: bool = False  # beds loop until stopped
    has_video: bool = False


class OutputListener(Protocol):
    def media_started(self, token: int) -> None: ...
    def media_ended(self, token: int) -> None: ...  # reached out_s or the end
    def media_failed(self, token: int, reason: Message) -> None: ...  # what went wrong


class Output(Protocol):
    """Layers of playback with fades. Levels are dB relative to full scale."""

    def set_listener(self, listener: OutputListener) -> None: ...

    def preload(self, layer: Layer, request: MediaRequest) -> None:
        """Open the media paused at its in-point, silent, so a later ``start`` is instant."""

    def start(
        self, layer: Layer, request: MediaRequest, fade_in_s: float, crossfade_s: float = 0.0
    ) -> None:
        """Start ``request`` on ``layer`` (from its preload when the token matches).

        Media still playing on the layer fade out over ``crossfade_s`` with an
        equal-power curve against the new one's fade in; 0 stops it at once.
        """

    def fade(self, layer: Layer, to_db: float, seconds: float) -> None:
        """Move the layer's level along an S-curve; ``SILENCE_DB`` fades it out."""

    def stop(self, layer: Layer | None, fade_out_s: float) -> None:
        """Fade out and stop one layer, or every layer with ``None``."""

    def set_paused(self, paused: bool, fade_s: float) -> None:
        """Fade every layer out and pause it, or resume it and fade back in."""

    def set_master(self, gain_db: float, brightness: float, ramp_s: float) -> None:
        """Softening: a gain over every layer and the video brightness (1.0 = as made)."""

    def seek(self, layer: Layer, position_s: float) -> None: ...

    def set_rate(self, rate: float) -> None:
        """Playback speed for rehearsal (1.0 live)."""

    def position_s(self, layer: Layer) -> float | None:
        """Seconds into the layer's current media (interpolated between libVLC updates)."""

    def set_video_window(self, handle: int | None) -> None:
        """Draw MAIN's video into this native window (from the next media on); None: nowhere."""

    def shutdown(self) -> None:
        """Stop and let go of everything playing; the output is not used again."""
