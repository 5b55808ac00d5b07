"""The console's keys, in one table: the buttons show them, the shortcuts use them.

Space and Esc are the two a facilitator reaches for without looking (GO, safe stop).
Gentle, reversible actions get single letters; anything that jumps in the plan needs
Ctrl, and the hard stop needs Ctrl+Shift+End pressed twice.

A presentation clicker sends Page Down (next), Page Up (previous) and, for its "blank
the screen" button, B or period: GO, back and safe stop here (``clicker=True``; they can
be switched off). Period is a clicker's blank in both modes, so rehearsing with the
clicker does what the session will do; the rehearsal's seek keys are therefore
Shift+← / Shift+→, not comma and period.

Paused, GO (and the clicker's Page Down) resumes; after a safe stop GO continues the
interrupted cue where it was, and Ctrl+Enter ("Next cue") starts the next one instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from tearconsole.core.conductor.table import Action


class ConsoleKey(StrEnum):
    """What a key does on the console itself; every other key is a session ``Action``
    (the one list of actions, shared with the phone and the command line)."""

    NOTE_FIELD = "note_field"  # put the cursor in the quick-note field
    AUDIENCE = "audience"  # show or hide the audience window
    PROMPT_SLOWER = "prompt_slower"  # teleprompter slower
    PROMPT_FASTER = "prompt_faster"
    WAITS_LONGER = "waits_longer"  # the session's pace (Action.PACE), one step longer
    WAITS_SHORTER = "waits_shorter"
    SEEK_BACK = "seek_back"  # rehearsal only (Action.SEEK, 10 s back)
    SEEK_FORWARD = "seek_forward"
    SPEED_STEP = "speed_step"  # rehearsal: x1 -> x2 -> x4 -> x1 (Action.SPEED)


#: What a key or a button asks for.
Command = Action | ConsoleKey


def command(value: str) -> Command:
    """A command from its value (a button's or a signal's string)."""
    try:
        return Action(value)
    except ValueError:
        return ConsoleKey(value)


@dataclass(frozen=True)
class KeyBinding:
    action: Command
    keys: str  # QKeySequence text
    shown: str  # how the button spells it
    typing_safe: bool  # still active while the quick-note field has the focus
    clicker: bool = False  # sent by a presentation clicker; off with the clicker setting


K = ConsoleKey
BINDINGS: tuple[KeyBinding, ...] = (
    KeyBinding(Action.GO, "Space", "Space", False),
    KeyBinding(Action.SAFE_STOP, "Esc", "Esc", True),
    KeyBinding(Action.NEXT, "Ctrl+Return", "Ctrl+Enter", True),
    KeyBinding(Action.PAUSE, "P", "P", False),  # pause, or resume when paused
    KeyBinding(Action.SOFTEN, "S", "S", False),
    KeyBinding(Action.RESTORE, "R", "R", False),
    KeyBinding(Action.HOLD, "H", "H", False),
    KeyBinding(Action.EXTEND, "E", "E", False),
    KeyBinding(Action.SKIP, "Ctrl+Right", "Ctrl+→", True),
    KeyBinding(Action.BACK, "Ctrl+Left", "Ctrl+←", True),
    KeyBinding(Action.HARD_STOP, "Ctrl+Shift+End", "Ctrl+Shift+End", True),
    KeyBinding(K.NOTE_FIELD, "N", "N", False),
    KeyBinding(K.AUDIENCE, "Ctrl+Shift+A", "Ctrl+Shift+A", True),
    KeyBinding(K.PROMPT_SLOWER, "-", "−", False),
    KeyBinding(K.PROMPT_FASTER, "=", "+", False),  # the + key without Shift
    KeyBinding(K.PROMPT_FASTER, "+", "+", False),
    KeyBinding(K.WAITS_LONGER, "]", "]", False),
    KeyBinding(K.WAITS_SHORTER, "[", "[", False),
    KeyBinding(K.SEEK_BACK, "Shift+Left", "Shift+←", False),
    KeyBinding(K.SEEK_FORWARD, "Shift+Right", "Shift+→", False),
    KeyBinding(K.SPEED_STEP, "X", "X", False),
    KeyBinding(Action.GO, "PgDown", "Page Down", False, clicker=True),
    KeyBinding(Action.BACK, "PgUp", "Page Up", False, clicker=True),
    KeyBinding(Action.SAFE_STOP, "B", "B", False, clicker=True),
    KeyBinding(Action.SAFE_STOP, ".", ".", False, clicker=True),
)


def bindings(clicker: bool = True) -> tuple[KeyBinding, ...]:
    """The keys in force: with or without a presentation clicker's."""
    return tuple(b for b in BINDINGS if clicker or not b.clicker)


BY_ACTION: dict[Command, KeyBinding] = {b.action: b for b in BINDINGS if not b.clicker}

#: The only keys a held key repeats: small steps that are meant to be held. An
#: auto-repeated GO, skip, back, soften, stop or any other key never acts.
REPEATING: frozenset[Command] = frozenset(
    {K.PROMPT_SLOWER, K.PROMPT_FASTER, K.WAITS_LONGER, K.WAITS_SHORTER, K.SEEK_BACK,
     K.SEEK_FORWARD}
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


def shown_key(action: Command) -> str:
    return BY_ACTION[action].shown


def next_speed(speed: float) -> float:
    for index, value in enumerate(REHEARSAL_SPEEDS):
        if abs(value - speed) < 1e-6:
            return REHEARSAL_SPEEDS[(index + 1) % len(REHEARSAL_SPEEDS)]
    return REHEARSAL_SPEEDS[0]
