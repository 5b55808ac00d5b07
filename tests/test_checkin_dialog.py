"""The check-in and check-out in a dim room: the dialog grows to show its eleven boxes,
the group size takes a number and nothing else, answers beyond the group's size are
pointed out, and a score of 8 or more brings the facilitator (only) a quiet prompt."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tearconsole.ui.app import make_application
from tearconsole.ui.session_end_dialog import SessionEndDialog
from tearconsole.ui.session_start_dialog import SessionStartDialog
from tearconsole.ui.suds_input import COUNTS, GROUP


def test_people_per_score_grows_the_dialog_to_show_every_box(qtbot: QtBot) -> None:
    make_application()
    dialog = SessionStartDialog(None, plan_name="An evening")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.checkin.how.setCurrentIndex(COUNTS)
    QApplication.processEvents()

    def boxes_whole() -> None:
        for box in dialog.checkin.counts:
            assert box.isVisible()
            assert box.width() >= 44, box.width()  # room for two digits and the frame
            assert box.width() >= box.fontMetrics().horizontalAdvance("99") + 12
            assert box.height() >= box.minimumSizeHint().height(), box.height()

    boxes_whole()
    # Answers beyond the group and a high score add lines: the dialog grows again.
    dialog.group_size.setValue(2)
    dialog.checkin.counts[3].setValue(2)
    dialog.checkin.counts[9].setValue(1)
    QApplication.processEvents()
    boxes_whole()
    for label in (dialog.checkin.total, dialog.checkin.prompt):
        assert label.isVisible()
        assert label.height() >= label.heightForWidth(label.width()), label.text()


def test_the_group_size_takes_only_a_number(qtbot: QtBot) -> None:
    make_application()
    dialog = SessionStartDialog(None, plan_name="An evening")
    qtbot.addWidget(dialog)
    box = dialog.group_size
    box.lineEdit().selectAll()
    box.lineEdit().insert("abc-5x12")  # pasted: refused whole, nothing guessed from it
    assert box.value() == 0
    assert box.validate("abc-5x12", 0)[0].name == "Invalid"
    assert box.validate("12", 0)[0].name == "Acceptable"
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "9")
    assert box.value() == 9 and not box.refusal
    qtbot.keyClicks(box, "x")  # typed: refused out loud
    assert box.value() == 9 and box.refusal == "Numbers only"


def test_answers_beyond_the_group_are_pointed_out(qtbot: QtBot) -> None:
    make_application()
    dialog = SessionStartDialog(None, plan_name="An evening")
    qtbot.addWidget(dialog)
    dialog.group_size.setValue(3)
    checkin = dialog.checkin
    checkin.how.setCurrentIndex(COUNTS)
    checkin.counts[2].setValue(2)
    checkin.counts[4].setValue(1)
    assert "more answers" not in checkin.total.text()
    checkin.counts[5].setValue(1)  # four answers from three people
    assert "more answers than the 3 people" in checkin.total.text()
    dialog.group_size.setValue(6)
    assert "more answers" not in checkin.total.text()


def test_a_score_of_8_or_more_gives_the_facilitator_a_quiet_prompt(qtbot: QtBot) -> None:
    make_application()
    start = SessionStartDialog(None, plan_name="An evening")
    qtbot.addWidget(start)
    start.show()
    checkin = start.checkin
    checkin.how.setCurrentIndex(COUNTS)
    checkin.counts[7].setValue(3)
    assert not checkin.prompt.isVisible()
    checkin.counts[8].setValue(1)
    assert checkin.prompt.isVisible() and "8 or more" in checkin.prompt.text()
    assert "lighter plan" in checkin.prompt.text()
    checkin.how.setCurrentIndex(GROUP)
    checkin.group.setValue(6.0)
    assert not checkin.prompt.isVisible()
    checkin.group.setValue(8.5)
    assert checkin.prompt.isVisible()

    end = SessionEndDialog(None, group_size=5)
    qtbot.addWidget(end)
    end.show()
    end.checkout.how.setCurrentIndex(COUNTS)
    end.checkout.counts[10].setValue(1)
    assert end.checkout.prompt.isVisible() and "care information" in end.checkout.prompt.text()


def test_a_sound_problem_is_said_above_the_check_in(qtbot: QtBot) -> None:
    make_application()
    quiet = SessionStartDialog(None, plan_name="An evening")
    qtbot.addWidget(quiet)
    quiet.show()
    qtbot.waitExposed(quiet)
    assert not quiet.sound_problem.isVisible()  # nothing to say: nothing shown
    said = "There is no sound output: the session would be silent."
    dialog = SessionStartDialog(None, plan_name="An evening", sound_problem=said)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.sound_problem.isVisible() and dialog.sound_problem.text() == said


def test_with_a_sound_problem_enter_still_starts_and_the_form_has_the_focus(
    qtbot: QtBot,
) -> None:
    make_application()
    problem = "HDMI is not connected: the sound would go to the system's default output."
    dialog = SessionStartDialog(None, plan_name="An evening", sound_problem=problem)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.room_check_button.isVisible()
    focus = dialog.focusWidget()  # the window's own (offscreen, no window is active)
    assert focus is dialog.group_size or dialog.group_size.isAncestorOf(focus), focus
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.room_check_wanted  # started, not sent to the Room check
