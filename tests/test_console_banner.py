"""The state banner: each state by its own words and its own shape, and a cue cut off by
a stop reads "stopped" in the cue list, as in the report."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tearconsole.core.conductor.table import Action
from tearconsole.core.conductor.view import Mode
from tearconsole.live.snapshot import CueRow, RowState, SessionSnapshot, cue_rows
from tearconsole.ui.app import make_application
from tearconsole.ui.live.banner import SHAPES, StateBanner, banner_chips
from tearconsole.ui.live.cue_model import CueListModel
from tests.test_live_console_logic import PLAN, _view

NEXT = CueRow(4, "Bed: Quiet Harbour", "bed", 0.0, RowState.STANDBY, cue_kind="bed_start")


def test_each_state_has_its_words_and_its_shape() -> None:
    make_application()
    cases = {
        "paused": SessionSnapshot(mode=Mode.PAUSED),
        "stopped": SessionSnapshot(mode=Mode.STOPPED, rows=(NEXT,), standby_position=4),
        "holding": SessionSnapshot(held=True),
        "softened": SessionSnapshot(soften_level=2),
        "rehearsal": SessionSnapshot(rehearsal=True),
    }
    words = {}
    for kind, state in cases.items():
        chips = banner_chips(state, room_showing=False)
        assert [chip.kind for chip in chips] == [kind, "room_off"]
        words[kind] = chips[0].text
    assert words["paused"].startswith("❚❚ PAUSED")
    assert (
        "SAFE-STOPPED" in words["stopped"] and "GO starts 5 Bed: Quiet Harbour" in words["stopped"]
    )
    assert "HOLDING" in words["holding"]
    assert "SOFTENED 2" in words["softened"] and "-12 dB" in words["softened"]
    assert "REHEARSAL" in words["rehearsal"]
    # Not by colour alone: no two states share an outline.
    outlines = [SHAPES[kind].split("border:")[1].split(";")[0].split()[:2] for kind in cases]
    assert len({tuple(o) for o in outlines}) == len(outlines)
    shown = banner_chips(SessionSnapshot(), room_showing=True)
    assert [chip.kind for chip in shown] == ["room_on"] and "SHOWING" in shown[0].text
    all_at_once = banner_chips(
        SessionSnapshot(mode=Mode.STOPPED, held=True, soften_level=1), room_showing=True
    )
    assert [c.kind for c in all_at_once] == ["stopped", "holding", "softened", "room_on"]


def test_a_cut_off_cue_reads_stopped() -> None:
    make_application()
    rows = cue_rows(PLAN, _view(running=(), standing_by=2), {0: "played", 1: "stopped"})
    assert [r.state for r in rows[:2]] == [RowState.DONE, RowState.STOPPED]
    model = CueListModel()
    model.set_rows(rows)
    assert model.data(model.index(1, 5)) == "stopped"
    assert model.data(model.index(0, 5)) == "done"
    failed = cue_rows(PLAN, _view(running=(), standing_by=2), {1: "failed"})
    assert failed[1].state is RowState.FAILED


def test_skip_names_its_cue_and_what_happens_to_the_music(qtbot: object) -> None:
    from tearconsole.ui.live.controls import ControlPanel

    make_application()
    panel = ControlPanel()
    panel.resize(480, 400)
    panel.show()

    def skip_text(row: CueRow) -> str:
        panel.show_state(SessionSnapshot(rows=(row,), standby_position=row.position))
        return panel.skip.text() + " | " + panel.skip.toolTip()

    story = CueRow(5, "The Happy Prince", "story", 600.0, RowState.STANDBY)
    stop = CueRow(6, "Bed stops", "bed", 0.0, RowState.STANDBY, cue_kind="bed_stop")
    assert "Skip 6 The Happy Prince" in skip_text(story) and "music" not in skip_text(story)
    assert "Skip 5 Bed: Quiet Harbour" in skip_text(NEXT)
    assert "its music will not start" in skip_text(NEXT)
    assert "the music plays on" in skip_text(stop)
    nothing = "There is no cue left to skip."
    panel.show_state(SessionSnapshot(refusals={Action.SKIP: nothing}))
    assert not panel.skip.isEnabled() and panel.skip.text().startswith("Skip\n")
    assert panel.skip.toolTip() == nothing  # a greyed control says why


def test_a_narrow_banner_keeps_the_most_urgent_chip_and_the_room(qtbot: QtBot) -> None:
    """Too narrow for every chip, even brief: softening (shown in the controls too) steps
    aside before the room's screen does, and the most urgent chip always stays."""
    make_application()
    banner = StateBanner()
    qtbot.addWidget(banner)
    state = SessionSnapshot(mode=Mode.STOPPED, soften_level=1, rows=(NEXT,), standby_position=4)
    banner.show_chips(banner_chips(state, room_showing=False))
    labels = {chip.kind: label for chip, label in zip(banner.chips, banner._labels, strict=False)}
    brief = [
        labels[k].fontMetrics().horizontalAdvance(c.brief)
        for k, c in zip(labels, banner.chips, strict=True)
    ]
    banner.resize(brief[0] + brief[2] + 120, 40)  # room for two brief chips, not three
    banner.show()
    qtbot.waitExposed(banner)
    shown = [kind for kind, label in labels.items() if label.isVisible()]
    assert shown == ["stopped", "room_off"], shown


def test_finish_makes_way_for_the_chips_on_a_narrow_row(qtbot: QtBot) -> None:
    """Beside Finish while every chip fits there (in short words at least); else the
    banner takes the whole line and Finish goes under it, on the right."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QPushButton, QWidget

    from tearconsole.ui.live.state_row import GAP_PX, StateRow

    make_application()
    banner = StateBanner()
    row = StateRow(banner)
    qtbot.addWidget(row)
    finish = QPushButton("Finish the session…")
    row.add_beside(finish)
    state = SessionSnapshot(
        mode=Mode.STOPPED,
        held=True,
        soften_level=1,
        rehearsal=True,
        rows=(NEXT,),
        standby_position=4,
    )
    banner.show_chips(banner_chips(state, room_showing=False))
    one_line = banner.brief_width() + GAP_PX + finish.sizeHint().width()

    def where(widget: QWidget) -> QRect:
        return QRect(widget.mapTo(row, QPoint(0, 0)), widget.size())

    def every_chip_shows() -> bool:
        return all(label.isVisible() for label in banner._labels[: len(banner.chips)])

    row.resize(one_line + 40, 100)
    row.show()
    qtbot.waitExposed(row)
    qtbot.waitUntil(lambda: where(finish).left() > where(banner).right())
    assert not row.two_lines and every_chip_shows()

    row.resize(one_line - 40, 100)
    qtbot.waitUntil(lambda: where(finish).top() > where(banner).bottom())
    assert row.two_lines and every_chip_shows()
    assert banner.width() == row.width()  # the whole line
    assert where(finish).right() == row.width() - 1  # on the right

    # Finish hidden (the session goes on after all): nothing beside, one line again.
    finish.hide()
    qtbot.waitUntil(lambda: not row.two_lines)
    assert every_chip_shows()
    qtbot.waitUntil(lambda: banner.width() == row.width())  # no empty column, no gap
    finish.show()  # back, under the chips: the row is still too narrow for both
    qtbot.waitUntil(lambda: row.two_lines and where(finish).top() > where(banner).bottom())
    assert finish.isVisible() and every_chip_shows()
    row.resize(one_line + 40, 100)
    qtbot.waitUntil(lambda: not row.two_lines and where(finish).left() > where(banner).right())
    assert finish.isVisible() and every_chip_shows()
