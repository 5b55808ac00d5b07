"""How the conductor changes a session: one *step* per entry point.

A step syncs the clock, then *decides* (changes ``data``, the state value) and *logs*
(every resulting event, each carrying a snapshot of the state it leads to), then *acts*
(the queued ``Output`` calls, then the listener). So nothing is heard or seen before it
is written down, and the last event written always says where to resume after a crash.

A step that raises (an ``Output`` call, a bug) is undone as a whole: its queued effects
are dropped, ``data`` goes back to the copy taken when the step began, the failure is
logged as a refusal of its action and told to the facilitator, and the session goes on.
Effects that already reached the output cannot be called back.

``Output`` callbacks that arrive while a step is acting are run right after it, never in
the middle (``later``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from tearconsole.core.clock import Clock
from tearconsole.core.conductor.cues import LiveSettings
from tearconsole.core.conductor.log import EventSink, LoggedEvent, Snapshot
from tearconsole.core.conductor.state import LiveData, Main, snapshot
from tearconsole.core.conductor.view import ConductorListener, LiveView, Phase
from tearconsole.core.kinds import EventKind
from tearconsole.core.plan import CueSpec, PlanSpec
from tearconsole.core.ports import Layer, Output
from tearconsole.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)


class Steps:
    """The session's state value, and the plumbing every step of the conductor uses."""

    def __init__(
        self,
        plan: PlanSpec,
        settings: LiveSettings,
        output: Output,
        clock: Clock,
        sink: EventSink,
        listener: ConductorListener | None,
        speed: float,
        mono_offset_s: float,
    ) -> None:
        if speed <= 0:
            raise ValueError("speed must be positive")
        self.plan = plan
        self.cues: tuple[CueSpec, ...] = plan.cues
        self.settings = settings
        self.output = output
        self.clock = clock
        self.sink = sink
        self.listener = listener
        self.t0 = clock.now()
        self.data = LiveData(
            standby=0 if self.cues else None, speed=float(speed), last_checkpoint=self.t0
        )
        self.view_of: Callable[[], LiveView] | None = None  # the conductor's view
        self._last = self.t0
        self._mono_offset = mono_offset_s
        self._effects: list[Callable[[], None]] = []
        self._changed = True  # something to tell the listener after this step
        self._last_key: tuple[Any, ...] = ()
        self.later: list[Callable[[], None]] = []
        self._depth = 0
        self._logged = 0  # events logged by the step under way
        self.acting = False
        self._next_token = 1
        self.failure: str | None = None  # what undid the last step, told (None: it held)

    # -- a step -------------------------------------------------------------------------
    @contextmanager
    def step(self, action: str | None = None) -> Iterator[None]:
        """One entry point (module docstring); ``action`` names it for a failure."""
        if self._depth:  # nested: the outer step owns the effects and the undo
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._depth = 1
        self._logged = 0
        self.failure = None
        try:
            self._sync()
            saved = self.data.copy()
            try:
                yield
                self.data.settle()
                self._run_effects()
            except Exception as exc:  # noqa: BLE001 - the room must not stop for a bug
                self._effects.clear()
                self.data = saved
                self._failed(action, exc)
        finally:
            self._depth = 0
        self._after()

    def _sync(self) -> None:
        now = self.clock.now()
        dt, self._last = now - self._last, now
        data = self.data
        if dt <= 0 or data.hushed or not data.in_play:
            return
        if data.main is not None:
            data.main.elapsed += dt * data.speed
            if data.main.phase is Phase.BODY:
                data.main.wall_body += dt
        if data.bed is not None:
            data.bed.elapsed += dt * data.speed

    def _run_effects(self) -> None:
        self.acting = True
        try:
            while self._effects:
                effects, self._effects = self._effects, []
                for effect in effects:
                    effect()
        finally:
            self.acting = False

    def _failed(self, action: str | None, exc: Exception) -> None:
        log.error("a conductor step (%s) failed and was undone", action or "tick", exc_info=exc)
        if action:
            template = QT_TRANSLATE_NOOP(
                "Conductor",
                "The {action} could not be carried out ({problem}); nothing of it was kept, "
                "and the session goes on.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Conductor",
                "The last automatic step could not be carried out ({problem}); nothing of it "
                "was kept, and the session goes on.",
            )
        words = {"action": (action or "").replace("_", " "), "problem": exc}
        reason = template.format(**words)  # the log's sentence, in English
        told = translate("Conductor", template).format(**words)
        self.failure = told
        self._changed = True
        undone = self._logged  # what the failed step logged is void (``records.as_done``)
        try:
            self.log(EventKind.IGNORED, action=action, reason=reason, failed=True, undone=undone)
        except Exception:  # noqa: BLE001 - the log says why on its own
            log.exception("the failure could not be logged")
        if self.listener is not None:
            self.listener.notice(told)

    def _after(self) -> None:
        if self.listener is not None and self.view_of is not None:
            view = self.view_of()
            key = view_key(view)
            if key != self._last_key or self._changed:
                self._last_key, self._changed = key, False
                self.listener.view_changed(view)
        later, self.later = self.later, []
        for callback in later:
            callback()

    # -- what a step does -----------------------------------------------------------------
    def act(self, function: Callable[..., Any], *args: Any) -> None:
        """Queue an output call, run once the step has logged everything."""
        self._changed = True
        self._effects.append(lambda: function(*args))

    def tell(self, message: str) -> None:
        """Tell the facilitator, in their language (the log keeps the English sentence)."""
        if self.listener is not None:
            listener = self.listener
            said = translate("Conductor", message)
            self._effects.append(lambda: listener.notice(said))

    def refuse(self, action: str, reason: str) -> None:
        self.log(EventKind.IGNORED, action=action, reason=reason)
        self.tell(reason)

    def log(
        self,
        kind: EventKind,
        *,
        action: str | None = None,
        cue: int | None = None,
        position_s: float | None = None,
        **detail: Any,
    ) -> None:
        event = LoggedEvent(
            kind=kind,
            mono_s=self.mono_now(),
            cue_position=cue,
            position_s=position_s,
            snapshot=self.snapshot(),
            action=action,
            detail=detail,
        )
        self.sink.record(event)
        self._logged += 1
        self._changed = True

    def token(self) -> int:
        self._next_token += 1
        return self._next_token

    def scaled(self, seconds: float) -> float:
        """Plan seconds as wall seconds at the rehearsal speed."""
        return seconds / self.data.speed

    def apply_master(self, ramp_s: float) -> None:
        level = self.data.soften_level
        gain, brightness = self.settings.soften_db[level], self.settings.soften_brightness[level]
        self.act(self.output.set_master, gain, brightness, self.scaled(ramp_s))

    # -- questions ------------------------------------------------------------------------
    def mono_now(self) -> float:
        return self._mono_offset + (self.clock.now() - self.t0)

    def body_position(self, main: Main | None = None) -> float | None:
        """Seconds into the main cue's body (0 in its pre-wait; None when none runs)."""
        main = main or self.data.main
        if main is None or main.cue is None or main.phase is not Phase.BODY:
            return None if main is None or main.phase is not Phase.PRE_WAIT else 0.0
        if main.token is not None and not main.pending:
            reported = self.output.position_s(Layer.MAIN)
            if reported is not None:
                return max(0.0, reported - main.cue.in_s)
        return main.elapsed

    def snapshot(self) -> Snapshot:
        return snapshot(self.data, self.cues, self.body_position())

    def hard_stop_armed(self) -> bool:
        armed_at = self.data.armed_at
        if armed_at is None:
            return False
        return self.clock.now() - armed_at <= self.settings.hard_stop_confirm_s

    def index_of(self, position: int | None) -> int | None:
        if position is None:
            return None
        for index, cue in enumerate(self.cues):
            if cue.position == position:
                return index
        return None

    def next_index(self, index: int) -> int | None:
        return index + 1 if index + 1 < len(self.cues) else None


def view_key(view: LiveView) -> tuple[Any, ...]:
    """What makes a view worth pushing: anything but the clocks moving on."""
    running = tuple((r.position, r.layer, r.phase) for r in view.running)
    return (
        view.mode, view.scene, view.standing_by, running, view.soften_level, view.held,
        view.pace, view.extension_s, view.hard_stop_armed, view.started, view.speed,
        view.interrupted,
    )  # fmt: skip
