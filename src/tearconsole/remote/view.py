"""What the phone is told: a small, plain-data picture of the session, from the same
``SessionSnapshot`` the console draws (Qt-free). Titles go as text; the page puts them in
with ``textContent``, never as HTML. Times are whole seconds, so a state is sent at most
about once a second unless something changes."""

from __future__ import annotations

import math
from typing import Any

from tearconsole.core.conductor.view import Mode, Phase
from tearconsole.core.kinds import ContinueMode
from tearconsole.core.plan import PlanSpec
from tearconsole.live.snapshot import CueRow, SessionSnapshot, clock_tone, projected_overrun_s

#: The session's mode as the phone's page names it (picked up after a crash: paused).
STATE_WORDS = {mode: mode.value for mode in Mode} | {Mode.RECOVERED: "paused"}


def _seconds(value: float | None) -> int | None:
    return None if value is None else max(0, math.ceil(value - 1e-6))


def auto_step_in(state: SessionSnapshot, plan: PlanSpec, main: CueRow | None) -> int | None:
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
    if cue.continue_mode is ContinueMode.POST_WAIT and state.main_phase is not Phase.POST_WAIT:
        wait = cue.post_wait_s * state.pace
    return _seconds(main.remaining_s + wait)


def remote_state(state: SessionSnapshot, plan: PlanSpec) -> dict[str, Any]:
    main = state.main_row
    standby = state.standby_row
    return {
        "plan": state.plan_name,
        "state": STATE_WORDS[state.mode],
        "started": state.started,
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
        "auto_in_s": auto_step_in(state, plan, main),
        "go": state.go.value,  # start, resume, continue: what GO does now
        "sound": state.sound_output,  # the output the sound goes to ("": the default)
    }
