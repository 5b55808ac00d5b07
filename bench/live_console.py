"""What the live console costs the GUI thread while a session plays.

The same plan of real media as ``event_loop_stall.py`` (films, music, a bed under a
story, cards, pauses), run through the real Live page and console (conductor, libVLC
with dummy outputs, event log in SQLite) in rehearsal mode at x4, so that the
rehearsed-against-planned table is kept up to date too. GO is given by the console's
own key handler whenever a cue stands by. Reports the console's redraw (``refresh``: the
conductor's view, the record re-read when the cues move, every widget) p50/p99/max, and
the event loop's longest stalls with the console on screen (a 5 ms precise probe).
Target: redraws well under a frame; no stall over 16 ms.

    .venv/bin/python bench/live_console.py --seconds 40
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TEARCONSOLE_VLC_OPTIONS", "--aout=dummy")

from PySide6.QtCore import QTimer  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent))
from event_loop_stall import bench_plan, probe_loop  # noqa: E402
from eventlog import machine, percentile  # noqa: E402
from tearconsole.core.checkin import StartInfo  # noqa: E402
from tearconsole.core.conductor.view import LiveState  # noqa: E402
from tearconsole.paths import AppPaths  # noqa: E402
from tearconsole.storage.db import Database  # noqa: E402
from tearconsole.ui.app import make_application  # noqa: E402
from tearconsole.ui.live.binding import RunnerDriver  # noqa: E402
from tearconsole.ui.live.keys import Action  # noqa: E402
from tearconsole.ui.live.page import LivePage  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=40.0)
    args = parser.parse_args()
    app = make_application()
    with tempfile.TemporaryDirectory() as temp:
        paths = AppPaths.resolve(Path(temp) / "data").ensure()
        db = Database.open(paths)
        plan = bench_plan(db, Path(temp), rounds=3)
        page = LivePage(db, ask_start=lambda *_: StartInfo())
        page.resize(1280, 800)
        page.show()
        console = page.open_plan(plan, rehearsal=True)
        assert console is not None
        driver = console.driver
        assert isinstance(driver, RunnerDriver)
        driver.set_speed(4.0)
        conductor = driver.runner.conductor

        redraws: list[float] = []
        original = console.refresh

        def timed_refresh() -> None:
            start = time.perf_counter()
            original()
            redraws.append((time.perf_counter() - start) * 1000)

        console._timer.timeout.disconnect()
        console._timer.timeout.connect(timed_refresh)

        def pilot() -> None:
            idle = conductor.state in (LiveState.READY, LiveState.STOPPED)
            if idle and conductor.standing_by is not None and conductor.go_wait_s() == 0:
                console.handle(Action.GO)

        autopilot = QTimer()
        autopilot.setInterval(50)
        autopilot.timeout.connect(pilot)
        autopilot.start()
        stalls, probe = probe_loop(app, args.seconds)
        app.exec()
        probe.stop()
        autopilot.stop()
        page.shutdown()
        db.close()

    stalls.sort()
    print(machine())
    print(f"{len(redraws)} redraws over {args.seconds:g} s, rehearsal at x4")
    print(
        f"redraw ms: p50 {percentile(redraws, 0.5):.2f}  p99 {percentile(redraws, 0.99):.2f}"
        f"  max {max(redraws):.2f}"
    )
    print(
        f"loop stall ms: max {stalls[-1]:.1f}  p99 {percentile(stalls, 0.99):.1f}"
        f"  over 16 ms: {sum(1 for s in stalls if s > 16)} of {len(stalls)}"
    )


if __name__ == "__main__":
    main()
