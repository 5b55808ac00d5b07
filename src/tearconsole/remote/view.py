"""What the phone is told: a small, plain-data picture of the session, from the same
``ConsoleState`` the console draws (Qt-free). Titles go as text; the page puts them in
with ``textContent``, never as HTML. Times are whole seconds, so a state is sent at most
about once a second unless something changes."""

from __future__ import annotations

import math
from typing import Any

from tearconsole.core.kinds import ContinueMode
from tearconsole.core.plan import PlanSpec
from tearconsole.ui.live.state import ConsoleState, CueRow, clock_tone, projected_overrun_s


def _state_word(state: ConsoleState) -> str:
    if state.ended:
        return "ended"
    if state.stopped:
        return "stopped"
    if state.paused:
        return "paused"
    return "running" if state.running_rows else "ready"


def _seconds(value: float | None) -> int | None:
    return None if value is None else max(0, math.ceil(value - 1e-6))


def _main_row(state: ConsoleState) -> CueRow | None:
    return next((row for row in state.running_rows if row.kind != "bed"), None)


def auto_step_in(
    state: ConsoleState, plan: PlanSpec, main: CueRow | None, in_post_wait: bool
) -> int | None:
    """Seconds until the conductor moves on by itself (a cue that follows, or continues
    after its post-wait), or None when the next step waits for GO (or is held)."""
    if main is None or main.remaining_s is None or state.held or state.paused:
        return None
    if state.stopped or state.ended or state.standby_position is None:
        return None
    cue = next((c for c in plan.cues if c.position == main.position), None)
    if cue is None or cue.continue_mode is ContinueMode.GO:
        return None
    wait = 0.0
    if cue.continue_mode is ContinueMode.POST_WAIT and not in_post_wait:
        wait = cue.post_wait_s * state.pace
    return _seconds(main.remaining_s + wait)


def remote_state(state: ConsoleState, plan: PlanSpec, in_post_wait: bool = False) -> dict[str, Any]:
    main = _main_row(state)
    standby = state.standby_row
    return {
        "plan": state.plan_name,
        "state": _state_word(state),
        "started": state.session_started,
        "soften": state.soften_level,
        "held": state.held,
        "rehearsal": state.rehearsal,
        "current": None
        if main is None
        else {
            "position": main.position,
            "title": main.title,
            "kind": main.kind,
            "remaining_s": _seconds(main.remaining_s),
        },
        "standby": None
        if standby is None
        else {"position": standby.position, "title": standby.title, "kind": standby.kind},
        "session_s": int(state.session_elapsed_s),
        "plan_left_s": _seconds(state.plan_remaining_s),
        "target_s": _seconds(state.target_s),
        "over_s": None if (over := projected_overrun_s(state)) is None else max(0, round(over)),
        "tone": clock_tone(state).value,  # calm, amber (a little over), red (well over)
        "auto_in_s": auto_step_in(state, plan, main, in_post_wait),
    }
