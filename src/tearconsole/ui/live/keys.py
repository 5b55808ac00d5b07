"""The console's keys, in one table: the buttons show them, the shortcuts use them.

Space and Esc are the two a facilitator reaches for without looking (GO, safe stop).
Gentle, reversible actions get single letters; anything that jumps in the plan needs
Ctrl, and the hard stop needs Ctrl+Shift+End pressed twice.

A presentation clicker sends Page Down (next), Page Up (previous) and, for its "blank
the screen" button, B or period: GO, back and safe stop here (``clicker=True``; they can
be switched off). Period is a clicker's blank in both modes, so rehearsing with the
clicker does what the session will do; the rehearsal's seek keys are therefore
Shift+← / Shift+→, not comma and period.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Action(StrEnum):
    GO = "go"
    PAUSE = "pause"  # pause or resume
    SOFTEN = "soften"
    RESTORE = "restore"
    HOLD = "hold"  # hold or release the next automatic step
    EXTEND = "extend"
    SKIP = "skip"
    BACK = "back"
    SAFE_STOP = "safe_stop"
    HARD_STOP = "hard_stop"
    NOTE = "note"  # put the cursor in the quick-note field
    AUDIENCE = "audience"  # show or hide the audience window
    PACE_DOWN = "pace_down"  # teleprompter slower
    PACE_UP = "pace_up"
    WAITS_LONGER = "waits_longer"  # the session's pace: pauses, cards and waits x1.25
    WAITS_SHORTER = "waits_shorter"
    SEEK_BACK = "seek_back"  # rehearsal only
    SEEK_FORWARD = "seek_forward"
    SPEED = "speed"  # rehearsal: x1 -> x2 -> x4 -> x1


@dataclass(frozen=True)
class KeyBinding:
    action: Action
    keys: str  # QKeySequence text
    shown: str  # how the button spells it
    typing_safe: bool  # still active while the quick-note field has the focus
    clicker: bool = False  # sent by a presentation clicker; off with the clicker setting


BINDINGS: tuple[KeyBinding, ...] = (
    KeyBinding(Action.GO, "Space", "Space", False),
    KeyBinding(Action.SAFE_STOP, "Esc", "Esc", True),
    KeyBinding(Action.PAUSE, "P", "P", False),
    KeyBinding(Action.SOFTEN, "S", "S", False),
    KeyBinding(Action.RESTORE, "R", "R", False),
    KeyBinding(Action.HOLD, "H", "H", False),
    KeyBinding(Action.EXTEND, "E", "E", False),
    KeyBinding(Action.SKIP, "Ctrl+Right", "Ctrl+→", True),
    KeyBinding(Action.BACK, "Ctrl+Left", "Ctrl+←", True),
    KeyBinding(Action.HARD_STOP, "Ctrl+Shift+End", "Ctrl+Shift+End", True),
    KeyBinding(Action.NOTE, "N", "N", False),
    KeyBinding(Action.AUDIENCE, "Ctrl+Shift+A", "Ctrl+Shift+A", True),
    KeyBinding(Action.PACE_DOWN, "-", "−", False),
    KeyBinding(Action.PACE_UP, "=", "+", False),  # the + key without Shift
    KeyBinding(Action.PACE_UP, "+", "+", False),
    KeyBinding(Action.WAITS_LONGER, "]", "]", False),
    KeyBinding(Action.WAITS_SHORTER, "[", "[", False),
    KeyBinding(Action.SEEK_BACK, "Shift+Left", "Shift+←", False),
    KeyBinding(Action.SEEK_FORWARD, "Shift+Right", "Shift+→", False),
    KeyBinding(Action.SPEED, "X", "X", False),
    KeyBinding(Action.GO, "PgDown", "Page Down", False, clicker=True),
    KeyBinding(Action.BACK, "PgUp", "Page Up", False, clicker=True),
    KeyBinding(Action.SAFE_STOP, "B", "B", False, clicker=True),
    KeyBinding(Action.SAFE_STOP, ".", ".", False, clicker=True),
)

#: The setting that switches the clicker's keys on (the default) or off.
CLICKER_KEY = "clicker_keys"


def bindings(clicker: bool = True) -> tuple[KeyBinding, ...]:
    """The keys in force: with or without a presentation clicker's."""
    return tuple(b for b in BINDINGS if clicker or not b.clicker)


BY_ACTION = {binding.action: binding for binding in BINDINGS if not binding.clicker}

#: The only keys a held key repeats: small steps that are meant to be held. An
#: auto-repeated GO, skip, back, soften, stop or any other key never acts.
REPEATING = frozenset(
    {
        Action.PACE_DOWN, Action.PACE_UP, Action.WAITS_LONGER, Action.WAITS_SHORTER,
        Action.SEEK_BACK, Action.SEEK_FORWARD,
    }
)  # fmt: skip

#: How far one seek key moves inside a cue in rehearsal.
SEEK_STEP_S = 10.0
REHEARSAL_SPEEDS = (1.0, 2.0, 4.0)
#: The session's pace factor (product.md: x0.5 to x2), one step per key.
WAIT_PACES = (0.5, 0.64, 0.8, 1.0, 1.25, 1.6, 2.0)


def step_wait_pace(pace: float, direction: int) -> float:
    """The next pace along ``WAIT_PACES``: +1 longer waits, -1 shorter."""
    nearest = min(range(len(WAIT_PACES)), key=lambda i: abs(WAIT_PACES[i] - pace))
    return WAIT_PACES[max(0, min(len(WAIT_PACES) - 1, nearest + direction))]


def shown_key(action: Action) -> str:
    return BY_ACTION[action].shown


def next_speed(speed: float) -> float:
    for index, value in enumerate(REHEARSAL_SPEEDS):
        if abs(value - speed) < 1e-6:
            return REHEARSAL_SPEEDS[(index + 1) % len(REHEARSAL_SPEEDS)]
    return REHEARSAL_SPEEDS[0]
