"""``Nudge``: another thread tells the GUI thread that something changed, coalesced.

However many nudges come while one waits in the GUI thread's queue, the GUI thread runs
its slot once, and reads the news itself. Each entry into Python on the GUI thread waits
for the interpreter's lock while the other thread works: a queued signal per change (40
phones joining at once) was 40 such waits in one pass of the event loop, a 26 ms stall
of the console (bench/participants.py).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal


class Nudge(QObject):
    """Call it from any thread; ``slot`` runs on this object's thread, once per wait."""

    _posted = Signal()

    def __init__(self, slot: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._slot = slot
        self._lock = threading.Lock()
        self._waiting = False
        self._posted.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def __call__(self) -> None:
        with self._lock:
            if self._waiting:
                return
            self._waiting = True
        self._posted.emit()

    def _run(self) -> None:
        with self._lock:
            self._waiting = False  # a change from now on nudges again
        self._slot()
