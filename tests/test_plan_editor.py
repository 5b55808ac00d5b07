"""The plan editor: undo/redo round trips, drag and drop, the inspector, plan actions.

Real database and real widgets on Qt's offscreen platform; the item models are also
driven with no view at all.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData
from pytestqt.qtbot import QtBot

from tearconsole.core.kinds import ContinueMode
from tearconsole.core.plan import PlanSpec
from tearconsole.core.plan_edits import content_equal
from tearconsole.storage.db import Database
from tearconsole.storage.plans import all_plan_specs, find_plan, plan_spec
from tearconsole.ui.app import make_application
from tearconsole.ui.plan_editor import PlanEditorPage
from tearconsole.ui.plan_editor.cue_model import CUE_MIME, CueListModel, encode_ids
from tearconsole.ui.plan_editor.inspector import CueInspector
from tearconsole.ui.tasks import SyncRunner
from tests.media import MediaFactory
from tests.planhelp import add_media, add_plan, add_text


@pytest.fixture
def library(db: Database, vlc_instance: Any, make_media: MediaFactory) -> dict[str, int]:
    ids = {
        "film": add_media(
            db, vlc_instance, make_media.film("editor-film.mp4", 3.0), "film", intensity=4
        ),
        "song": add_media(
            db, vlc_instance, make_media.tone("editor-song.ogg", 5.0), "music", intensity=2
        ),
        "notice": add_text(db, "card", "Content notice", "Loss.", tags=["content-notice"]),
        "closing": add_text(db, "card", "Closing", "Take care.", tags=["closing"]),
    }
    ids["plan"] = add_plan(
        db,
        "Evening",
        [
            {"stimulus_id": ids["notice"], "duration_s": 30.0},
            {"stimulus_id": ids["film"]},
            {"kind": "pause", "duration_s": 60.0},
            {"stimulus_id": ids["closing"], "duration_s": 60.0, "notes": "stay after"},
        ],
        target_s=600.0,
    )
    return ids


@pytest.fixture
def page(qtbot: QtBot, db: Database, library: dict[str, int]) -> Iterator[PlanEditorPage]:
    make_application()
    editor = PlanEditorPage(db)
    editor.task_runner = SyncRunner()
    qtbot.addWidget(editor)
    editor.resize(1200, 760)
    editor.show()
    yield editor


def stored(db: Database, ref: str | int) -> PlanSpec:
    with db.session() as session:
        return plan_spec(find_plan(session, ref))


def test_editing_with_undo_and_redo_round_trips_to_the_identical_plan(
    page: PlanEditorPage, db: Database, library: dict[str, int]
) -> None:
    original = stored(db, "Evening")
    assert page.plan is not None and content_equal(page.plan, original)
    page.select_cue(1)
    page.edits.add_stimuli([library["song"]])  # after the film
    page.edits.add_pause(45)
    page.edits.move_cue(4, 0)
    page.select_cue(2)
    page.edits.edit_field("in_s", 0.5)
    page.edits.edit_field("in_s", 1.0)  # merges with the edit before
    page.edits.edit_field("continue_mode", ContinueMode.POST_WAIT)
    page.edits.edit_field("post_wait_s", 12.0)
    page.edits.edit_field("notes", "slow")
    page.edits.toggle_soft_landing()
    page.edits.set_target_minutes(20)
    page.edits.add_bed(library["song"])
    page.edits.add_bed_stop()
    page.select_cue(5)
    page.edits.remove_selected()
    page.rename_plan("Winter evening")
    page.theme.setText("snow")
    page.theme.editingFinished.emit()
    final = page.plan
    assert final is not None and final.name == "Winter evening"
    assert final.soft_landing_position == 2 and final.target_s == 1200
    assert final.cues[2].in_s == 1.0 and final.cues[2].post_wait_s == 12.0
    steps = page.document.stack.count()
    assert steps == 14  # the two in-point edits are one step
    assert final.theme == "snow" and page.undo_button.toolTip() == "Undo change the theme"
    assert content_equal(stored(db, final.id or 0), final)

    while page.document.stack.canUndo():
        page.undo_button.click()
    assert page.plan is not None and content_equal(page.plan, original)
    assert content_equal(stored(db, original.id or 0), original)
    while page.document.stack.canRedo():
        page.redo_button.click()
    assert content_equal(page.plan, final)
    assert content_equal(stored(db, final.id or 0), final)
    assert (
        "Winter evening"
        in page.plans.list.item(0).text() + page.plans.list.item(page.plans.list.count() - 1).text()
    )


def test_the_timing_line_and_the_findings_follow_the_edits(page: PlanEditorPage) -> None:
    assert "4 cues" in page.timing.text() and "target 10:00" in page.timing.text()
    texts = [page.findings.item(i).text() for i in range(page.findings.count())]
    assert any("soft-landing" in t for t in texts)  # none chosen yet
    page.select_cue(2)
    page.edits.toggle_soft_landing()
    page.select_cue(2)
    page.edits.remove_selected()  # the pause after the intense film goes
    texts = [page.findings.item(i).text() for i in range(page.findings.count())]
    assert any("calm" in t for t in texts)
    assert page.arc.segments and page.arc.segments[-1].end_s == pytest.approx(
        page.plan.planned_s if page.plan else 0
    )


def test_cue_model_turns_drops_into_requests_without_a_view(
    qtbot: QtBot, db: Database, library: dict[str, int]
) -> None:
    model = CueListModel()
    model.set_plan(stored(db, "Evening"))
    assert model.rowCount() == 4 and model.index(1, 2).data() == "editor-film"
    data = model.mimeData([model.index(0, 0)])
    assert data.hasFormat(CUE_MIME)
    with qtbot.waitSignal(model.move_requested) as moved:
        assert (
            model.dropMimeData(data, model.supportedDropActions(), 3, 0, model.index(-1, -1))
            is False
        )
    assert moved.args == [0, 2]  # dropped before row 3: ends up third
    with qtbot.waitSignal(model.stimuli_dropped) as dropped:
        model.dropMimeData(
            encode_ids([7, 9]), model.supportedDropActions(), -1, -1, model.index(-1, -1)
        )
    assert dropped.args == [[7, 9], 4]


def test_dragging_library_items_and_cues_edits_the_plan(
    page: PlanEditorPage, db: Database, library: dict[str, int]
) -> None:
    page.model.dropMimeData(
        encode_ids([library["song"]]),
        page.model.supportedDropActions(),
        1,
        0,
        page.model.index(-1, -1),
    )
    assert page.plan is not None and page.plan.cues[1].title == "editor-song"
    page.model.dropMimeData(
        page.model.mimeData([page.model.index(0, 0)]),
        page.model.supportedDropActions(),
        5,
        0,
        page.model.index(-1, -1),
    )
    assert [c.title for c in page.plan.cues] == [
        "editor-song",
        "editor-film",
        "Pause 60 s",
        "Closing",
        "Content notice",
    ]
    assert [c.title for c in stored(db, "Evening").cues][-1] == "Content notice"


def test_inspector_shows_the_fields_of_each_kind_and_reports_edits(
    qtbot: QtBot, db: Database, library: dict[str, int]
) -> None:
    make_application()
    inspector = CueInspector()
    qtbot.addWidget(inspector)
    plan = stored(db, "Evening")
    assert {"in_s", "out_s", "level_db"} <= inspector.visible_fields(plan.cues[1])
    assert "in_s" not in inspector.visible_fields(plan.cues[0])
    assert {"duration_s", "tone", "text"} <= inspector.visible_fields(plan.cues[2])
    inspector.show_cue(plan.cues[1])
    with qtbot.waitSignal(inspector.edited) as edited:
        inspector.fields["fade_in_s"].setValue(2.5)  # type: ignore[attr-defined]
    assert edited.args == ["fade_in_s", 2.5]
    with qtbot.waitSignal(inspector.edited) as edited:
        inspector.fields["notes"].setPlainText("quietly")  # type: ignore[attr-defined]
    assert edited.args == ["notes", "quietly"]
    # Showing another cue reports nothing by itself.
    with qtbot.assertNotEmitted(inspector.edited):
        inspector.show_cue(plan.cues[3])
    assert inspector.fields["notes"].toPlainText() == "stay after"  # type: ignore[attr-defined]


def test_plan_list_new_duplicate_rename_delete(page: PlanEditorPage, db: Database) -> None:
    page.new_plan()
    assert page.plan is not None and page.plan.name == "New plan" and not page.plan.cues
    page.edits.add_pause()
    page.rename_plan("Morning")
    page.duplicate_plan()
    assert page.plan.name == "Morning (copy)" and len(page.plan.cues) == 1
    page.delete_plan(confirm=False)
    with db.session() as session:
        names = sorted(p.name for p in all_plan_specs(session))
    assert names == ["Evening", "Morning"]
    assert page.plans.list.count() == 2


def test_export_and_import_from_the_editor(
    page: PlanEditorPage, db: Database, tmp_path: Path
) -> None:
    target = tmp_path / "evening.zip"
    page.export_plan(target)
    assert target.is_file() and "Exported 'Evening'" in page.status.text()
    page.export_plan(tmp_path / "mine.zip", include_private=True)
    with zipfile.ZipFile(tmp_path / "mine.zip") as archive:
        assert "stay after" in archive.read("manifest.json").decode()
    with zipfile.ZipFile(target) as archive:
        assert "stay after" not in archive.read("manifest.json").decode()
    page.import_plan(target)
    assert page.plan is not None and page.plan.name == "Evening (2)"
    assert "0 new stimuli, 3 already" in page.status.text()
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 not really")
    said: list[str] = []
    page.say = said.append  # type: ignore[method-assign]
    page.import_plan(broken)
    assert said and said[0].endswith("Nothing was changed.")
    assert page.plans.list.count() == 2


def test_a_drop_on_the_cue_table_lands_where_it_was_dropped(
    page: PlanEditorPage, library: dict[str, int]
) -> None:
    """The view's own drop handling (enter, move, drop) down to the plan."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    def drop(point: QPoint, data: QMimeData, action: Qt.DropAction) -> None:
        for kind in (QDragEnterEvent, QDragMoveEvent, QDropEvent):
            event = kind(
                point, action, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
            )
            QApplication.sendEvent(page.table.viewport(), event)

    rect = page.table.visualRect(page.model.index(2, 2))
    song = encode_ids([library["song"]])  # kept alive while the events use it
    drop(QPoint(rect.center().x(), rect.top() + 3), song, Qt.DropAction.CopyAction)
    assert page.plan is not None
    assert [c.title for c in page.plan.cues][2] == "editor-song"  # above the row it hit
    assert page.table.currentIndex().row() == 2

    # Drag the first cue to just below the last one.
    cue = page.model.mimeData([page.model.index(0, 0)])
    last = page.table.visualRect(page.model.index(4, 2))
    drop(QPoint(last.center().x(), last.bottom() - 3), cue, Qt.DropAction.MoveAction)
    assert [c.title for c in page.plan.cues] == [
        "editor-film",
        "editor-song",
        "Pause 60 s",
        "Closing",
        "Content notice",
    ]


def test_showing_the_page_again_picks_up_library_changes(
    page: PlanEditorPage, db: Database, library: dict[str, int]
) -> None:
    from tearconsole.storage.models import Stimulus

    page.select_cue(1)
    with db.session() as session:
        film = session.get(Stimulus, library["film"])
        assert film is not None
        film.intensity = 2
    page.hide()
    page.show()
    assert page.plan is not None and page.plan.cues[1].intensity == 2
    assert page.inspector.cue is not None and page.inspector.cue.position == 1
    assert not any("intense" in page.findings.item(i).text() for i in range(page.findings.count()))


def test_only_music_plays_as_a_bed(page: PlanEditorPage, library: dict[str, int]) -> None:
    said: list[str] = []
    page.say = said.append  # type: ignore[method-assign]
    page.library.bed_requested.emit(library["closing"])
    assert said == ["Only music can play as a bed under other cues; “Closing” is a card."]
    page.library.bed_requested.emit(library["song"])
    assert page.plan is not None and page.plan.cues[-1].kind.value == "bed_start"


def test_inspector_checks_the_rule_as_typed_and_says_why_beside_the_fields(
    qtbot: QtBot, db: Database, library: dict[str, int]
) -> None:
    import dataclasses

    make_application()
    inspector = CueInspector()
    qtbot.addWidget(inspector)
    cue = dataclasses.replace(stored(db, "Evening").cues[1], in_s=10.0, out_s=20.0)
    inspector.show_cue(cue)
    assert inspector.reason.isHidden()
    with qtbot.assertNotEmitted(inspector.edited):
        inspector.fields["out_s"].setValue(5.0)  # type: ignore[attr-defined]
    assert not inspector.reason.isHidden()
    assert inspector.reason.text() == "The out point must come after the in point."
    with qtbot.waitSignal(inspector.edited) as edited:
        inspector.fields["out_s"].setValue(30.0)  # type: ignore[attr-defined]
    assert edited.args == ["out_s", 30.0] and inspector.reason.isHidden()
