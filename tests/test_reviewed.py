"""Items nobody has reviewed: imported from a file they are unreviewed until a person
sets their intensity or content notes, and preflight names them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tearconsole.core.kinds import CueKind
from tearconsole.core.plan import CueSpec, PlanSpec
from tearconsole.core.preflight import check_plan
from tearconsole.library.importer import import_paths
from tearconsole.storage.db import Database
from tearconsole.storage.models import Stimulus
from tearconsole.storage.plans import find_plan, plan_spec, save_plan, stimulus_info
from tearconsole.storage.stimuli import MetadataChanges, apply_changes


def _no_probe(_path: Path) -> Any:
    raise AssertionError("a story is not probed")


def _findings(db: Database) -> list[str]:
    with db.session() as session:
        return [f.message for f in check_plan(plan_spec(find_plan(session, "Unread")))]


def test_an_imported_story_is_unreviewed_until_a_person_sets_it(
    db: Database, tmp_path: Path
) -> None:
    story = tmp_path / "The lamplighter.txt"
    story.write_text("The lamplighter walked the last street.\n" * 20, encoding="utf-8")
    report = import_paths(db, [story], _no_probe)
    assert [item.outcome for item in report.items] == ["imported"]
    with db.session() as session:
        row = session.query(Stimulus).one()
        assert row.reviewed is False
        info = stimulus_info(row)
        save_plan(session, PlanSpec(None, "Unread", cues=(CueSpec(0, CueKind.STIMULUS, info),)))
    assert any("“The lamplighter”" in m and "reviewed" in m for m in _findings(db))
    with db.session() as session:
        apply_changes(session, [row.id], MetadataChanges(content_notes="loneliness"))
    assert not any("reviewed" in m for m in _findings(db))
