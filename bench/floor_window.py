"""The bare floor for bench/startup.py: PySide6, ``import vlc`` and an empty QMainWindow.

The clock stops as tearconsole's does: at the first event-loop turn after the window's
show event. Prints ``phase shown EPOCH_SECONDS`` and quits.
"""

from __future__ import annotations

import time

import vlc  # noqa: F401  (the floor includes loading python-vlc, as tearconsole does)
from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QMainWindow


class Window(QMainWindow):
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, shown)


def shown() -> None:
    print(f"phase shown {time.time():.6f}", flush=True)
    QApplication.quit()


app = QApplication(["floor"])
window = Window()
window.resize(1200, 760)
window.show()
app.exec()
