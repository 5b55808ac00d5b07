"""Linux Show Player (Debian's ``linux-show-player``) timed like tearconsole, for
bench/startup.py: run with the system ``python3``; HOME must hold a configuration whose
default layout is the List Layout (bench/startup.py makes one), so that it opens
straight into it. "shown": the first event-loop turn after its main window's show event;
"painted": the first turn after the window system first exposes it. Prints
``phase NAME EPOCH_SECONDS`` for each, then exits.
"""

import os
import sys
import time

import lisp.ui.mainwindow
from PyQt5.QtCore import QEvent, QObject, QTimer

_show_event = lisp.ui.mainwindow.MainWindow.showEvent


def _mark(name):
    print(f"phase {name} {time.time():.6f}", flush=True)


def _painted():
    _mark("painted")
    os._exit(0)  # its own shutdown is no part of the comparison


class _FirstExpose(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Expose:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, _painted)
        return False


_watch = _FirstExpose()


def _on_show(self, event):
    _show_event(self, event)
    if not getattr(self, "_timed", False):
        self._timed = True
        QTimer.singleShot(0, lambda: _mark("shown"))
        self.windowHandle().installEventFilter(_watch)


lisp.ui.mainwindow.MainWindow.showEvent = _on_show
sys.argv = ["linux-show-player"]
from lisp.main import main  # noqa: E402

main()
