"""A still from a film, for the library: libVLC's snapshot, no ffmpeg.

``video_take_snapshot`` needs a video output; ``--vout=dummy`` is one, and it works
there (measured: a real frame, right colours, 0.1-0.8 s for a short clip). The film is
played muted at ``THUMB_RATE`` from a point a little way in, and the snapshot is taken
once libVLC has decoded a picture there.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from typing import Any

from tearconsole.atomic import TEMP_PREFIX, TEMP_SUFFIX
from tearconsole.playback.media_over import when_over
from tearconsole.playback.vlcenv import load_vlc

THUMB_WIDTH = 320
#: Where the still is taken: this share of the film, at most ``THUMB_MAX_AT_S`` in.
THUMB_AT = 0.2
THUMB_MAX_AT_S = 20.0
TIMEOUT_S = 4.0
_POLL_S = 0.01


def make_thumbnail(
    instance: Any, path: Path, target: Path, duration_s: float | None = None
) -> Path | None:
    """Write a PNG still of the film at ``path`` to ``target``; ``None`` if none came."""
    vlc = load_vlc()
    target.parent.mkdir(parents=True, exist_ok=True)
    player = instance.media_player_new()
    media = instance.media_new_path(str(path))
    media.add_option(":no-audio")
    player.set_media(media)
    ended = threading.Event()
    manager = player.event_manager()
    events = when_over(player, lambda _e: ended.set())
    stats = vlc.MediaStats()
    try:
        player.audio_set_mute(True)
        if player.play() == -1:
            return None
        at_ms = int(min((duration_s or 0.0) * THUMB_AT, THUMB_MAX_AT_S) * 1000)
        if at_ms > 0:
            player.set_time(at_ms)
        deadline = time.monotonic() + TIMEOUT_S
        shown_before = None
        while time.monotonic() < deadline and not ended.is_set():
            media.get_stats(stats)
            decoded = int(stats.decoded_video)
            if shown_before is None and decoded > 0:
                shown_before = decoded
            # A picture or two after the seek, so the still is not the first frame.
            if (
                shown_before is not None
                and decoded >= shown_before + 2
                and player.get_time() >= at_ms
            ):
                # Taken beside the target, then renamed: a still is whole or not there.
                partial = target.with_name(f"{TEMP_PREFIX}{target.stem}{TEMP_SUFFIX}.png")
                taken = player.video_take_snapshot(0, str(partial), THUMB_WIDTH, 0) == 0
                if taken and partial.exists():
                    os.replace(partial, target)
                    return target
                partial.unlink(missing_ok=True)
                return None
            ended.wait(_POLL_S)
        return None
    finally:
        for event_type in events:
            manager.event_detach(event_type)
        player.stop()
        player.release()
        media.release()


def thumbnail_maker(instance: Any, folder: Path) -> Any:
    """``(path, duration_s, content_hash) -> str | None``: stills kept in ``folder``."""

    def make(path: Path, duration_s: float | None, content_hash: str) -> str | None:
        made = make_thumbnail(instance, path, folder / f"{content_hash[:24]}.png", duration_s)
        return None if made is None else str(made)

    return make
