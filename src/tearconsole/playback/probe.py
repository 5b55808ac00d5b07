"""Reading a media file's duration and tracks with libVLC, without playing it."""

from __future__ import annotations

import ctypes
import threading
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from tearconsole.playback.vlcenv import load_vlc


@dataclass(frozen=True)
class ProbeResult:
    duration_s: float | None
    has_video: bool
    has_audio: bool
    width: int | None = None
    height: int | None = None
    error: str | None = None

    @property
    def playable(self) -> bool:
        return self.error is None and (self.has_audio or self.has_video)


def probe_file(instance: Any, path: Path, timeout_s: float = 5.0) -> ProbeResult:
    """Parse ``path`` with libVLC; ``error`` says in words why it cannot be played."""
    vlc = load_vlc()
    media = instance.media_new_path(str(path))
    done = threading.Event()
    manager = media.event_manager()
    manager.event_attach(vlc.EventType.MediaParsedChanged, lambda _event: done.set())
    try:
        media.parse_with_options(vlc.MediaParseFlag.local, int(timeout_s * 1000))
        done.wait(timeout_s + 1.0)
        status = media.get_parsed_status()
        if status != vlc.MediaParsedStatus.done:
            reason = "timed out" if status == vlc.MediaParsedStatus.timeout else "failed"
            return ProbeResult(None, False, False, error=f"libVLC could not read it ({reason})")
        return _result_from(media, vlc)
    finally:
        manager.event_detach(vlc.EventType.MediaParsedChanged)
        media.release()


def _result_from(media: Any, vlc: ModuleType) -> ProbeResult:
    has_video = has_audio = False
    width = height = None
    for track in media.tracks_get() or ():
        if track.type == vlc.TrackType.audio:
            has_audio = True
        elif track.type == vlc.TrackType.video:
            has_video = True
            # python-vlc declares libVLC's track union as three separate pointers; the
            # one real pointer sits where ``audio`` is, so cast it (``.video`` crashes).
            video = ctypes.cast(track.audio, ctypes.POINTER(vlc.VideoTrack)).contents
            width, height = int(video.width), int(video.height)
    length_ms = media.get_duration()
    duration = length_ms / 1000.0 if length_ms and length_ms > 0 else None
    if not (has_audio or has_video):
        return ProbeResult(
            duration, False, False, error="it has no sound or picture libVLC can play"
        )
    return ProbeResult(duration, has_video, has_audio, width, height)
