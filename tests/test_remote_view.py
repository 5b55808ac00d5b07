"""What the phone is told, from the console's own state (no Qt)."""

from __future__ import annotations

from tearconsole.core.conductor.view import Mode, Phase
from tearconsole.core.kinds import ContinueMode, CueKind
from tearconsole.core.plan import CueSpec, PlanSpec
from tearconsole.live.snapshot import CueRow, RowState, SessionSnapshot
from tearconsole.remote.view import remote_state

PLAN = PlanSpec(
    id=1,
    name="Evening",
    target_s=3600,
    cues=(
        CueSpec(0, CueKind.PAUSE, duration_s=60, continue_mode=ContinueMode.FOLLOW),
        CueSpec(
            1, CueKind.PAUSE, duration_s=30, continue_mode=ContinueMode.POST_WAIT, post_wait_s=10
        ),
        CueSpec(2, CueKind.PAUSE, duration_s=30),
    ),
)


def _state(running: int | None, remaining: float = 12.4, **changes: object) -> SessionSnapshot:
    rows = []
    for cue in PLAN.cues:
        if cue.position == running:
            rows.append(
                CueRow(cue.position, cue.title, "pause", 60, RowState.RUNNING, 0.5, remaining)
            )
        elif running is not None and cue.position == running + 1:
            rows.append(CueRow(cue.position, cue.title, "pause", 30, RowState.STANDBY))
        else:
            rows.append(CueRow(cue.position, cue.title, "pause", 30))
    standby = None if running is None or running + 1 >= len(PLAN.cues) else running + 1
    base = SessionSnapshot(
        plan_name="Evening",
        rows=tuple(rows),
        standby_position=standby,
        session_elapsed_s=75.9,
        plan_remaining_s=100.2,
        target_s=3600,
        mode=Mode.READY if running is None else Mode.RUNNING,
        main_phase=None if running is None else Phase.BODY,
    )
    return SessionSnapshot(**{**base.__dict__, **changes})


def test_the_playing_cue_what_stands_by_and_the_clocks_in_whole_seconds() -> None:
    sent = remote_state(_state(0), PLAN)
    assert sent["state"] == "running"
    assert sent["current"] == {
        "position": 0,
        "title": "Pause 60 s",
        "kind": "pause",
        "remaining_s": 13,
    }
    assert sent["standby"]["title"] == "Pause 30 s"
    assert (sent["session_s"], sent["plan_left_s"], sent["target_s"]) == (75, 101, 3600)
    assert (sent["over_s"], sent["tone"]) == (0, "calm")
    late = remote_state(_state(0, session_elapsed_s=3500.0, plan_remaining_s=400.0), PLAN)
    assert (late["over_s"], late["tone"]) == (300, "amber")
    assert sent["auto_in_s"] == 13  # it follows on by itself


def test_the_automatic_step_counts_the_post_wait_and_not_what_waits_for_go() -> None:
    assert remote_state(_state(1), PLAN)["auto_in_s"] == 23  # 12.4 s left + 10 s wait
    assert remote_state(_state(1, 3.0, main_phase=Phase.POST_WAIT), PLAN)["auto_in_s"] == 3
    assert remote_state(_state(0, held=True), PLAN)["auto_in_s"] is None
    assert remote_state(_state(0, mode=Mode.PAUSED), PLAN)["auto_in_s"] is None
    last = remote_state(_state(2), PLAN)  # waits for GO, and nothing stands by
    assert last["auto_in_s"] is None and last["standby"] is None


def test_the_state_word_and_the_adjustments() -> None:
    assert remote_state(_state(None), PLAN)["state"] == "ready"
    assert remote_state(_state(None), PLAN)["started"] is False
    assert remote_state(_state(0, started=True), PLAN)["started"] is True
    assert remote_state(_state(0, mode=Mode.PAUSED), PLAN)["state"] == "paused"
    assert remote_state(_state(0, mode=Mode.RECOVERED), PLAN)["state"] == "paused"
    stopped = remote_state(_state(None, mode=Mode.STOPPED, soften_level=2, held=True), PLAN)
    assert (stopped["state"], stopped["soften"], stopped["held"]) == ("stopped", 2, True)
    assert remote_state(_state(None, mode=Mode.ENDED), PLAN)["state"] == "ended"
