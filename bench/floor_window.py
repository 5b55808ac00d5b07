"""The bare floor for bench/startup.py: PySide6, ``import vlc`` and an empty QMainWindow.

The clocks stop as tearconsole's do: "shown" at the first event-loop turn after the
window's show event, "painted" at the first turn after the window system first exposes
it. Prints ``phase NAME EPOCH_SECONDS`` for each, then quits.
"""

from __future__ import annotations

import time

import vlc  # noqa: F401  (the floor includes loading python-vlc, as tearconsole does)
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QMainWindow


def mark(name: str) -> None:
    print(f"phase {name} {time.time():.6f}", flush=True)


class Window(QMainWindow):
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, lambda: mark("shown"))


class FirstExpose(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, painted)
        return False


def painted() -> None:
    mark("painted")
    QApplication.quit()


app = QApplication(["floor"])
window = Window()
window.resize(1200, 760)
window.show()
watch = FirstExpose()
handle = window.windowHandle()
assert handle is not None
handle.installEventFilter(watch)
app.exec()
