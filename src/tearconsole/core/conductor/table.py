"""The conductor on one page: for every mode of a session and every action of the
facilitator, what happens, or why nothing does.

Read a row as "in this mode, this action ...": a ``Rule`` says what it does and which
modes it may lead to, after its ``guards`` (further reasons to refuse, checked in
order); a ``Refusal`` says why it does nothing there. A refused action changes nothing
and is logged as ``ignored`` with its reason (in English), which the facilitator is
told in their language.

The conductor looks every action up here before it acts (``Conductor._allowed``), and
``tests/test_conductor_table.py`` drives every cell of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from tearconsole.core.conductor.state import Mode
from tearconsole.i18n import QT_TRANSLATE_NOOP


class Action(StrEnum):
    """The facilitator's actions (the conductor's public methods)."""

    GO = "go"
    PAUSE = "pause"
    RESUME = "resume"
    SOFTEN = "soften"
    RESTORE = "restore"
    HOLD = "hold"
    EXTEND = "extend"
    PACE = "pace"
    SKIP = "skip"
    BACK = "back"
    SAFE_STOP = "safe_stop"
    HARD_STOP = "hard_stop"
    END = "end"
    SPEED = "speed"
    SEEK = "seek"
    NOTE = "note"


@dataclass(frozen=True)
class Guard:
    """A further reason to refuse an allowed action: ``when`` it holds, ``reason``."""

    when: str
    reason: str


@dataclass(frozen=True)
class Rule:
    does: str
    to: frozenset[Mode]  # the modes the session may be in afterwards
    guards: tuple[Guard, ...] = ()


@dataclass(frozen=True)
class Refusal:
    reason: str


# -- guards ---------------------------------------------------------------------------
QUICK_GO = Guard(
    "GO was pressed less than 0.3 s after the last press (accepted or not)",
    QT_TRANSLATE_NOOP(
        "Conductor", "GO was pressed twice in quick succession; the second press was ignored."
    ),
)
PLAN_DONE = Guard(
    "no cue stands by",
    QT_TRANSLATE_NOOP("Conductor", "There is no cue left to start: this is the end of the plan."),
)
NOTHING_PLAYS = Guard(
    "no bed plays either", QT_TRANSLATE_NOOP("Conductor", "Nothing is running to pause.")
)
SOFTEST = Guard(
    "softened 3 steps already",
    QT_TRANSLATE_NOOP("Conductor", "The session is already as soft as it goes."),
)
NOT_SOFTENED = Guard("not softened", QT_TRANSLATE_NOOP("Conductor", "Nothing is softened."))
BAD_LENGTH = Guard(
    "the pause is not between 1 s and 10 min",
    QT_TRANSLATE_NOOP("Conductor", "A breathing pause is between 1 second and 10 minutes."),
)
NOTHING_TO_SKIP = Guard(
    "no cue stands by", QT_TRANSLATE_NOOP("Conductor", "There is no cue left to skip.")
)
AT_FIRST = Guard(
    "the first cue stands by",
    QT_TRANSLATE_NOOP("Conductor", "The first cue is already standing by."),
)
BAD_SPEED = Guard(
    "not between x0.1 and x32",
    QT_TRANSLATE_NOOP("Conductor", "A rehearsal speed is between x0.1 and x32."),
)
NOT_IN_BODY = Guard(
    "no cue body is running",
    QT_TRANSLATE_NOOP("Conductor", "Only a running cue can be moved inside."),
)

# -- refusals -------------------------------------------------------------------------
HAS_ENDED = Refusal(QT_TRANSLATE_NOOP("Conductor", "The session has ended."))
IS_PAUSED = Refusal(QT_TRANSLATE_NOOP("Conductor", "The session is paused; resume it first."))
ALREADY_PAUSED = Refusal(QT_TRANSLATE_NOOP("Conductor", "The session is already paused."))
NOTHING_RUNS = Refusal(QT_TRANSLATE_NOOP("Conductor", "Nothing is running to pause."))
NOT_PAUSED = Refusal(QT_TRANSLATE_NOOP("Conductor", "The session is not paused."))
AS_SOFT = Refusal(SOFTEST.reason)
NOTHING_SOFTENED = Refusal(NOT_SOFTENED.reason)
AFTER_A_STOP = Refusal(QT_TRANSLATE_NOOP("Conductor", "There is nothing to extend after a stop."))
NOTHING_LEFT = Refusal(NOTHING_TO_SKIP.reason)
FIRST_ALREADY = Refusal(AT_FIRST.reason)
ALREADY_STOPPED = Refusal(QT_TRANSLATE_NOOP("Conductor", "The session is already stopped."))
SPEED_RANGE = Refusal(BAD_SPEED.reason)
NO_RUNNING_CUE = Refusal(NOT_IN_BODY.reason)

M = Mode
IN_PLAY = (M.READY, M.RUNNING, M.PAUSED, M.RECOVERED)
ON_LINE = frozenset({M.READY, M.RUNNING})  # the main line moved on, or not


def _rule(does: str, *to: Mode, guards: tuple[Guard, ...] = ()) -> Rule:
    return Rule(does, frozenset(to), guards)


def _build() -> dict[tuple[Mode, Action], Rule | Refusal]:
    t: dict[tuple[Mode, Action], Rule | Refusal] = {}

    def row(action: Action, cells: dict[Mode, Rule | Refusal]) -> None:
        assert set(cells) == set(Mode), action
        for mode, cell in cells.items():
            t[(mode, action)] = cell

    def same(does: str, *extra: Mode, guards: tuple[Guard, ...] = ()) -> dict[Mode, Rule]:
        """A rule for every mode but ENDED that keeps the mode (or goes to ``extra``)."""
        return {m: _rule(does, m, *extra, guards=guards) for m in Mode if m is not M.ENDED}

    go = _rule(
        "start the cue standing by; a cue still playing crossfades out under it",
        *ON_LINE, guards=(QUICK_GO, PLAN_DONE),
    )  # fmt: skip
    row(Action.GO, {
        M.READY: go, M.RUNNING: go, M.STOPPED: go,
        M.PAUSED: IS_PAUSED, M.RECOVERED: IS_PAUSED, M.ENDED: HAS_ENDED,
    })  # fmt: skip
    row(Action.PAUSE, {
        M.READY: _rule("fade the bed out and pause", M.PAUSED, guards=(NOTHING_PLAYS,)),
        M.RUNNING: _rule("fade everything out and pause", M.PAUSED),
        M.PAUSED: ALREADY_PAUSED, M.RECOVERED: ALREADY_PAUSED,
        M.STOPPED: NOTHING_RUNS, M.ENDED: NOTHING_RUNS,
    })  # fmt: skip
    row(Action.RESUME, {
        M.PAUSED: _rule("fade back in where it was", *ON_LINE),
        M.RECOVERED: _rule("start what was running, from where it was, fading in", *ON_LINE),
        M.READY: NOT_PAUSED, M.RUNNING: NOT_PAUSED, M.STOPPED: NOT_PAUSED, M.ENDED: NOT_PAUSED,
    })  # fmt: skip
    soften = "one step quieter and dimmer; the third fades the cue out to the soft landing"
    row(Action.SOFTEN, {**same(soften, *ON_LINE, guards=(SOFTEST,)), M.ENDED: AS_SOFT})
    restore = "back to the level and brightness as made"
    row(Action.RESTORE, {**same(restore, guards=(NOT_SOFTENED,)), M.ENDED: NOTHING_SOFTENED})
    hold = "hold the next automatic step; again: release it (and take it if it came due)"
    row(Action.HOLD, {**same(hold, *ON_LINE), M.ENDED: HAS_ENDED})
    extend = "a breathing pause: after the running cue, or now between cues"
    row(Action.EXTEND, {
        **{m: _rule(extend, m, M.RUNNING, guards=(BAD_LENGTH,)) for m in IN_PLAY},
        M.STOPPED: AFTER_A_STOP, M.ENDED: AFTER_A_STOP,
    })  # fmt: skip
    pace = "pauses, cards and waits shorter or longer (x0.5 to x2)"
    row(Action.PACE, {**same(pace), M.ENDED: HAS_ENDED})
    skip = "the cue after the standing-by one stands by instead"
    row(Action.SKIP, {**same(skip, guards=(NOTHING_TO_SKIP,)), M.ENDED: NOTHING_LEFT})
    back = "the cue before the standing-by one stands by again"
    row(Action.BACK, {**same(back, guards=(AT_FIRST,)), M.ENDED: FIRST_ALREADY})
    stop = _rule("fade everything out to the calm card; GO goes on from standby", M.STOPPED)
    row(Action.SAFE_STOP, {
        **{m: stop for m in IN_PLAY}, M.STOPPED: ALREADY_STOPPED, M.ENDED: ALREADY_STOPPED,
    })  # fmt: skip
    hard = "arm the hard stop; a second within 5 s ends the session at once"
    row(Action.HARD_STOP, {**same(hard, M.ENDED), M.ENDED: HAS_ENDED})
    end = _rule("end the session, fading out to the calm card", M.ENDED)
    row(Action.END, {**{m: end for m in Mode if m is not M.ENDED}, M.ENDED: HAS_ENDED})
    speed = "rehearsal: play N times faster"
    row(Action.SPEED, {**same(speed, guards=(BAD_SPEED,)), M.ENDED: SPEED_RANGE})
    seek = _rule("rehearsal: move inside the running cue's body", guards=(NOT_IN_BODY,))
    row(Action.SEEK, {
        M.RUNNING: Rule(seek.does, frozenset({M.RUNNING}), seek.guards),
        M.PAUSED: Rule(seek.does, frozenset({M.PAUSED}), seek.guards),
        M.READY: NO_RUNNING_CUE, M.RECOVERED: NO_RUNNING_CUE,
        M.STOPPED: NO_RUNNING_CUE, M.ENDED: NO_RUNNING_CUE,
    })  # fmt: skip
    note = "a note, linked to the running cue; private unless shared"
    row(Action.NOTE, {m: _rule(note, m) for m in Mode})
    return t


#: (mode, action) -> what the action does there, or why it is refused.
TABLE: dict[tuple[Mode, Action], Rule | Refusal] = _build()


def describe() -> str:
    """The table as plain text, one mode at a time (for people, and for the docs)."""
    lines = []
    for mode in Mode:
        lines.append(f"{mode.value.upper()}")
        for action in Action:
            cell = TABLE[(mode, action)]
            if isinstance(cell, Refusal):
                lines.append(f"  {action.value}: refused: {cell.reason}")
                continue
            to = ", ".join(sorted(m.value for m in cell.to))
            unless = "".join(f"; refused when {g.when}" for g in cell.guards)
            lines.append(f"  {action.value}: {cell.does} -> {to}{unless}")
    return "\n".join(lines)
