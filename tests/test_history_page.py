"""The History page and the start/end dialogs on a real database (offscreen platform)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tearconsole.core.checkin import SudsReading
from tearconsole.storage.db import Database
from tearconsole.storage.history import list_sessions
from tearconsole.storage.models import Event, SessionRecord
from tearconsole.ui.history_model import COLUMNS, HistoryModel
from tearconsole.ui.history_page import HistoryPage
from tearconsole.ui.session_end_dialog import SessionEndDialog
from tearconsole.ui.session_start_dialog import SessionStartDialog
from tests.session_records import PRIVATE_NOTE, SHARED_NOTE, make_plan, make_session


@pytest.fixture
def page(qtbot: QtBot, db: Database) -> HistoryPage:
    letters = make_plan(db)
    pets = make_plan(db, "Pets we loved")
    make_session(db, letters, started_at=datetime(2026, 11, 1, 19, 0))
    make_session(db, letters, mode="rehearsal", started_at=datetime(2026, 11, 2, 19, 0))
    make_session(db, pets, started_at=datetime(2026, 11, 3, 19, 0))
    widget = HistoryPage(db)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    return widget


def test_model_shows_a_session_as_the_facilitator_reads_it(db: Database) -> None:
    make_session(db, make_plan(db))
    with db.session() as session:
        model = HistoryModel(list_sessions(session))
    cells = {c: model.index(0, COLUMNS.index(c)).data() for c in COLUMNS}
    assert cells["Plan"] == "An evening of letters"
    assert cells["Mode"] == "Live" and cells["State"] == "Finished"
    assert (cells["Length"], cells["Group"], cells["Softenings"], cells["Stops"]) == (
        "11:15",
        "12",
        "2",
        "1",
    )
    assert model.index(0, COLUMNS.index("Length")).data(Qt.ItemDataRole.UserRole) == 675.0


def test_filter_and_open_a_session(page: HistoryPage) -> None:
    assert page.model.rowCount() == 3
    assert page.summary.text() == "3 sessions · 2 live · 1 rehearsal"  # not "1 rehearsals"
    page.mode.setCurrentIndex(2)  # rehearsals only
    assert [r.mode for r in page.model.rows()] == ["rehearsal"]
    assert page.model.index(0, COLUMNS.index("Mode")).data() == "Rehearsal"
    page.mode.setCurrentIndex(0)
    page.plan_filter.setText("pets")
    assert [r.plan_name for r in page.model.rows()] == ["Pets we loved"]
    page.plan_filter.clear()
    assert not page.preview.isVisible() and not page.export_button.isEnabled()
    page.table.selectRow(0)
    assert page.preview.isVisible() and page.export_button.isEnabled()
    text = page.preview.toPlainText()
    assert "Pets we loved" in text and SHARED_NOTE in text and PRIVATE_NOTE not in text
    page.include_private.setChecked(True)
    assert PRIVATE_NOTE in page.preview.toPlainText()


def test_export_honours_the_private_choice(page: HistoryPage, tmp_path: Path) -> None:
    page.table.selectRow(0)
    assert page.export_to(tmp_path / "shared.html", "html")
    assert page.export_to(tmp_path / "shared.csv", "csv")
    page.include_private.setChecked(True)
    assert page.export_to(tmp_path / "full.csv", "csv")
    assert SHARED_NOTE in (tmp_path / "shared.html").read_text("utf-8")
    assert PRIVATE_NOTE not in (tmp_path / "shared.csv").read_text("utf-8")
    assert PRIVATE_NOTE in (tmp_path / "full.csv").read_text("utf-8")


def test_the_preview_is_dark_and_exports_stay_print_friendly(
    qtbot: QtBot, page: HistoryPage, tmp_path: Path
) -> None:
    from PySide6.QtGui import QColor

    from tearconsole.reports import common

    page.table.selectRow(0)
    qtbot.waitUntil(page.preview.isVisible, timeout=3000)
    picture = page.preview.viewport().grab().toImage()
    corner = QColor(picture.pixel(8, picture.height() - 8))
    assert corner.lightness() < 60, corner.name()  # no bright page in a dim room
    html = page._document.toHtml()
    assert common.ON_DARK[common.INK] in html and common.INK not in html
    assert page.export_to(tmp_path / "paper.html", "html")
    paper = (tmp_path / "paper.html").read_text("utf-8")
    assert common.PAGE in paper and common.ON_DARK[common.PAGE] not in paper


def test_delete_asks_once_and_removes_only_that_session(
    page: HistoryPage, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]

    def question(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return answers[len(asked) - 1]

    monkeypatch.setattr(QMessageBox, "question", question)
    page.table.selectRow(0)
    doomed = page.selected()
    assert doomed is not None
    assert not page.delete_selected()  # cancelled: nothing happens
    assert len(asked) == 1 and page.model.rowCount() == 3
    assert page.delete_selected()
    assert len(asked) == 2  # once per deletion, never twice
    assert "cannot be undone" in asked[-1]
    assert doomed.id not in [r.id for r in page.model.rows()]
    with db.session() as session:
        assert session.get(SessionRecord, doomed.id) is None
        assert session.scalar(select(func.count()).select_from(SessionRecord)) == 2
        orphans = select(func.count()).where(Event.session_id == doomed.id)
        assert session.scalar(orphans.select_from(Event)) == 0


def _accept_when_shown(qtbot: QtBot, fill: object) -> None:
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, run)
            return
        fill(dialog)  # type: ignore[operator]

    QTimer.singleShot(0, run)


def test_start_dialog_returns_group_size_and_anonymous_checkin(qtbot: QtBot) -> None:
    def fill(dialog: SessionStartDialog) -> None:
        assert "step out" in dialog.reminder.text() and "pets" in dialog.reminder.text()
        dialog.group_size.setValue(9)
        dialog.checkin.how.setCurrentIndex(1)
        dialog.checkin.counts[4].setValue(5)
        dialog.checkin.counts[7].setValue(4)
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)

    _accept_when_shown(qtbot, fill)
    info = SessionStartDialog.ask(None, plan_name="Pets we loved", content_notes=["pets"])
    assert info is not None
    assert info.group_size == 9
    assert info.checkin == SudsReading.from_counts({4: 5, 7: 4})

    _accept_when_shown(qtbot, lambda dialog: dialog.reject())
    assert SessionStartDialog.ask(None, plan_name="Pets we loved") is None


def test_end_dialog_returns_checkout_and_a_private_note_by_default(qtbot: QtBot) -> None:
    def fill(dialog: SessionEndDialog) -> None:
        assert dialog.group_size.value() == 9
        dialog.checkout.how.setCurrentIndex(2)
        dialog.checkout.group.setValue(2.5)
        dialog.note.setPlainText("Longer silence after the film next time")
        dialog.accept()

    _accept_when_shown(qtbot, fill)
    info = SessionEndDialog.ask(None, group_size=9)
    assert info is not None
    assert info.checkout == SudsReading.of_group(2.5)
    assert info.note_private and info.note.startswith("Longer silence")
    assert info.group_size == 9
