"""Acceptance: a headless rehearsal of real media through the real engine makes a session
whose reports name every cue and draw the timeline, whose PDF renders to non-blank pages,
whose CSV has one row per logged event, and whose private note stays out of all three
unless asked for; deleting it removes that session and its events only."""

from __future__ import annotations

import csv
import re
import sqlite3
from pathlib import Path

import pytest

from tearconsole.paths import AppPaths
from tearconsole.storage import history
from tearconsole.storage.db import Database
from tests.cli import run_cli, run_json
from tests.live_plans import Step, make_plan
from tests.media import MediaFactory
from tests.test_reports import pdf_text, rendered_bodies

PRIVATE = "Someone near the door left during the film; check in with them next time"
SHARED = "Good pace; the pause after the film was right"


@pytest.fixture(scope="module")
def rehearsed(
    tmp_path_factory: pytest.TempPathFactory, make_media: MediaFactory
) -> tuple[AppPaths, int, list[str]]:
    """One rehearsal at x4 (a few seconds), then a private and a shareable note."""
    paths = AppPaths.resolve(tmp_path_factory.mktemp("rehearsal") / "data").ensure()
    db = Database.open(paths, write=True)
    steps = [
        Step("card", seconds=2.0, text="Welcome"),
        Step("film", make_media.film("report-film.mp4", 3), seconds=3.0),
        Step("pause", seconds=2.0),
        Step("music", make_media.tone("report-tone.ogg", 3), seconds=3.0),
        Step("card", seconds=2.0, text="Thank you"),
    ]
    make_plan(db, "Short evening", steps)
    db.close()
    first = run_json(
        "rehearse", "Short evening", "--headless", "--speed", "4", data_dir=paths.data_dir
    )
    second = run_json(
        "rehearse", "Short evening", "--headless", "--speed", "4", data_dir=paths.data_dir
    )
    assert second["session_id"] != first["session_id"]
    db = Database.open(paths, write=True)
    try:
        with db.session() as session:
            history.add_note(session, first["session_id"], PRIVATE)
            history.add_note(session, first["session_id"], SHARED, private=False)
    finally:
        db.close()
    titles = [cue["title"] for cue in first["cues"]]
    assert len(titles) == len(steps)
    return paths, int(first["session_id"]), titles


def export(paths: AppPaths, sid: int, fmt: str, target: Path, *extra: str) -> Path:
    done = run_cli(
        "report", str(sid), "--format", fmt, "-o", str(target), *extra, data_dir=paths.data_dir
    )
    assert done.returncode == 0, done.stderr
    return target


def logged(paths: AppPaths, sid: int) -> list[tuple[int, str, int]]:
    with sqlite3.connect(paths.db_path) as conn:
        return list(
            conn.execute(
                "SELECT seq, kind, private FROM event WHERE session_id=? ORDER BY seq", (sid,)
            )
        )


def test_html_names_every_cue_and_draws_one_bar_per_cue(
    rehearsed: tuple[AppPaths, int, list[str]], tmp_path: Path
) -> None:
    paths, sid, titles = rehearsed
    html = export(paths, sid, "html", tmp_path / "r.html").read_text("utf-8")
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert svg.count('class="bar planned"') == len(titles)
    played = re.findall(r'class="bar actual" data-position="(\d+)"', svg)
    assert sorted(map(int, played)) == list(range(len(titles)))  # each cue ran once
    for title in titles:
        assert title in html
    assert "Rehearsal at x4" in html
    assert SHARED in html and PRIVATE not in html


def test_rehearsal_bars_compare_with_the_plan_in_plan_seconds(
    rehearsed: tuple[AppPaths, int, list[str]],
) -> None:
    paths, sid, _titles = rehearsed
    db = Database.open(paths, write=False)
    try:
        with db.session() as session:
            report = history.load_report(session, sid, include_private=False)
            listed = {row.id: row for row in history.list_sessions(session, mode="rehearsal")}
    finally:
        db.close()
    assert report.timeline.planned_s == 12.0
    assert abs(listed[sid].length_s - 12.0) <= 2.0 and listed[sid].speed == 4.0
    for row in report.timeline.rows:  # x4: a cue of 3 s takes 0.75 s but is drawn as 3 s
        assert row.planned_s is not None and row.actual_s is not None
        assert abs(row.actual_s - row.planned_s) <= 0.8, row


def test_pdf_renders_to_non_blank_pages(
    rehearsed: tuple[AppPaths, int, list[str]], tmp_path: Path
) -> None:
    paths, sid, titles = rehearsed
    pdf = export(paths, sid, "pdf", tmp_path / "r.pdf")
    pages = rendered_bodies(pdf, tmp_path)
    assert pages
    for pixels in pages:
        assert sum(1 for v in pixels if v < 200) / len(pixels) > 0.002
    text = pdf_text(pdf)
    assert all(title in text for title in titles)
    assert SHARED in text and PRIVATE not in text


def test_csv_has_one_row_per_logged_event(
    rehearsed: tuple[AppPaths, int, list[str]], tmp_path: Path
) -> None:
    paths, sid, _titles = rehearsed
    target = export(paths, sid, "csv", tmp_path / "r.csv")
    with target.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    events = logged(paths, sid)
    shared = [(seq, kind) for seq, kind, private in events if not private]
    assert [(int(r["seq"]), r["kind"]) for r in rows] == shared
    assert {"time", "kind", "cue", "detail"} <= set(rows[0])
    started = [r for r in rows if r["kind"] == "cue_started"]
    assert [r["cue"] for r in started] == ["1", "2", "3", "4", "5"]
    assert all(r["time"] and r["detail"].startswith("{") for r in rows)
    assert PRIVATE not in target.read_text("utf-8")


def test_include_private_puts_the_note_in_each_format(
    rehearsed: tuple[AppPaths, int, list[str]], tmp_path: Path
) -> None:
    paths, sid, _titles = rehearsed
    html = export(paths, sid, "html", tmp_path / "p.html", "--include-private")
    table = export(paths, sid, "csv", tmp_path / "p.csv", "--include-private")
    pdf = export(paths, sid, "pdf", tmp_path / "p.pdf", "--include-private")
    assert PRIVATE in html.read_text("utf-8")
    assert PRIVATE in table.read_text("utf-8")
    assert PRIVATE in pdf_text(pdf)
    with table.open(newline="", encoding="utf-8-sig") as handle:
        assert len(list(csv.DictReader(handle))) == len(logged(paths, sid))


def test_deleting_removes_that_session_and_its_events_only(
    rehearsed: tuple[AppPaths, int, list[str]],
) -> None:
    paths, sid, _titles = rehearsed
    with sqlite3.connect(paths.db_path) as conn:
        before = dict(conn.execute("SELECT session_id, count(*) FROM event GROUP BY session_id"))
        plans = conn.execute("SELECT count(*) FROM plan").fetchone()[0]
    db = Database.open(paths, write=True)
    try:
        with db.session() as session:
            history.delete_session(session, sid)
    finally:
        db.close()
    with sqlite3.connect(paths.db_path) as conn:
        after = dict(conn.execute("SELECT session_id, count(*) FROM event GROUP BY session_id"))
        assert conn.execute("SELECT count(*) FROM session WHERE id=?", (sid,)).fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM plan").fetchone()[0] == plans
    assert after == {k: v for k, v in before.items() if k != sid} and after
    gone = run_cli("report", str(sid), "-o", "/tmp/never.html", data_dir=paths.data_dir)
    assert gone.returncode == 1 and "no session" in gone.stderr
