"""What the conductor tells its UI: the view state of a live session (Qt-free).

The live console and the audience window are drawn from one immutable ``LiveView``:

- ``Conductor.view()`` computes a fresh one at any moment (pull: clocks, progress);
- ``ConductorListener.view_changed(view)`` is called after every action and every
  change of state, scene or cue (push: redraw the cue list, the buttons, the audience);
- ``ConductorListener.notice(text)`` carries one calm sentence for the facilitator
  (a media file that failed, a GO that was ignored and why). Never for the audience.

Times in a view are *plan seconds*: in a live session they are real seconds; in a
rehearsal at ``speed`` N they run N times faster than the wall clock, so that they
compare directly with the plan.

The audience window shows ``view.scene`` and nothing else:

=============  ==========================================================================
``BLANK``      a dark screen (between cues, after a film has ended)
``VIDEO``      the main layer's video (the engine renders it; the scene says which cue)
``STORY``      ``scene.text`` as large calm text (the facilitator reads from a teleprompter)
``CARD``       ``scene.text`` (welcome, content notice, sharing prompt, closing, care)
``BREATHING``  a breathing card, ``scene.text`` if the cue gave one (pauses, extensions)
``CALM``       the calm card: safe stop, and whenever something failed
=============  ==========================================================================

``scene.brightness`` is the dimming that softening asks for (1.0 as made); the engine
dims video itself, the audience window should dim text and cards to match.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from tearconsole.core.kinds import CueKind


class Mode(StrEnum):
    """Where the session stands (the rows of ``table.TABLE``)."""

    READY = "ready"  # standing by (or at the end of the plan); a bed may play
    RUNNING = "running"  # a cue runs (its pre-wait, body, post-wait) or a breathing pause
    PAUSED = "paused"  # everything faded out and paused; resume (or GO) fades back in
    RECOVERED = "recovered"  # picked up after a crash: paused, nothing started yet
    STOPPED = "stopped"  # safe stop: silence over the calm card; GO continues the cue
    ENDED = "ended"  # hard stop or end of session: nothing more happens


class Phase(StrEnum):
    """Where the running main cue is."""

    PRE_WAIT = "pre_wait"  # GO was given; the cue's body starts when the pre-wait ends
    BODY = "body"  # the media plays, or the card/pause/story is up and timed
    POST_WAIT = "post_wait"  # body done; the next cue follows when the wait ends
    BREATHING = "breathing"  # an extension: a breathing pause before going on


class SceneKind(StrEnum):
    BLANK = "blank"
    VIDEO = "video"
    STORY = "story"
    CARD = "card"
    BREATHING = "breathing"
    CALM = "calm"


@dataclass(frozen=True)
class Scene:
    """What the audience sees."""

    kind: SceneKind
    text: str | None = None
    title: str | None = None
    cue_position: int | None = None  # the cue that put it there
    brightness: float = 1.0


@dataclass(frozen=True)
class RunningCue:
    """A cue in progress: the main one (``layer == "main"``) or a music bed under it."""

    position: int | None  # None: a breathing pause added by "extend" between cues
    title: str
    kind: CueKind
    layer: str  # "main" or "bed"
    phase: Phase
    elapsed_s: float  # into the phase (for a bed: since it started)
    length_s: float | None  # the phase's length; None when open-ended (a looping bed)

    @property
    def remaining_s(self) -> float | None:
        return None if self.length_s is None else max(0.0, self.length_s - self.elapsed_s)

    @property
    def progress(self) -> float | None:
        """0..1 through the phase, for a progress bar (None: open-ended)."""
        if not self.length_s:
            return None
        return min(1.0, max(0.0, self.elapsed_s / self.length_s))


@dataclass(frozen=True)
class LiveView:
    mode: Mode
    scene: Scene
    standing_by: int | None  # the position GO starts next; None at the end of the plan
    running: tuple[RunningCue, ...]  # the main cue first (if any), then the bed (if any)
    soften_level: int  # 0 (as made) to 3 (soft landing)
    held: bool  # the next automatic step waits for GO or release
    pace: float  # x0.5..x2 multiplies pauses, cards, pre- and post-waits (x2: twice as long)
    extension_s: float  # breathing seconds queued for after the running cue
    hard_stop_armed: bool  # a second hard stop now would end the session
    started: bool  # the first GO was given: the session's clocks run from it
    session_elapsed_s: float  # since the first GO (0 before it)
    cue_remaining_s: float | None  # of the main cue's current phase
    plan_remaining_s: float  # the running cue's rest plus every cue from standby on
    target_s: float | None  # the plan's target length
    speed: float = 1.0  # rehearsal playback speed (1.0 live)
    story_text: str | None = None  # for the teleprompter while a story runs
    story_progress: float | None = None  # 0..1 through the story's planned reading time
    interrupted: int | None = None  # after a safe stop: the cue GO continues
    interrupted_at_s: float | None = None  # ... from this far into its body

    @property
    def recovered(self) -> bool:
        """Landed here after a crash; resume goes on where it was."""
        return self.mode is Mode.RECOVERED

    @property
    def main(self) -> RunningCue | None:
        return next((c for c in self.running if c.layer == "main"), None)

    @property
    def at_end(self) -> bool:
        return self.standing_by is None and self.main is None

    @property
    def projected_total_s(self) -> float:
        return self.session_elapsed_s + self.plan_remaining_s


class ConductorListener(Protocol):
    def view_changed(self, view: LiveView) -> None: ...
    def notice(self, message: str) -> None: ...
