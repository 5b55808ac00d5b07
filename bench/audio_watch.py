"""What the sound output watch costs on the GUI thread, through a real PulseAudio.

    .venv/bin/python bench/audio_watch.py [--calls 2000]

Starts its own PulseAudio with two null sinks (tests/pulsekit.py), makes a libVLC
instance on it, and times ``AudioWatch.check`` (libVLC's list of outputs, compared with
the last one): once a second during a session, the same at any hour. Also times
``list_outputs`` (a short-lived player of its own: what the Live page and the Room check
pay when they open) and the room check's whole command.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication  # noqa: E402

from benchkit import machine  # noqa: E402
from tearconsole.playback.audio_outputs import list_outputs  # noqa: E402
from tearconsole.playback.audio_system import AudioSystem  # noqa: E402
from tearconsole.playback.audio_watch import AudioWatch  # noqa: E402
from tearconsole.playback.vlcenv import make_instance  # noqa: E402
from tests.pulsekit import PulseServer  # noqa: E402


def timed_ms(func: object, calls: int) -> list[float]:
    out = []
    for _ in range(calls):
        start = time.perf_counter()
        func()  # type: ignore[operator]
        out.append((time.perf_counter() - start) * 1000)
    return sorted(out)


def row(name: str, samples: list[float]) -> str:
    p99 = samples[min(len(samples) - 1, int(len(samples) * 0.99))]
    return f"| {name} | {statistics.median(samples):.3f} ms | {p99:.3f} ms | {samples[-1]:.3f} ms |"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=2000)
    args = parser.parse_args()
    QCoreApplication([])
    with tempfile.TemporaryDirectory() as temp:
        pulse = PulseServer(Path(temp) / "pulse")
        os.environ["PULSE_SERVER"] = pulse.server
        try:
            instance = make_instance(extra=["--aout=pulse", "--vout=dummy"])
            watch = AudioWatch(instance, AudioSystem.PULSE, "hdmi")
            checks = timed_ms(watch.check, args.calls)
            lists = timed_ms(lambda: list_outputs(instance, AudioSystem.PULSE), args.calls // 10)
            watch.stop()
            instance.release()
            env = {**os.environ, "TEARCONSOLE_VLC_OPTIONS": ""}
            data = Path(temp) / "data"
            command = [sys.executable, "-m", "tearconsole", "--data-dir", str(data)]
            runs = []
            for _ in range(3):
                start = time.perf_counter()
                subprocess.run([*command, "room", "check"], env=env, capture_output=True)
                runs.append((time.perf_counter() - start) * 1000)
        finally:
            pulse.stop()
    print(machine())
    print("| | p50 | p99 | max |\n|---|---|---|---|")
    print(row(f"`AudioWatch.check` ({args.calls} calls)", checks))
    print(row(f"`list_outputs` ({args.calls // 10} calls)", lists))
    print(row("`tearconsole room check` (3 runs, with the 2 s tone)", sorted(runs)))


if __name__ == "__main__":
    main()
