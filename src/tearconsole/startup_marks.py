"""Marks along the way to a shown window, printed for ``bench/startup.py``.

Only when the benchmark asks (``TEARCONSOLE_QUIT_WHEN_SHOWN``): each mark is one line,
``phase NAME EPOCH_SECONDS``, on stdout. Otherwise a mark costs one dictionary look-up.
"""

from __future__ import annotations

import os
import time

#: Benchmarks set this to have the app print its marks and when its window is up, then quit.
QUIT_WHEN_SHOWN_ENV = "TEARCONSOLE_QUIT_WHEN_SHOWN"


def benchmarking() -> bool:
    return bool(os.environ.get(QUIT_WHEN_SHOWN_ENV))


def mark(name: str) -> None:
    if benchmarking():
        print(f"phase {name} {time.time():.6f}", flush=True)
