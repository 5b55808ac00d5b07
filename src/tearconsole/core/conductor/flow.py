"""How cues run: starting, bodies, waits, following on, beds, soft landing, failures.

``CueFlow`` is the conductor's collaborator over the session's state value: it changes
``steps.data``, logs through ``steps.log`` and queues output calls through
``steps.act``, always inside a step the conductor opened.
"""

from __future__ import annotations

from tearconsole.core import media_problems
from tearconsole.core.conductor.cues import (
    BodyKind,
    body_kind,
    is_side_cue,
    media_request,
    scene_for,
    tone_request,
)
from tearconsole.core.conductor.state import Bed, Main, phase_length
from tearconsole.core.conductor.steps import Steps
from tearconsole.core.conductor.view import Mode, Phase, Scene, SceneKind
from tearconsole.core.kinds import ContinueMode, CueKind, EventKind
from tearconsole.core.plan import CueSpec
from tearconsole.core.ports import Layer
from tearconsole.i18n import translate
from tearconsole.i18n.message import Message


class CueFlow:
    def __init__(self, steps: Steps) -> None:
        self.steps = steps

    def advance(self) -> None:
        """Let the main line move on as far as the time that passed allows."""
        s = self.steps
        for _ in range(4 * len(s.cues) + 8):  # each pass moves on; never loops forever
            data = s.data
            main = data.main
            if main is None or data.hushed or not data.in_play:
                return
            if main.phase is Phase.BODY and main.token is not None:
                self._watch_media(main)
                return
            length = phase_length(main, data, s.settings)
            if length is None or main.elapsed < length - 1e-9:
                return
            self._phase_done(main, max(0.0, main.elapsed - length))

    def _watch_media(self, main: Main) -> None:
        """Give a body up when it is well past its length *and* its media has stopped
        moving: a slow decoder (a fast rehearsal on a busy laptop) is no media problem."""
        s = self.steps
        planned = main.cue.body_s if main.cue else 0.0
        if planned <= 0:
            return
        position = s.output.position_s(Layer.MAIN)
        if position is not None and (main.seen_s is None or position > main.seen_s + 1e-3):
            main.seen_s, main.moved_at = position, main.wall_body
        limit = (planned - main.offset) / s.data.speed * s.settings.watchdog_factor
        grace = s.settings.watchdog_grace_s
        if main.wall_body > limit + grace and main.wall_body - main.moved_at >= grace:
            self.media_trouble(main.token, media_problems.no_end())

    def _phase_done(self, main: Main, carry: float) -> None:
        if main.phase is Phase.PRE_WAIT:
            self.begin_body(crossfade=False, carry=carry)
        elif main.phase is Phase.BODY:
            self.body_done("done", carry)
        elif main.phase is Phase.POST_WAIT:
            self.follow_on()
        elif main.cue is not None:  # breathing after a cue: then as the cue goes on
            self._after_body(carry)
        else:  # a breathing pause between cues is over
            self.steps.data.main = None

    def start_cue(self, index: int, action: str | None, how: str) -> None:
        s, data = self.steps, self.steps.data
        cue = s.cues[index]
        data.standby = s.next_index(index)
        if data.started_mono is None:  # the first GO: the session's clocks start now
            data.started_mono = s.mono_now()
        if is_side_cue(cue):  # decide first, so the event's snapshot shows the bed
            trouble = self._run_side_cue(cue)
            s.log(EventKind.CUE_STARTED, action=action, cue=cue.position, how=how, layer="bed")
            if trouble is not None:
                s.log(
                    EventKind.MEDIA_ERROR,
                    cue=cue.position,
                    **media_problems.kept(trouble),
                    layer="bed",
                )
                self._tell_trouble(cue, trouble)
            if cue.continue_mode is not ContinueMode.GO:
                self.follow_on(keep_main=True)
            self.preload_standby()
            return
        was_playing = self.retire_main("replaced")
        data.main = Main(cue, Phase.PRE_WAIT if cue.pre_wait_s > 0 else Phase.BODY)
        s.log(EventKind.CUE_STARTED, action=action, cue=cue.position, how=how, layer="main")
        if data.main.phase is Phase.PRE_WAIT:
            if was_playing:
                s.act(s.output.stop, Layer.MAIN, s.scaled(s.settings.crossfade_s))
        else:
            self.begin_body(crossfade=was_playing, carry=0.0)

    def begin_body(self, crossfade: bool, carry: float) -> None:
        s, data = self.steps, self.steps.data
        main = data.main
        assert main is not None and main.cue is not None
        cue = main.cue
        main.phase, main.elapsed, main.wall_body = Phase.BODY, carry, 0.0
        main.seen_s, main.moved_at = None, 0.0
        kind = body_kind(cue)
        cross = s.scaled(s.settings.crossfade_s) if crossfade else 0.0
        if kind is BodyKind.MEDIA:
            main.token = self._take_preload(cue) or s.token()
            request = media_request(cue, main.token)
            s.act(s.output.start, Layer.MAIN, request, s.scaled(cue.fade_in_s), cross)
        elif cue.kind is CueKind.PAUSE and cue.tone and self._start_tone(cue.position, cross):
            pass  # the tone takes MAIN over from a cue still playing, as media would
        elif crossfade:
            s.act(s.output.stop, Layer.MAIN, cross)
        self.preload_standby()  # only now: a preload must not displace this cue's own
        if kind is BodyKind.BROKEN:
            self.media_trouble(None, media_problems.nothing_to_play(cue.title))
            return
        data.scene = scene_for(cue, data.scene)

    def _start_tone(self, position: int, crossfade_s: float) -> bool:
        """Play the pause's soft tone once on MAIN (a pause has nothing else there, and the
        bed is left alone); False when there is no tone to play."""
        s = self.steps
        request = tone_request(s.settings, s.token())
        if request is None:
            return False
        s.data.tone_token = request.token
        s.log(EventKind.TONE, cue=position, layer="main")
        s.act(s.output.start, Layer.MAIN, request, 0.0, crossfade_s)
        return True

    def body_done(self, reason: str, carry: float) -> None:
        s, data = self.steps, self.steps.data
        main = data.main
        assert main is not None and main.cue is not None
        position = s.body_position()
        main.token = None
        main.phase = Phase.POST_WAIT  # the body is over, whatever comes next
        s.log(EventKind.CUE_ENDED, cue=main.cue.position, position_s=position, reason=reason)
        if reason != "failed" and main.cue.stimulus is not None and main.cue.stimulus.has_video:
            data.scene = Scene(SceneKind.BLANK)  # a failure keeps the calm card up
        if data.extension > 0:
            main.phase, main.elapsed, main.extra = Phase.BREATHING, carry, data.extension
            data.extension = 0.0
            data.scene = Scene(SceneKind.BREATHING)
            return
        self._after_body(carry)

    def _after_body(self, carry: float) -> None:
        data = self.steps.data
        main = data.main
        assert main is not None and main.cue is not None
        mode = main.cue.continue_mode
        if mode is ContinueMode.POST_WAIT and main.cue.post_wait_s > 0:
            main.phase, main.elapsed, main.extra = Phase.POST_WAIT, carry, 0.0
        elif mode is ContinueMode.GO:
            data.main = None
        else:
            self.follow_on()

    def follow_on(self, keep_main: bool = False) -> None:
        """The automatic step: start the standing-by cue unless held or at the end."""
        data = self.steps.data
        if not keep_main:
            data.main = None
        if data.standby is None:
            return
        if data.held:
            data.held_step = True
            return
        self.start_cue(data.standby, action=None, how="follow")

    def retire_main(self, reason: str) -> bool:
        """Drop the main cue (logging its end if its body ran); True if its media played."""
        s, data = self.steps, self.steps.data
        main, data.main = data.main, None
        if main is None or main.cue is None:
            return False
        playing = main.token is not None and not main.pending
        if main.phase in (Phase.PRE_WAIT, Phase.BODY):
            position = s.body_position(main)
            s.log(EventKind.CUE_ENDED, cue=main.cue.position, position_s=position, reason=reason)
        return playing

    def _run_side_cue(self, cue: CueSpec) -> Message | None:
        """Start or stop the bed (state and queued effects); a reason if it cannot."""
        s, data = self.steps, self.steps.data
        if cue.kind is CueKind.BED_STOP:
            bed, data.bed = data.bed, None
            if bed is not None:
                fade = cue.fade_out_s or bed.cue.fade_out_s or s.settings.bed_fade_s
                s.act(s.output.stop, Layer.BED, s.scaled(fade))
            return None
        if cue.stimulus is None or not cue.stimulus.path:
            return media_problems.no_bed()
        cross = s.scaled(s.settings.crossfade_s) if data.bed is not None else 0.0
        data.bed = Bed(cue, token=s.token())
        request = media_request(cue, data.bed.token, loop=True)
        s.act(s.output.start, Layer.BED, request, s.scaled(cue.fade_in_s), cross)
        return None

    def plan_bed(self, index: int) -> int | None:
        """The bed cue the plan has playing under cue ``index`` (None: no music bed)."""
        cues = self.steps.cues
        for earlier in range(index - 1, -1, -1):
            kind = cues[earlier].kind
            if kind is CueKind.BED_START:
                return earlier
            if kind is CueKind.BED_STOP:
                return None
        return None

    def settle_bed(self, index: int, fresh: bool) -> None:
        """Before cue ``index`` starts: a bed a safe stop left waiting fades back in if the
        plan has it under this cue (else it is let go); with ``fresh`` (after Back), the
        plan's bed for this cue starts if another or none plays."""
        s, data = self.steps, self.steps.data
        wanted = self.plan_bed(index)
        bed = data.bed
        fade = s.scaled(s.settings.pause_fade_s)
        if bed is not None and bed.pending:
            if wanted is not None and s.cues[wanted] is bed.cue:
                bed.pending = False
                s.act(s.output.start, Layer.BED, media_request(bed.cue, bed.token, loop=True), fade)
                return
            data.bed = bed = None
        if not fresh or wanted is None or (bed is not None and bed.cue is s.cues[wanted]):
            return
        cue = s.cues[wanted]
        if cue.stimulus is None or not cue.stimulus.path:
            return
        cross = s.scaled(s.settings.crossfade_s) if bed is not None else 0.0
        data.bed = Bed(cue, token=s.token())
        request = media_request(cue, data.bed.token, loop=True)
        s.act(s.output.start, Layer.BED, request, s.scaled(cue.fade_in_s) or fade, cross)

    def restart_after_recovery(self, fade: float) -> None:
        """Start, from where they were, the bed and main cue a recovery left pending."""
        s, data = self.steps, self.steps.data
        main, bed = data.main, data.bed
        if bed is not None and bed.pending:
            bed.pending = False
            request = media_request(bed.cue, bed.token, loop=True)
            s.act(s.output.start, Layer.BED, request, fade)
        if main is not None and main.pending:
            main.pending = False
            data.scene = scene_for(main.cue, Scene(SceneKind.BLANK)) if main.cue else data.scene
            if main.cue is not None and body_kind(main.cue) is BodyKind.MEDIA:
                main.token = s.token()
                request = media_request(main.cue, main.token, main.offset)
                s.act(s.output.start, Layer.MAIN, request, fade)

    def land_softly(self) -> None:
        """Soften level 3: fade the running cue out and go to the soft-landing cue."""
        s, data = self.steps, self.steps.data
        if data.hushed:
            recovered = data.mode is Mode.RECOVERED
            data.mode = Mode.READY
            s.act(s.output.stop, Layer.MAIN, 0.0)
            s.act(s.output.set_paused, False, s.scaled(s.settings.pause_fade_s))
            if recovered and data.bed is not None and data.bed.pending:
                data.bed.pending = False  # the recovered bed plays under the landing
                request = media_request(data.bed.cue, data.bed.token, loop=True)
                s.act(s.output.start, Layer.BED, request, s.scaled(s.settings.pause_fade_s))
        if self.retire_main("soft_landing"):
            s.act(s.output.stop, Layer.MAIN, s.scaled(s.settings.landing_fade_s))
        data.held = data.held_step = False
        landing = s.index_of(s.plan.soft_landing_position)
        if landing is None:
            data.scene = Scene(SceneKind.BREATHING)
            return
        self.start_cue(landing, action=None, how="soft_landing")

    def media_trouble(self, token: int | None, reason: Message) -> None:
        s, data = self.steps, self.steps.data
        main, bed = data.main, data.bed
        if main is not None and main.cue is not None and (token is None or main.token == token):
            s.log(EventKind.MEDIA_ERROR, cue=main.cue.position, **media_problems.kept(reason))
            self._tell_trouble(main.cue, reason)
            data.scene = Scene(SceneKind.CALM)
            if main.token is not None:
                s.act(s.output.stop, Layer.MAIN, 0.0)
            if main.phase is Phase.BODY:
                main.token = None
                self.body_done("failed", 0.0)
        elif bed is not None and bed.token == token:
            data.bed = None
            s.log(
                EventKind.MEDIA_ERROR,
                cue=bed.cue.position,
                **media_problems.kept(reason),
                layer="bed",
            )
            self._tell_trouble(bed.cue, reason)
        elif token is not None and token == data.tone_token:
            data.tone_token = None  # the pause goes on in silence
            s.log(EventKind.MEDIA_ERROR, **media_problems.kept(reason), tone=True)
            s.tell(
                translate(
                    "Conductor", "The pause's soft tone could not be played: {reason}"
                ).format(reason=reason.told())
            )
        elif data.preloaded is not None and data.preloaded[1] == token:
            cue = s.cues[data.preloaded[0]]
            data.preloaded = None
            s.log(
                EventKind.MEDIA_ERROR, cue=cue.position, **media_problems.kept(reason), preload=True
            )
            self._tell_trouble(cue, reason, coming=True)

    def _tell_trouble(self, cue: CueSpec, reason: Message, coming: bool = False) -> None:
        """Tell the facilitator what went wrong with ``cue`` (``coming``: the next one,
        found while it was made ready), in the chosen language; the log keeps ``reason``."""
        said = reason.told()
        if coming:
            told = translate("Conductor", "{cue} (next): {reason}")
        else:
            told = translate("Conductor", "{cue}: {reason}")
        self.steps.tell(told.format(cue=cue.title, reason=said))

    def clear_for_stop(self, mode: Mode) -> None:
        data = self.steps.data
        data.mode = mode
        data.bed = None
        data.extension = 0.0
        data.held_step = False
        data.scene = Scene(SceneKind.CALM)

    def preload_standby(self) -> None:
        """Open the standing-by cue's media, paused and silent, so that GO is instant."""
        s, data = self.steps, self.steps.data
        index = data.standby
        if index is None or (data.preloaded is not None and data.preloaded[0] == index):
            return
        cue = s.cues[index]
        if is_side_cue(cue) or body_kind(cue) is not BodyKind.MEDIA:
            return
        main = data.main
        if main is not None and main.phase is Phase.PRE_WAIT:
            return  # the waiting cue's own preload must stay until its body starts
        token = s.token()
        data.preloaded = (index, token)
        s.act(s.output.preload, Layer.MAIN, media_request(cue, token))

    def _take_preload(self, cue: CueSpec) -> int | None:
        data = self.steps.data
        held, data.preloaded = data.preloaded, None
        if held is not None and self.steps.cues[held[0]] is cue:
            return held[1]
        return None
