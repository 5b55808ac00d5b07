"""The sound output of a running session: chosen before, watched during.

``watch_session_audio`` sends the engine's sound to the chosen output, tells the
facilitator (the console's notice line) when there is none or it goes and comes back,
and writes each of those moments to the session's event log. The room sees nothing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer

from tearconsole.core.kinds import EventKind
from tearconsole.live.runner import LiveRunner
from tearconsole.playback.audio_outputs import find_output
from tearconsole.playback.audio_system import AudioSystem
from tearconsole.playback.audio_watch import AudioWatch
from tearconsole.playback.engine import VlcOutput


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
        instance, system, chosen, output.set_audio_device, every_ms, runner, names=names
    )
    output.set_audio_device(chosen)
    watch.notice.connect(runner.session.tell)

    def log(state: str, device: str) -> None:
        found = find_output(watch.outputs, device)
        playing_on = output.audio_devices()
        runner.session.record(
            EventKind.AUDIO_OUTPUT,
            {
                "state": state,
                "device": device or None,
                "name": found.name if found else None,
                "now": playing_on[0] if playing_on else None,
            },
        )

    watch.lost.connect(lambda device: log("lost", device))
    watch.returned.connect(lambda device: log("back", device))
    runner.ended.connect(lambda _sid: watch.stop())
    problem = watch.problem()
    if problem is not None:  # once the console listens
        QTimer.singleShot(0, runner, lambda: runner.session.tell(problem))
    return watch
