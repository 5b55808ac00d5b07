"""Cold start to a shown main window, and the process's peak memory.

Each run starts a fresh interpreter (``python -m tearconsole``) on a data folder with the
demo installed, and waits for the window to report that it is shown; the app then quits.
The first run after dropping nothing is "warm" for the OS file cache; all runs are cold
for Python (new process). Run under a display, e.g.:

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python bench/startup.py --runs 10
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time


def one_run(data_dir: str) -> tuple[float, float]:
    env = {**os.environ, "TEARCONSOLE_QUIT_WHEN_SHOWN": "1"}
    env.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-m", "tearconsole", "--data-dir", data_dir],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    shown = next(
        float(line.split()[1]) for line in done.stdout.splitlines() if line.startswith("shown ")
    )
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss of children is the max over all children so far: report it per run only
    # when it grew; the max over runs is what matters.
    return (shown - started) * 1000.0, max(peak_kib, before) / 1024.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data_dir:
        subprocess.run(
            [sys.executable, "-m", "tearconsole", "--data-dir", data_dir, "demo", "install"],
            check=True,
            capture_output=True,
        )
        times, peaks = zip(*(one_run(data_dir) for _ in range(args.runs)), strict=True)
    platform = os.environ.get("QT_QPA_PLATFORM") or (
        "xcb" if os.environ.get("DISPLAY") else "offscreen"
    )
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(f"platform: {platform}")
    print(f"runs: {args.runs}")
    print(
        f"start to shown window: median {statistics.median(times):.0f} ms, "
        f"p95 {p95:.0f} ms, min {min(times):.0f} ms, max {max(times):.0f} ms"
    )
    print(f"peak memory (max RSS): {max(peaks):.0f} MiB")


if __name__ == "__main__":
    main()
