"""``Conductor``: the live-session state machine of product.md ("Live semantics").

Plain Python, driven by an injected ``Clock``, ``tick()`` calls (a QTimer live, a loop
in tests) and the facilitator's actions; it speaks to an ``Output`` (what plays) and an
``EventSink`` (the write-ahead event log), and tells its UI what to show through a
``ConductorListener`` (see ``view``).

Each public method is one action of ``table.Action``: it looks itself up in
``table.TABLE`` (refused there: logged and told, nothing else), then decides, logs and
acts in one step (``steps``). How cues run is ``flow.CueFlow``'s; the state it all
works on is one value, ``state.LiveData``.

Call it from one thread only (the GUI thread live).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from tearconsole.core.clock import Clock
from tearconsole.core.conductor.cues import LiveSettings
from tearconsole.core.conductor.flow import CueFlow
from tearconsole.core.conductor.log import EventSink, Snapshot
from tearconsole.core.conductor.state import (
    Bed,
    LiveData,
    Main,
    Mode,
    dimmed_scene,
    live_state,
    live_view,
    phase_length,
)
from tearconsole.core.conductor.steps import Steps
from tearconsole.core.conductor.table import (
    AT_FIRST,
    BAD_LENGTH,
    BAD_SPEED,
    NOT_IN_BODY,
    NOT_SOFTENED,
    NOTHING_PLAYS,
    NOTHING_TO_SKIP,
    PLAN_DONE,
    QUICK_GO,
    SOFTEST,
    TABLE,
    Action,
    Guard,
    Refusal,
)
from tearconsole.core.conductor.view import (
    ConductorListener,
    LiveState,
    LiveView,
    Phase,
    Scene,
    SceneKind,
)
from tearconsole.core.kinds import EventKind
from tearconsole.core.plan import PlanSpec
from tearconsole.core.ports import Layer, Output, OutputListener
from tearconsole.i18n import QT_TRANSLATE_NOOP


class Conductor:
    """The live session (module docstring); actions are the public methods."""

    def __init__(
        self,
        plan: PlanSpec,
        output: Output,
        clock: Clock,
        sink: EventSink,
        listener: ConductorListener | None = None,
        settings: LiveSettings | None = None,
        speed: float = 1.0,
        mono_offset_s: float = 0.0,
    ) -> None:
        self.steps = Steps(
            plan, settings or LiveSettings(), output, clock, sink, listener, speed, mono_offset_s
        )
        self.steps.view_of = self.view
        self.flow = CueFlow(self.steps)
        self.plan = plan
        self.cues = plan.cues
        self.settings = self.steps.settings
        self._last_go: float | None = None  # the last GO press, accepted or not
        output.set_listener(cast(OutputListener, self))

    # -- the state, read-only ------------------------------------------------------------
    @property
    def data(self) -> LiveData:
        return self.steps.data

    @property
    def mode(self) -> Mode:
        return self.steps.data.mode

    @property
    def state(self) -> LiveState:
        return live_state(self.steps.data.mode)

    @property
    def speed(self) -> float:
        return self.steps.data.speed

    @property
    def soften_level(self) -> int:
        return self.steps.data.soften_level

    @property
    def pace(self) -> float:
        return self.steps.data.pace

    @property
    def recovered(self) -> bool:
        return self.steps.data.mode is Mode.RECOVERED

    @property
    def held(self) -> bool:
        return self.steps.data.held

    @property
    def standing_by(self) -> int | None:
        index = self.steps.data.standby
        return None if index is None else self.cues[index].position

    @property
    def hard_stop_armed(self) -> bool:
        return self.steps.hard_stop_armed()

    @property
    def _t0(self) -> float:
        return self.steps.t0

    @property
    def _output(self) -> Output:
        return self.steps.output

    @property
    def scene(self) -> Scene:
        """What the audience sees, dimmed as softening asks."""
        return dimmed_scene(self.steps.data, self.settings)

    def phase_length(self, main: Main) -> float | None:
        return phase_length(main, self.steps.data, self.settings)

    def snapshot(self) -> Snapshot:
        return self.steps.snapshot()

    def go_wait_s(self) -> float:
        """Wall seconds until a GO would pass the guard (0: now). The guard counts from
        the last press, accepted or not, so a held or mashed key starts one cue."""
        if self._last_go is None:
            return 0.0
        return max(0.0, self.settings.debounce_s - (self.steps.clock.now() - self._last_go))

    # -- the table -------------------------------------------------------------------------
    def _allowed(self, action: Action, **checks: bool) -> bool:
        """Look ``action`` up in the table for the current mode; refuse it (logged, told)
        when the table or one of its guards says so. ``checks``: which guards hold now."""
        cell = TABLE[(self.steps.data.mode, action)]
        if isinstance(cell, Refusal):
            self.steps.refuse(action.value, cell.reason)
            return False
        for guard in cell.guards:
            if checks.get(_GUARD_NAMES[guard], False):
                self.steps.refuse(action.value, guard.reason)
                return False
        return True

    # -- the actions -------------------------------------------------------------------------
    def begin(self, resume: Snapshot | None = None) -> None:
        """Open the session: standing by at the first cue, or RECOVERED where ``resume`` says."""
        s = self.steps
        with s.step("begin"):
            if resume is None:
                s.log(EventKind.STARTED, plan=self.plan.name, speed=self.speed)
            else:
                self._recover(resume)
            s.act(s.output.set_rate, self.speed)
            self.flow.preload_standby()

    def _recover(self, point: Snapshot) -> None:
        s, data = self.steps, self.steps.data
        data.standby = s.index_of(point.standby)
        index = s.index_of(point.main)
        if index is not None:
            cue = self.cues[index]
            offset = max(0.0, point.main_s or 0.0)
            data.main = Main(cue, Phase.BODY, elapsed=offset, offset=offset, pending=True)
        bed = s.index_of(point.bed)
        if bed is not None:
            data.bed = Bed(self.cues[bed], token=s.token(), pending=True)
        data.mode = Mode.RECOVERED
        data.scene = Scene(SceneKind.CALM)
        # the facilitator's adjustments stand as they were (older logs: as planned)
        data.soften_level = min(3, max(0, point.soften or 0))
        if point.pace is not None:
            data.pace = min(self.settings.max_pace, max(self.settings.min_pace, point.pace))
        data.held = bool(point.held)
        s.log(EventKind.RECOVERED, cue=point.main, position_s=point.main_s, speed=self.speed)
        s.apply_master(0.0)  # before anything is preloaded or resumed

    def go(self) -> None:
        """Start the standing-by cue; logs why when it cannot."""
        s = self.steps
        with s.step("go"):
            now = s.clock.now()
            last, self._last_go = self._last_go, now  # every press, accepted or not
            quick = last is not None and now - last < self.settings.debounce_s - 1e-6
            if not self._allowed(Action.GO, quick_go=quick, plan_done=s.data.standby is None):
                return
            data = s.data
            assert data.standby is not None
            data.mode = Mode.READY  # from STOPPED too: the session goes on
            data.held = data.held_step = False
            self.flow.start_cue(data.standby, action="go", how="go")

    def pause(self) -> None:
        s = self.steps
        with s.step("pause"):
            if not self._allowed(Action.PAUSE, nothing_plays=s.data.bed is None):
                return
            s.data.mode = Mode.PAUSED
            s.log(EventKind.PAUSED, action="pause")
            s.act(s.output.set_paused, True, s.scaled(self.settings.pause_fade_s))

    def resume(self) -> None:
        s = self.steps
        with s.step("resume"):
            if not self._allowed(Action.RESUME):
                return
            recovered = s.data.mode is Mode.RECOVERED
            s.data.mode = Mode.READY
            s.log(EventKind.RESUMED, action="resume")
            fade = s.scaled(self.settings.pause_fade_s)
            if recovered:
                self.flow.restart_after_recovery(fade)
            else:
                s.act(s.output.set_paused, False, fade)

    def toggle_pause(self) -> None:
        (self.resume if self.steps.data.hushed else self.pause)()

    def soften(self) -> None:
        s = self.steps
        with s.step("soften"):
            data = s.data
            if not self._allowed(Action.SOFTEN, softest=data.soften_level >= 3):
                return
            data.soften_level += 1
            if data.soften_level == 3 and data.in_play:
                self.flow.land_softly()
            s.log(EventKind.SOFTENED, action="soften", level=data.soften_level)
            s.apply_master(self.settings.soften_ramp_s)

    def restore(self) -> None:
        s = self.steps
        with s.step("restore"):
            if not self._allowed(Action.RESTORE, not_softened=s.data.soften_level == 0):
                return
            s.data.soften_level = 0
            s.log(EventKind.RESTORED, action="restore")
            s.apply_master(self.settings.restore_s)

    def hold(self) -> None:
        """Hold the next automatic step; called again, release it (and take it if due)."""
        s = self.steps
        with s.step("hold"):
            if not self._allowed(Action.HOLD):
                return
            data = s.data
            if not data.held:
                data.held = True
                s.log(EventKind.HELD, action="hold")
            else:
                data.held = False
                due, data.held_step = data.held_step, False
                s.log(EventKind.RELEASED, action="hold")
                if due and not data.hushed:
                    self.flow.follow_on()

    def extend(self, seconds: float) -> None:
        """Add a breathing pause of ``seconds``: after the running cue, or now between cues."""
        s = self.steps
        with s.step("extend"):
            bad = not 0 < seconds <= self.settings.max_extension_s
            if not self._allowed(Action.EXTEND, bad_length=bad):
                return
            data = s.data
            main = data.main
            if main is None:
                data.main = Main(None, Phase.BREATHING, extra=seconds)
                data.scene = Scene(SceneKind.BREATHING)
            elif main.phase in (Phase.PRE_WAIT, Phase.BODY):
                data.extension += seconds
            else:
                main.extra += seconds
                data.scene = Scene(SceneKind.BREATHING)
            s.log(EventKind.EXTENDED, action="extend", seconds=seconds)

    def set_pace(self, factor: float) -> None:
        s = self.steps
        with s.step("pace"):
            if not self._allowed(Action.PACE):
                return
            limits = self.settings
            s.data.pace = min(limits.max_pace, max(limits.min_pace, float(factor)))
            s.log(EventKind.PACE, action="pace", pace=s.data.pace)

    def skip(self) -> None:
        """The standing-by cue will not play: the one after it stands by."""
        s = self.steps
        with s.step("skip"):
            data = s.data
            if not self._allowed(Action.SKIP, nothing_to_skip=data.standby is None):
                return
            assert data.standby is not None
            skipped = self.cues[data.standby]
            data.standby = s.next_index(data.standby)
            s.log(EventKind.CUE_SKIPPED, action="skip", cue=skipped.position)
            self.flow.preload_standby()

    def back(self) -> None:
        """The cue before the standing-by one stands by again."""
        s = self.steps
        with s.step("back"):
            data = s.data
            target = len(self.cues) - 1 if data.standby is None else data.standby - 1
            if not self._allowed(Action.BACK, at_first=target < 0):
                return
            data.standby = target
            s.log(EventKind.BACK, action="back", cue=self.cues[target].position)
            self.flow.preload_standby()

    def safe_stop(self) -> None:
        """Fade everything out to the calm card; GO then goes on from the next cue."""
        s = self.steps
        with s.step("safe_stop"):
            if not self._allowed(Action.SAFE_STOP):
                return
            data = s.data
            main = data.main
            if main is not None and main.cue is not None and main.phase is Phase.PRE_WAIT:
                data.standby = self.cues.index(main.cue)
            self.flow.retire_main("safe_stop")
            self.flow.clear_for_stop(Mode.STOPPED)
            s.log(EventKind.SAFE_STOP, action="safe_stop")
            s.act(s.output.stop, None, s.scaled(self.settings.safe_stop_s))
            self.flow.preload_standby()

    def hard_stop(self) -> None:
        """The first call arms; a second within a few seconds ends the session at once."""
        s = self.steps
        with s.step("hard_stop"):
            if not self._allowed(Action.HARD_STOP):
                return
            data = s.data
            if not s.hard_stop_armed():
                data.armed_at = s.clock.now()
                s.log(EventKind.HARD_STOP, action="hard_stop", stage="armed")
                s.tell(
                    QT_TRANSLATE_NOOP("Conductor", "Press hard stop again to end the session now.")
                )
            else:
                data.armed_at = None
                self.flow.retire_main("hard_stop")
                self.flow.clear_for_stop(Mode.ENDED)
                s.log(EventKind.HARD_STOP, action="hard_stop", stage="confirmed")
                s.log(EventKind.ENDED)
                s.act(s.output.stop, None, 0.0)

    def end(self) -> None:
        """Close the session (at the end of the plan, or when the facilitator is done)."""
        s = self.steps
        with s.step("end"):
            if not self._allowed(Action.END):
                return
            self.flow.retire_main("end")
            self.flow.clear_for_stop(Mode.ENDED)
            s.log(EventKind.ENDED, action="end")
            s.act(s.output.stop, None, s.scaled(self.settings.safe_stop_s))

    def set_speed(self, speed: float) -> None:
        """Rehearsal: play N times faster (media, waits, fades, timed cues)."""
        s = self.steps
        with s.step("speed"):
            if not self._allowed(Action.SPEED, bad_speed=not 0.1 <= speed <= 32):
                return
            s.data.speed = float(speed)
            s.log(EventKind.PACE, action="speed", speed=self.speed)
            s.act(s.output.set_rate, self.speed)

    def seek(self, delta_s: float) -> None:
        """Rehearsal: move ``delta_s`` plan seconds inside the running cue's body."""
        s = self.steps
        with s.step("seek"):
            main = s.data.main
            outside = main is None or main.cue is None or main.phase is not Phase.BODY
            if not self._allowed(Action.SEEK, not_in_body=outside or bool(main and main.pending)):
                return
            assert main is not None and main.cue is not None
            length = main.cue.body_s or float("inf")
            target = min(max(0.0, (s.body_position() or 0.0) + delta_s), length)
            main.elapsed = target
            s.log(EventKind.CHECKPOINT, action="seek", cue=main.cue.position, position_s=target)
            if main.token is not None:
                s.act(s.output.seek, Layer.MAIN, main.cue.in_s + target)

    def note(self, text: str, private: bool = True) -> None:
        """A facilitator's note, linked to the running cue; private unless they share it."""
        s = self.steps
        with s.step("note"):
            if self._allowed(Action.NOTE):
                s.log(EventKind.NOTE, action="note", text=text, private=private)

    def record(self, kind: EventKind, detail: Mapping[str, Any]) -> None:
        """A fact about the room, not an action (the room check, a sound output lost)."""
        facts: dict[str, Any] = dict(detail)  # never the keys of an action or a cue
        with self.steps.step():
            self.steps.log(kind, **facts)

    # -- time and the output -------------------------------------------------------------
    def tick(self) -> None:
        """Let time pass: end waits and timed cues, follow on, checkpoint the position."""
        s = self.steps
        with s.step():
            self.flow.advance()
            now = s.clock.now()
            data = s.data
            if now - data.last_checkpoint >= self.settings.checkpoint_s:
                data.last_checkpoint = now
                if self._checkpoint_due():
                    main = data.main
                    s.log(
                        EventKind.CHECKPOINT,
                        cue=main.cue.position if main and main.cue else None,
                        position_s=s.body_position(),
                    )

    def _checkpoint_due(self) -> bool:
        data = self.steps.data
        if data.hushed or not data.in_play:
            return False
        main = data.main
        return (main is not None and main.phase is Phase.BODY) or data.bed is not None

    def media_started(self, token: int) -> None:
        return None

    def media_ended(self, token: int) -> None:
        s = self.steps
        if s.acting:
            s.later.append(lambda: self.media_ended(token))
            return
        with s.step():
            data = s.data
            main = data.main
            if main is not None and main.token == token and main.phase is Phase.BODY:
                main.token = None
                self.flow.body_done("done", 0.0)
            elif data.bed is not None and data.bed.token == token:
                data.bed = None

    def media_failed(self, token: int, reason: str) -> None:
        s = self.steps
        if s.acting:
            s.later.append(lambda: self.media_failed(token, reason))
            return
        with s.step():
            self.flow.media_trouble(token, reason)

    # -- the view ----------------------------------------------------------------------------
    def view(self) -> LiveView:
        s = self.steps
        return live_view(
            s.data,
            self.plan,
            self.settings,
            body_s=s.body_position(),
            elapsed_s=s.mono_now() * s.data.speed,
            hard_stop_armed=s.hard_stop_armed(),
        )


#: Each guard of the table, as the keyword the actions pass its current truth by.
_GUARD_NAMES: dict[Guard, str] = {
    QUICK_GO: "quick_go",
    PLAN_DONE: "plan_done",
    NOTHING_PLAYS: "nothing_plays",
    SOFTEST: "softest",
    NOT_SOFTENED: "not_softened",
    BAD_LENGTH: "bad_length",
    NOTHING_TO_SKIP: "nothing_to_skip",
    AT_FIRST: "at_first",
    BAD_SPEED: "bad_speed",
    NOT_IN_BODY: "not_in_body",
}

__all__ = ["Conductor", "LiveSettings"]
