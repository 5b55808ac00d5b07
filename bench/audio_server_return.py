"""How soon sound comes back after the audio server restarts, through a real PulseAudio.

    .venv/bin/python bench/audio_server_return.py [--rounds 10]

Starts its own PulseAudio with two null sinks (tests/pulsekit.py), plays a long tone
through the engine (``VlcOutput``) on ``hdmi`` with the session's sound watch
(``AudioWatch``, as ``live.audio.watch_session_audio`` makes it), then, each round, kills
the server with SIGKILL and starts it again. It times, on one clock: from the kill to the
watch saying the server stopped; from the moment the new server first accepts on its
socket to the watch saying it is back (the engine's outputs opened anew), and to the
tone's stream existing on ``hdmi`` again (``pactl list sink-inputs``, asked every few ms).
Target (issue 24): sound back on the chosen output within a second of the server's return.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication  # noqa: E402

from benchkit import machine  # noqa: E402
from tearconsole.core.ports import Layer, MediaRequest  # noqa: E402
from tearconsole.playback.audio_system import AudioSystem  # noqa: E402
from tearconsole.playback.audio_watch import AudioWatch  # noqa: E402
from tearconsole.playback.engine import VlcOutput  # noqa: E402
from tearconsole.playback.pulse_watch import server_answers  # noqa: E402
from tearconsole.playback.vlcenv import make_instance  # noqa: E402
from tests.media import MediaFactory  # noqa: E402
from tests.pulsekit import PulseServer  # noqa: E402

LIMIT_S = 10.0


def until(app: QCoreApplication, done: object) -> float:
    """Run Qt's events until ``done()``; the moment it first held (time.monotonic)."""
    deadline = time.monotonic() + LIMIT_S
    while not done():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise SystemExit("gave up waiting: the sound did not come back")
        app.processEvents()
        time.sleep(0.002)
    return time.monotonic()


def row(name: str, samples: list[float]) -> str:
    samples = sorted(samples)
    return f"| {name} | {statistics.median(samples):.0f} ms | {samples[-1]:.0f} ms |"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    app = QCoreApplication([])
    said_gone: list[float] = []
    said_back: list[float] = []
    heard: list[float] = []
    with tempfile.TemporaryDirectory() as temp:
        pulse = PulseServer(Path(temp) / "pulse")
        os.environ["PULSE_SERVER"] = pulse.server
        tone = MediaFactory(Path(temp)).tone("bench-tone.wav", 600)
        instance = make_instance(extra=["--aout=pulse", "--vout=dummy", "--file-caching=0"])
        output = VlcOutput(instance)
        watch = AudioWatch(
            instance, AudioSystem.PULSE, "hdmi", output.set_audio_device, 100,
            reopen=lambda: output.reopen_audio("pulse"),
        )  # fmt: skip
        output.set_audio_device("hdmi")
        output.start(Layer.MAIN, MediaRequest(1, str(tone)), 0.0)
        try:
            until(app, lambda: pulse.input_sinks() == ["hdmi"])
            for _ in range(args.rounds):
                killed = time.monotonic()
                pulse.kill()
                said_gone.append(until(app, lambda: watch.server_gone) - killed)
                pulse.restart(wait=False)
                accepted = until(app, lambda: server_answers(pulse.socket))
                said_back.append(until(app, lambda: not watch.server_gone) - accepted)
                heard.append(until(app, lambda: _on_hdmi(pulse)) - accepted)
        finally:
            watch.stop()
            output.shutdown()
            instance.release()
            pulse.stop()
    print(machine())
    print("| | p50 | max |\n|---|---|---|")
    print(row(f"kill -9 → the console says the server stopped ({args.rounds} rounds)",
              [s * 1000 for s in said_gone]))  # fmt: skip
    print(row("server accepts again → the console says it is back, outputs reopened",
              [s * 1000 for s in said_back]))  # fmt: skip
    print(row("server accepts again → the tone's stream on hdmi again",
              [s * 1000 for s in heard]))  # fmt: skip


def _on_hdmi(pulse: PulseServer) -> bool:
    try:
        return pulse.input_sinks() == ["hdmi"]
    except AssertionError:  # pactl: the server is still starting
        return False


if __name__ == "__main__":
    main()
