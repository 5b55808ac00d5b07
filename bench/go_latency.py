"""GO to the first scheduled audio sample, engine against libVLC's own floor.

Every figure is taken from the decoded samples (libVLC's amem callbacks): the pts of the
first audio block libVLC hands over after the call, minus the call's time on libVLC's
clock (``libvlc_clock()``, the clock of pts). libVLC's Playing event is not used: it
fires before anything is decoded.

For wav, ogg (Vorbis) and mp4 (H.264 + AAC), interleaved trial by trial:
- floor: a bare libVLC player, playing, paused, sought to 0 and un-paused (the fastest
  start libVLC offers; platform notes: ~10.1 ms for wav and ogg);
- engine, pre-rolled: ``VlcOutput.preload`` then, once parked, ``start`` (GO);
- bare cold: a stopped bare player whose media is already parsed, ``play()``;
- engine, cold: ``VlcOutput.start`` with nothing preloaded;
- the session's door: ``LiveSession.perform(Action.GO)`` on a pre-rolled standby cue,
  as the console's key, a clicker and the phone call it (table, event log in SQLite,
  published snapshot, then the engine's ``start``).

    .venv/bin/python bench/go_latency.py --trials 20
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication, QTimer  # noqa: E402

from benchkit import machine, make_tone, settle, wait_until  # noqa: E402
from tearconsole.core.conductor import Action, Mode  # noqa: E402
from tearconsole.core.kinds import SessionMode  # noqa: E402
from tearconsole.core.ports import Layer, MediaRequest  # noqa: E402
from tearconsole.live.session import LiveSession, RunOptions  # noqa: E402
from tearconsole.paths import AppPaths  # noqa: E402
from tearconsole.playback.capture import SampleCapture, now_us  # noqa: E402
from tearconsole.playback.engine import VlcOutput  # noqa: E402
from tearconsole.playback.vlcenv import load_vlc, make_instance  # noqa: E402
from tearconsole.storage.db import Database  # noqa: E402
from tearconsole.storage.plans import find_plan, plan_spec  # noqa: E402
from tests.live_plans import Step, make_plan  # noqa: E402

FORMATS = ("wav", "ogg", "mp4")


def first_pts_after(capture: SampleCapture, names: list[str], t_us: int) -> int | None:
    found = [capture.first_pts_after(name, t_us) for name in names]
    return min((pts for pts in found if pts is not None), default=None)


class Bare:
    """A bare libVLC player with captured audio (the floor and the naive start)."""

    def __init__(self, instance: Any, capture: SampleCapture, path: Path) -> None:
        self.vlc = load_vlc()
        self.player = instance.media_player_new()
        capture.attach(self.player, "bare")
        self.media = instance.media_new_path(str(path))
        self.media.parse_with_options(self.vlc.MediaParseFlag.local, 5000)
        self.player.set_media(self.media)

    def state(self) -> str:
        return str(self.player.get_state()).rsplit(".", 1)[-1]

    def release(self) -> None:
        self.player.stop()
        self.player.release()


def measure(app: QCoreApplication, instance: Any, path: Path, trials: int) -> dict[str, list]:
    capture = SampleCapture()
    out = VlcOutput(instance, on_new_player=capture.attach)
    bare = Bare(instance, capture, path)
    kinds = ("floor", "pre", "call", "bare_cold", "cold")
    results: dict[str, list[float]] = {k: [] for k in kinds}
    engine_names = [f"main-{i}" for i in range(1, 5)]
    bare.player.play()
    wait_until(app, lambda: bare.state() == "Playing")
    settle(app, 0.4)
    token = 0

    def after(t_us: int, names: list[str]) -> float:
        wait_until(app, lambda: first_pts_after(capture, names, t_us) is not None)
        pts = first_pts_after(capture, names, t_us)
        assert pts is not None
        return (pts - t_us) / 1000.0

    for _ in range(trials):
        # floor: paused, sought to its start, resumed
        bare.player.set_pause(1)
        wait_until(app, lambda: bare.state() == "Paused")
        bare.player.set_time(0)
        settle(app, 0.15)
        t = now_us()
        bare.player.set_pause(0)
        results["floor"].append(after(t, ["bare"]))
        # engine, pre-rolled
        token += 1
        request = MediaRequest(token, str(path))
        out.preload(Layer.MAIN, request)
        wait_until(app, lambda token=token: out.ready(Layer.MAIN, token))
        settle(app, 0.15)
        t = now_us()
        out.start(Layer.MAIN, request, 0.0)
        results["call"].append((now_us() - t) / 1000.0)
        results["pre"].append(after(t, engine_names))
        settle(app, 0.1)
        out.stop(Layer.MAIN, 0.0)
        # bare cold: a stopped player, parsed media, play()
        bare.player.stop()
        settle(app, 0.1)
        t = now_us()
        bare.player.play()
        results["bare_cold"].append(after(t, ["bare"]))
        # engine cold: start with nothing preloaded
        token += 1
        settle(app, 0.1)
        t = now_us()
        out.start(Layer.MAIN, MediaRequest(token, str(path)), 0.0)
        results["cold"].append(after(t, engine_names))
        settle(app, 0.1)
        out.stop(Layer.MAIN, 0.0)
        wait_until(app, lambda: bare.state() == "Playing")
        settle(app, 0.2)
    out.shutdown()
    bare.release()
    return results


def measure_door(app: QCoreApplication, instance: Any, path: Path, trials: int) -> list[float]:
    """GO through the session's door: each trial's cue is a 0.4 s cut of ``path``,
    standing by (pre-rolled) after the last one ended."""
    capture = SampleCapture()
    out = VlcOutput(instance, on_new_player=capture.attach)
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(AppPaths.resolve(Path(folder) / "data").ensure())
        cut = {"out_s": 0.4, "continue_mode": "go"}
        plan_id = make_plan(db, "Door", [Step("music", path, 6.0, cue=cut)] * (trials + 1))
        with db.session() as session:
            plan = plan_spec(find_plan(session, plan_id))
        live = LiveSession(db, plan, out, RunOptions(SessionMode.REHEARSAL))
        live.begin()
        timer = QTimer()
        timer.timeout.connect(live.tick)
        timer.start(20)
        results: list[float] = []
        names = [f"main-{i}" for i in range(1, 2 * trials + 4)]
        for trial in range(trials):
            wait_until(app, lambda trial=trial: live.conductor.standing_by == trial)
            wait_until(app, lambda: live.conductor.mode is Mode.READY)
            preloaded = live.conductor.data.preloaded
            assert preloaded is not None
            wait_until(app, lambda token=preloaded[1]: out.ready(Layer.MAIN, token))
            settle(app, 0.15)
            t = now_us()
            assert live.perform(Action.GO).done
            wait_until(app, lambda t=t: first_pts_after(capture, names, t) is not None)
            pts = first_pts_after(capture, names, t)
            assert pts is not None
            results.append((pts - t) / 1000.0)
        timer.stop()
        live.close()
        db.close()
    out.shutdown()
    return results


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def cell(values: list[float]) -> str:
    return f"{statistics.median(values):.1f} / {p95(values):.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--trials", type=int, default=20)
    args = parser.parse_args()
    app = QCoreApplication([])
    instance = make_instance(headless=True, extra=["--file-caching=0"])
    print(f"Machine: {machine()}; libVLC {load_vlc().libvlc_get_version().decode()}")
    print(f"Command: .venv/bin/python bench/go_latency.py --trials {args.trials}\n")
    print(
        "| media | floor (pause/seek/resume) | engine pre-rolled | engine - floor "
        "| start() call | bare cold play() | engine cold | GO through the session's door "
        "| door - floor |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        for ext in FORMATS:
            tone = make_tone(Path(folder), f"go.{ext}")
            r = measure(app, instance, tone, args.trials)
            door = measure_door(app, instance, tone, args.trials)
            floor = statistics.median(r["floor"])
            extra = statistics.median(r["pre"]) - floor
            cells = [cell(r["floor"]), cell(r["pre"]), f"{extra:+.1f}"]
            cells += [cell(r[k]) for k in ("call", "bare_cold", "cold")]
            cells += [cell(door), f"{statistics.median(door) - floor:+.1f}"]
            print(f"| {ext} | {' | '.join(cells)} |")
    print("\nms, median / p95 over", args.trials, "trials each")


if __name__ == "__main__":
    main()
