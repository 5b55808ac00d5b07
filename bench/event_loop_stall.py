"""The longest stall of the Qt event loop while a session plays, with event logging.

Makes a plan of real media with ffmpeg (films, music, a bed under a story, cards,
pauses; 60 plan seconds a round, repeated) in a fresh data folder, then runs it through the
real engine (libVLC, dummy outputs) on a ``LiveRunner`` with autopilot, logging every
event to SQLite as live. A 5 ms precise QTimer probes the loop: a stall is how much
later than due a probe fired. Also reports the event log's ``record`` times during the
run. Target: no stall over 16 ms (one frame at 60 Hz).

    .venv/bin/python bench/event_loop_stall.py --seconds 60 --speed 4
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TEARCONSOLE_VLC_OPTIONS", "--aout=dummy")

from PySide6.QtCore import QCoreApplication, Qt, QTimer  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent))
from eventlog import machine, percentile  # noqa: E402
from tearconsole.core.conductor.log import LoggedEvent  # noqa: E402
from tearconsole.core.kinds import SessionMode  # noqa: E402
from tearconsole.live.runner import LiveRunner  # noqa: E402
from tearconsole.live.session import LiveSession, RunOptions  # noqa: E402
from tearconsole.paths import AppPaths  # noqa: E402
from tearconsole.playback.engine import VlcOutput  # noqa: E402
from tearconsole.playback.vlcenv import make_instance  # noqa: E402
from tearconsole.storage.db import Database  # noqa: E402
from tearconsole.storage.plans import find_plan, plan_spec  # noqa: E402
from tests.live_plans import Step, make_plan  # noqa: E402
from tests.media import MediaFactory  # noqa: E402

PROBE_MS = 5


def bench_plan(db: Database, folder: Path, rounds: int) -> int:
    media = MediaFactory(folder)
    round_steps = [
        Step("card", seconds=3.0, text="Welcome"),
        Step("film", media.film("film.mp4", 8), seconds=8.0, cue={"fade_in_s": 1.0}),
        Step("music", media.tone("music.ogg", 8), seconds=8.0, cue={"fade_in_s": 2.0}),
        Step("pause", seconds=4.0),
        Step("bed_start", media.tone("bed.wav", 12, freq=220), seconds=12.0),
        Step("story", seconds=12.0, text="A lamp kept a window warm all winter."),
        Step("bed_stop", cue={"fade_out_s": 3.0}),
        Step("music", media.tone("tone.wav", 8, freq=330), seconds=8.0),
        Step("film", media.film("film2.mp4", 7, colour="navy"), seconds=7.0),
    ]
    return make_plan(db, "Bench", round_steps * rounds)


def probe_loop(app: QCoreApplication, seconds: float) -> tuple[list[float], QTimer]:
    """A 5 ms precise timer recording how late each firing was (ms)."""
    stalls: list[float] = []
    last = [time.perf_counter()]

    def probe() -> None:
        now = time.perf_counter()
        stalls.append(max(0.0, (now - last[0]) * 1000 - PROBE_MS))
        last[0] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(PROBE_MS)
    timer.timeout.connect(probe)
    QTimer.singleShot(int(seconds * 1000), app.quit)
    last[0] = time.perf_counter()
    timer.start()
    return stalls, timer


def report_stalls(stalls: list[float]) -> None:
    print(
        f"event loop stall: max {max(stalls):.1f} ms, p99 {percentile(stalls, 0.99):.1f} ms, "
        f"median {statistics.median(stalls):.2f} ms, over 16 ms: {sum(s > 16 for s in stalls)} "
        f"of {len(stalls)} probes"
    )


def baseline(seconds: float) -> None:
    app = QCoreApplication([])
    stalls, _timer = probe_loop(app, seconds)
    app.exec()
    print(f"machine: {machine()}")
    print(f"idle event loop for {seconds:g} s (no session): the machine's own noise")
    report_stalls(stalls)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--speed", type=float, default=4.0)
    parser.add_argument(
        "--baseline", action="store_true", help="probe an idle event loop (machine noise)"
    )
    args = parser.parse_args()
    if args.baseline:
        baseline(args.seconds)
        return
    app = QCoreApplication([])
    instance = make_instance(headless=True, extra=["--file-caching=0"])
    with tempfile.TemporaryDirectory() as folder:
        paths = AppPaths.resolve(Path(folder) / "data").ensure()
        db = Database.open(paths, write=True)
        media_dir = Path(folder) / "media"
        media_dir.mkdir()
        plan_id = bench_plan(db, media_dir, rounds=int(args.seconds * args.speed / 60) + 1)
        with db.session() as session:
            plan = plan_spec(find_plan(session, plan_id))
        plan_name = plan.name
        output = VlcOutput(instance)
        options = RunOptions(SessionMode.REHEARSAL, args.speed, True)
        runner = LiveRunner(LiveSession(db, plan, output, options))

        record_ms: list[float] = []
        real_record = runner.events.record

        def timed_record(event: LoggedEvent) -> None:
            started = time.perf_counter()
            real_record(event)
            record_ms.append((time.perf_counter() - started) * 1000)

        runner.events.record = timed_record  # type: ignore[method-assign]
        runner.ended.connect(lambda _sid: app.quit())
        runner.start()
        stalls, timer = probe_loop(app, args.seconds)
        app.exec()
        timer.stop()
        state = runner.conductor.view()
        runner.close()
        output.shutdown()
        db.close()
    instance.release()
    print(f"machine: {machine()}")
    print(
        f"played {args.seconds:g} s of '{plan_name}' at x{args.speed:g}; "
        f"standing by at cue {state.standing_by}; {len(record_ms)} events logged"
    )
    report_stalls(stalls)
    print(
        f"record() during playback: p50 {statistics.median(record_ms):.3f} ms, "
        f"p99 {percentile(record_ms, 0.99):.3f} ms, max {max(record_ms):.3f} ms"
    )


if __name__ == "__main__":
    main()
