"""Importing a few hundred short files: throughput, and how long the window ever stalls.

Makes ``--files`` short, distinct files with ffmpeg (cached between runs): music in wav,
ogg, mp3, flac and m4a; films in mp4 and webm; stories in .txt. Then:

1. throughput: ``library.importer.import_paths`` into a fresh data folder, as
   ``tearconsole library import`` does (probe + test decode + thumbnails for films), and
   once more without thumbnails; files per second;
2. a second import of the same folder (every file a skip by content hash);
3. the window during an import: the Library page (offscreen) imports the folder through
   ``ui.tasks.run_task`` while a 2 ms ``QTimer`` on the GUI thread records the gaps
   between its ticks; the longest gap is the longest stall a user could feel. The same
   timer with no import running gives the baseline.

    .venv/bin/python bench/library_import.py --files 300
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TEARCONSOLE_VLC_OPTIONS", "--aout=dummy")

from PySide6.QtCore import QThreadPool, QTimer  # noqa: E402

from benchkit import machine
from tearconsole.library.importer import import_paths  # noqa: E402
from tearconsole.paths import AppPaths  # noqa: E402
from tearconsole.playback.probe import probe_file  # noqa: E402
from tearconsole.playback.thumbnail import thumbnail_maker  # noqa: E402
from tearconsole.playback.vlcenv import make_instance  # noqa: E402
from tearconsole.storage.db import Database  # noqa: E402
from tearconsole.ui.app import make_application  # noqa: E402
from tearconsole.ui.library_page import LibraryPage  # noqa: E402
from tearconsole.ui.tasks import PoolRunner  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / "tearconsole-bench-import"
AUDIO = ("wav", "ogg", "mp3", "flac", "m4a")
FILMS = ("mp4", "webm")


def make_one(target: Path, index: int) -> None:
    if target.exists():
        return
    seconds = 1.0 + (index % 7) * 0.25
    if target.suffix == ".txt":
        target.write_text(f"Story {index}\n\n" + "Once upon a time. " * (20 + index % 50), "utf-8")
        return
    tone = ["-f", "lavfi", "-i", f"sine=frequency={200 + index}:duration={seconds}"]
    if target.suffix[1:] in FILMS:
        picture = ["-f", "lavfi", "-i", f"testsrc=size=160x120:rate=25:duration={seconds}"]
        command = ["ffmpeg", "-v", "error", "-y", *picture, *tone, "-pix_fmt", "yuv420p",
                   "-shortest", str(target)]  # fmt: skip
    else:
        command = ["ffmpeg", "-v", "error", "-y", *tone, str(target)]
    subprocess.run(command, check=True, capture_output=True)


def make_files(count: int) -> Path:
    folder = CACHE / f"files-{count}"
    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for i in range(count):
        if i % 3 == 2:
            names.append(f"story-{i:04d}.txt")
        elif i % 6 == 1:
            names.append(f"film-{i:04d}.{FILMS[i % len(FILMS)]}")
        else:
            names.append(f"music-{i:04d}.{AUDIO[i % len(AUDIO)]}")
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        list(pool.map(lambda pair: make_one(folder / pair[1], pair[0]), enumerate(names)))
    return folder


def headless_import(folder: Path, thumbnails: bool) -> tuple[float, float, int, int]:
    instance = make_instance(headless=True)
    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths.resolve(Path(tmp) / "data").ensure()
        db = Database.open(paths, write=True)
        thumb = thumbnail_maker(instance, paths.thumbnail_dir) if thumbnails else None
        start = time.perf_counter()
        report = import_paths(db, [folder], partial(probe_file, instance), thumbnail=thumb)
        first = time.perf_counter() - start
        start = time.perf_counter()
        again = import_paths(db, [folder], partial(probe_file, instance), thumbnail=thumb)
        second = time.perf_counter() - start
        assert not again.imported, "a second import must add nothing"
        db.close()
    instance.release()
    return first, second, len(report.imported), len(report.failed)


def gaps_while(app: object, running: object, tick_ms: int = 2) -> list[float]:
    """Gaps (ms) between ticks of a GUI-thread timer while ``running()`` is true."""
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    timer = QTimer()
    timer.setInterval(tick_ms)
    timer.timeout.connect(tick)
    timer.start()
    while running():  # type: ignore[operator]
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.0005)
    timer.stop()
    return gaps


def stall_during_import(folder: Path) -> tuple[list[float], list[float], float, int]:
    app = make_application()
    pool = QThreadPool()
    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths.resolve(Path(tmp) / "data").ensure()
        db = Database.open(paths, write=True)
        page = LibraryPage(db, runner=PoolRunner(pool))
        page.resize(1100, 720)
        page.show()
        until = time.perf_counter() + 1.0
        baseline = gaps_while(app, lambda: time.perf_counter() < until)
        start = time.perf_counter()
        page.import_paths([folder])
        gaps = gaps_while(app, lambda: page.importer.task is not None)
        seconds = time.perf_counter() - start
        pool.waitForDone()
        app.processEvents()
        rows = page.model.total_count()
        page.release()
        page.close()
        db.close()
    return baseline, gaps, seconds, rows


def describe(gaps: list[float]) -> str:
    ordered = sorted(gaps)
    p99 = ordered[int(len(ordered) * 0.99) - 1] if ordered else 0.0
    return f"longest {max(gaps):.1f} ms, p99 {p99:.1f} ms, median {statistics.median(gaps):.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=300)
    args = parser.parse_args()
    folder = make_files(args.files)
    print(f"machine: {machine()}; {args.files} files in {folder}")
    for thumbnails in (True, False):
        first, second, imported, failed = headless_import(folder, thumbnails)
        label = "with film thumbnails" if thumbnails else "without thumbnails"
        print(
            f"import {label}: {imported} imported, {failed} failed in {first:.1f} s = "
            f"{args.files / first:.1f} files/s; again (all skipped) {args.files / second:.0f} "
            "files/s"
        )
    baseline, gaps, seconds, rows = stall_during_import(folder)
    print(f"GUI timer, idle page: {describe(baseline)}")
    print(f"GUI timer during a {seconds:.1f} s import of {rows} files: {describe(gaps)}")


if __name__ == "__main__":
    main()
