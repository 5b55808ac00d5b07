"""Errors as data: a refusal or a kept reason is a ``Message`` (which sentence, and its
words), said in the chosen language where it is shown; its English is one rendering.
A message round-trips through the event log and the database, an older record without one
is said as stored, and nothing parses English back into a template."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from sqlalchemy import select

import tearconsole
from tearconsole import i18n
from tearconsole.core import media_problems
from tearconsole.core.conductor.log import LoggedEvent, Snapshot
from tearconsole.core.kinds import EventKind, MediaStatus, SessionMode
from tearconsole.core.plan import PlanSpec
from tearconsole.core.records import mark_label
from tearconsole.core.validation import plan_problems
from tearconsole.errors import UserError
from tearconsole.i18n.message import Message
from tearconsole.library import reasons
from tearconsole.library.locate import check_files
from tearconsole.reports.csv import report_csv
from tearconsole.reports.html import report_html
from tearconsole.storage.db import Database
from tearconsole.storage.eventlog import EventLog
from tearconsole.storage.history import load_report
from tearconsole.storage.models import Stimulus
from tearconsole.storage.plans import create_plan, find_plan
from tearconsole.storage.sessions import create_session
from tearconsole.storage.stimuli import library_rows

MISSING_JA = "メディアファイル 雨.ogg が見つかりません（移動、名前の変更、削除をしましたか？）。"


def test_a_message_is_its_sentence_in_either_language(japanese: None) -> None:
    message = media_problems.missing("/media/雨.ogg")
    assert message.english() == "The media file 雨.ogg is missing (moved, renamed or deleted?)."
    assert message.told() == str(message) == MISSING_JA
    back = Message.from_dict(json.loads(json.dumps(message.as_dict())))
    assert back == message


@pytest.mark.parametrize(
    "stored",
    [
        None,
        "The media file x is missing.",
        {"context": "MediaProblem"},
        {"context": "MediaProblem", "source": "{file} gone", "args": {}},  # would not format
        {"context": "MediaProblem", "source": "x", "args": ["file"]},
        {"context": "MediaProblem", "source": "x", "n": "3"},
    ],
)
def test_what_is_not_a_message_is_not_read_as_one(stored: object) -> None:
    assert Message.from_dict(stored) is None


def test_a_user_error_carries_its_message(japanese: None) -> None:
    error = UserError(Message.translate("Storage", "A note needs some text."))
    assert str(error) == "メモには文章が必要です。"
    assert error.english() == "A note needs some text."
    assert error.message is not None and error.message.source == "A note needs some text."
    made_elsewhere = UserError("Already said.")
    assert str(made_elsewhere) == made_elsewhere.english() == "Already said."
    assert made_elsewhere.message is None


def _log_media_problem(db: Database, detail: dict[str, object]) -> int:
    with db.session() as session:
        sid = create_session(session, PlanSpec(None, "Rain"), SessionMode.REHEARSAL).id
    events = EventLog(db.paths.db_path, sid, checkpoint_every_s=None)
    snap = Snapshot(main=0, main_s=0.0, standby=1, bed=None)
    try:
        events.record(LoggedEvent(EventKind.STARTED, 0.0, 0, 0.0, snap))
        events.record(LoggedEvent(EventKind.MEDIA_ERROR, 1.0, 0, 0.0, snap, detail=detail))
    finally:
        events.close()
    return sid


def _media_event_and_report(db: Database, sid: int) -> tuple[str, str, str]:
    with db.session() as session:
        report = load_report(session, sid, include_private=False)
    (event,) = [e for e in report.events if e.kind == EventKind.MEDIA_ERROR.value]
    return mark_label(event), report_html(report), report_csv(report)


def test_a_media_problem_round_trips_through_the_event_log(db: Database, japanese: None) -> None:
    """Kept by the real event log in SQLite; History's mark and the report say it in
    Japanese from the message, while the English reason stays for scripts."""
    problem = media_problems.missing("/media/雨.ogg")
    sid = _log_media_problem(db, media_problems.kept(problem))
    mark, html, csv = _media_event_and_report(db, sid)
    assert mark == f"メディアの問題：{MISSING_JA}"
    assert MISSING_JA in html and "is missing" not in html
    assert problem.english() in csv  # the detail, as scripts read it
    i18n.set_language("en")
    mark, _, _ = _media_event_and_report(db, sid)
    assert mark == f"Media problem: {problem.english()}"


def test_a_media_problem_an_older_version_logged_is_said_as_stored(
    db: Database, japanese: None
) -> None:
    english = "The media file 雨.ogg is missing (moved, renamed or deleted?)."
    sid = _log_media_problem(db, {"reason": english})
    mark, html, _ = _media_event_and_report(db, sid)
    assert mark == f"メディアの問題：{english}"  # as stored: no guessing from the English
    assert english in html


def test_a_status_reason_round_trips_through_the_database(
    db: Database, tmp_path: Path, japanese: None
) -> None:
    """``check_files`` keeps the reason's message beside its English; the library page's
    rows (the driver's quick read) carry both, and the page says it from the message."""
    gone = tmp_path / "gone.ogg"
    with db.session() as session:
        session.add(Stimulus(kind="music", title="Gone", path=str(gone), status="ok"))
    assert check_files(db).now_missing
    with db.session() as session:
        stimulus = session.scalars(select(Stimulus)).one()
        assert stimulus.status == MediaStatus.MISSING.value
        assert stimulus.status_reason == reasons.moved(gone).english()
        assert reasons.kept(stimulus) == reasons.moved(gone)
        (row,) = library_rows(session)
    said = reasons.said(row)
    assert (
        said.startswith(f"ファイルが {gone} にもうありません")
        and said == reasons.moved(gone).told()
    )
    assert not check_files(db).now_missing  # unchanged: nothing rewritten


def test_an_older_status_reason_is_shown_as_stored_and_gets_its_message(
    db: Database, tmp_path: Path, japanese: None
) -> None:
    gone = tmp_path / "gone.ogg"
    english = reasons.moved(gone).english()
    with db.session() as session:
        session.add(
            Stimulus(
                kind="music", title="Old", path=str(gone), status="missing", status_reason=english
            )
        )
    with db.session() as session:
        (row,) = library_rows(session)
    assert row["status_message"] is None and reasons.said(row) == english
    check_files(db)  # the next check keeps the message beside it
    with db.session() as session:
        (row,) = library_rows(session)
    assert reasons.said(row) == reasons.moved(gone).told() != english


def test_no_module_parses_a_stored_sentence_back() -> None:
    """``i18n.told`` (regular expressions turning English back into templates) is gone,
    and no module under src imports ``re`` to read a reason or a message."""
    assert not hasattr(i18n, "told") and not hasattr(i18n, "_stored_pattern")
    root = Path(tearconsole.__file__).parent
    readers = []
    for path in sorted(root.rglob("*.py")):
        source = path.read_text("utf-8")
        tree = ast.parse(source)
        imports_re = any(
            isinstance(node, ast.Import) and any(a.name == "re" for a in node.names)
            for node in ast.walk(tree)
        )
        if imports_re and ("status_reason" in source or "media_problems" in source):
            readers.append(str(path.relative_to(root)))
        if any(isinstance(n, ast.Name) and n.id == "_stored_pattern" for n in ast.walk(tree)):
            readers.append(str(path.relative_to(root)))
    assert readers == []


def test_find_plan_refuses_with_a_message(db: Database) -> None:
    with db.session() as session, pytest.raises(UserError) as raised:
        find_plan(session, "nothing such")
    assert raised.value.message is not None
    assert raised.value.message.args == {"name": "'nothing such'"}


def test_a_field_problem_refuses_with_its_message(db: Database, japanese: None) -> None:
    """A rule's reason (validation) is a message too: said where shown, English for logs."""
    with db.session() as session, pytest.raises(UserError) as raised:
        create_plan(session, "  ", [])
    assert str(raised.value) == "プランには名前が必要です。"
    assert raised.value.english() == "A plan needs a name."
    assert plan_problems({"name": ""})[0].reason == "プランには名前が必要です。"


def test_a_message_may_hold_messages_said_in_its_language(japanese: None) -> None:
    """A sentence made of sentences (what happened, then the way back) stays data whole."""
    note = Message.translate("Storage", "A note needs some text.")
    both = Message.translate("Storage", "{said} {way}").format(said=note, way=note)
    assert both.english() == "A note needs some text. A note needs some text."
    assert both.told() == "メモには文章が必要です。メモには文章が必要です。"  # no space
    assert Message.from_dict(json.loads(json.dumps(both.as_dict()))) == both
    broken = {**both.as_dict(), "args": {"said": {"context": "x"}, "way": "y"}}
    assert Message.from_dict(broken) is None
