"""What the live console costs the GUI thread, and whether it grows as a session goes on.

The plan of real media of ``event_loop_stall.py`` (a card, films, music, a bed under a
story, pauses), run through the real Live page and console (conductor, libVLC with
dummy outputs, event log in SQLite), in rehearsal mode so that the
rehearsed-against-planned table is kept up to date too (the console's heaviest mode).

For each session length in ``--minutes``, a fresh session first logs that many minutes
of events through its real event log, as a session that long would have (a checkpoint a
second, a note now and then), then plays on at x1 for ``--seconds``: GO by the console's
own key handler whenever a cue stands by, and the facilitator softening and restoring
every 4 s so a fade (3 s, 20 ms steps on the GUI thread) is nearly always running.
Reports per length the console's redraw (``refresh``) p50/p99/max, the event loop's
longest and p99 stall (a 5 ms precise probe), and the conductor's and the engine's own
ticks (p99/max): the stall counts the machine's own noise too (compare
``event_loop_stall.py --baseline``), the redraw, the ticks and the keys (GO, soften,
restore: from the key to the redraw after it) are our code alone.
Target: no stall over 16 ms at any length.

    .venv/bin/python bench/live_console.py --seconds 20 --minutes 0,30,60,120,180
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TEARCONSOLE_VLC_OPTIONS", "--aout=dummy")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent))
from event_loop_stall import bench_plan, probe_loop  # noqa: E402
from eventlog import machine, percentile  # noqa: E402
from tearconsole.core.checkin import StartInfo  # noqa: E402
from tearconsole.core.conductor.log import LoggedEvent, Snapshot  # noqa: E402
from tearconsole.core.conductor.table import Action  # noqa: E402
from tearconsole.core.conductor.view import Mode  # noqa: E402
from tearconsole.core.kinds import EventKind  # noqa: E402
from tearconsole.live.session import LiveSession  # noqa: E402
from tearconsole.paths import AppPaths  # noqa: E402
from tearconsole.storage.db import Database  # noqa: E402
from tearconsole.ui.app import make_application  # noqa: E402
from tearconsole.ui.live.page import LivePage  # noqa: E402

SOFTEN_EVERY_MS = 4000
SETTLE_MS = 500  # after opening the console, before probing


def log_history(session: LiveSession, minutes: float) -> int:
    """``minutes`` of a session's events, written through its real event log (and its
    record, as the session's own sink does)."""
    snap = Snapshot(main=1, main_s=0.0, standby=2, bed=None)
    count = int(minutes * 60)
    for i in range(count):
        kind = EventKind.NOTE if i % 300 == 299 else EventKind.CHECKPOINT
        detail = {"text": "a note"} if kind is EventKind.NOTE else {}
        event = LoggedEvent(kind, -minutes * 60 + i, 1, float(i % 60), snap, detail=detail)
        session._sink.record(event)
    return count


def timed(timer: QTimer, work: Callable[[], None], into: list[float]) -> None:
    """Run ``timer``'s work timed (ms into ``into``): what our own code costs a turn."""

    def run() -> None:
        start = time.perf_counter()
        work()
        into.append((time.perf_counter() - start) * 1000)

    timer.timeout.disconnect()
    timer.timeout.connect(run)


def _timed_call(work: Callable[[object], None], arg: object, into: list[float]) -> None:
    start = time.perf_counter()
    work(arg)
    into.append((time.perf_counter() - start) * 1000)


def one_length(app: object, page: LivePage, plan: int, minutes: float, seconds: float) -> str:
    console = page.open_plan(plan, rehearsal=True)
    assert console is not None
    runner = console.runner
    logged = log_history(console.session, minutes)
    conductor = runner.conductor
    # The console's first paint when it opens (~23 ms here, once, before any GO) is not
    # part of a session playing: let it happen before the probe starts.
    settle = QEventLoop()
    QTimer.singleShot(SETTLE_MS, settle.quit)
    settle.exec()

    redraws: list[float] = []
    ticks: list[float] = []  # the conductor's 20 ms tick and the engine's fade tick
    runner.published.disconnect(console._draw)  # each published snapshot, drawn, timed
    runner.published.connect(lambda snapshot: _timed_call(console._draw, snapshot, redraws))
    timed(runner._timer, runner._tick, ticks)
    timed(runner.output._timer, runner.output._tick, ticks)  # type: ignore[attr-defined]

    keys: list[float] = []  # GO, soften and restore, from the key to the redraw after it

    def press(action: Action) -> None:
        start = time.perf_counter()
        console.handle(action)
        keys.append((time.perf_counter() - start) * 1000)

    def pilot() -> None:
        idle = conductor.mode in (Mode.READY, Mode.STOPPED)
        if idle and conductor.standing_by is not None and conductor.go_wait_s() == 0:
            press(Action.GO)

    def soften_or_restore() -> None:
        press(Action.RESTORE if console.state.soften_level else Action.SOFTEN)

    timers = []
    for every_ms, step in ((50, pilot), (SOFTEN_EVERY_MS, soften_or_restore)):
        timer = QTimer()
        timer.setInterval(every_ms)
        timer.timeout.connect(step)
        timer.start()
        timers.append(timer)
    stalls, probe = probe_loop(app, seconds)  # type: ignore[arg-type]
    app.exec()  # type: ignore[attr-defined]
    probe.stop()
    for timer in timers:
        timer.stop()
    page.close_console()
    return (
        f"| {minutes:g} min ({logged:,} events before) | {percentile(redraws, 0.5):.2f} "
        f"| {percentile(redraws, 0.99):.2f} | {max(redraws):.2f} "
        f"| **{max(stalls):.1f}** | {percentile(stalls, 0.99):.1f} "
        f"| {sum(1 for s in stalls if s > 16)} of {len(stalls)} "
        f"| {percentile(ticks, 0.99):.2f} | {max(ticks):.2f} | {max(keys):.1f} ({len(keys)}) |"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=20.0, help="probed per length")
    parser.add_argument("--minutes", default="0,30,60,120,180", help="session lengths")
    args = parser.parse_args()
    app = make_application()
    lines = []
    with tempfile.TemporaryDirectory() as temp:
        paths = AppPaths.resolve(Path(temp) / "data").ensure()
        db = Database.open(paths)
        plan = bench_plan(db, Path(temp), rounds=3)
        page = LivePage(db, ask_start=lambda *_: StartInfo(), ask_end=lambda *_: None)
        page.resize(1366, 768)
        page.show()
        for minutes in (float(m) for m in args.minutes.split(",")):
            lines.append(one_length(app, page, plan, minutes, args.seconds))
            print(lines[-1], flush=True)
        page.shutdown()
        db.close()
    print(machine())
    print(f"{args.seconds:g} s probed per length, rehearsal at x1, soften/restore every 4 s")
    print(
        "| session so far | redraw p50 ms | p99 | max | loop stall max ms | p99 | over 16 ms "
        "| ticks p99 ms | max | keys max ms (n) |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
