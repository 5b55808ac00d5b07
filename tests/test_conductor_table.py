"""The transition table drives the conductor: every action in every mode does what the
table says (it leads to one of the modes its rule names) or is refused with the reason
the table (or one of the rule's guards) gives, and a refusal changes nothing. The cases
are generated from ``table.TABLE``; random sessions check the same at every step."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tearconsole.core.conductor.conductor import Outcome
from tearconsole.core.conductor.log import Snapshot
from tearconsole.core.conductor.state import Mode
from tearconsole.core.conductor.table import QUICK_GO, TABLE, Action, Refusal, Rule, describe
from tearconsole.core.kinds import EventKind
from tests.conductor_fakes import Rig

ARGS: dict[Action, tuple[Any, ...]] = {
    Action.EXTEND: (30.0,),
    Action.PACE: (1.5,),
    Action.SPEED: (2.0,),
    Action.SEEK: (1.0,),
    Action.NOTE: ("The room is quiet",),
}


def call(rig: Rig, action: Action, *args: Any) -> Outcome:
    """``action`` through the conductor's one door, after asking ``allowed`` beforehand:
    the answer beforehand is the answer (a GO's timing aside, judged only when pressed)."""
    c = rig.conductor
    value = (args or ARGS.get(action, (None,)))[0]
    if action is Action.NOTE:
        before = c.allowed(action)
        outcome = c.perform(action, text=str(value))
    else:
        before = c.allowed(action, value)
        outcome = c.perform(action, value)
    quick = outcome.reason == QUICK_GO.reason
    assert outcome.done == before.done or quick, (action, before, outcome)
    if not outcome.done and not quick:
        assert outcome.reason == before.reason
    return outcome


def in_mode(mode: Mode) -> Rig:
    """A session of the sample plan brought into ``mode`` the way a facilitator would."""
    rig = Rig()
    c = rig.conductor
    if mode is Mode.RECOVERED:
        c.begin(resume=Snapshot(main=2, main_s=1.0, standby=3, bed=1, soften=1))
    else:
        c.begin()
    if mode in (Mode.RUNNING, Mode.PAUSED, Mode.STOPPED):
        c.go()  # the welcome card, 5 s
        rig.run(1.0)
    if mode is Mode.PAUSED:
        c.pause()
    elif mode is Mode.STOPPED:
        c.safe_stop()
    elif mode is Mode.ENDED:
        c.end()
    rig.clock.advance(1.0)  # past the GO guard
    assert c.mode is mode
    return rig


def check(rig: Rig, before: Mode, action: Action, since: int, calls: int) -> None:
    """The action just taken did what ``TABLE`` says, or was refused as it says (and then
    nothing changed but the one ``ignored`` event: no mode, no output call)."""
    cell = TABLE[(before, action)]
    c = rig.conductor
    own = [e for e in rig.sink.events[since:] if e.action == action.value]
    assert len(own) == 1  # every action writes exactly one event that carries its name
    refused = own[0].kind is EventKind.IGNORED
    unchanged = c.mode is before and len(rig.sink.events) == since + 1
    if isinstance(cell, Refusal):
        assert refused and own[0].detail["reason"] == cell.reason, (before, action)
        assert unchanged and len(rig.output.calls) == calls
        return
    assert isinstance(cell, Rule)
    if refused:
        assert own[0].detail["reason"] in {g.reason for g in cell.guards}, (before, action)
        assert unchanged and len(rig.output.calls) == calls
    else:
        assert c.mode in cell.to, (before, action, c.mode)


@pytest.mark.parametrize(("mode", "action"), sorted(TABLE, key=str))
def test_every_action_in_every_mode_does_what_the_table_says(mode: Mode, action: Action) -> None:
    rig = in_mode(mode)
    since, calls = len(rig.sink.events), len(rig.output.calls)
    call(rig, action)
    check(rig, mode, action, since, calls)
    cell = TABLE[(mode, action)]
    if isinstance(cell, Rule) and not cell.guards:  # nothing to stop it here: it acts
        assert rig.sink.events[since].kind is not EventKind.IGNORED


def test_the_table_covers_every_mode_and_action_and_reads_as_text() -> None:
    assert set(TABLE) == {(m, a) for m in Mode for a in Action}
    text = describe()
    assert "GO was pressed twice" not in text  # guards read as conditions, not messages
    assert "ENDED\n  go: refused: The session has ended." in text
    assert "RUNNING\n  go: start the cue standing by" in text


STEP = st.one_of(
    st.tuples(st.sampled_from(list(Action))),
    st.tuples(st.just("wait"), st.floats(0.01, 8.0)),
    st.tuples(st.just(Action.EXTEND), st.floats(-5.0, 700.0)),
    st.tuples(st.just(Action.SPEED), st.sampled_from([0.05, 1.0, 4.0, 40.0])),
    st.tuples(st.just(Action.SEEK), st.floats(-20.0, 20.0)),
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(recovered=st.booleans(), steps=st.lists(STEP, min_size=1, max_size=40))
def test_random_sessions_follow_the_table_at_every_step(
    recovered: bool, steps: list[tuple[Any, ...]]
) -> None:
    rig = Rig()
    if recovered:
        rig.conductor.begin(resume=Snapshot(main=5, main_s=2.0, standby=6, bed=None, held=True))
    else:
        rig.conductor.begin()
    for name, *args in steps:
        if name == "wait":
            rig.run(args[0], step=0.1)
            continue
        before, since, calls = rig.conductor.mode, len(rig.sink.events), len(rig.output.calls)
        call(rig, name, *args)
        check(rig, before, name, since, calls)


def test_the_page_in_the_docs_is_the_table() -> None:
    from pathlib import Path

    page = (Path(__file__).parent.parent / "docs" / "conductor.md").read_text(encoding="utf-8")
    assert "```text\n" + describe() + "\n```" in page
