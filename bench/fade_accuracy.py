"""Fade timing error, measured from the samples libVLC decodes (amem), not the volume set.

For each planned length: a fade out (``fade(MAIN, SILENCE_DB, D)``) on a running stream
and a fade in (``start`` from a preload with ``fade_in_s=D``). An S-curve (half cosine)
is fitted to the measured block gains (points between 5 % and 95 %): the error is the
fitted length minus the planned one, the delay is the fitted start minus the call, and
"shape" is the largest miss of the fit in units of the fade (0.02 = 2 %). Times are by
hand-over (when libVLC applied the gain to a block) and, for the fade out, also by pts
(when the block sounds; libVLC's lead is steady on a running stream). Last, an
equal-power crossfade: the summed power of the two streams over the fade, in dB.

    .venv/bin/python bench/fade_accuracy.py --trials 5
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication  # noqa: E402

from benchkit import machine, make_tone, settle, wait_until  # noqa: E402
from tearconsole.core.ports import SILENCE_DB, Layer, MediaRequest  # noqa: E402
from tearconsole.playback.capture import SampleCapture, now_us  # noqa: E402
from tearconsole.playback.engine import VlcOutput  # noqa: E402
from tearconsole.playback.vlcenv import load_vlc, make_instance  # noqa: E402
from tests.enginekit import points, reference_peak, s_curve_fit  # noqa: E402

MAIN = Layer.MAIN
LENGTHS = (0.5, 1.0, 2.0, 3.0)


class Bench:
    def __init__(self, app: QCoreApplication, instance: object, folder: Path) -> None:
        self.app = app
        self.capture = SampleCapture()
        self.out = VlcOutput(instance, on_new_player=self.capture.attach)
        self.a = str(make_tone(folder, "fade-a.wav", 12, 440))
        self.b = str(make_tone(folder, "fade-b.wav", 12, 660))
        self.token = 0

    def _preload_start(self, path: str, fade_in_s: float, crossfade_s: float = 0.0) -> int:
        """Preload, wait until parked, start; GO on libVLC's clock (capture cleared first
        unless crossfading, which needs the outgoing stream's level before GO)."""
        self.token += 1
        request = MediaRequest(self.token, path)
        self.out.preload(MAIN, request)
        wait_until(self.app, lambda: self.out.ready(MAIN, request.token))
        settle(self.app, 0.1)
        if not crossfade_s:
            self.capture.clear()
        go = now_us()
        self.out.start(MAIN, request, fade_in_s, crossfade_s)
        return go

    def _name(self) -> str:
        name = self.out.player_name(MAIN)
        assert name is not None
        return name

    def fade_out(self, length: float) -> tuple[float, float, float, float]:
        self._preload_start(self.a, 0.0)
        name = self._name()
        settle(self.app, 0.5)
        began = now_us()
        self.out.fade(MAIN, SILENCE_DB, length)
        settle(self.app, length + 0.4)
        heard = points(self.capture.blocks(name))
        ref = reference_peak([p for p in heard if p.arrived_s * 1e6 < began])
        fading = [p for p in heard if p.arrived_s * 1e6 >= began - 100_000]
        gains = [p.peak / ref for p in fading]
        start, by_handover, shape = s_curve_fit([p.arrived_s for p in fading], gains, True)
        _, by_pts, _ = s_curve_fit([p.pts_s for p in fading], gains, True)
        self.out.stop(MAIN, 0.0)
        return by_handover - length, by_pts - length, start - began / 1e6, shape

    def fade_in(self, length: float) -> tuple[float, float, float, float]:
        go = self._preload_start(self.a, length)
        name = self._name()
        settle(self.app, length + 0.6)
        heard = points(self.capture.blocks(name), go)
        ref = reference_peak([p for p in heard if p.arrived_s * 1e6 > go + (length + 0.2) * 1e6])
        gains = [p.peak / ref for p in heard]
        start, by_handover, shape = s_curve_fit([p.arrived_s for p in heard], gains, False)
        _, by_pts, _ = s_curve_fit([p.pts_s for p in heard], gains, False)
        self.out.stop(MAIN, 0.0)
        return by_handover - length, by_pts - length, start - go / 1e6, shape

    def crossfade(self, length: float) -> tuple[float, float]:
        """The lowest and highest summed power (dB) of two streams crossfading."""
        self._preload_start(self.a, 0.0)
        old = self._name()
        settle(self.app, 0.5)
        go = self._preload_start(self.b, length, crossfade_s=length)
        new = self._name()
        settle(self.app, length + 0.4)
        a = points(self.capture.blocks(old))
        b = points(self.capture.blocks(new))
        ref_a = reference_peak([p for p in a if p.arrived_s * 1e6 < go])
        ref_b = reference_peak([p for p in b if p.arrived_s * 1e6 > go + (length + 0.1) * 1e6])
        powers = []
        for p in b:
            if go / 1e6 + 0.05 < p.arrived_s < go / 1e6 + length - 0.05:
                earlier = [q.peak for q in a if q.arrived_s <= p.arrived_s]
                gain_a = (earlier[-1] if earlier else 0.0) / ref_a
                powers.append(gain_a**2 + (p.peak / ref_b) ** 2)
        self.out.stop(MAIN, 0.0)
        return 10 * math.log10(min(powers)), 10 * math.log10(max(powers))


def ms(values: list[float]) -> str:
    worst = max(values, key=abs)
    return f"{statistics.median(values) * 1000:+.0f} / {worst * 1000:+.0f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--trials", type=int, default=5)
    args = parser.parse_args()
    app = QCoreApplication([])
    instance = make_instance(headless=True, extra=["--file-caching=0"])
    print(f"Machine: {machine()}; libVLC {load_vlc().libvlc_get_version().decode()}")
    print(f"Command: .venv/bin/python bench/fade_accuracy.py --trials {args.trials}\n")
    print(
        "| planned | fade out: error by hand-over | by pts | delay | shape "
        "| fade in: error by hand-over | by pts | delay | shape | crossfade power dB |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        bench = Bench(app, instance, Path(folder))
        for length in LENGTHS:
            outs = [bench.fade_out(length) for _ in range(args.trials)]
            ins = [bench.fade_in(length) for _ in range(args.trials)]
            power = [bench.crossfade(length) for _ in range(args.trials)]
            cells = [f"{length:.1f} s"]
            for rows in (outs, ins):
                cells += [ms([r[0] for r in rows]), ms([r[1] for r in rows])]
                cells += [ms([r[2] for r in rows]), f"{max(r[3] for r in rows):.3f}"]
            low, high = min(p[0] for p in power), max(p[1] for p in power)
            cells.append(f"{low:+.2f} .. {high:+.2f}")
            print("| " + " | ".join(cells) + " |")
        bench.out.shutdown()
    print(f"\nerrors and delays in ms, median / worst over {args.trials} trials; shape: worst")


if __name__ == "__main__":
    main()
