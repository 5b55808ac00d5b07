"""Which screen the audience window goes to, decided from screen names (no Qt).

The facilitator's choice is remembered by screen name; with none remembered (or the
remembered screen unplugged) the second screen is used when there is one. With a single
screen the audience window stays hidden until the facilitator asks for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tearconsole.settings import AUDIENCE_SCREEN

SETTINGS_KEY = AUDIENCE_SCREEN


@dataclass(frozen=True)
class Placement:
    index: int  # into the list of screens
    show_at_start: bool


def choose_screen(names: Sequence[str], remembered: str | None = None) -> Placement:
    if not names:
        return Placement(0, False)
    if remembered is not None and remembered in names:
        index = list(names).index(remembered)
        return Placement(index, len(names) > 1 and index != 0)
    if len(names) > 1:
        return Placement(1, True)
    return Placement(0, False)
