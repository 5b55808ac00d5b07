"""The library page with 10,000 stimuli: time to show it, to filter, to sort.

Fills a fresh data folder with ``--count`` stimuli (films, music, stories with ~300 words
of text, cards; two tags each), then, on Qt's offscreen platform (or xcb under Xvfb):

- load: reading every row (``storage.stimuli.library_rows``) plus the search texts;
- show: from building ``LibraryPage`` to the window painted with its first rows (the
  first screenful is read at once, the rest in the background), and until every row
  is in and searchable;
- filter: ``set_filter`` plus the repaint, for a text search, a kind, a tag, a combined
  filter and clearing it (each the median of ``--repeat`` runs, and the worst);
- sort: a click on a column header, again with the repaint.

    .venv/bin/python bench/library_scale.py --count 10000
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt, QThreadPool  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from benchkit import machine
from tearconsole.library.search import LibraryFilter, search_text  # noqa: E402
from tearconsole.paths import AppPaths  # noqa: E402
from tearconsole.storage.db import Database  # noqa: E402
from tearconsole.storage.models import Stimulus  # noqa: E402
from tearconsole.storage.stimuli import get_tags, library_rows  # noqa: E402
from tearconsole.ui.app import make_application  # noqa: E402
from tearconsole.ui.library_model import COLUMNS  # noqa: E402
from tearconsole.ui.library_page import LibraryPage  # noqa: E402
from tearconsole.ui.tasks import PoolRunner, SyncRunner  # noqa: E402

WORDS = [
    "rain", "dog", "mother", "letter", "sea", "snow", "farewell", "home", "child", "war",
    "cat", "father", "winter", "spring", "light", "river", "train", "station", "school",
    "garden", "grandmother", "promise",
]  # fmt: skip


def fill(db: Database, count: int) -> None:
    rnd = random.Random(7)
    with db.session() as session:
        tags = get_tags(session, WORDS)
        for i in range(count):
            kind = rnd.choice(["film", "music", "story", "card"])
            status = rnd.choice(["ok"] * 30 + ["missing"])
            # Media rows point at a file that exists (or, when missing, one that does not),
            # so the page's missing-file check in the background finds nothing to change.
            there = __file__ if status == "ok" else f"/nowhere/item-{i}.mp4"
            session.add(
                Stimulus(
                    kind=kind,
                    title=" ".join(rnd.sample(WORDS, 3)).capitalize() + f" {i}",
                    path=there if kind in ("film", "music") else None,
                    content_hash=f"{i:064x}",
                    duration_s=rnd.uniform(20, 900),
                    status=status,
                    status_reason=None if status == "ok" else "The file is no longer there.",
                    intensity=rnd.randint(1, 5),
                    text=" ".join(rnd.choices(WORDS, k=300)) if kind == "story" else None,
                    content_notes=rnd.choice(["", "bereavement", "pets, disaster"]),
                    private_notes=rnd.choice(["", "good opener", "ask before using"]),
                    tags=rnd.sample(tags, 2),
                )
            )


def timed(action: Callable[[], object], settle: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    settle()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    app = make_application()
    pool = QThreadPool()
    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths.resolve(Path(tmp) / "data").ensure()
        db = Database.open(paths, write=True)
        fill(db, args.count)

        loads = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            with db.session() as session:
                rows = library_rows(session)
            [search_text(r) for r in rows]
            loads.append((time.perf_counter() - start) * 1000)

        shows: list[float] = []
        searchable: list[float] = []
        stalls: list[float] = []  # GUI-thread time per event-loop pass while rows arrive
        page = None
        for _ in range(args.repeat):
            if page is not None:
                page.close()
                page.deleteLater()
                app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
                app.processEvents()
            start = time.perf_counter()
            page = LibraryPage(db, runner=PoolRunner(pool))
            page.resize(1100, 720)
            page.show()
            QTest.qWaitForWindowExposed(page)
            page.repaint()
            app.processEvents()
            shows.append((time.perf_counter() - start) * 1000)
            deadline = time.monotonic() + 30
            while page.model.total_count() < args.count and time.monotonic() < deadline:
                before = time.perf_counter()
                app.processEvents()  # the whole library arrives from the background
                stalls.append((time.perf_counter() - before) * 1000)
                time.sleep(0.001)
            page.table.viewport().repaint()
            searchable.append((time.perf_counter() - start) * 1000)
        assert page is not None and page.model.rowCount() == args.count
        page.runner = SyncRunner()

        def settle() -> None:
            page.table.viewport().repaint()
            app.processEvents()

        filters = {
            "text 'rain letter'": LibraryFilter(text="rain letter"),
            "kind = story": LibraryFilter(kinds=frozenset({"story"})),
            "tag = winter": LibraryFilter(tag="winter"),
            "combined (text, kind, intensity, length, status)": LibraryFilter(
                text="mother",
                kinds=frozenset({"film", "music"}),
                intensity_min=3,
                duration_min_s=60,
                duration_max_s=600,
                statuses=frozenset({"ok"}),
            ),
        }
        results: dict[str, list[float]] = {}
        for name, wanted in filters.items():
            for _ in range(args.repeat):
                results.setdefault(name, []).append(
                    timed(lambda w=wanted: page.apply_filter(w), settle)
                )
                results.setdefault("clear the filter", []).append(
                    timed(lambda: page.apply_filter(LibraryFilter()), settle)
                )
        header = page.table.horizontalHeader()
        for column in ("Title", "Length", "Tags"):
            index = COLUMNS.index(column)
            for _ in range(args.repeat):
                results.setdefault(f"sort by {column}", []).append(
                    timed(
                        lambda i=index: header.setSortIndicator(i, Qt.SortOrder.AscendingOrder),
                        settle,
                    )
                )
        page.close()
        db.close()

    print(f"machine: {machine()}; platform {app.platformName()}; {args.count} stimuli")
    median, worst = statistics.median(loads), max(loads)
    print(f"read every row + search texts: median {median:.0f} ms, max {worst:.0f} ms")
    median, worst = statistics.median(shows), max(shows)
    print(f"show the page, first rows painted: median {median:.0f} ms, max {worst:.0f} ms")
    median, worst = statistics.median(searchable), max(searchable)
    print(f"... all {args.count} rows in, searchable: median {median:.0f} ms, max {worst:.0f} ms")
    print(f"longest GUI-thread pass while they arrive (set rows + paint): {max(stalls):.0f} ms")
    for name, values in results.items():
        print(f"{name}: median {statistics.median(values):.1f} ms, max {max(values):.1f} ms")


if __name__ == "__main__":
    main()
