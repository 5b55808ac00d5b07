"""One rule for a valid stimulus, cue and plan (core.validation): whatever it accepts
exports and imports again unchanged into an empty data folder; whatever it rejects, the
editor's save refuses and a plan file's import refuses with the same sentence."""

from __future__ import annotations

import json
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tearconsole.bundles import export_plan, import_bundle
from tearconsole.bundles.manifest import MANIFEST_NAME, BundleError
from tearconsole.core.validation import (
    LANGUAGE_CODES,
    cue_problems,
    plan_problems,
    stimulus_problems,
)
from tearconsole.errors import UserError
from tearconsole.paths import AppPaths
from tearconsole.storage.db import Database
from tearconsole.storage.models import Cue, Plan, Stimulus
from tearconsole.storage.stimuli import MetadataChanges, apply_changes

TEXT = st.characters(blacklist_categories=("Cs",))


NAMES = st.text(TEXT, min_size=1, max_size=12).filter(str.strip)
WORDS = st.text(TEXT, min_size=1, max_size=12).filter(lambda w: w.strip() and "," not in w)
SECONDS = st.one_of(st.just(0.0), st.floats(0.0, 120.0, allow_nan=False))

edits = st.fixed_dictionaries(
    {
        "title": NAMES,
        "intensity": st.integers(1, 5),
        "language": st.one_of(st.none(), st.sampled_from(sorted(LANGUAGE_CODES))),
        "content_notes": st.lists(WORDS, max_size=3).map(", ".join),
        "tags": st.lists(WORDS, max_size=3),
        "credit": st.text(TEXT, max_size=12),
        "licence": st.text(TEXT, max_size=12),
        "private_notes": st.text(TEXT, max_size=12),
    }
)
cues = st.fixed_dictionaries(
    {
        "in_s": SECONDS,
        "out_s": st.one_of(st.none(), st.floats(0.01, 60.0)),  # after the in point
        "fade_in_s": SECONDS,
        "fade_out_s": SECONDS,
        "level_db": st.floats(-96.0, 24.0),
        "pre_wait_s": SECONDS,
        "post_wait_s": SECONDS,
        "duration_s": st.one_of(st.none(), st.floats(0.01, 600.0)),
        "notes": st.text(TEXT, max_size=12),
    }
).map(lambda c: {**c, "out_s": None if c["out_s"] is None else c["in_s"] + c["out_s"]})
plans = st.fixed_dictionaries(
    {
        "name": NAMES,
        "theme": st.text(TEXT, max_size=12),
        "target_s": st.one_of(st.none(), st.floats(1.0, 10_000.0)),
        "notes": st.text(TEXT, max_size=12),
    }
)
#: One field broken on purpose (or none): (which, field, a value the rule rejects).
BREAKS = [
    ("edit", "title", ""),
    ("edit", "title", "   "),
    ("edit", "title", "w" * 301),
    ("edit", "intensity", 0),
    ("edit", "intensity", 6),
    ("edit", "language", "Englsh"),
    ("edit", "language", "x" * 40),
    ("edit", "tags", ["t" * 81]),
    ("edit", "content_notes", "n" * 81),
    ("edit", "credit", "c" * 2001),
    ("cue", "in_s", -2.0),
    ("cue", "out_s", 0.0),
    ("cue", "fade_in_s", -1.0),
    ("cue", "fade_out_s", -0.5),
    ("cue", "level_db", 30.0),
    ("cue", "pre_wait_s", -1.0),
    ("cue", "duration_s", 0.0),
    ("plan", "name", "w" * 201),
    ("plan", "target_s", 0.0),
    ("plan", "target_s", -5.0),
]
breaks = st.one_of(st.none(), st.sampled_from(BREAKS))


def _changes(edit: dict[str, Any]) -> MetadataChanges:
    fields = {k: v for k, v in edit.items() if k != "tags"}
    return MetadataChanges(tags_add=tuple(edit["tags"]), **fields)


def _fresh(root: Path, name: str) -> Database:
    return Database.open(AppPaths.resolve(root / name).ensure(), write=True)


def _make(db: Database, cue: dict[str, Any], plan: dict[str, Any]) -> int:
    """A plan of one card, written as the plan editor stores it (names trimmed)."""
    with db.session() as session:
        card = Stimulus(kind="card", title="Welcome", text="Welcome, all.", duration_s=10.0)
        row = Plan(**{**plan, "name": (plan["name"] or "").strip() or "Unnamed"})
        row.cues.append(Cue(position=0, kind="stimulus", stimulus=card, **cue))
        session.add(row)
        session.flush()
        return row.id


def _stored(db: Database) -> dict[str, Any]:
    with db.session() as session:
        stimulus = session.query(Stimulus).one()
        cue = session.query(Cue).one()
        plan = session.query(Plan).one()
        return {
            "stimulus": {
                name: getattr(stimulus, name)
                for name in ("title", "intensity", "language", "content_notes", "credit")
                + ("licence", "private_notes", "text", "duration_s")
            }
            | {"tags": [t.name for t in stimulus.tags]},
            "cue": {name: getattr(cue, name) for name in (*cue_fields(), "kind")},
            "plan": {n: getattr(plan, n) for n in ("name", "theme", "target_s", "notes")},
        }


def cue_fields() -> tuple[str, ...]:
    return (
        "in_s", "out_s", "fade_in_s", "fade_out_s", "level_db", "pre_wait_s", "post_wait_s",
        "duration_s", "notes",
    )  # fmt: skip


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(edit=edits, cue=cues, plan=plans, broken=breaks)
def test_what_the_rule_accepts_travels_and_what_it_rejects_is_refused_alike(
    edit: dict[str, Any],
    cue: dict[str, Any],
    plan: dict[str, Any],
    broken: tuple[str, str, Any] | None,
) -> None:
    if broken is not None:
        which, name, value = broken
        {"edit": edit, "cue": cue, "plan": plan}[which][name] = value
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        source = _fresh(root, "home")
        try:
            plan_id = _make(source, cue, plan)
            changes = _changes(edit)
            editor_says = stimulus_problems(changes.as_values())
            with source.session() as session:
                if editor_says:  # the editor's save refuses, with the rule's sentence
                    with pytest.raises(UserError) as refused:
                        apply_changes(session, [1], changes)
                    assert str(refused.value) == editor_says[0].reason
                    _break_on_purpose(session, edit)
                else:
                    apply_changes(session, [1], changes)
            bundle = root / "plan.tearplan"
            rejected = _expected_refusal(source, cue, plan)
            event("rejected" if rejected else "accepted")
            if rejected is None:
                export_plan(source, plan_id, bundle, include_private=True)
            else:
                with pytest.raises(UserError) as at_home:
                    export_plan(source, plan_id, bundle, include_private=True)
                assert rejected in str(at_home.value)  # refused at home, not at the venue
                _write_bundle_anyway(source, plan_id, bundle, edit, cue, plan)
            before = _stored(source)
        finally:
            source.close()
        venue = _fresh(root, "venue")
        try:
            if rejected is None:
                import_bundle(venue, bundle)
                assert _stored(venue) == before
            else:
                with pytest.raises(BundleError) as at_venue:
                    import_bundle(venue, bundle)
                assert rejected in str(at_venue.value)
                with venue.session() as session:
                    assert session.query(Plan).count() == 0  # nothing was changed
        finally:
            venue.close()


def _stimulus_values(edit: dict[str, Any]) -> dict[str, Any]:
    return _changes(edit).as_values()


def _expected_refusal(db: Database, cue: dict[str, Any], plan: dict[str, Any]) -> str | None:
    """The first reason, in the order an import reads a file: stimuli, cues, the plan."""
    with db.session() as session:
        stimulus = session.query(Stimulus).one()
        values = {
            "title": stimulus.title,
            "intensity": stimulus.intensity,
            "language": stimulus.language,
            "content_notes": [n for n in stimulus.content_notes.split(", ") if n],
            "tags": [t.name for t in stimulus.tags],
            "credit": stimulus.credit,
        }
    stored_plan = {**plan, "name": (plan["name"] or "").strip() or "Unnamed"}
    for problems in (stimulus_problems(values), cue_problems(cue), plan_problems(stored_plan, 1)):
        if problems:
            return problems[0].reason
    return None


def _break_on_purpose(session: Any, edit: dict[str, Any]) -> None:
    """Store what the editor refused (as an older tearconsole or another program might)."""
    stimulus = session.get(Stimulus, 1)
    values = _stimulus_values(edit)
    for name in ("title", "intensity", "language", "credit"):
        if name in values:
            setattr(stimulus, name, values[name])
    if "content_notes" in values:
        stimulus.content_notes = ", ".join(values["content_notes"])


def _write_bundle_anyway(
    db: Database,
    plan_id: int,
    bundle: Path,
    edit: dict[str, Any],
    cue: dict[str, Any],
    plan: dict[str, Any],
) -> None:
    """The bundle another program (or an older tearconsole) could have written."""
    from tearconsole.bundles import export as exporting

    with db.session() as session:
        row = session.get(Plan, plan_id)
        assert row is not None
        manifest, _files = exporting._manifest(row, exporting._stimuli_of(session, row), True)
    with zipfile.ZipFile(bundle, "w") as archive:
        archive.writestr(MANIFEST_NAME, json.dumps(manifest))
