"""``when_over``: a callback on libVLC's thread when a raw player's media is over.

For the Qt-free watchers of a player of their own (the probe, the thumbnail maker, the
room check's sound test); ``player.Player`` speaks Qt signals instead. libVLC calls the
callback from its own thread, and it must not touch the player.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tearconsole.playback.vlcenv import load_vlc


def when_over(player: Any, callback: Callable[[Any], None], stopped: bool = False) -> list[Any]:
    """``callback(event)`` when ``player``'s media ends or fails (and, with ``stopped``,
    when it is stopped); the event types attached, for ``event_detach``."""
    events = load_vlc().EventType
    kinds = [events.MediaPlayerEndReached, events.MediaPlayerEncounteredError]
    if stopped:
        kinds.append(events.MediaPlayerStopped)
    manager = player.event_manager()
    for kind in kinds:
        manager.event_attach(kind, callback)
    return kinds
