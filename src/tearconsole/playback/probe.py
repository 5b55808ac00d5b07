"""Reading a media file's duration and tracks with libVLC, and checking that it decodes.

libVLC's parse "succeeds" on some garbage (random bytes named ``.flac`` parse with an
audio track) and on cut-short files (an mp4 whose index survives reports its full
length), so a file only counts as playable after a short real decode: it must produce
decoded sound or pictures at its start, and must not end at once when sought near its
end (see ``verify_decode``). Measured here, parse and check together: 8-15 ms for ogg,
mp3, flac or wav; ~160 ms for m4a and ~480 ms for Ogg Opus; 190-430 ms for a film (the
tail check of mp4/mkv-family files over ``TAIL_MIN_S`` included).
MP3 and AVI lengths are refined from their headers (``lengths``).
"""

from __future__ import annotations

import ctypes
import dataclasses
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from tearconsole.i18n import QT_TRANSLATE_NOOP
from tearconsole.playback.lengths import header_length
from tearconsole.playback.media_over import when_over
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


# A probe's verdict in English: it is stored as the file's status reason (and printed by
# --json), its message beside it; ``library.reasons.said`` says it where a person reads it.
NOT_THERE = QT_TRANSLATE_NOOP("Probe", "the file is not there")
EMPTY = QT_TRANSLATE_NOOP("Probe", "the file is empty (0 bytes)")
PARSE_TIMED_OUT = QT_TRANSLATE_NOOP("Probe", "it could not be read as a film or music (timed out)")
PARSE_FAILED = QT_TRANSLATE_NOOP("Probe", "it could not be read as a film or music (failed)")
NO_LENGTH = QT_TRANSLATE_NOOP(
    "Probe", "its length cannot be told (the file may be damaged or cut short)"
)
NO_TRACKS = QT_TRANSLATE_NOOP("Probe", "it has no sound or picture that tearconsole can play")
WOULD_NOT_START = QT_TRANSLATE_NOOP("Probe", "it would not start playing")
NOT_DECODED = QT_TRANSLATE_NOOP(
    "Probe", "it holds no sound or picture that tearconsole could decode"
)
CUT_SHORT = QT_TRANSLATE_NOOP(
    "Probe", "it stops long before its stated end (the file looks cut short)"
)
VERDICTS = (
    NOT_THERE, EMPTY, PARSE_TIMED_OUT, PARSE_FAILED, NO_LENGTH, NO_TRACKS, WOULD_NOT_START,
    NOT_DECODED, CUT_SHORT,
)  # fmt: skip


def probe_file(
    instance: Any, path: Path, timeout_s: float = 5.0, verify: bool = True
) -> ProbeResult:
    """Parse ``path`` with libVLC; ``error`` says in words why it cannot be played.

    ``verify`` also decodes a little of it (``instance`` must then have dummy or real
    outputs: the command line's and the importer's are headless).
    """
    if not path.is_file():
        return ProbeResult(None, False, False, error=NOT_THERE)
    if path.stat().st_size == 0:
        return ProbeResult(None, False, False, error=EMPTY)
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
            timed_out = status == vlc.MediaParsedStatus.timeout
            return ProbeResult(
                None, False, False, error=PARSE_TIMED_OUT if timed_out else PARSE_FAILED
            )
        result = _result_from(media, vlc)
        if result.playable:
            better = header_length(path, result.duration_s)
            result = dataclasses.replace(result, duration_s=better.duration_s, error=better.problem)
    finally:
        manager.event_detach(vlc.EventType.MediaParsedChanged)
        media.release()
    if verify and result.playable:
        problem = verify_decode(instance, path, result.duration_s)
        if problem is not None:
            return ProbeResult(
                result.duration_s,
                result.has_video,
                result.has_audio,
                result.width,
                result.height,
                error=problem,
            )
    if verify and result.playable and result.duration_s is None:
        return dataclasses.replace(result, error=NO_LENGTH)
    return result


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
        return ProbeResult(duration, False, False, error=NO_TRACKS)
    return ProbeResult(duration, has_video, has_audio, width, height)


#: How long the start of a file may take to give its first decoded sound or picture.
FIRST_DECODE_TIMEOUT_S = 3.0
#: Files at least this long also get the tail check...
TAIL_MIN_S = 2.0
#: ...in containers whose stated length survives a cut (an index or header up front).
#: Ogg, Opus and FLAC under the dummy audio output reach their end early even when whole
#: (measured), so a timing test cannot judge them; MP3 and WAV lengths come from the data.
TAIL_CHECKED_SUFFIXES = frozenset({".mp4", ".m4v", ".m4a", ".mov", ".3gp", ".mkv", ".webm", ".mka"})
#: Sought this far before its end, played at ``VERIFY_RATE``...
TAIL_LEAD_S = 1.2
VERIFY_RATE = 4.0
#: ...a whole file keeps playing for ``TAIL_LEAD_S / VERIFY_RATE`` (0.3 s); a cut-short one
#: ends within ~60 ms (measured). Ending inside this window means the file is cut short.
TAIL_WINDOW_S = 0.15
_POLL_S = 0.005


def verify_decode(instance: Any, path: Path, duration_s: float | None) -> str | None:
    """Decode a little of ``path``: ``None`` if it plays, else the reason in words."""
    vlc = load_vlc()
    player = instance.media_player_new()
    media = instance.media_new_path(str(path))
    media.add_option(":file-caching=0")  # the timings below assume no read-ahead delay
    player.set_media(media)
    ended = threading.Event()
    late_times: list[int] = []
    manager = player.event_manager()
    events = when_over(player, lambda _e: ended.set())
    manager.event_attach(
        vlc.EventType.MediaPlayerTimeChanged, lambda e: late_times.append(e.u.new_time)
    )
    stats = vlc.MediaStats()

    def decoding() -> bool:
        return _decoded(media, stats) > 0 or any(t > 0 for t in late_times)

    try:
        player.audio_set_mute(True)
        # Fast first (an Ogg Opus file gave its first sound after 1.8 s at normal rate,
        # 0.5 s at 4x); then, if the file ended with no sign of decoding, once more at
        # normal rate: libVLC refreshes its decode counters only now and then, and a
        # 1 s file at 4x can end before they move (9 of 300 short files were refused
        # before this retry). A clock that moved also proves something was decoded.
        for rate in (VERIFY_RATE, 1.0):
            ended.clear()
            player.set_rate(rate)
            if player.play() == -1:
                return WOULD_NOT_START
            if _wait_for(decoding, ended, FIRST_DECODE_TIMEOUT_S):
                break
            if not ended.is_set():
                return NOT_DECODED
            player.stop()
        else:
            return NOT_DECODED
        tail_checked = path.suffix.lower() in TAIL_CHECKED_SUFFIXES
        if not tail_checked or duration_s is None or duration_s < TAIL_MIN_S:
            return None
        target_ms = int((duration_s - TAIL_LEAD_S) * 1000)
        late_times.clear()
        player.set_rate(VERIFY_RATE)
        player.set_time(target_ms)
        started = time.monotonic()
        ended.clear()
        ended.wait(TAIL_WINDOW_S)
        ended_at_once = ended.is_set() and time.monotonic() - started < TAIL_WINDOW_S
        if ended_at_once and not any(t > target_ms + 50 for t in late_times):
            return CUT_SHORT
        return None
    finally:
        for event_type in (*events, vlc.EventType.MediaPlayerTimeChanged):
            manager.event_detach(event_type)
        player.stop()
        player.release()
        media.release()


def _decoded(media: Any, stats: Any) -> int:
    media.get_stats(stats)
    return int(stats.decoded_audio) + int(stats.decoded_video)


def _wait_for(condition: Any, ended: threading.Event, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return True
        if ended.is_set():
            return bool(condition())
        ended.wait(_POLL_S)
    return bool(condition())
