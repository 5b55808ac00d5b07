"""How cues run: starting, bodies, waits, following on, beds, soft landing, failures."""

from __future__ import annotations

from typing import Any

from tearconsole.core.conductor_base import ConductorBase
from tearconsole.core.conductor_cues import (
    BodyKind,
    body_kind,
    is_side_cue,
    media_request,
    scene_for,
    tone_request,
)
from tearconsole.core.conductor_state import Bed, Main
from tearconsole.core.conductor_view import LiveState, Phase, Scene, SceneKind
from tearconsole.core.kinds import ContinueMode, CueKind, EventKind
from tearconsole.core.ports import Layer
from tearconsole.i18n import translate


class CueFlow(ConductorBase):
    _tone_token: int | None = None  # the last pause tone started (its failure is told)

    def _advance(self) -> None:
        for _ in range(4 * len(self.cues) + 8):  # each pass moves on; never loops forever
            main = self._main
            if main is None or self._paused or self._mode is not LiveState.READY:
                return
            if main.phase is Phase.BODY and main.token is not None:
                self._watch_media(main)
                return
            length = self.phase_length(main)
            if length is None or main.elapsed < length - 1e-9:
                return
            self._phase_done(main, max(0.0, main.elapsed - length))

    def _watch_media(self, main: Main) -> None:
        planned = main.cue.body_s if main.cue else 0.0
        if planned <= 0:
            return
        limit = (planned - main.offset) / self.speed * self.settings.watchdog_factor
        if main.wall_body > limit + self.settings.watchdog_grace_s:
            self._media_trouble(main.token, "The media did not report its end; moving on.")

    def _phase_done(self, main: Main, carry: float) -> None:
        if main.phase is Phase.PRE_WAIT:
            self._begin_body(crossfade=False, carry=carry)
        elif main.phase is Phase.BODY:
            self._body_done("done", carry)
        elif main.phase is Phase.POST_WAIT:
            self._follow_on()
        elif main.cue is not None:  # breathing after a cue: then as the cue goes on
            self._after_body(carry)
        else:  # a breathing pause between cues is over
            self._main = None

    def _start_cue(self, index: int, action: str | None, how: str) -> None:
        cue = self.cues[index]
        self._standby = self._next_index(index)
        if is_side_cue(cue):  # decide first, so the event's snapshot shows the bed
            trouble = self._run_side_cue(cue)
            self._log(EventKind.CUE_STARTED, action=action, cue=cue.position, how=how, layer="bed")
            if trouble is not None:
                self._log(EventKind.MEDIA_ERROR, cue=cue.position, reason=trouble, layer="bed")
                self._tell(f"{cue.title}: {trouble}")
            if cue.continue_mode is not ContinueMode.GO:
                self._follow_on(keep_main=True)
            self._preload_standby()
            return
        was_playing = self._retire_main("replaced")
        self._main = Main(cue, Phase.PRE_WAIT if cue.pre_wait_s > 0 else Phase.BODY)
        self._log(EventKind.CUE_STARTED, action=action, cue=cue.position, how=how, layer="main")
        if self._main.phase is Phase.PRE_WAIT:
            if was_playing:
                self._act(self._output.stop, Layer.MAIN, self._scaled(self.settings.crossfade_s))
        else:
            self._begin_body(crossfade=was_playing, carry=0.0)

    def _begin_body(self, crossfade: bool, carry: float) -> None:
        main = self._main
        assert main is not None and main.cue is not None
        cue = main.cue
        main.phase, main.elapsed, main.wall_body = Phase.BODY, carry, 0.0
        kind = body_kind(cue)
        cross = self._scaled(self.settings.crossfade_s) if crossfade else 0.0
        if kind is BodyKind.MEDIA:
            main.token = self._take_preload(cue) or self._token()
            request = media_request(cue, main.token)
            self._act(self._output.start, Layer.MAIN, request, self._scaled(cue.fade_in_s), cross)
        elif cue.kind is CueKind.PAUSE and cue.tone and self._start_tone(cue.position, cross):
            pass  # the tone takes MAIN over from a cue still playing, as media would
        elif crossfade:
            self._act(self._output.stop, Layer.MAIN, cross)
        self._preload_standby()  # only now: a preload must not displace this cue's own
        if kind is BodyKind.BROKEN:
            self._media_trouble(None, f"The cue {cue.title!r} has nothing to play; moving on.")
            return
        self._scene = scene_for(cue, self._scene)

    def _start_tone(self, position: int, crossfade_s: float) -> bool:
        """Play the pause's soft tone once on MAIN (a pause has nothing else there, and the
        bed is left alone); False when there is no tone to play."""
        request = tone_request(self.settings, self._token())
        if request is None:
            return False
        self._tone_token = request.token
        self._log(EventKind.TONE, cue=position, layer="main")
        self._act(self._output.start, Layer.MAIN, request, 0.0, crossfade_s)
        return True

    def _body_done(self, reason: str, carry: float) -> None:
        main = self._main
        assert main is not None and main.cue is not None
        position = self._body_position()
        main.token = None
        main.phase = Phase.POST_WAIT  # the body is over, whatever comes next
        self._log(EventKind.CUE_ENDED, cue=main.cue.position, position_s=position, reason=reason)
        if reason != "failed" and main.cue.stimulus is not None and main.cue.stimulus.has_video:
            self._scene = Scene(SceneKind.BLANK)  # a failure keeps the calm card up
        if self._extension > 0:
            main.phase, main.elapsed, main.extra = Phase.BREATHING, carry, self._extension
            self._extension = 0.0
            self._scene = Scene(SceneKind.BREATHING)
            return
        self._after_body(carry)

    def _after_body(self, carry: float) -> None:
        main = self._main
        assert main is not None and main.cue is not None
        mode = main.cue.continue_mode
        if mode is ContinueMode.POST_WAIT and main.cue.post_wait_s > 0:
            main.phase, main.elapsed, main.extra = Phase.POST_WAIT, carry, 0.0
        elif mode is ContinueMode.GO:
            self._main = None
        else:
            self._follow_on()

    def _follow_on(self, keep_main: bool = False) -> None:
        """The automatic step: start the standing-by cue unless held or at the end."""
        if not keep_main:
            self._main = None
        if self._standby is None:
            return
        if self._held:
            self._held_step = True
            return
        self._start_cue(self._standby, action=None, how="follow")

    def _retire_main(self, reason: str) -> bool:
        """Drop the main cue (logging its end if its body ran); True if its media played."""
        main, self._main = self._main, None
        if main is None or main.cue is None:
            return False
        playing = main.token is not None and not main.pending
        if main.phase in (Phase.PRE_WAIT, Phase.BODY):
            position = self._body_position(main)
            self._log(
                EventKind.CUE_ENDED, cue=main.cue.position, position_s=position, reason=reason
            )
        return playing

    def _run_side_cue(self, cue: Any) -> str | None:
        """Start or stop the bed (state and queued effects); a reason if it cannot."""
        if cue.kind is CueKind.BED_STOP:
            bed, self._bed = self._bed, None
            if bed is not None:
                fade = cue.fade_out_s or bed.cue.fade_out_s or self.settings.bed_fade_s
                self._act(self._output.stop, Layer.BED, self._scaled(fade))
            return None
        if cue.stimulus is None or not cue.stimulus.path:
            return "The bed has nothing to play; the session goes on without it."
        cross = self._scaled(self.settings.crossfade_s) if self._bed is not None else 0.0
        self._bed = Bed(cue, token=self._token())
        request = media_request(cue, self._bed.token, loop=True)
        self._act(self._output.start, Layer.BED, request, self._scaled(cue.fade_in_s), cross)
        return None

    def _land_softly(self) -> None:
        """Soften level 3: fade the running cue out and go to the soft-landing cue."""
        if self._paused:
            self._paused = False
            self._act(self._output.stop, Layer.MAIN, 0.0)
            self._act(self._output.set_paused, False, self._scaled(self.settings.pause_fade_s))
        if self._retire_main("soft_landing"):
            self._act(self._output.stop, Layer.MAIN, self._scaled(self.settings.landing_fade_s))
        self._held = self._held_step = False
        landing = self._index_of(self.plan.soft_landing_position)
        if landing is None:
            self._scene = Scene(SceneKind.BREATHING)
            return
        self._start_cue(landing, action=None, how="soft_landing")

    def _media_trouble(self, token: int | None, reason: str) -> None:
        main, bed = self._main, self._bed
        if main is not None and main.cue is not None and (token is None or main.token == token):
            self._log(EventKind.MEDIA_ERROR, cue=main.cue.position, reason=reason)
            self._tell(f"{main.cue.title}: {reason}")
            self._scene = Scene(SceneKind.CALM)
            if main.token is not None:
                self._act(self._output.stop, Layer.MAIN, 0.0)
            if main.phase is Phase.BODY:
                main.token = None
                self._body_done("failed", 0.0)
        elif bed is not None and bed.token == token:
            self._bed = None
            self._log(EventKind.MEDIA_ERROR, cue=bed.cue.position, reason=reason, layer="bed")
            self._tell(f"{bed.cue.title}: {reason}")
        elif token is not None and token == self._tone_token:
            self._tone_token = None  # the pause goes on in silence
            self._log(EventKind.MEDIA_ERROR, reason=reason, tone=True)
            self._tell(
                translate(
                    "Conductor", "The pause's soft tone could not be played: {reason}"
                ).format(reason=reason)
            )
        elif self._preloaded is not None and self._preloaded[1] == token:
            cue = self.cues[self._preloaded[0]]
            self._preloaded = None
            self._log(EventKind.MEDIA_ERROR, cue=cue.position, reason=reason, preload=True)
            self._tell(f"{cue.title} (next): {reason}")

    def _clear_for_stop(self, mode: LiveState) -> None:
        self._mode = mode
        self._paused = self.recovered = False
        self._bed = None
        self._extension = 0.0
        self._held_step = False
        self._scene = Scene(SceneKind.CALM)

    def _preload_standby(self) -> None:
        """Open the standing-by cue's media, paused and silent, so that GO is instant."""
        index = self._standby
        if index is None or (self._preloaded is not None and self._preloaded[0] == index):
            return
        cue = self.cues[index]
        if is_side_cue(cue) or body_kind(cue) is not BodyKind.MEDIA:
            return
        main = self._main
        if main is not None and main.phase is Phase.PRE_WAIT:
            return  # the waiting cue's own preload must stay until its body starts
        token = self._token()
        self._preloaded = (index, token)
        self._act(self._output.preload, Layer.MAIN, media_request(cue, token))

    def _take_preload(self, cue: Any) -> int | None:
        held, self._preloaded = self._preloaded, None
        if held is not None and self.cues[held[0]] is cue:
            return held[1]
        return None
