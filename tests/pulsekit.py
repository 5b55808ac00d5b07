"""A real PulseAudio server for tests: started as the test user with a private runtime
folder and two null sinks (``hdmi`` "HDMI", ``speakers`` "Speakers"), recorded from their
monitors with ``parec``, and stopped by the process id it was started with.

Works as root with no sound card (CI): PulseAudio warns that it is not meant to run as
root and runs. ``PULSE_SERVER`` points libVLC (through libpulse) and ``pactl`` at it.
"""

from __future__ import annotations

import array
import os
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tearconsole.live.audio import watch_session_audio
from tearconsole.live.runner import LiveRunner
from tearconsole.playback.audio_system import AudioSystem
from tearconsole.playback.audio_watch import AudioWatch
from tearconsole.playback.engine import VlcOutput
from tearconsole.storage.db import Database
from tests.live_plans import Step, live_runner, make_plan

SINKS = {"hdmi": "HDMI", "speakers": "Speakers"}
RATE = 44100
HEARD = 0.02  # the test tone (tests.media) peaks at about 0.06 of full scale
SILENT = 0.001


def _sink_module(name: str, description: str) -> str:
    return f"module-null-sink sink_name={name} sink_properties=device.description={description}"


class PulseServer:
    def __init__(self, folder: Path) -> None:
        for tool in ("pulseaudio", "pactl", "parec"):
            if shutil.which(tool) is None:
                pytest.fail(f"{tool} is needed; run scripts/test to install pulseaudio-utils")
        self.runtime = folder / "runtime"
        self.runtime.mkdir(mode=0o700, parents=True)
        home = folder / "home"
        home.mkdir()
        self.socket = self.runtime / "native"
        self.server = f"unix:{self.socket}"
        self._env = {**os.environ, "XDG_RUNTIME_DIR": str(self.runtime), "HOME": str(home)}
        self._env.pop("PULSE_SERVER", None)
        self._start()

    def _start(self, wait: bool = True) -> None:
        command = ["pulseaudio", "--daemonize=no", "--exit-idle-time=-1", "-n"]
        command += ["--use-pid-file=no", "--disallow-exit", "--log-target=stderr"]
        command += [f"--load={_sink_module(n, d)}" for n, d in SINKS.items()]
        command += [f"--load=module-native-protocol-unix auth-anonymous=1 socket={self.socket}"]
        self.process = subprocess.Popen(
            command, env=self._env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 15
        while wait and not self._answers():
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                pytest.fail("PulseAudio did not start (is pulseaudio installed?)")
            time.sleep(0.05)

    def kill(self) -> None:
        """Kill the server as a crash would (SIGKILL): its socket file stays behind."""
        self.process.kill()
        self.process.wait()

    def restart(self, wait: bool = True) -> None:
        """Start the server again, as the desktop does after a crash (same sinks);
        ``wait``: until it answers (else return at once, for timing its return)."""
        assert self.process.poll() is not None, "kill it first"
        self._start(wait)

    def _answers(self) -> bool:
        if not self.socket.exists():
            return False
        return self.pactl_run("info").returncode == 0

    def pactl_run(self, *args: str) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "PULSE_SERVER": self.server}
        return subprocess.run(["pactl", *args], env=env, capture_output=True, text=True)

    def pactl(self, *args: str) -> str:
        result = self.pactl_run(*args)
        assert result.returncode == 0, result.stderr
        return result.stdout

    def module_of(self, sink: str) -> str | None:
        for line in self.pactl("list", "short", "modules").splitlines():
            fields = line.split("\t")
            if len(fields) > 2 and f"sink_name={sink} " in fields[2] + " ":
                return fields[0]
        return None

    def input_sinks(self) -> list[str]:
        """The sink each stream plays to now (``pactl list short sink-inputs``), by name."""
        sinks = {}
        for line in self.pactl("list", "short", "sinks").splitlines():
            fields = line.split("\t")
            sinks[fields[0]] = fields[1]
        return [
            sinks.get(line.split("\t")[1], "?")
            for line in self.pactl("list", "short", "sink-inputs").splitlines()
        ]

    def unplug(self, sink: str) -> None:
        module = self.module_of(sink)
        assert module is not None
        self.pactl("unload-module", module)

    def plug(self, sink: str) -> None:
        self.pactl("load-module", *_sink_module(sink, SINKS[sink]).split(" "))

    @contextmanager
    def recording(self, sink: str, target: Path) -> Iterator[Path]:
        """What ``sink`` plays, as raw 16-bit stereo samples in ``target``."""
        env = {**os.environ, "PULSE_SERVER": self.server}
        command = ["parec", "-d", f"{sink}.monitor", "--raw", "--format=s16le"]
        command += ["--channels=2", f"--rate={RATE}"]
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
        )
        assert process.stdout is not None
        with target.open("wb") as out:
            # A monitor streams (silence too) once it records: the first bytes mean the
            # recording is running, so nothing played after this point can be missed.
            out.write(os.read(process.stdout.fileno(), 65536))
            copier = threading.Thread(target=shutil.copyfileobj, args=(process.stdout, out))
            copier.start()
            try:
                yield target
            finally:
                process.terminate()
                process.wait(timeout=10)
                copier.join(timeout=10)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def peak(recorded: Path) -> float:
    """The loudest sample in a recording, 0..1 of full scale (0 for none)."""
    data = array.array("h", recorded.read_bytes()[: (recorded.stat().st_size // 2) * 2])
    return max((abs(x) for x in data), default=0) / 32768.0


def seconds(recorded: Path) -> float:
    return recorded.stat().st_size / (RATE * 4)


def heard_only_on(
    qtbot: QtBot, server: PulseServer, sink: str, other: str, folder: Path, name: str
) -> None:
    """``sink`` plays the test tone now (a second of it recorded), ``other`` stays silent."""
    here, there = folder / f"{name}-{sink}.raw", folder / f"{name}-{other}.raw"
    with server.recording(sink, here), server.recording(other, there):
        qtbot.waitUntil(lambda: seconds(here) > 1.0 and peak(here) > HEARD, timeout=10_000)
    assert peak(there) < SILENT


@dataclass
class WatchedSession:
    runner: LiveRunner
    output: VlcOutput
    watch: AudioWatch
    notices: list[str]  # the console's notice line, in order


@contextmanager
def watched_session(
    db: Database,
    instance: Any,
    plan: str,
    steps: list[Step],
    chosen: str | None,
    names: dict[str, str] | None = None,
) -> Iterator[WatchedSession]:
    """A live session of ``steps`` on the engine, its sound watched through PulseAudio
    (looked at every 100 ms), sent to ``chosen``; not started. Closed afterwards."""
    output = VlcOutput(instance)
    runner = live_runner(db, make_plan(db, plan, steps), output)
    notices: list[str] = []
    runner.notice.connect(notices.append)
    watch = watch_session_audio(
        runner, output, instance, AudioSystem.PULSE, chosen, 100, names=names
    )
    try:
        yield WatchedSession(runner, output, watch, notices)
    finally:
        watch.stop()
        runner.close()
        output.shutdown()
