"""What one phone may pass on to the console: a rate, GO coalesced, few actions pending,
notes capped, and a flood recognised (Qt-free, on a hand-driven clock)."""

from __future__ import annotations

import contextlib

import pytest

from tearconsole.remote.guard import RemoteAction
from tearconsole.remote.pairing import Refusal
from tearconsole.remote.throttle import (
    BURST,
    FLOOD_EXCESS,
    GO_DEBOUNCE_S,
    MAX_NOTES,
    MAX_PENDING,
    RATE_PER_S,
    PhoneBudget,
)


def _refused(call: object, *args: object) -> str | None:
    try:
        call(*args)  # type: ignore[operator]
    except Refusal as refusal:
        return refusal.reason
    return None


def test_a_burst_of_go_is_one_go_and_a_later_go_passes() -> None:
    budget = PhoneBudget(0.0)
    # five presses a second for two seconds: the first passes, the rest are the same press
    passed = [_refused(budget.admit, RemoteAction.GO, n * 0.2) is None for n in range(10)]
    assert passed == [True] + [False] * 9
    assert _refused(budget.admit, RemoteAction.GO, 1.8 + GO_DEBOUNCE_S) is None
    assert _refused(budget.admit, RemoteAction.GO, 1.8 + GO_DEBOUNCE_S + 0.1) == "pressed_twice"
    assert not budget.flooding  # eager, not hostile


def test_the_rate_allows_a_burst_then_a_few_a_second() -> None:
    budget = PhoneBudget(0.0)
    reasons = [_refused(budget.take, 0.0) for _ in range(BURST + 1)]
    assert reasons == [None] * BURST + ["too_fast"]
    assert _refused(budget.take, 1.0 / RATE_PER_S) is None  # one more after a fifth of a second
    assert _refused(budget.take, 1.0 / RATE_PER_S) == "too_fast"


def test_few_actions_wait_for_the_console_and_notes_are_capped() -> None:
    budget = PhoneBudget(0.0)
    budget.pending = MAX_PENDING
    assert _refused(budget.admit, RemoteAction.PAUSE, 1.0) == "busy"
    budget.pending = 0
    notes = [_refused(budget.admit, RemoteAction.NOTE, 2.0 + n) for n in range(MAX_NOTES + 1)]
    assert notes == [None] * MAX_NOTES + ["notes_full"]


def test_a_flood_is_recognised_within_a_few_dozen_messages() -> None:
    budget = PhoneBudget(0.0)
    for n in range(BURST + FLOOD_EXCESS + 1):
        with pytest.raises(Refusal) if n >= BURST else contextlib.nullcontext():
            budget.take(n * 1e-5)
    assert budget.flooding
