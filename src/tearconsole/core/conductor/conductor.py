"""``Conductor``: the live-session state machine of product.md ("Live semantics").

Plain Python, driven by an injected ``Clock``, ``tick()`` calls (a QTimer live, a loop
in tests) and the facilitator's actions; it speaks to an ``Output`` (what plays) and an
``EventSink`` (the write-ahead event log), and tells its UI what to show through a
``ConductorListener`` (see ``view``).

Every action goes through one door, ``perform(action)``: it asks ``table.verdict``
(refused there: logged and told, nothing else, and the ``Outcome`` says why), then
decides, logs and acts in one step (``steps``), and checks that the session ended in a
mode the table's rule allows (else the step is undone as a failure). ``allowed(action)``
asks the same table beforehand, without acting. The named methods (``go``, ``pause``...)
are that door with the action filled in. How cues run is ``flow.CueFlow``'s; the state
it all works on is one value, ``state.LiveData``.

Call it from one thread only (the GUI thread live).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from tearconsole.core.clock import Clock
from tearconsole.core.conductor.cues import LiveSettings, is_side_cue
from tearconsole.core.conductor.flow import CueFlow
from tearconsole.core.conductor.log import EventSink, Snapshot
from tearconsole.core.conductor.state import (
    Bed,
    LiveData,
    Main,
    dimmed_scene,
    interrupted,
    live_view,
    phase_length,
)
from tearconsole.core.conductor.steps import Steps
from tearconsole.core.conductor.table import Action, Facts, verdict
from tearconsole.core.conductor.view import (
    ConductorListener,
    LiveView,
    Mode,
    Phase,
    Scene,
    SceneKind,
)
from tearconsole.core.kinds import EventKind
from tearconsole.core.plan import PlanSpec
from tearconsole.core.ports import Layer, Output, OutputListener
from tearconsole.i18n import QT_TRANSLATE_NOOP, translate
from tearconsole.i18n.message import Message

#: The laptop (its keys, buttons and a clicker): one client, with one GO debounce.
CONSOLE = "console"


@dataclass(frozen=True)
class Outcome:
    """What came of an action: done, or refused with the reason (``reason`` in English
    as the log keeps it, ``told`` in the facilitator's language)."""

    done: bool
    reason: str = ""
    told: str = ""

    @classmethod
    def refused(cls, reason: str) -> Outcome:
        return cls(False, reason, translate("Conductor", reason))


DONE = Outcome(True)


@dataclass(frozen=True)
class Request:
    action: Action
    value: float | None = None  # seconds (extend, seek), a factor (pace, speed)
    text: str = ""  # a note's
    private: bool = True  # a note's: private unless shared


class Conductor:
    """The live session (module docstring)."""

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
        self._last_go: dict[str, float] = {}  # each client's last GO press, accepted or not
        self._handlers: dict[Action, Callable[[Request], None]] = {
            Action.GO: self._go,
            Action.NEXT: self._next,
            Action.PAUSE: self._pause,
            Action.RESUME: self._resume,
            Action.SOFTEN: self._soften,
            Action.RESTORE: self._restore,
            Action.HOLD: self._hold,
            Action.EXTEND: self._extend,
            Action.PACE: self._pace,
            Action.SKIP: self._skip,
            Action.BACK: self._back,
            Action.SAFE_STOP: self._safe_stop,
            Action.HARD_STOP: self._hard_stop,
            Action.END: self._end,
            Action.SPEED: self._speed,
            Action.SEEK: self._seek,
            Action.NOTE: self._note,
        }
        output.set_listener(cast(OutputListener, self))

    # -- the state, read-only ------------------------------------------------------------
    @property
    def data(self) -> LiveData:
        return self.steps.data

    @property
    def mode(self) -> Mode:
        return self.steps.data.mode

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

    def go_wait_s(self, source: str = CONSOLE) -> float:
        """Wall seconds until ``source``'s GO would pass the debounce (0: now). It counts
        from that client's last press, accepted or not, so a held or mashed key starts one
        cue, and a phone's presses never hold up the laptop's."""
        last = self._last_go.get(source)
        if last is None:
            return 0.0
        return max(0.0, self.settings.debounce_s - (self.steps.clock.now() - last))

    # -- the one door ----------------------------------------------------------------------
    def _facts(self, value: float | None = None, quick: bool = False) -> Facts:
        return Facts(self.steps.data, len(self.cues), self.settings, value, quick)

    def allowed(self, action: Action, value: float | None = None) -> Outcome:
        """Whether ``action`` would be carried out now, and if not why (nothing is logged).
        The timing of a press (the GO debounce) is judged only when it is pressed."""
        found = verdict(self._facts(value), action)
        return Outcome.refused(found) if isinstance(found, str) else DONE

    def perform(
        self,
        action: Action,
        value: float | None = None,
        *,
        text: str = "",
        private: bool = True,
        source: str = CONSOLE,
    ) -> Outcome:
        """Carry ``action`` out (logged before its effect), or refuse it (logged, told)."""
        s = self.steps
        outcome = DONE
        with s.step(action.value):
            quick = False
            if action in (Action.GO, Action.NEXT):
                now = s.clock.now()
                last, self._last_go[source] = self._last_go.get(source), now
                quick = last is not None and now - last < self.settings.debounce_s - 1e-6
            found = verdict(self._facts(value, quick), action)
            if isinstance(found, str):
                s.refuse(action.value, found)
                outcome = Outcome.refused(found)
            else:
                self._handlers[action](Request(action, value, text, private))
                s.data.settle()
                if s.data.mode not in found.to:
                    raise RuntimeError(
                        f"{action.value} led to {s.data.mode.value}, which its rule does not allow"
                    )
        if s.failure is not None:
            return Outcome(False, s.failure, s.failure)
        return outcome

    # -- the actions by name (the door, with the action filled in) ------------------------
    def go(self, source: str = CONSOLE) -> Outcome:
        return self.perform(Action.GO, source=source)

    def next_cue(self) -> Outcome:
        return self.perform(Action.NEXT)

    def pause(self) -> Outcome:
        return self.perform(Action.PAUSE)

    def resume(self) -> Outcome:
        return self.perform(Action.RESUME)

    def toggle_pause(self) -> Outcome:
        return self.perform(Action.RESUME if self.steps.data.hushed else Action.PAUSE)

    def soften(self) -> Outcome:
        return self.perform(Action.SOFTEN)

    def restore(self) -> Outcome:
        return self.perform(Action.RESTORE)

    def hold(self) -> Outcome:
        return self.perform(Action.HOLD)

    def extend(self, seconds: float | None = None) -> Outcome:
        return self.perform(Action.EXTEND, seconds)

    def set_pace(self, factor: float) -> Outcome:
        return self.perform(Action.PACE, factor)

    def skip(self) -> Outcome:
        return self.perform(Action.SKIP)

    def back(self) -> Outcome:
        return self.perform(Action.BACK)

    def safe_stop(self) -> Outcome:
        return self.perform(Action.SAFE_STOP)

    def hard_stop(self) -> Outcome:
        return self.perform(Action.HARD_STOP)

    def end(self) -> Outcome:
        return self.perform(Action.END)

    def set_speed(self, speed: float) -> Outcome:
        return self.perform(Action.SPEED, speed)

    def seek(self, delta_s: float) -> Outcome:
        return self.perform(Action.SEEK, delta_s)

    def note(self, text: str, private: bool = True) -> Outcome:
        return self.perform(Action.NOTE, text=text, private=private)

    # -- opening ---------------------------------------------------------------------------
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
        # the session's clocks run from its first GO (older logs: from its start)
        data.started_mono = point.since if point.since is not None else 0.0
        # the facilitator's adjustments stand as they were (older logs: as planned)
        data.soften_level = min(3, max(0, point.soften or 0))
        if point.pace is not None:
            data.pace = min(self.settings.max_pace, max(self.settings.min_pace, point.pace))
        data.held = bool(point.held)
        s.log(EventKind.RECOVERED, cue=point.main, position_s=point.main_s, speed=self.speed)
        s.apply_master(0.0)  # before anything is preloaded or resumed

    # -- what each action does (the table has allowed it) ---------------------------------
    def _go(self, r: Request) -> None:
        data = self.steps.data
        if data.hushed:  # GO (a clicker's Page Down) resumes, with the usual fade
            self._resume(r)
        elif interrupted(data) is not None:
            self._continue(r)
        else:
            self._start_standby(r)

    def _start_standby(self, r: Request) -> None:
        data = self.steps.data
        index = data.standby
        assert index is not None
        data.mode = Mode.READY  # from STOPPED too: the session goes on
        data.held = data.held_step = False
        self.flow.settle_bed(index, fresh=data.rewound and not is_side_cue(self.cues[index]))
        data.rewound = False
        self.flow.start_cue(index, action=r.action.value, how=r.action.value)

    def _continue(self, r: Request) -> None:
        """After a safe stop: the interrupted cue goes on where it was, its bed with it."""
        s, data = self.steps, self.steps.data
        main = data.main
        assert main is not None and main.cue is not None
        data.mode = Mode.READY
        s.log(
            EventKind.RESUMED,
            action=r.action.value,
            cue=main.cue.position,
            position_s=main.elapsed,
            how="continue",
        )
        self.flow.restart_after_recovery(s.scaled(self.settings.pause_fade_s))

    def _next(self, r: Request) -> None:
        if interrupted(self.steps.data) is not None:
            self.flow.retire_main("safe_stop")
        self._start_standby(r)

    def _pause(self, r: Request) -> None:
        s = self.steps
        s.data.mode = Mode.PAUSED
        s.log(EventKind.PAUSED, action=r.action.value)
        s.act(s.output.set_paused, True, s.scaled(self.settings.pause_fade_s))

    def _resume(self, r: Request) -> None:
        s = self.steps
        recovered = s.data.mode is Mode.RECOVERED
        s.data.mode = Mode.READY
        s.log(EventKind.RESUMED, action=r.action.value)
        fade = s.scaled(self.settings.pause_fade_s)
        if recovered:
            self.flow.restart_after_recovery(fade)
        else:
            s.act(s.output.set_paused, False, fade)

    def _soften(self, r: Request) -> None:
        s, data = self.steps, self.steps.data
        data.soften_level += 1
        if data.soften_level == 3 and data.in_play:
            self.flow.land_softly()
        s.log(EventKind.SOFTENED, action=r.action.value, level=data.soften_level)
        s.apply_master(self.settings.soften_ramp_s)

    def _restore(self, r: Request) -> None:
        s = self.steps
        s.data.soften_level = 0
        s.log(EventKind.RESTORED, action=r.action.value)
        s.apply_master(self.settings.restore_s)

    def _hold(self, r: Request) -> None:
        """Hold the next automatic step; again, release it (and take it if it came due)."""
        s, data = self.steps, self.steps.data
        if not data.held:
            data.held = True
            s.log(EventKind.HELD, action=r.action.value)
            return
        data.held = False
        due, data.held_step = data.held_step, False
        s.log(EventKind.RELEASED, action=r.action.value)
        if due and not data.hushed:
            self.flow.follow_on()

    def _extend(self, r: Request) -> None:
        """A breathing pause: after the running cue, or now between cues."""
        s, data = self.steps, self.steps.data
        seconds = self.settings.extend_s if r.value is None else r.value
        main = data.main
        if main is None:
            data.main = Main(None, Phase.BREATHING, extra=seconds)
            data.scene = Scene(SceneKind.BREATHING)
        elif main.phase in (Phase.PRE_WAIT, Phase.BODY):
            data.extension += seconds
        else:
            main.extra += seconds
            data.scene = Scene(SceneKind.BREATHING)
        s.log(EventKind.EXTENDED, action=r.action.value, seconds=seconds)

    def _pace(self, r: Request) -> None:
        s, limits = self.steps, self.settings
        factor = 1.0 if r.value is None else float(r.value)
        s.data.pace = min(limits.max_pace, max(limits.min_pace, factor))
        s.log(EventKind.PACE, action=r.action.value, pace=s.data.pace)

    def _skip(self, r: Request) -> None:
        """The standing-by cue will not play: the one after it stands by."""
        s, data = self.steps, self.steps.data
        assert data.standby is not None
        skipped = self.cues[data.standby]
        data.standby = s.next_index(data.standby)
        s.log(EventKind.CUE_SKIPPED, action=r.action.value, cue=skipped.position)
        self.flow.preload_standby()

    def _back(self, r: Request) -> None:
        """The cue before the standing-by one stands by again, to start from the top with
        its bed; a cue a safe stop interrupted is left."""
        s, data = self.steps, self.steps.data
        target = self._facts().back_target
        if interrupted(data) is not None:
            self.flow.retire_main("safe_stop")
        data.standby = target
        data.rewound = True
        s.log(EventKind.BACK, action=r.action.value, cue=self.cues[target].position)
        self.flow.preload_standby()

    def _safe_stop(self, r: Request) -> None:
        """Fade everything out to the calm card. A cue's body that was under way waits
        where it was (its bed with it): GO continues it, Next cue leaves it."""
        s, data = self.steps, self.steps.data
        main, bed = data.main, data.bed
        kept: Main | None = None
        if main is not None and main.cue is not None and main.phase is Phase.BODY:
            kept = main
            position = s.body_position() or 0.0
            main.pending, main.token = True, None
            main.elapsed = main.offset = position
            main.wall_body, main.seen_s, main.moved_at = 0.0, None, 0.0
        else:
            if main is not None and main.cue is not None and main.phase is Phase.PRE_WAIT:
                data.standby = self.cues.index(main.cue)
            self.flow.retire_main("safe_stop")
        self.flow.clear_for_stop(Mode.STOPPED)
        data.main = kept
        if bed is not None:  # a fresh token: the stopped player's end is not this bed's
            data.bed = Bed(bed.cue, token=s.token(), elapsed=bed.elapsed, pending=True)
        s.log(
            EventKind.SAFE_STOP,
            action=r.action.value,
            cue=kept.cue.position if kept is not None and kept.cue is not None else None,
            position_s=kept.elapsed if kept is not None else None,
        )
        s.act(s.output.stop, None, s.scaled(self.settings.safe_stop_s))
        self.flow.preload_standby()

    def _hard_stop(self, r: Request) -> None:
        """The first call arms; a second within a few seconds ends the session at once."""
        s, data = self.steps, self.steps.data
        if not s.hard_stop_armed():
            data.armed_at = s.clock.now()
            s.log(EventKind.HARD_STOP, action=r.action.value, stage="armed")
            s.tell(QT_TRANSLATE_NOOP("Conductor", "Press hard stop again to end the session now."))
            return
        data.armed_at = None
        self.flow.retire_main("hard_stop")
        self.flow.clear_for_stop(Mode.ENDED)
        s.log(EventKind.HARD_STOP, action=r.action.value, stage="confirmed")
        s.log(EventKind.ENDED)
        s.act(s.output.stop, None, 0.0)

    def _end(self, r: Request) -> None:
        """Close the session (at the end of the plan, or when the facilitator is done)."""
        s = self.steps
        self.flow.retire_main("end")
        self.flow.clear_for_stop(Mode.ENDED)
        s.log(EventKind.ENDED, action=r.action.value)
        s.act(s.output.stop, None, s.scaled(self.settings.safe_stop_s))

    def _speed(self, r: Request) -> None:
        """Rehearsal: play N times faster (media, waits, fades, timed cues)."""
        s = self.steps
        s.data.speed = 1.0 if r.value is None else float(r.value)
        s.log(EventKind.PACE, action=r.action.value, speed=self.speed)
        s.act(s.output.set_rate, self.speed)

    def _seek(self, r: Request) -> None:
        """Rehearsal: move ``value`` plan seconds inside the running cue's body."""
        s = self.steps
        main = s.data.main
        assert main is not None and main.cue is not None
        length = main.cue.body_s or float("inf")
        target = min(max(0.0, (s.body_position() or 0.0) + (r.value or 0.0)), length)
        main.elapsed = target
        s.log(EventKind.CHECKPOINT, action="seek", cue=main.cue.position, position_s=target)
        if main.token is not None:
            s.act(s.output.seek, Layer.MAIN, main.cue.in_s + target)

    def _note(self, r: Request) -> None:
        """A facilitator's note, linked to the running cue; private unless shared."""
        self.steps.log(EventKind.NOTE, action=r.action.value, text=r.text, private=r.private)

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

    def media_failed(self, token: int, reason: Message) -> None:
        s = self.steps
        if s.acting:
            s.later.append(lambda: self.media_failed(token, reason))
            return
        with s.step():
            self.flow.media_trouble(token, reason)

    # -- the view ----------------------------------------------------------------------------
    def view(self) -> LiveView:
        s = self.steps
        started = s.data.started_mono
        elapsed = 0.0 if started is None else max(0.0, s.mono_now() - started) * s.data.speed
        return live_view(
            s.data,
            self.plan,
            self.settings,
            body_s=s.body_position(),
            elapsed_s=elapsed,
            hard_stop_armed=s.hard_stop_armed(),
        )


__all__ = ["CONSOLE", "DONE", "Conductor", "LiveSettings", "Outcome"]
