"""The cost of a Japanese story with furigana on the GUI thread: laying ごん狐 out once
(per story and per resize), painting the teleprompter's visible lines each frame, and
the whole story start (the teleprompter takes the story, the room's 1920x1080 window
draws it for the first time).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/ruby_layout.py --runs 20
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

from PySide6.QtCore import QPointF, QRectF  # noqa: E402
from PySide6.QtGui import QColor, QFont, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchkit import machine  # noqa: E402
from tearconsole.core.conductor.view import Scene, SceneKind  # noqa: E402
from tearconsole.platform.fonts import font_for_text  # noqa: E402
from tearconsole.ui.audience.scene_view import SceneView  # noqa: E402
from tearconsole.ui.live.teleprompter import Teleprompter  # noqa: E402
from tearconsole.ui.ruby_text import RubyLayout  # noqa: E402
from tests.japanese_texts import aozora  # noqa: E402


def story_views() -> tuple[Teleprompter, SceneView]:
    """The teleprompter (870x320) and the room's view (1920x1080), shown."""
    teleprompter = Teleprompter()
    teleprompter.resize(870, 320)
    teleprompter.show()
    room = SceneView()
    room.resize(1920, 1080)
    room.show()
    return teleprompter, room


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    app = QApplication([])
    body = aozora().body
    font = QFont(app.font())
    font.setPointSize(24)
    font = font_for_text(font, body)
    lay_ms = []
    for _ in range(args.runs):
        start = time.perf_counter()
        RubyLayout(body, font, 800)
        lay_ms.append((time.perf_counter() - start) * 1000)
    layout = RubyLayout(body, font, 800)
    image = QImage(860, 600, QImage.Format.Format_RGB32)
    paint_ms = []
    painter = QPainter(image)
    frames = int(layout.height // 30)
    for frame in range(frames):
        start = time.perf_counter()
        layout.paint(painter, QPointF(20, 180 - frame * 30), QRectF(0, 0, 860, 600), QColor("#ccc"))
        paint_ms.append((time.perf_counter() - start) * 1000)
    painter.end()
    starts = []
    for _ in range(max(3, args.runs // 4)):
        teleprompter, room = story_views()
        app.processEvents()
        start = time.perf_counter()
        teleprompter.set_story("ごん狐", body)
        room.show_scene(Scene(SceneKind.STORY, title="ごん狐", text=body))
        room.repaint()
        starts.append((time.perf_counter() - start) * 1000)
        teleprompter.close()
        room.close()
    print(machine())
    print(f"ごん狐: {len(layout.plain)} characters, {len(layout.lines)} lines at 800 px, 24 pt")
    print(f"layout: median {statistics.median(lay_ms):.1f} ms, max {max(lay_ms):.1f} ms")
    paint_ms.sort()
    p95 = paint_ms[int(len(paint_ms) * 0.95)]
    print(
        f"paint (860x600, {frames} frames through the story): median "
        f"{statistics.median(paint_ms):.2f} ms, p95 {p95:.2f} ms, max {max(paint_ms):.2f} ms"
    )
    print(f"story start: median {statistics.median(starts):.1f} ms, max {max(starts):.1f} ms")


if __name__ == "__main__":
    main()
