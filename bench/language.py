"""What the language costs: the command line's first Japanese sentence (the .ts read
without Qt), loading the translators, and switching language in the open window.

    xvfb-run -a -s "-screen 0 1366x768x24" env TEARCONSOLE_VLC_OPTIONS=--aout=dummy \
        .venv/bin/python bench/language.py --runs 5

The first figure comes from fresh interpreters (the catalogue is read once per process);
the others from one window on a data folder with the demo installed.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIRST_SENTENCE = """
import time, pathlib
from tearconsole import i18n
i18n.set_language("ja")
start = time.perf_counter()
i18n.translate("Cli", "error", "a preflight finding")
first = time.perf_counter() - start
start = time.perf_counter()
i18n.translate("Cli", "warning", "a preflight finding")
print(first * 1000, (time.perf_counter() - start) * 1000)
"""


def first_sentence(runs: int) -> tuple[list[float], list[float]]:
    first, later = [], []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", FIRST_SENTENCE], check=True, capture_output=True, text=True
        ).stdout.split()
        first.append(float(out[0]))
        later.append(float(out[1]))
    return first, later


def in_the_window(runs: int) -> tuple[list[float], list[float]]:
    from PySide6.QtWidgets import QApplication

    from tearconsole.demo import install_demo
    from tearconsole.paths import AppPaths
    from tearconsole.playback.vlcenv import make_instance
    from tearconsole.storage.db import Database
    from tearconsole.ui.app import make_application, open_window
    from tearconsole.ui.i18n import install_language

    app = make_application()
    installs, switches = [], []
    with tempfile.TemporaryDirectory() as temp:
        paths = AppPaths.resolve(Path(temp) / "data").ensure()
        db = Database.open(paths, write=True)
        prober = make_instance(headless=True)
        install_demo(db, prober)
        prober.release()
        db.close()
        window = open_window(paths)
        window.show()
        QApplication.processEvents()
        for run in range(runs * 2):
            language = "ja" if run % 2 == 0 else "en"
            start = time.perf_counter()
            install_language(language)
            installs.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            window.retranslate(language)
            QApplication.processEvents()
            switches.append((time.perf_counter() - start) * 1000)
        window.db.close()
    app.quit()
    return installs, switches


def summary(values: list[float]) -> str:
    return (
        f"median {statistics.median(values):.1f} ms (min {min(values):.1f}, max {max(values):.1f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    first, later = first_sentence(runs)
    installs, switches = in_the_window(runs)
    print(f"CLI, first Japanese sentence: {summary(first)}; each later one: {summary(later)}")
    print(f"install_language (translators + QLocale): {summary(installs)}")
    print(f"switching language in the window (pages rebuilt): {summary(switches)}")


if __name__ == "__main__":
    main()
