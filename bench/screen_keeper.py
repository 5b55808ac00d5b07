"""What the ScreenKeeper costs the GUI thread: it watches every event of the application
(for dialogs being shown), so each event pays one Python call. Sends the same events
to a widget with and without it and reports the cost per event; then counts the events
a second while a story scrolls in the teleprompter and in the room's view (both drawing
as in a session), which says what the keeper costs a second.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/screen_keeper.py --events 200000 --seconds 5
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from benchkit import machine  # noqa: E402
from ruby_layout import story_views  # noqa: E402
from tearconsole.core.conductor.view import Scene, SceneKind  # noqa: E402
from tearconsole.ui.audience.screens import ScreenKeeper  # noqa: E402
from tests.japanese_texts import aozora  # noqa: E402


class Counter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.events = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.events += 1
        return False


def events_a_second(app: QApplication, seconds: float) -> float:
    """Events the application delivers a second while a story scrolls on both views."""
    teleprompter, room = story_views()
    text = aozora().body
    teleprompter.set_story("ごん狐", text)
    teleprompter.set_running(True)
    room.show_scene(Scene(SceneKind.STORY, title="ごん狐", text=text))
    follow = QTimer()
    follow.setInterval(100)  # the console's refresh passes the reading on, 10 a second
    follow.timeout.connect(lambda: room.set_story_fraction(teleprompter.pacer.fraction))
    follow.start()
    counter = Counter()
    app.installEventFilter(counter)
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        app.processEvents()
        time.sleep(0.002)
    app.removeEventFilter(counter)
    return counter.events / seconds


def per_event_ns(target: QWidget, events: int) -> float:
    event = QEvent(QEvent.Type.UpdateRequest)
    started = time.perf_counter_ns()
    for _ in range(events):
        QCoreApplication.sendEvent(target, event)
    return (time.perf_counter_ns() - started) / events


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    console = QWidget()
    target = QWidget(console)
    bare, kept = [], []
    for _ in range(args.rounds):
        bare.append(per_event_ns(target, args.events))
        keeper = ScreenKeeper(console, None)
        kept.append(per_event_ns(target, args.events))
        keeper.stop()
        keeper.deleteLater()
        app.processEvents()
    cost = statistics.median(k - b for k, b in zip(kept, bare, strict=True))
    print(machine())
    print(f"an event without the keeper: median {statistics.median(bare):.0f} ns")
    print(f"an event with the keeper:    median {statistics.median(kept):.0f} ns")
    print(f"the keeper's cost per event: median {cost:.0f} ns")
    rate = events_a_second(app, args.seconds)
    print(f"events a second while a story scrolls: {rate:.0f}")
    print(f"the keeper's cost a second then: {rate * cost / 1e6:.2f} ms")


if __name__ == "__main__":
    main()
