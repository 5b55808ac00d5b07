"""Preflight on the bundled demo plan "First tears": nothing to fix, by its data."""

from __future__ import annotations

from pathlib import Path

from tearconsole.core.preflight import check_plan
from tearconsole.paths import AppPaths
from tearconsole.storage.db import Database
from tearconsole.storage.plans import find_plan, plan_spec


def test_demo_plan_is_clean(demo_paths: AppPaths) -> None:
    db = Database.open(demo_paths, write=False)
    try:
        with db.session() as session:
            spec = plan_spec(find_plan(session, "First tears"))
    finally:
        db.close()
    assert [f.message for f in check_plan(spec)] == []


def test_a_breaking_plan_fails_check_on_the_command_line(
    tmp_path: Path, demo_paths: AppPaths
) -> None:
    from tests.cli import run_cli, run_json

    clean = run_json("check", "First tears", data_dir=demo_paths.data_dir)
    assert clean["ok"] is True and clean["findings"] == []
    made = run_cli("plan", "create", "Too much", "--stimuli", "999", data_dir=demo_paths.data_dir)
    assert made.returncode == 1 and "no stimulus with id 999" in made.stderr
    assert "Traceback" not in made.stderr
