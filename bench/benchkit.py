"""Small helpers shared by the playback benchmarks (not part of the app)."""

from __future__ import annotations

import os
import platform
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication


def machine() -> str:
    model = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    return f"{os.cpu_count()} cores (nproc), {model}, Python {platform.python_version()}"


def make_tone(folder: Path, name: str, seconds: int = 6, freq: int = 440) -> Path:
    """A stereo sine (ffmpeg's default level) or, for .mp4, a test film with it."""
    target = folder / name
    tone = ["-f", "lavfi", "-i", f"sine=frequency={freq}:duration={seconds}"]
    if target.suffix == ".mp4":
        video = ["-f", "lavfi", "-i", "testsrc=size=320x240:rate=25", "-pix_fmt", "yuv420p"]
        extra = video + ["-t", str(seconds), "-shortest"]
    else:
        extra = ["-ac", "2"]
    subprocess.run(["ffmpeg", "-v", "error", "-y", *tone, *extra, str(target)], check=True)
    return target


def wait_until(app: QCoreApplication, condition: Callable[[], bool], timeout_s: float = 5) -> None:
    """Run Qt's event loop until ``condition`` holds (benchmarks may poll; tests do not)."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("libVLC did not get there in time")
        app.processEvents()
        time.sleep(0.001)


def run_until(condition: Callable[[], bool], timeout_s: float, check_ms: int = 50) -> None:
    """Run Qt's own event loop (as the app does: ``exec``, waiting in the system until the
    next event or timer) until ``condition`` holds, looked at every ``check_ms``. For
    measuring the GUI thread's stalls: ``wait_until``'s sleeps would be counted in them."""
    from PySide6.QtCore import QEventLoop, QTimer

    if condition():
        return
    loop = QEventLoop()
    deadline = time.monotonic() + timeout_s
    late: list[bool] = []

    def check() -> None:
        if condition():
            loop.quit()
        elif time.monotonic() > deadline:
            late.append(True)
            loop.quit()

    timer = QTimer()
    timer.setInterval(check_ms)
    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    if late:
        raise TimeoutError(f"not there in {timeout_s:.0f} s")


def settle(app: QCoreApplication, seconds: float) -> None:
    """Keep Qt's event loop running for ``seconds``."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.002)
