"""A burst of nudges from another thread is one run of the slot on the GUI thread (each
run is an entry into Python there, which waits for the interpreter's lock while the other
thread works); a nudge after the slot has begun is heard again, never lost."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from tearconsole.ui.nudge import Nudge


def test_a_burst_from_another_thread_runs_the_slot_once(qtbot: QtBot) -> None:
    runs: list[int] = []
    news = [0]
    nudge = Nudge(lambda: runs.append(news[0]))

    def burst() -> None:
        for _ in range(1000):
            news[0] += 1
            nudge()

    worker = threading.Thread(target=burst)
    worker.start()
    worker.join(10)
    assert not worker.is_alive()
    qtbot.waitUntil(lambda: bool(runs), timeout=5000)
    QCoreApplication.processEvents()  # anything else the burst posted runs now
    assert runs == [1000]  # once, and it read all the news
    # a nudge after the run is heard again
    news[0] += 1
    threading.Thread(target=nudge).start()
    qtbot.waitUntil(lambda: len(runs) == 2, timeout=5000)
    assert runs[-1] == 1001


def test_a_nudge_while_the_slot_runs_is_heard_again(qtbot: QtBot) -> None:
    runs: list[int] = []
    nudge: Nudge

    def slot() -> None:
        runs.append(len(runs))
        if len(runs) == 1:
            nudge()  # news arriving while the GUI thread reads the last

    nudge = Nudge(slot)
    nudge()
    qtbot.waitUntil(lambda: len(runs) == 2, timeout=5000)
