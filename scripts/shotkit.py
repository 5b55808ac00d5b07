"""What the screenshot scripts share: a data folder with the demo in it, and waiting
while Qt runs (its timers, paints and libVLC's callbacks go on meanwhile)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

from tearconsole.demo import install_demo
from tearconsole.paths import AppPaths
from tearconsole.playback.vlcenv import make_instance
from tearconsole.settings import LANGUAGE, Settings
from tearconsole.storage.db import Database


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def demo_folder(folder: Path, language: str | None = None) -> AppPaths:
    """``folder`` as a data folder holding the bundled demo; with ``language``, that
    language's demo, chosen as the interface's language too."""
    paths = AppPaths.resolve(folder).ensure()
    if language is not None:
        Settings.for_paths(paths).set(LANGUAGE, language)
    db = Database.open(paths)
    prober = make_instance(headless=True)
    try:
        install_demo(db, prober, language=language or "en")
    finally:
        prober.release()
        db.close()
    return paths
