"""The storage functions the pages call: each one unit of work on a real SQLite file,
committed when it returns (each read is a session of its own, on a new connection)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tearconsole.core.checkin import EndInfo, StartInfo, SudsReading
from tearconsole.errors import UserError
from tearconsole.storage import history, plans, stimuli
from tearconsole.storage.db import Database
from tests.session_records import make_plan, make_session


def test_plans_are_added_copied_renamed_apart_and_removed(db: Database) -> None:
    first = plans.add_plan(db, "Evening")
    second = plans.add_plan(db, "Evening")  # a free name, never a clash
    copied = plans.copy_plan(db, first)
    names = dict((plan_id, name) for name, plan_id in plans.plan_choices(db))
    assert names[first] == "Evening" and names[second] != "Evening"
    assert len({names[first], names[second], names[copied]}) == 3
    assert plans.plan_name_taken(db, "Evening") and not plans.plan_name_taken(db, "Morning")
    assert plans.remove_plan(db, second) == names[second]
    with pytest.raises(UserError):
        plans.load_plan(db, second)
    assert [spec.id for spec in plans.load_plan_specs(db)] == [
        plan_id for _name, plan_id in plans.plan_choices(db)
    ]


def test_a_stored_plan_reads_back_as_saved(db: Database) -> None:
    plan_id = make_plan(db)
    spec = plans.load_plan(db, plan_id)
    plans.store_plan(db, replace(spec, theme="winter"))
    again = plans.load_plan(db, "An evening of letters")
    assert again.theme == "winter" and again.cues == spec.cues
    library = plans.load_library(db)
    assert {item.title for item in library} >= {"First light", "Homeward"}


def test_library_rows_and_their_changes(db: Database) -> None:
    make_plan(db)
    rows = stimuli.load_library_rows(db)
    film = next(row for row in rows if row["title"] == "First light")
    changes = stimuli.MetadataChanges(intensity=4)
    assert stimuli.change_stimuli(db, [film["id"]], changes) == 1
    again = next(r for r in stimuli.load_library_rows(db) if r["id"] == film["id"])
    assert again["intensity"] == 4


def test_sessions_are_listed_reported_corrected_and_removed(db: Database) -> None:
    plan_id = make_plan(db)
    made = make_session(db, plan_id)
    rehearsal = make_session(db, plan_id, mode="rehearsal")
    assert [s.id for s in history.load_sessions(db, mode="live")] == [made.session_id]
    assert len(history.load_sessions(db, plan_text="evening")) == 2
    shown = history.load_session_report(db, made.session_id, include_private=False)
    private = history.load_session_report(db, made.session_id, include_private=True)
    assert len(shown.events) < len(private.events) and shown.facts.notes == ""
    assert private.facts.notes
    reading = SudsReading(group=4.0)
    before = history.load_session_facts(db, made.session_id)
    checkout = before.checkout
    assert not history.correct_session_readings(
        db, made.session_id, checkin=before.checkin, checkout=checkout
    )
    assert history.correct_session_readings(db, made.session_id, checkin=reading, checkout=checkout)
    assert history.load_session_facts(db, made.session_id).checkin == reading
    history.remove_session(db, rehearsal.session_id)
    assert [s.id for s in history.load_sessions(db)] == [made.session_id]


def test_start_and_end_info_are_kept(db: Database) -> None:
    plan_id = make_plan(db)
    made = make_session(db, plan_id)
    history.save_start_info(db, made.session_id, StartInfo(group_size=9))
    history.save_end_info(db, made.session_id, EndInfo(group_size=8, note="quiet room"))
    facts = history.load_session_facts(db, made.session_id)
    assert facts.group_size == 8


def test_a_unit_that_fails_keeps_nothing(db: Database) -> None:
    with pytest.raises(UserError):
        plans.copy_plan(db, 999)
    assert plans.plan_choices(db) == []
