"""libVLC's picture adjustment switched on from a player's birth (``VlcOutput``'s
``on_new_player`` hook).

Softening dims films through libVLC's ``adjust`` filter. Switched on only when the first
brightness is set, on a player whose video output is already running (a preloaded film),
the filter sometimes never joined the picture: libVLC read back the new brightness while
the frames stayed as bright as before (about one run in three under Xvfb). Enabled at
brightness 1.0 before any media is opened, it is part of every video output from the
start, and later brightness changes always show.
"""

from __future__ import annotations

from typing import Any

from tearconsole.playback.vlcenv import load_vlc


def enable_adjust(player: Any, _name: str = "") -> None:
    """Switch the ``adjust`` filter on, unchanged (brightness 1.0), on a new player."""
    adjust = load_vlc().VideoAdjustOption
    player.video_set_adjust_int(adjust.Enable, 1)
    player.video_set_adjust_float(adjust.Brightness, 1.0)
