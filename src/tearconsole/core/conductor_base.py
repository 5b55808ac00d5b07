"""The conductor's plumbing: clock sync, decide-log-act steps, and small helpers.

See ``conductor.py`` for what the conductor is; this module holds how each entry point
runs: ``_step()`` syncs time, the body decides and logs, then the queued output calls
and the listener run (``_flush``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, cast

from tearconsole.core.clock import Clock
from tearconsole.core.conductor_cues import LiveSettings
from tearconsole.core.conductor_log import EventSink, LoggedEvent
from tearconsole.core.conductor_state import Main, StateMixin
from tearconsole.core.conductor_view import ConductorListener, LiveState, LiveView, Phase
from tearconsole.core.kinds import EventKind
from tearconsole.core.plan import PlanSpec
from tearconsole.core.ports import Layer, Output, OutputListener
from tearconsole.i18n import translate


class ConductorBase(StateMixin):
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
        super().__init__(plan, settings or LiveSettings(), speed)
        self._output = output
        self._clock = clock
        self._sink = sink
        self._listener = listener
        self._t0 = clock.now()
        self._last = self._t0
        self._mono_offset = mono_offset_s
        self._effects: list[Callable[[], None]] = []
        self._changed = True  # something to tell the listener at the next flush
        self._last_key: tuple[Any, ...] = ()
        self._later: list[Callable[[], None]] = []
        self._depth = 0
        self._acting = False
        self._last_go: float | None = None
        self._armed_at: float | None = None
        self._last_checkpoint = self._t0
        self._next_token = 1
        output.set_listener(cast(OutputListener, self))  # Conductor adds its methods

    @property
    def hard_stop_armed(self) -> bool:
        return self._hard_stop_armed()

    def _hard_stop_armed(self) -> bool:
        if self._armed_at is None:
            return False
        return self._clock.now() - self._armed_at <= self.settings.hard_stop_confirm_s

    def _mono_now(self) -> float:
        return self._mono_offset + (self._clock.now() - self._t0)

    def _sync(self) -> None:
        now = self._clock.now()
        dt, self._last = now - self._last, now
        if dt <= 0 or self._paused or self._mode is not LiveState.READY:
            return
        if self._main is not None:
            self._main.elapsed += dt * self.speed
            if self._main.phase is Phase.BODY:
                self._main.wall_body += dt
        if self._bed is not None:
            self._bed.elapsed += dt * self.speed

    @contextmanager
    def _step(self) -> Iterator[None]:
        self._depth += 1
        try:
            if self._depth == 1:
                self._sync()
            yield
        finally:
            self._depth -= 1
        if self._depth == 0:
            self._flush()

    def _flush(self) -> None:
        self._acting = True
        try:
            while self._effects:
                effects, self._effects = self._effects, []
                for effect in effects:
                    effect()
        finally:
            self._acting = False
        if self._listener is not None:
            view = self.view()
            key = view_key(view)
            if key != self._last_key or self._changed:
                self._last_key, self._changed = key, False
                self._listener.view_changed(view)
        later, self._later = self._later, []
        for callback in later:
            callback()

    def _act(self, function: Callable[..., Any], *args: Any) -> None:
        self._changed = True
        self._effects.append(lambda: function(*args))

    def _tell(self, message: str) -> None:
        """Tell the facilitator, in their language (the log keeps the English sentence)."""
        if self._listener is not None:
            listener = self._listener
            said = translate("Conductor", message)
            self._effects.append(lambda: listener.notice(said))

    def _ignore(self, action: str, reason: str) -> None:
        self._log(EventKind.IGNORED, action=action, reason=reason)
        self._tell(reason)

    def _log(
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
            mono_s=self._mono_now(),
            cue_position=cue,
            position_s=position_s,
            snapshot=self.snapshot(),
            action=action,
            detail=detail,
        )
        self._sink.record(event)
        self._changed = True

    def _token(self) -> int:
        self._next_token += 1
        return self._next_token

    def _scaled(self, seconds: float) -> float:
        return seconds / self.speed

    def _apply_master(self, ramp_s: float) -> None:
        level = self.soften_level
        gain, brightness = self.settings.soften_db[level], self.settings.soften_brightness[level]
        self._act(self._output.set_master, gain, brightness, self._scaled(ramp_s))

    def _body_position(self, main: Main | None = None) -> float | None:
        main = main or self._main
        if main is None or main.cue is None or main.phase is not Phase.BODY:
            return None if main is None or main.phase is not Phase.PRE_WAIT else 0.0
        if main.token is not None and not main.pending:
            reported = self._output.position_s(Layer.MAIN)
            if reported is not None:
                return max(0.0, reported - main.cue.in_s)
        return main.elapsed


def view_key(view: LiveView) -> tuple[Any, ...]:
    """What makes a view worth pushing: anything but the clocks moving on."""
    running = tuple((r.position, r.layer, r.phase) for r in view.running)
    return (
        view.state, view.scene, view.standing_by, running, view.soften_level, view.held,
        view.pace, view.extension_s, view.hard_stop_armed, view.recovered, view.speed,
    )  # fmt: skip
