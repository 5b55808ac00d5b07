"""Nothing the facilitator counted is lost after a session: Esc in the check-out dialog
asks once instead of dropping what was entered; the people-per-score boxes keep the
dialogs on the screen; one rounding of averages in the dialog and the report."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tearconsole.core.checkin import SudsReading, describe_change, score_text
from tearconsole.ui.app import make_application
from tearconsole.ui.i18n import install_language
from tearconsole.ui.session_end_dialog import SessionEndDialog
from tearconsole.ui.session_start_dialog import SessionStartDialog
from tearconsole.ui.suds_input import COUNTS


def answer_question(dialog: SessionEndDialog, button: QMessageBox.StandardButton | None) -> None:
    """When the dialog's question shows, press ``button`` (``None``: press Esc)."""

    def press() -> None:
        box = dialog.keep_question
        if box is None or not box.isVisible():
            QTimer.singleShot(10, press)
            return
        if button is None:
            box.reject()  # what Esc does in a message box: its escape button
        else:
            box.button(button).click()

    QTimer.singleShot(0, press)


@pytest.fixture
def closed_at_the_end() -> Iterator[list[SessionEndDialog]]:
    """End dialogs to close when the test is done: with ``done``, since closing one that
    holds a check-out asks first (qtbot's own closing would wait for an answer)."""
    dialogs: list[SessionEndDialog] = []
    yield dialogs
    for dialog in dialogs:
        dialog.done(0)
        dialog.deleteLater()


def counted_dialog(qtbot: QtBot, dialogs: list[SessionEndDialog]) -> SessionEndDialog:
    make_application()
    dialog = SessionEndDialog(None, group_size=4)
    dialogs.append(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.checkout.how.setCurrentIndex(COUNTS)
    dialog.checkout.counts[2].setValue(3)
    dialog.checkout.counts[4].setValue(1)
    return dialog


def test_esc_with_nothing_entered_closes_without_asking(qtbot: QtBot) -> None:
    make_application()
    dialog = SessionEndDialog(None, group_size=4)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.keep_question is None


def test_esc_after_a_check_out_asks_and_esc_again_keeps_the_form(
    qtbot: QtBot, closed_at_the_end: list[SessionEndDialog]
) -> None:
    dialog = counted_dialog(qtbot, closed_at_the_end)
    closed: list[int] = []
    dialog.finished.connect(closed.append)
    answer_question(dialog, None)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.keep_question is not None
    assert dialog.isVisible() and not closed
    reading = dialog.info().checkout
    assert reading is not None and reading.responses == 4  # still there, as counted


def test_esc_then_save_keeps_the_check_out(
    qtbot: QtBot, closed_at_the_end: list[SessionEndDialog]
) -> None:
    dialog = counted_dialog(qtbot, closed_at_the_end)
    dialog.note.setPlainText("The back row was quiet")
    answer_question(dialog, QMessageBox.StandardButton.Save)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    info = dialog.info()
    assert info.checkout is not None and info.checkout.counts is not None
    assert info.checkout.counts[2] == 3 and info.note == "The back row was quiet"


def test_leaving_it_out_is_a_deliberate_second_choice(
    qtbot: QtBot, closed_at_the_end: list[SessionEndDialog]
) -> None:
    dialog = counted_dialog(qtbot, closed_at_the_end)
    assert dialog.entered()
    answer_question(dialog, QMessageBox.StandardButton.Discard)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.keep_question is not None
    assert dialog.keep_question.defaultButton() is dialog.keep_question.button(
        QMessageBox.StandardButton.Save
    )


@pytest.fixture(params=["en", "ja"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    make_application()
    install_language(request.param)
    yield request.param
    install_language("en")


def test_people_per_score_keeps_both_dialogs_on_the_screen(
    qtbot: QtBot, language: str, closed_at_the_end: list[SessionEndDialog]
) -> None:
    """Offscreen Qt's screen is 800 pixels wide here: narrower than the laptop's 1280."""
    end = SessionEndDialog(None)
    closed_at_the_end.append(end)
    start = SessionStartDialog(None, plan_name="An evening")
    qtbot.addWidget(start)
    for dialog in (start, end):
        dialog.show()
        qtbot.waitExposed(dialog)
        suds = dialog.checkout if isinstance(dialog, SessionEndDialog) else dialog.checkin
        suds.how.setCurrentIndex(COUNTS)
        suds.counts[9].setValue(1)  # the prompt for a high score shows as well
        QApplication.processEvents()
        screen = dialog.screen().availableGeometry()
        assert dialog.frameGeometry().width() <= screen.width(), (language, dialog.size())
        assert dialog.frameGeometry().height() <= screen.height(), (language, dialog.size())
        for box in suds.counts:
            assert box.isVisible() and box.width() >= box.fontMetrics().horizontalAdvance("99")
        last = suds.counts[-1]
        right = last.mapTo(dialog, last.rect().topRight()).x()
        assert right <= dialog.width(), (language, right, dialog.width())


def test_one_rounding_in_the_dialog_and_the_report(qtbot: QtBot) -> None:
    """An average of 1.25 read 1.3 in the dialog and 1.2 in the report (two roundings)."""
    make_application()
    counts = [0, 3, 1] + [0] * 8  # 1, 1, 1, 2: an average of 1.25
    reading = SudsReading.from_counts(counts)
    assert score_text(reading.mean or 0) == "1.3"
    assert "average 1.3" in reading.describe()
    dialog = SessionStartDialog(None, plan_name="An evening")
    qtbot.addWidget(dialog)
    dialog.checkin.how.setCurrentIndex(COUNTS)
    for score, n in enumerate(counts):
        dialog.checkin.counts[score].setValue(n)
    assert "average 1.3" in dialog.checkin.total.text()
    later = SudsReading.from_counts([0, 0, 0, 2, 2] + [0] * 6)  # 3.5
    said = describe_change(reading, later)
    assert "1.3 at check-in, 3.5 at check-out: 2.2 higher" in said, said
    assert score_text(0.15) == "0.2" and score_text(2.05) == "2.1" and score_text(4) == "4.0"
