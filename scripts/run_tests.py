"""Run the tests that need no X server, each test file in a pytest process of its own
(two at a time, one a core), and close with one line: ``N passed, N failed``.

Why one process per file: run in one process, the whole suite crashed now and then with
a segmentation fault inside Qt (``QApplication::setStyle``, ``QGuiApplication::screens``)
at a test far from whatever freed the object Qt then touched (only after many windows,
consoles and starts in the same process, and not under gdb). Until that is found, no
file's tests run after another file's in the same process. Extra arguments go to pytest.

    .venv/bin/python scripts/run_tests.py [pytest arguments]
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COUNTS = re.compile(r"(\d+) (passed|failed|error|errors)\b")
NO_TESTS = 5  # pytest's exit code when a file has nothing left to run (all marked xvfb)
#: The slowest files first, so that two at a time finish together.
SLOW_FIRST = ("test_restore_interrupted.py", "test_leftovers.py", "test_remote_e2e.py")


def run_file(path: Path, args: list[str]) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """``path``'s tests; a file whose process died or failed is run once more, and says so
    (a libVLC call that deadlocked after a sound server restart was seen once in ~5 runs:
    the note in the closing issue says where)."""
    name = path.relative_to(ROOT).as_posix()
    command = [sys.executable, "-m", "pytest", "-m", "not xvfb", "-q", name, *args]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if done.returncode not in (0, NO_TESTS):
        print(f"{name}: failed (exit {done.returncode}); run once more:", flush=True)
        print(done.stdout[-3000:], done.stderr[-3000:], sep="\n", flush=True)
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    return path, done


def main(args: list[str]) -> int:
    files = sorted(
        (ROOT / "tests").glob("test_*.py"), key=lambda p: (p.name not in SLOW_FIRST, p.name)
    )
    totals = {"passed": 0, "failed": 0}
    broken: list[str] = []
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=min(2, os.cpu_count() or 1)) as pool:
        for path, done in pool.map(lambda p: run_file(p, args), files):
            name = path.relative_to(ROOT).as_posix()
            lines = done.stdout.strip().splitlines()
            last = lines[-1] if lines else ""
            found = {kind: int(n) for n, kind in COUNTS.findall(last)}
            totals["passed"] += found.get("passed", 0)
            bad = found.get("failed", 0) + found.get("error", 0) + found.get("errors", 0)
            if done.returncode not in (0, NO_TESTS) or bad:
                totals["failed"] += max(bad, 1)
                broken.append(name)
                print(done.stdout, done.stderr, sep="\n", flush=True)
            print(f"{name}: {last or 'no output'} (exit {done.returncode})", flush=True)
    minutes = (time.monotonic() - started) / 60
    print(f"{len(files)} test files in {minutes:.1f} min; failing: {', '.join(broken) or 'none'}")
    print(f"{totals['passed']} passed, {totals['failed']} failed")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
