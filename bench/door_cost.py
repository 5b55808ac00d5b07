"""What one action through the session's door costs the GUI thread, with the real console
drawing every snapshot (offscreen Qt, libVLC with dummy outputs, the event log in SQLite).

A phone's Hold is carried out ``--presses`` times, 50 ms apart: ``LiveSession.perform``
(the conductor, the write-ahead record, the snapshot published to the console, the room's
window and the remote) timed on its own, then the redraw that follows (``processEvents``).

    .venv/bin/python bench/door_cost.py --presses 200
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
sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--presses", type=int, default=200)
    args = parser.parse_args()

    from benchkit import machine, settle
    from eventlog import percentile
    from remotekit import open_console
    from tearconsole.core.conductor import Action
    from tearconsole.ui.app import make_application

    app = make_application()
    with tempfile.TemporaryDirectory() as temp:
        bench = open_console(Path(temp), time.monotonic)
        session = bench.console.runner.session
        settle(app, 0.5)
        door: list[float] = []
        redraw: list[float] = []
        for _ in range(args.presses):
            began = time.perf_counter()
            assert session.perform(Action.HOLD, source="Phone").done
            done = time.perf_counter()
            app.processEvents()
            door.append((done - began) * 1000)
            redraw.append((time.perf_counter() - done) * 1000)
            settle(app, 0.05)
        bench.close()
    print(f"machine: {machine()}")
    for name, values in (("perform(HOLD)", door), ("the redraw after it", redraw)):
        print(
            f"{name}: {len(values)} presses, p50 {percentile(values, 0.5):.2f} ms,"
            f" p99 {percentile(values, 0.99):.2f} ms, max {max(values):.2f} ms"
        )


if __name__ == "__main__":
    main()
