"""The conductor: the live-session state machine of product.md ("Live semantics").

Plain Python, driven by an injected ``Clock``, ``tick()`` calls (a QTimer live, a loop
in tests) and the facilitator's actions; it speaks to an ``Output`` (what plays) and an
``EventSink`` (the write-ahead event log), and tells its UI what to show through a
``ConductorListener`` (see ``conductor_view`` for that API).

Every entry point runs in three steps: *decide* (change the in-memory state), *log*
(every resulting event, each carrying a snapshot of the state it leads to), *act* (the
queued ``Output`` calls, then the listener). So nothing is heard or seen before it is
written down, and the last event written always says where to resume after a crash.

Call it from one thread only (the GUI thread live). ``Output`` callbacks that arrive
while the conductor is acting are run right after, never in the middle.
"""

from __future__ import annotations

from tearconsole.core.conductor_cues import (
    BodyKind,
    LiveSettings,
    body_kind,
    media_request,
    scene_for,
)
from tearconsole.core.conductor_flow import CueFlow
from tearconsole.core.conductor_log import Snapshot
from tearconsole.core.conductor_state import Bed, Main
from tearconsole.core.conductor_view import LiveState, Phase, Scene, SceneKind
from tearconsole.core.kinds import EventKind
from tearconsole.core.ports import Layer
from tearconsole.i18n import QT_TRANSLATE_NOOP


class Conductor(CueFlow):
    """The live session (module docstring); actions are the public methods."""

    def begin(self, resume: Snapshot | None = None) -> None:
        """Open the session: standing by at the first cue, or PAUSED where ``resume`` says."""
        with self._step():
            if resume is None:
                self._log(EventKind.STARTED, plan=self.plan.name, speed=self.speed)
            else:
                self._recover(resume)
            self._act(self._output.set_rate, self.speed)
            self._preload_standby()

    def _recover(self, point: Snapshot) -> None:
        self._standby = self._index_of(point.standby)
        index = self._index_of(point.main)
        if index is not None:
            cue = self.cues[index]
            offset = max(0.0, point.main_s or 0.0)
            self._main = Main(cue, Phase.BODY, elapsed=offset, offset=offset, pending=True)
        bed = self._index_of(point.bed)
        if bed is not None:
            self._bed = Bed(self.cues[bed], token=self._token(), pending=True)
        self._paused = True
        self.recovered = True
        self._scene = Scene(SceneKind.CALM)
        # the facilitator's adjustments stand as they were (older logs: as planned)
        self.soften_level = min(3, max(0, point.soften or 0))
        if point.pace is not None:
            self.pace = min(self.settings.max_pace, max(self.settings.min_pace, point.pace))
        self._held = bool(point.held)
        self._log(EventKind.RECOVERED, cue=point.main, position_s=point.main_s, speed=self.speed)
        self._apply_master(0.0)  # before anything is preloaded or resumed

    def go(self) -> None:
        """Start the standing-by cue (debounced); logs why when it cannot."""
        with self._step():
            now = self._clock.now()
            reason = self._go_refusal(now)
            if reason is not None:
                self._ignore("go", reason)
                return
            assert self._standby is not None
            self._last_go = now
            self._mode = LiveState.READY
            self._held = self._held_step = False
            self._start_cue(self._standby, action="go", how="go")

    def go_wait_s(self) -> float:
        """Wall seconds until a GO would be accepted by the debounce (0: now)."""
        if self._last_go is None:
            return 0.0
        return max(0.0, self.settings.debounce_s - (self._clock.now() - self._last_go))

    def _go_refusal(self, now: float) -> str | None:
        if self._mode is LiveState.ENDED:
            return QT_TRANSLATE_NOOP("Conductor", "The session has ended.")
        if self._paused:
            return QT_TRANSLATE_NOOP("Conductor", "The session is paused; resume it first.")
        if self._last_go is not None and now - self._last_go < self.settings.debounce_s - 1e-6:
            return QT_TRANSLATE_NOOP(
                "Conductor",
                "GO was pressed twice in quick succession; the second press was ignored.",
            )
        if self._standby is None:
            return QT_TRANSLATE_NOOP(
                "Conductor", "There is no cue left to start: this is the end of the plan."
            )
        return None

    def pause(self) -> None:
        with self._step():
            if self._paused:
                self._ignore(
                    "pause", QT_TRANSLATE_NOOP("Conductor", "The session is already paused.")
                )
            elif self._mode is not LiveState.READY or (self._main is None and self._bed is None):
                self._ignore(
                    "pause", QT_TRANSLATE_NOOP("Conductor", "Nothing is running to pause.")
                )
            else:
                self._paused = True
                self._log(EventKind.PAUSED, action="pause")
                self._act(self._output.set_paused, True, self._scaled(self.settings.pause_fade_s))

    def resume(self) -> None:
        with self._step():
            if not self._paused:
                self._ignore("resume", QT_TRANSLATE_NOOP("Conductor", "The session is not paused."))
                return
            self._paused = False
            self._log(EventKind.RESUMED, action="resume")
            fade = self._scaled(self.settings.pause_fade_s)
            if self.recovered:
                self._restart_after_recovery(fade)
            else:
                self._act(self._output.set_paused, False, fade)

    def toggle_pause(self) -> None:
        (self.resume if self._paused else self.pause)()

    def _restart_after_recovery(self, fade: float) -> None:
        self.recovered = False
        main, bed = self._main, self._bed
        if bed is not None and bed.pending:
            bed.pending = False
            request = media_request(bed.cue, bed.token, loop=True)
            self._act(self._output.start, Layer.BED, request, fade)
        if main is not None and main.pending:
            main.pending = False
            self._scene = scene_for(main.cue, Scene(SceneKind.BLANK)) if main.cue else self._scene
            if main.cue is not None and body_kind(main.cue) is BodyKind.MEDIA:
                main.token = self._token()
                request = media_request(main.cue, main.token, main.offset)
                self._act(self._output.start, Layer.MAIN, request, fade)

    def soften(self) -> None:
        with self._step():
            if self._mode is LiveState.ENDED or self.soften_level >= 3:
                self._ignore(
                    "soften",
                    QT_TRANSLATE_NOOP("Conductor", "The session is already as soft as it goes."),
                )
                return
            self.soften_level += 1
            if self.soften_level == 3 and self._mode is LiveState.READY:
                self._land_softly()
            self._log(EventKind.SOFTENED, action="soften", level=self.soften_level)
            self._apply_master(self.settings.soften_ramp_s)

    def restore(self) -> None:
        with self._step():
            if self._mode is LiveState.ENDED or self.soften_level == 0:
                self._ignore("restore", QT_TRANSLATE_NOOP("Conductor", "Nothing is softened."))
                return
            self.soften_level = 0
            self._log(EventKind.RESTORED, action="restore")
            self._apply_master(self.settings.restore_s)

    def hold(self) -> None:
        """Hold the next automatic step; called again, release it (and take it if due)."""
        with self._step():
            if self._mode is LiveState.ENDED:
                self._ignore("hold", QT_TRANSLATE_NOOP("Conductor", "The session has ended."))
            elif not self._held:
                self._held = True
                self._log(EventKind.HELD, action="hold")
            else:
                self._held = False
                due, self._held_step = self._held_step, False
                self._log(EventKind.RELEASED, action="hold")
                if due and not self._paused:
                    self._follow_on()

    def extend(self, seconds: float) -> None:
        """Add a breathing pause of ``seconds``: after the running cue, or now between cues."""
        with self._step():
            if self._mode is not LiveState.READY:
                self._ignore(
                    "extend",
                    QT_TRANSLATE_NOOP("Conductor", "There is nothing to extend after a stop."),
                )
                return
            if not 0 < seconds <= self.settings.max_extension_s:
                self._ignore(
                    "extend",
                    QT_TRANSLATE_NOOP(
                        "Conductor", "A breathing pause is between 1 second and 10 minutes."
                    ),
                )
                return
            main = self._main
            if main is None:
                self._main = Main(None, Phase.BREATHING, extra=seconds)
                self._scene = Scene(SceneKind.BREATHING)
            elif main.phase in (Phase.PRE_WAIT, Phase.BODY):
                self._extension += seconds
            else:
                main.extra += seconds
                self._scene = Scene(SceneKind.BREATHING)
            self._log(EventKind.EXTENDED, action="extend", seconds=seconds)

    def set_pace(self, factor: float) -> None:
        with self._step():
            if self._mode is LiveState.ENDED:
                self._ignore("pace", QT_TRANSLATE_NOOP("Conductor", "The session has ended."))
                return
            self.pace = min(self.settings.max_pace, max(self.settings.min_pace, float(factor)))
            self._log(EventKind.PACE, action="pace", pace=self.pace)

    def skip(self) -> None:
        """The standing-by cue will not play: the one after it stands by."""
        with self._step():
            if self._mode is LiveState.ENDED or self._standby is None:
                self._ignore(
                    "skip", QT_TRANSLATE_NOOP("Conductor", "There is no cue left to skip.")
                )
                return
            skipped = self.cues[self._standby]
            self._standby = self._next_index(self._standby)
            self._log(EventKind.CUE_SKIPPED, action="skip", cue=skipped.position)
            self._preload_standby()

    def back(self) -> None:
        """The cue before the standing-by one stands by again."""
        with self._step():
            target = len(self.cues) - 1 if self._standby is None else self._standby - 1
            if self._mode is LiveState.ENDED or target < 0:
                self._ignore(
                    "back", QT_TRANSLATE_NOOP("Conductor", "The first cue is already standing by.")
                )
                return
            self._standby = target
            self._log(EventKind.BACK, action="back", cue=self.cues[target].position)
            self._preload_standby()

    def safe_stop(self) -> None:
        """Fade everything out to the calm card; GO then goes on from the next cue."""
        with self._step():
            if self._mode is not LiveState.READY:
                self._ignore(
                    "safe_stop", QT_TRANSLATE_NOOP("Conductor", "The session is already stopped.")
                )
                return
            main = self._main
            if main is not None and main.cue is not None and main.phase is Phase.PRE_WAIT:
                self._standby = self.cues.index(main.cue)
            self._retire_main("safe_stop")
            self._clear_for_stop(LiveState.STOPPED)
            self._log(EventKind.SAFE_STOP, action="safe_stop")
            self._act(self._output.stop, None, self._scaled(self.settings.safe_stop_s))
            self._preload_standby()

    def hard_stop(self) -> None:
        """The first call arms; a second within a few seconds ends the session at once."""
        with self._step():
            now = self._clock.now()
            if self._mode is LiveState.ENDED:
                self._ignore("hard_stop", QT_TRANSLATE_NOOP("Conductor", "The session has ended."))
            elif not self.hard_stop_armed:
                self._armed_at = now
                self._log(EventKind.HARD_STOP, action="hard_stop", stage="armed")
                self._tell(
                    QT_TRANSLATE_NOOP("Conductor", "Press hard stop again to end the session now.")
                )
            else:
                self._armed_at = None
                self._retire_main("hard_stop")
                self._clear_for_stop(LiveState.ENDED)
                self._log(EventKind.HARD_STOP, action="hard_stop", stage="confirmed")
                self._log(EventKind.ENDED)
                self._act(self._output.stop, None, 0.0)

    def end(self) -> None:
        """Close the session (at the end of the plan, or when the facilitator is done)."""
        with self._step():
            if self._mode is LiveState.ENDED:
                self._ignore("end", QT_TRANSLATE_NOOP("Conductor", "The session has ended."))
                return
            self._retire_main("end")
            self._clear_for_stop(LiveState.ENDED)
            self._log(EventKind.ENDED, action="end")
            self._act(self._output.stop, None, self._scaled(self.settings.safe_stop_s))

    def set_speed(self, speed: float) -> None:
        """Rehearsal: play N times faster (media, waits, fades, timed cues)."""
        with self._step():
            if self._mode is LiveState.ENDED or not 0.1 <= speed <= 32:
                self._ignore("speed", "A rehearsal speed is between x0.1 and x32.")
                return
            self.speed = float(speed)
            self._log(EventKind.PACE, action="speed", speed=self.speed)
            self._act(self._output.set_rate, self.speed)

    def seek(self, delta_s: float) -> None:
        """Rehearsal: move ``delta_s`` plan seconds inside the running cue's body."""
        with self._step():
            main = self._main
            if main is None or main.cue is None or main.phase is not Phase.BODY or main.pending:
                self._ignore("seek", "Only a running cue can be moved inside.")
                return
            length = main.cue.body_s or float("inf")
            target = min(max(0.0, (self._body_position() or 0.0) + delta_s), length)
            main.elapsed = target
            self._log(EventKind.CHECKPOINT, action="seek", cue=main.cue.position, position_s=target)
            if main.token is not None:
                self._act(self._output.seek, Layer.MAIN, main.cue.in_s + target)

    def note(self, text: str, private: bool = True) -> None:
        """A facilitator's note, linked to the running cue; private unless they share it."""
        with self._step():
            self._log(EventKind.NOTE, action="note", text=text, private=private)

    def tick(self) -> None:
        """Let time pass: end waits and timed cues, follow on, checkpoint the position."""
        with self._step():
            self._advance()
            now = self._clock.now()
            if now - self._last_checkpoint >= self.settings.checkpoint_s:
                self._last_checkpoint = now
                if self._checkpoint_due():
                    main = self._main
                    self._log(
                        EventKind.CHECKPOINT,
                        cue=main.cue.position if main and main.cue else None,
                        position_s=self._body_position(),
                    )

    def _checkpoint_due(self) -> bool:
        if self._paused or self._mode is not LiveState.READY:
            return False
        main = self._main
        return (main is not None and main.phase is Phase.BODY) or self._bed is not None

    def media_started(self, token: int) -> None:
        return None

    def media_ended(self, token: int) -> None:
        if self._acting:
            self._later.append(lambda: self.media_ended(token))
            return
        with self._step():
            main = self._main
            if main is not None and main.token == token and main.phase is Phase.BODY:
                main.token = None
                self._body_done("done", 0.0)
            elif self._bed is not None and self._bed.token == token:
                self._bed = None

    def media_failed(self, token: int, reason: str) -> None:
        if self._acting:
            self._later.append(lambda: self.media_failed(token, reason))
            return
        with self._step():
            self._media_trouble(token, reason)


__all__ = ["Conductor", "LiveSettings"]
