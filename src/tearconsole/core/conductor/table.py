"""The conductor on one page: for every mode of a session and every action of the
facilitator, what happens, or why nothing does.

Read a row as "in this mode, this action ...": a ``Rule`` says what it does and the modes
it may lead to (enforced: a step that ends elsewhere is undone as a failure), after its
``guards`` (further reasons to refuse, checked in order: each is a real test of the
session's ``Facts``); a ``Refusal`` says why it does nothing there. A refused action
changes nothing and is logged as ``ignored`` with its reason (in English), which the
facilitator is told in their language.

``verdict`` answers for any (facts, action): the conductor asks it before it acts
(``Conductor.perform``) and when a client asks beforehand (``Conductor.allowed``), so the
console's buttons, the phone and the command line can never disagree with the table.
``tests/test_conductor_table.py`` drives every cell of it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from tearconsole.core.conductor.cues import LiveSettings
from tearconsole.core.conductor.state import LiveData
from tearconsole.core.conductor.view import Mode, Phase
from tearconsole.i18n import QT_TRANSLATE_NOOP


class Action(StrEnum):
    """Everything a client may ask of a live session: the one list of actions, for the
    console's buttons and keys, a clicker, the phone and the command line alike."""

    GO = "go"
    NEXT = "next"  # after a safe stop: leave the interrupted cue, start the next one
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
class Facts:
    """What the guards look at: the session's state, the action's value (seconds,
    a speed; None when not given yet) and whether this press came too soon after the
    same client's last (the GO debounce)."""

    data: LiveData
    cue_count: int
    settings: LiveSettings
    value: float | None = None
    quick: bool = False

    @property
    def back_target(self) -> int:
        """The cue Back stands by: the one before standby (the last one at the end)."""
        standby = self.data.standby
        return self.cue_count - 1 if standby is None else standby - 1

    @property
    def interrupted(self) -> bool:
        """A cue a safe stop interrupted waits to be continued."""
        main = self.data.main
        return self.data.mode is Mode.STOPPED and main is not None and main.pending


@dataclass(frozen=True)
class Guard:
    """A further reason to refuse an allowed action: ``when`` it ``holds``, ``reason``."""

    when: str
    reason: str
    holds: Callable[[Facts], bool]


@dataclass(frozen=True)
class Rule:
    does: str
    to: frozenset[Mode]  # the modes the session may be in afterwards (enforced)
    guards: tuple[Guard, ...] = ()


@dataclass(frozen=True)
class Refusal:
    reason: str


def _outside_body(f: Facts) -> bool:
    main = f.data.main
    return main is None or main.cue is None or main.phase is not Phase.BODY or main.pending


# -- guards ---------------------------------------------------------------------------
QUICK_GO = Guard(
    "pressed less than 0.3 s after the same client's last press (accepted or not)",
    QT_TRANSLATE_NOOP(
        "Conductor", "GO was pressed twice in quick succession; the second press was ignored."
    ),
    lambda f: f.quick,
)
PLAN_DONE = Guard(
    "no cue stands by",
    QT_TRANSLATE_NOOP("Conductor", "There is no cue left to start: this is the end of the plan."),
    lambda f: f.data.standby is None,
)
NOTHING_TO_GO_ON = Guard(
    "nothing was interrupted and no cue stands by",
    PLAN_DONE.reason,
    lambda f: not f.interrupted and f.data.standby is None,
)
NOTHING_PLAYS = Guard(
    "no bed plays either",
    QT_TRANSLATE_NOOP("Conductor", "Nothing is running to pause."),
    lambda f: f.data.bed is None,
)
SOFTEST = Guard(
    "softened 3 steps already",
    QT_TRANSLATE_NOOP("Conductor", "The session is already as soft as it goes."),
    lambda f: f.data.soften_level >= 3,
)
NOT_SOFTENED = Guard(
    "not softened",
    QT_TRANSLATE_NOOP("Conductor", "Nothing is softened."),
    lambda f: f.data.soften_level == 0,
)
BAD_LENGTH = Guard(
    "the pause is not between 1 s and 10 min",
    QT_TRANSLATE_NOOP("Conductor", "A breathing pause is between 1 second and 10 minutes."),
    lambda f: f.value is not None and not 0 < f.value <= f.settings.max_extension_s,
)
NOTHING_TO_SKIP = Guard(
    "no cue stands by",
    QT_TRANSLATE_NOOP("Conductor", "There is no cue left to skip."),
    lambda f: f.data.standby is None,
)
AT_FIRST = Guard(
    "the first cue stands by",
    QT_TRANSLATE_NOOP("Conductor", "The first cue is already standing by."),
    lambda f: f.back_target < 0,
)
BAD_SPEED = Guard(
    "not between x0.1 and x32",
    QT_TRANSLATE_NOOP("Conductor", "A rehearsal speed is between x0.1 and x32."),
    lambda f: f.value is not None and not 0.1 <= f.value <= 32,
)
NOT_IN_BODY = Guard(
    "no cue body is running",
    QT_TRANSLATE_NOOP("Conductor", "Only a running cue can be moved inside."),
    _outside_body,
)

# -- refusals -------------------------------------------------------------------------
HAS_ENDED = Refusal(QT_TRANSLATE_NOOP("Conductor", "The session has ended."))
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
ONLY_AFTER_STOP = Refusal(
    QT_TRANSLATE_NOOP(
        "Conductor", "Next cue is for after a safe stop; GO starts the cue standing by."
    )
)

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
    resume = _rule("resume: fade back in where it was", *ON_LINE, guards=(QUICK_GO,))
    recovered = _rule(
        "resume: start what was running, from where it was, fading in",
        *ON_LINE, guards=(QUICK_GO,),
    )  # fmt: skip
    go_on = _rule(
        "continue the cue the safe stop interrupted, where it was, its bed fading back in "
        "(nothing interrupted: start the cue standing by)",
        *ON_LINE, guards=(QUICK_GO, NOTHING_TO_GO_ON),
    )  # fmt: skip
    row(Action.GO, {
        M.READY: go, M.RUNNING: go, M.PAUSED: resume, M.RECOVERED: recovered,
        M.STOPPED: go_on, M.ENDED: HAS_ENDED,
    })  # fmt: skip
    next_cue = _rule(
        "leave the cue the safe stop interrupted; start the cue standing by",
        *ON_LINE, guards=(QUICK_GO, PLAN_DONE),
    )  # fmt: skip
    row(Action.NEXT, {
        **{m: ONLY_AFTER_STOP for m in IN_PLAY}, M.STOPPED: next_cue, M.ENDED: HAS_ENDED,
    })  # fmt: skip
    row(Action.PAUSE, {
        M.READY: _rule("fade the bed out and pause", M.PAUSED, guards=(NOTHING_PLAYS,)),
        M.RUNNING: _rule("fade everything out and pause", M.PAUSED),
        M.PAUSED: ALREADY_PAUSED, M.RECOVERED: ALREADY_PAUSED,
        M.STOPPED: NOTHING_RUNS, M.ENDED: NOTHING_RUNS,
    })  # fmt: skip
    row(Action.RESUME, {
        M.PAUSED: _rule(resume.does, *ON_LINE), M.RECOVERED: _rule(recovered.does, *ON_LINE),
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
    back = (
        "the cue before the standing-by one stands by again; GO starts it from the top, "
        "with the music bed the plan has under it (a cue a safe stop interrupted is left)"
    )
    row(Action.BACK, {**same(back, guards=(AT_FIRST,)), M.ENDED: FIRST_ALREADY})
    stop = _rule(
        "fade everything out to the calm card; GO continues the interrupted cue where it "
        "was, Next cue starts the one standing by",
        M.STOPPED,
    )
    row(Action.SAFE_STOP, {
        **{m: stop for m in IN_PLAY}, M.STOPPED: ALREADY_STOPPED, M.ENDED: ALREADY_STOPPED,
    })  # fmt: skip
    hard = "arm the hard stop; a second within 5 s ends the session at once"
    row(Action.HARD_STOP, {**same(hard, M.ENDED), M.ENDED: HAS_ENDED})
    end = _rule("end the session, fading out to the calm card", M.ENDED)
    row(Action.END, {**{m: end for m in Mode if m is not M.ENDED}, M.ENDED: HAS_ENDED})
    speed = "rehearsal: play N times faster"
    row(Action.SPEED, {**same(speed, guards=(BAD_SPEED,)), M.ENDED: SPEED_RANGE})
    seek = "rehearsal: move inside the running cue's body"
    row(Action.SEEK, {
        M.RUNNING: _rule(seek, M.RUNNING, guards=(NOT_IN_BODY,)),
        M.PAUSED: _rule(seek, M.PAUSED, guards=(NOT_IN_BODY,)),
        M.READY: NO_RUNNING_CUE, M.RECOVERED: NO_RUNNING_CUE,
        M.STOPPED: NO_RUNNING_CUE, M.ENDED: NO_RUNNING_CUE,
    })  # fmt: skip
    note = "a note, linked to the running cue; private unless shared"
    row(Action.NOTE, {m: _rule(note, m) for m in Mode})
    return t


#: (mode, action) -> what the action does there, or why it is refused.
TABLE: dict[tuple[Mode, Action], Rule | Refusal] = _build()


def verdict(facts: Facts, action: Action) -> Rule | str:
    """The rule ``action`` follows now, or the reason (English) it is refused."""
    cell = TABLE[(facts.data.mode, action)]
    if isinstance(cell, Refusal):
        return cell.reason
    for guard in cell.guards:
        if guard.holds(facts):
            return guard.reason
    return cell


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
