"""The live console the phone remote's benchmarks measure against (not part of the app):
the real Live page and console over a plan whose first cue is a long card waiting for
GO, the remote on 127.0.0.1, and every hold the session's door carries out timed."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tearconsole.core.checkin import StartInfo
from tearconsole.core.conductor import Action, Outcome
from tearconsole.paths import AppPaths
from tearconsole.remote.pairing import Pairing, Role
from tearconsole.storage.db import Database
from tearconsole.ui.live.console import LiveConsole
from tearconsole.ui.live.page import LivePage
from tearconsole.ui.remote.control import RemoteControl
from tests.live_plans import Step, make_plan


@dataclass
class BenchConsole:
    db: Database
    page: LivePage
    console: LiveConsole
    remote: RemoteControl
    acted: list[float] = field(default_factory=list)  # when each hold was done, by ``clock``

    def close(self) -> None:
        self.page.shutdown()
        self.db.close()


def open_console(folder: Path, clock: Callable[[], float]) -> BenchConsole:
    paths = AppPaths.resolve(folder / "data").ensure()
    db = Database.open(paths)
    steps = [Step("card", seconds=3600, cue={"continue_mode": "go"}), Step("card")]
    plan = make_plan(db, "Bench", steps)
    page = LivePage(db, ask_start=lambda *_: StartInfo())
    page.resize(1280, 800)
    page.show()
    console = page.open_plan(plan)
    assert console is not None
    conductor = console.runner.conductor
    acted: list[float] = []
    original = conductor.perform

    def timed_perform(action: Action, *args: Any, **kwargs: Any) -> Outcome:
        outcome = original(action, *args, **kwargs)
        if action is Action.HOLD and outcome.done:
            acted.append(clock())
        return outcome

    conductor.perform = timed_perform  # type: ignore[method-assign]
    remote = page.start_remote("127.0.0.1")
    return BenchConsole(db, page, console, remote, acted)


class GuiProbe:
    """The GUI thread's stalls (a ``PreciseTimer`` every ``every_ms``: the gaps between
    its ticks) and Python's garbage collections, from ``start`` to ``stop``."""

    def __init__(self, every_ms: int = 5) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.every_ms = every_ms
        self.gaps: list[float] = []
        self.long_gaps: list[tuple[float, float]] = []  # (s into the run, gap in ms)
        self.collections: list[tuple[float, int, float]] = []  # (s into the run, gen, ms)
        self.began = self._last = self._gc_start = 0.0
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(every_ms)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        gc.callbacks.append(self._gc_watch)
        self.began = self._last = time.monotonic()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.callbacks.remove(self._gc_watch)

    @property
    def stall_ms(self) -> float:
        return max(self.gaps) - self.every_ms

    def slow_collections(self, over_ms: float = 10) -> list[str]:
        """``s into the run:generation:ms`` of each collection over ``over_ms``."""
        return [f"{t:.2f}:gen{g}:{ms:.0f}" for t, g, ms in self.collections if ms > over_ms]

    def worst(self, count: int = 8) -> str:
        worst = sorted(self.long_gaps, key=lambda g: -g[1])[:count]
        return ", ".join(f"{t:.2f}:{g:.0f}" for t, g in worst)

    def _tick(self) -> None:
        now = time.monotonic()
        self.gaps.append((now - self._last) * 1000)
        if self.gaps[-1] > 3 * self.every_ms:
            self.long_gaps.append((now - self.began, self.gaps[-1]))
        self._last = now

    def _gc_watch(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._gc_start = time.monotonic()
        else:
            took = (time.monotonic() - self._gc_start) * 1000
            self.collections.append((self._gc_start - self.began, info["generation"], took))


#: The floor probe's own process: 5 ms sleeps, the gaps between them, until stdin closes.
_FLOOR = """
import sys, threading, time, json
done = threading.Event()
threading.Thread(target=lambda: (sys.stdin.read(), done.set()), daemon=True).start()
gaps, last = [], time.monotonic()
while not done.is_set():
    time.sleep(%f)
    now = time.monotonic()
    gaps.append((now - last) * 1000)
    last = now
print(json.dumps(gaps))
"""


class FloorProbe:
    """The machine's own jitter, beside ``GuiProbe``: a process of its own (no Qt, no
    share of the console's Python lock) sleeping ``every_ms`` at a time. A virtual
    machine's stolen time shows here as well as in the console's gaps; what the console
    adds does not."""

    def __init__(self, every_ms: int = 5) -> None:
        self.every_ms = every_ms
        self.gaps: list[float] = []
        self._child: subprocess.Popen[str] | None = None

    def start(self) -> None:
        code = _FLOOR % (self.every_ms / 1000)
        self._child = subprocess.Popen(
            [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )

    def stop(self) -> None:
        assert self._child is not None
        out, _ = self._child.communicate("", timeout=30)
        self.gaps = json.loads(out)

    @property
    def stall_ms(self) -> float:
        return max(self.gaps) - self.every_ms

    def late(self, over_ms: float = 16) -> int:
        return sum(1 for gap in self.gaps if gap - self.every_ms > over_ms)


def answer_for_codes(
    child: subprocess.Popen[str], pairing: Pairing, lines: list[dict[str, Any]]
) -> None:
    """On a thread: give the devices' process a pairing code for each ``code_for`` it
    asks (in its role), and keep every other line it prints in ``lines``."""

    def listen() -> None:
        assert child.stdin is not None and child.stdout is not None
        for line in child.stdout:
            said = json.loads(line)
            if "code_for" in said:
                pairing.next_role = Role(said["code_for"])
                child.stdin.write(pairing.new_code() + "\n")
                child.stdin.flush()
            else:
                lines.append(said)

    threading.Thread(target=listen, daemon=True).start()


@dataclass
class Devices:
    """A bench's devices (its own ``script --devices ...`` process, so that their work
    takes neither the console's CPU nor its Python lock): started and ready, pairing
    codes answered as it asks, everything else it prints kept in ``lines``."""

    child: subprocess.Popen[str]
    lines: list[dict[str, Any]]

    @classmethod
    def start(
        cls, app: Any, script: str, seconds: float, extra: list[str], calm: bool, pairing: Pairing
    ) -> Devices:
        from benchkit import wait_until  # (bench/ is on the path of the scripts using this)

        child = subprocess.Popen(
            [sys.executable, script, "--seconds", str(seconds), "--devices", *extra]
            + (["--calm"] if calm else []),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        lines: list[dict[str, Any]] = []
        answer_for_codes(child, pairing, lines)
        wait_until(app, lambda: bool(lines), timeout_s=60)  # their first line: ready
        return cls(child, lines)

    def run(self, seconds: float) -> dict[str, Any]:
        """Tell them to go, run Qt's own event loop (as the app) until they report, and
        return their report."""
        from benchkit import run_until

        assert self.child.stdin is not None
        self.child.stdin.write("go\n")
        self.child.stdin.flush()
        run_until(lambda: len(self.lines) > 1, timeout_s=seconds + 60)
        return self.lines[1]
