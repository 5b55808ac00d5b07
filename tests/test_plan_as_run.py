"""A session keeps its plan as it was run: after the plan is renamed, reordered, retitled,
retimed or deleted, the session's reports still name and time the cues as they ran.
Sessions recorded before the outline was kept fall back to the current plan."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pytest

from tearconsole.core.kinds import CueKind
from tearconsole.core.plan_edits import move_cue, update_cue
from tearconsole.core.plan_outline import PlanOutline
from tearconsole.paths import AppPaths
from tearconsole.storage import history
from tearconsole.storage.db import Database
from tearconsole.storage.models import SessionRecord, Stimulus
from tearconsole.storage.plans import delete_plan, find_plan, plan_spec, save_plan
from tests.cli import run_cli, run_json
from tests.live_plans import Step, make_plan
from tests.session_records import make_session

AS_RUN = ["card 0", "Pause 2 s", "card 2"]


@pytest.fixture(scope="module")
def rehearsed(tmp_path_factory: pytest.TempPathFactory) -> tuple[AppPaths, int]:
    paths = AppPaths.resolve(tmp_path_factory.mktemp("as-run") / "data").ensure()
    db = Database.open(paths, write=True)
    try:
        steps = [
            Step("card", seconds=2.0, text="Welcome"),
            Step("pause", seconds=2.0),
            Step("card", seconds=2.0, text="Thank you"),
        ]
        make_plan(db, "Evening as run", steps)
    finally:
        db.close()
    done = run_json(
        "rehearse", "Evening as run", "--headless", "--speed", "8", data_dir=paths.data_dir
    )
    assert [cue["title"] for cue in done["cues"]] == AS_RUN
    return paths, int(done["session_id"])


def _report(paths: AppPaths, sid: int) -> history.SessionReport:
    db = Database.open(paths, write=False)
    try:
        with db.session() as session:
            return history.load_report(session, sid, include_private=False)
    finally:
        db.close()


def _exported(paths: AppPaths, sid: int, tmp_path: Path) -> tuple[str, list[dict[str, str]]]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    html, table = tmp_path / "r.html", tmp_path / "r.csv"
    for fmt, target in (("html", html), ("csv", table)):
        done = run_cli(
            "report", str(sid), "--format", fmt, "-o", str(target), data_dir=paths.data_dir
        )
        assert done.returncode == 0, done.stderr
    with table.open(newline="", encoding="utf-8-sig") as handle:
        return html.read_text("utf-8"), list(csv.DictReader(handle))


def _edit_the_plan(paths: AppPaths) -> None:
    """Rename it, retitle its first card, make the pause 9 s and move it first."""
    db = Database.open(paths, write=True)
    try:
        with db.session() as session:
            plan = find_plan(session, "Evening as run")
            spec = plan_spec(plan)
            first = spec.cues[0].stimulus
            assert first is not None
            row = session.get(Stimulus, first.id)
            assert row is not None
            row.title = "Retitled welcome"
            spec = update_cue(spec, 1, duration_s=9.0)
            spec = move_cue(spec, 1, 0)
            save_plan(session, replace(spec, name="Renamed evening", target_s=999.0))
    finally:
        db.close()


def test_reports_name_and_time_the_cues_as_they_ran_after_edits_and_deletion(
    rehearsed: tuple[AppPaths, int], tmp_path: Path
) -> None:
    paths, sid = rehearsed
    before = _report(paths, sid)
    assert [row.title for row in before.timeline.rows] == AS_RUN
    _edit_the_plan(paths)
    for stage in ("edited", "deleted"):
        if stage == "deleted":
            db = Database.open(paths, write=True)
            try:
                with db.session() as session:
                    delete_plan(session, "Renamed evening")
            finally:
                db.close()
        report = _report(paths, sid)
        rows = report.timeline.rows
        assert [(r.position, r.title) for r in rows] == [
            (0, "card 0"),
            (1, "Pause 2 s"),
            (2, "card 2"),
        ]
        assert [r.kind for r in rows] == [CueKind.STIMULUS, CueKind.PAUSE, CueKind.STIMULUS]
        assert [r.planned_s for r in rows] == [2.0, 2.0, 2.0], stage
        assert [r.planned_start_s for r in rows] == [0.0, 2.0, 4.0]
        assert report.timeline.target_s == 60.0 and report.facts.plan_name == "Evening as run"
        html, events = _exported(paths, sid, tmp_path / stage)
        assert all(title in html for title in AS_RUN), stage
        assert "Retitled welcome" not in html and "Pause 9 s" not in html
        assert "Renamed evening" not in html
        started = [(e["cue"], e["cue_title"]) for e in events if e["kind"] == "cue_started"]
        assert started == [("1", "card 0"), ("2", "Pause 2 s"), ("3", "card 2")], stage


def test_a_session_recorded_before_the_outline_falls_back_to_the_current_plan(
    db: Database,
) -> None:
    plan_id = make_plan(
        db, "Older evening", [Step("card", seconds=3.0), Step("pause", seconds=4.0)]
    )
    made = make_session(db, plan_id, events=[(0.0, "started", None, {}, False)])
    with db.session() as session:
        record = session.get(SessionRecord, made.session_id)
        assert record is not None and record.plan_json is None
        report = history.load_report(session, made.session_id, include_private=False)
    assert [(r.title, r.planned_s) for r in report.timeline.rows] == [
        ("card 0", 3.0),
        ("Pause 4 s", 4.0),
    ]


def test_an_unreadable_outline_is_treated_as_none() -> None:
    assert PlanOutline.from_json(None) is None
    assert PlanOutline.from_json("{not json") is None
    assert PlanOutline.from_json('{"name": "x", "cues": [{"position": 0}]}') is None
    assert PlanOutline.from_json('{"name": "x", "cues": []}') == PlanOutline("x")
