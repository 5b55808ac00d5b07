"""History and report speed on a well-used database.

Fills a fresh data folder with ``--sessions`` sessions of ``--minutes`` each (a checkpoint
every second, as the live engine writes, plus cue starts and ends, softenings and notes),
then times the History list, loading one session's report, and writing it as HTML, CSV
and PDF (median of ``--repeat`` runs):

    .venv/bin/python bench/history_reports.py --sessions 100 --minutes 90
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.benchkit import machine  # noqa: E402

from tearconsole.core.records import SessionReport  # noqa: E402
from tearconsole.paths import AppPaths  # noqa: E402
from tearconsole.reports.csv import write_csv  # noqa: E402
from tearconsole.reports.html import write_html  # noqa: E402
from tearconsole.reports.pdf import ensure_gui_application, write_pdf  # noqa: E402
from tearconsole.storage.db import Database  # noqa: E402
from tearconsole.storage.history import list_sessions, load_report  # noqa: E402
from tearconsole.storage.models import Event, SessionRecord  # noqa: E402
from tests.session_records import PLAN_CUES, make_plan  # noqa: E402


def session_rows(session_id: int, start: datetime, minutes: int) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    cue_every = minutes * 60 / len(PLAN_CUES)

    def add(at: float, kind: str, cue: int | None, detail: dict[str, object]) -> None:
        rows.append(
            {
                "session_id": session_id,
                "seq": len(rows) + 1,
                "kind": kind,
                "wall_time": start + timedelta(seconds=at),
                "mono_s": at,
                "cue_position": cue,
                "position_s": None,
                "detail_json": json.dumps(detail),
                "private": kind == "note",
            }
        )

    add(0.0, "started", None, {})
    for second in range(1, minutes * 60):
        cue = min(len(PLAN_CUES) - 1, int(second // cue_every))
        if second % int(cue_every) == 1:
            add(second, "cue_started", cue, {"layer": "main"})
        add(second + 0.5, "checkpoint", cue, {"snap": {"main": cue}})
        if second % 900 == 0:
            add(second + 0.6, "softened", None, {"level": 1})
            add(second + 0.7, "note", None, {"text": "a note", "private": True})
            add(second + 60, "restored", None, {})
    add(minutes * 60.0, "ended", None, {})
    return rows


def fill_sessions(db: Database, sessions: int, minutes: int) -> tuple[int, int]:
    """``sessions`` finished sessions of ``minutes`` each, one a day: (events, last id)."""
    plan_id = make_plan(db)
    events = last_id = 0
    for number in range(sessions):
        start = datetime(2026, 1, 1, 19, 0) + timedelta(days=number)
        with db.session() as session:
            record = SessionRecord(
                plan_id=plan_id, plan_name="An evening of letters", mode="live",
                state="finished", started_at=start, group_size=12,
            )  # fmt: skip
            session.add(record)
            session.flush()
            rows = session_rows(record.id, start, minutes)
            session.execute(insert(Event), rows)
            events += len(rows)
            last_id = record.id
    return events, last_id


def median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        begin = time.perf_counter()
        action()
        times.append((time.perf_counter() - begin) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=100)
    parser.add_argument("--minutes", type=int, default=90)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    ensure_gui_application()
    with tempfile.TemporaryDirectory() as temp:
        paths = AppPaths.resolve(Path(temp) / "data").ensure()
        db = Database.open(paths)
        events, last_id = fill_sessions(db, args.sessions, args.minutes)

        def listing() -> object:
            with db.session() as session:
                return list_sessions(session, lock_path=paths.lock_path)

        def report() -> SessionReport:
            with db.session() as session:
                return load_report(session, last_id, include_private=True)

        loaded = report()
        out = Path(temp)
        results = {
            "history list": median_ms(listing, args.repeat),
            "load one report": median_ms(report, args.repeat),
            "write HTML": median_ms(lambda: write_html(loaded, out / "r.html"), args.repeat),
            "write CSV": median_ms(lambda: write_csv(loaded, out / "r.csv"), args.repeat),
            "write PDF": median_ms(lambda: write_pdf(loaded, out / "r.pdf"), args.repeat),
        }
        db.close()
    print(f"machine: {machine()}")
    print(
        f"{args.sessions} sessions of {args.minutes} min, {events} events in all "
        f"({events // args.sessions} per session); median of {args.repeat}"
    )
    for name, value in results.items():
        print(f"  {name:16s} {value:8.1f} ms")


if __name__ == "__main__":
    main()
