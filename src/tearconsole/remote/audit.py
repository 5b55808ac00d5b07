"""What the remote refused (and whom it paired), in a log of its own.

Each line is one JSON object in ``remote.log`` in the data folder, written on the
server's thread. A flood cannot fill the disk: past ``BURST`` lines of one kind per
``WINDOW_S`` the rest are counted and written as one line when the window turns.
The latest lines are kept in memory for the console's remote panel.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

WINDOW_S = 60.0
BURST = 20
KEPT = 50


@dataclass(frozen=True)
class AuditEntry:
    at: float  # wall-clock
    what: str  # "refused", "paired", "revoked", "on", "off"
    reason: str  # a stable word ("wrong_code", "bad_origin", ...)
    peer: str  # the address the request came from
    device: str = ""  # the device's name, when known


class AuditLog:
    def __init__(
        self,
        path: Path | None,
        clock: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
    ) -> None:
        self.path = path
        self._clock = clock
        self._wall = wall
        self._lock = threading.Lock()
        self._window: dict[str, tuple[float, int]] = {}  # reason -> (window start, count)
        self.recent: deque[AuditEntry] = deque(maxlen=KEPT)
        self.refused = 0

    def record(self, what: str, reason: str, peer: str = "", device: str = "") -> None:
        with self._lock:
            if what == "refused":
                self.refused += 1
            now = self._clock()
            start, count = self._window.get(reason, (now, 0))
            if now - start > WINDOW_S:
                if count > BURST:
                    self._write(AuditEntry(self._wall(), what, f"{reason} x{count - BURST}", ""))
                start, count = now, 0
            count += 1
            self._window[reason] = (start, count)
            if count <= BURST:
                self._write(AuditEntry(self._wall(), what, reason, peer, device))

    def _write(self, entry: AuditEntry) -> None:
        self.recent.append(entry)
        if self.path is None:
            return
        line = json.dumps(entry.__dict__, ensure_ascii=False)
        try:
            with self.path.open("a", encoding="utf-8") as out:
                out.write(line + "\n")
        except OSError:
            pass  # the log is a record, never a reason to refuse the room its remote

    def entries(self) -> list[AuditEntry]:
        with self._lock:
            return list(self.recent)
