"""Which screen is the room's and which the laptop's, decided from screen names (no Qt).

The facilitator's choice of the room's screen is remembered by name. With none
remembered (or the remembered screen unplugged) the room gets the first screen that is
not the laptop's own panel: a built-in panel is known by its connector's name (eDP,
LVDS, DSI on Linux; "Built-in" on macOS), whatever order the system lists the screens
in; where no name says so, the second screen is the room's (the system's primary screen,
listed first, is usually the laptop's). The laptop's screen, where the console and its
dialogs go, is then the built-in panel, else the first screen that is not the room's.
With a single screen (or a mirrored one, or the laptop's own panel chosen for the room)
both are the same, and the audience window stays hidden until the facilitator asks for
it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tearconsole.settings import AUDIENCE_SCREEN

SETTINGS_KEY = AUDIENCE_SCREEN

#: How a laptop's own panel is named: its connector under X11 and Wayland (eDP-1,
#: LVDS-1, DSI-1), or as macOS names it ("Built-in Retina Display", "Color LCD").
BUILT_IN_NAMES = ("edp", "lvds", "dsi", "built-in", "color lcd")


@dataclass(frozen=True)
class Placement:
    index: int  # into the list of screens
    show_at_start: bool


def is_built_in(name: str) -> bool:
    """Whether ``name`` is the name of a laptop's own panel."""
    lowered = name.strip().lower()
    return any(lowered.startswith(prefix) for prefix in BUILT_IN_NAMES)


def room_index(names: Sequence[str], remembered: str | None = None) -> int:
    """The index of the room's screen in ``names`` (0 when there is only one)."""
    if remembered is not None and remembered in names:
        return list(names).index(remembered)
    if len(names) < 2:
        return 0
    built_in = [i for i, name in enumerate(names) if is_built_in(name)]
    others = [i for i in range(len(names)) if i not in built_in]
    if built_in and others:
        return others[0]
    return 1


def laptop_index(names: Sequence[str], room: int) -> int:
    """The index of the laptop's screen, given the room's: never the room's while there
    is another, unless the room's is the laptop's own panel (chosen so)."""
    others = [i for i in range(len(names)) if i != room]
    if not others or is_built_in(names[room]):
        return room
    built_in = [i for i in others if is_built_in(names[i])]
    return (built_in or others)[0]


def choose_screen(names: Sequence[str], remembered: str | None = None) -> Placement:
    """Where the audience window goes, and whether it shows as soon as a session opens
    (only on a screen of its own)."""
    if not names:
        return Placement(0, False)
    room = room_index(names, remembered)
    return Placement(room, laptop_index(names, room) != room)
