"""``Stopper``: libVLC's slow calls (``stop``, ``release``) on a thread of their own.

Stopping a libVLC player waits for its input, decoder and output threads to finish
(several milliseconds for a film, more on a busy machine), and the engine stops a player
at every crossfade, every preload dropped and every media that ends: on the GUI thread,
next to the 20 ms fade timer, that is a frame lost each time. The engine hands those
calls here instead; one worker runs them in order and says, by a queued Qt signal, which
are done, so that a player is only reused once it has stopped.

python-vlc calls libVLC through ctypes, which lets go of Python's lock during the call:
the GUI thread runs on meanwhile. libVLC allows these calls from any thread except from
inside its own event callbacks (which only emit signals here).
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

Job = tuple[Callable[[], object], object]


class Stopper(QObject):
    """Runs libVLC calls off the GUI thread; ``done(owner)`` follows each, on the GUI
    thread (queued)."""

    done = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: queue.SimpleQueue[Job | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="tearconsole-vlc-stop", daemon=True)
        self._thread.start()
        self._closed = False

    def run(self, call: Callable[[], object], owner: object) -> None:
        """Run ``call`` on the worker, after what was handed over before it."""
        if self._closed:  # nothing waits on the worker any more: do it here
            self._call(call)
            return
        self._jobs.put((call, owner))

    def close(self, timeout_s: float = 5.0) -> None:
        """Finish what was handed over (waiting at most ``timeout_s``) and stop the worker."""
        if self._closed:
            return
        self._closed = True
        self._jobs.put(None)
        self._thread.join(timeout_s)
        if self._thread.is_alive():
            log.warning("libVLC took over %.0f s to stop its players", timeout_s)

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            call, owner = job
            self._call(call)
            try:
                self.done.emit(owner)
            except RuntimeError:  # the engine is gone (its Qt object deleted)
                return

    @staticmethod
    def _call(call: Callable[[], object]) -> None:
        try:
            call()
        except Exception:  # a player that cannot stop must not stop the others
            log.exception("libVLC call failed off the GUI thread")
