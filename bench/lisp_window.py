"""Linux Show Player (Debian's ``linux-show-player``) timed like tearconsole, for
bench/startup.py: run with the system ``python3``; HOME must hold a configuration whose
default layout is the List Layout (bench/startup.py makes one), so that it opens
straight into it. The clock stops at the first event-loop turn after its main window's
show event. Prints ``phase shown EPOCH_SECONDS`` and exits.
"""

import os
import sys
import time

import lisp.ui.mainwindow
from PyQt5.QtCore import QTimer

_show_event = lisp.ui.mainwindow.MainWindow.showEvent


def _shown():
    print(f"phase shown {time.time():.6f}", flush=True)
    os._exit(0)  # its own shutdown is no part of the comparison


def _on_show(self, event):
    _show_event(self, event)
    QTimer.singleShot(0, _shown)


lisp.ui.mainwindow.MainWindow.showEvent = _on_show
sys.argv = ["linux-show-player"]
from lisp.main import main  # noqa: E402

main()
