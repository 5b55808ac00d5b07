"""The sound output of a running session: chosen before, watched during.

``watch_session_audio`` sends the engine's sound to the chosen output, tells the
facilitator (the console's notice line) when there is none or it goes and comes back,
when the audio server itself goes and comes back (the engine then opens its outputs
anew, and the cue goes on where it is), and writes each of those moments to the
session's event log. The room sees nothing.

Each ``audio_output`` event has ``state`` (``lost``, ``back``, ``server_lost``,
``server_back``), the chosen ``device`` and its ``name`` (None: none chosen), and
``now``: where the cue's sound goes after that moment (None: nowhere known, or the
system's default).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer

from tearconsole.core.kinds import EventKind
from tearconsole.live.runner import LiveRunner
from tearconsole.playback.audio_outputs import find_output, list_outputs
from tearconsole.playback.audio_system import (
    AudioSystem,
    chosen_device,
    remember_names,
    remembered_names,
)
from tearconsole.playback.audio_watch import AudioWatch, start_problem
from tearconsole.playback.engine import VlcOutput

#: How many times (100 ms apart) a "lost" record waits for libVLC to say where the
#: sound went before it is written without that.
LOST_TRIES = 10


def sound_problem_at_start(
    settings: Any, instance: Any, system: AudioSystem, plan_id: int | None
) -> str | None:
    """What the start form says of the sound (``audio_watch.start_problem``), from the
    outputs there now and the choice the session will play by (``chosen_device``)."""
    outputs = list_outputs(instance, system)
    remember_names(settings, outputs)
    chosen = chosen_device(settings, plan_id)
    name = remembered_names(settings).get(chosen or "", "")
    return start_problem(system, outputs, chosen, name)


def watch_session_audio(
    runner: LiveRunner,
    output: VlcOutput,
    instance: Any,
    system: AudioSystem,
    chosen: str | None,
    every_ms: int = 1000,
    names: dict[str, str] | None = None,
) -> AudioWatch:
    """``names``: the outputs' human names known from before (``remembered_names``)."""
    watch = AudioWatch(
        instance,
        system,
        chosen,
        output.set_audio_device,
        every_ms,
        runner,
        names=names,
        reopen=lambda: output.reopen_audio(system.value),
    )
    output.set_audio_device(watch.playing_device())
    watch.notice.connect(runner.session.tell)

    def log(state: str, now: str | None) -> None:
        device = watch.chosen
        runner.session.record(
            EventKind.AUDIO_OUTPUT,
            {
                "state": state,
                "device": device,
                "name": watch.name_of(device) if device else None,
                "now": now or None,
            },
        )

    def sounding_on() -> str | None:
        # where PulseAudio moved the cue's sound (a player fading out may lag behind)
        devices = [d for d in output.audio_devices(sounding_only=True) if d]
        return devices[-1] if devices else None

    lost_pending: list[str] = []  # the output gone, until its record is written

    def log_lost(gone: str, tries: int = LOST_TRIES) -> None:
        """PulseAudio moves the sound away as the chosen output goes; libVLC tells where a
        moment later. The record waits for that (LOST_TRIES x 100 ms at most)."""
        if lost_pending[-1:] != [gone]:
            return  # written already (the output came back first)
        now = sounding_on()
        if now == gone and tries > 0:
            QTimer.singleShot(100, runner, lambda: log_lost(gone, tries - 1))
            return
        lost_pending.clear()
        log("lost", None if now == gone else now)

    def log_back(device: str) -> None:
        if lost_pending:  # back before libVLC said where the sound had gone
            lost_pending.clear()
            log("lost", None)
        # the sound was just sent to the chosen output (libVLC reads back the old one
        # until PulseAudio has moved it, so it is not asked)
        log("back", device)

    def on_lost(device: str) -> None:
        lost_pending[:] = [device]
        log_lost(device)

    watch.lost.connect(on_lost)
    watch.returned.connect(log_back)
    watch.server_lost.connect(lambda: log("server_lost", None))
    watch.server_back.connect(lambda device: log("server_back", device))

    def show_where(*_: object) -> None:
        """The session's snapshot says where the sound goes ("": the system's default)."""
        device = None if watch.server_gone else watch.playing_device()
        found = find_output(watch.outputs, device) if device else None
        runner.session.set_sound_output(found.name if found is not None else "")

    for said in (watch.lost, watch.returned, watch.server_lost, watch.server_back):
        said.connect(show_where)
    show_where()
    runner.ended.connect(lambda _sid: watch.stop())
    output.shutting_down.connect(watch.stop)  # the console closed, the session left open
    problem = watch.problem()
    if problem is not None:  # once the console listens
        QTimer.singleShot(0, runner, lambda: runner.session.tell(problem))
    return watch
