"""A title, a plan name or a note that looks like markup (``<b>x</b>``, ``<img src=x>``)
shows literally on every page that shows it: the library's table and detail panel, the
plan editor's lists and inspector, the live console's cue list, teleprompter, skip button
and banner, and the history page. No label may guess rich text from the user's words, and
no tooltip may render them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tearconsole.core.checkin import EndInfo, StartInfo
from tearconsole.core.conductor.table import Action
from tearconsole.paths import AppPaths
from tearconsole.storage.db import Database
from tearconsole.storage.models import Cue, Plan, Stimulus
from tearconsole.ui.app import make_application
from tearconsole.ui.main_window import MainWindow

TITLE = "<b>x</b><img src=x>"
PLAN = "<i>plan</i>"
NOTE = "<u>say it softly</u>"


@pytest.fixture
def window(qtbot: QtBot, paths: AppPaths, vlc_instance: Any) -> Iterator[MainWindow]:
    make_application()
    db = Database.open(paths, write=True)
    with db.session() as session:
        story = Stimulus(
            kind="story",
            title=TITLE,
            text="<b>bold?</b> " * 40,
            duration_s=60.0,
            content_notes="<s>t</s>",
        )
        card = Stimulus(kind="card", title="Welcome", text="Welcome")
        plan = Plan(name=PLAN, target_s=600.0)
        plan.cues.append(Cue(position=0, kind="stimulus", stimulus=card, continue_mode="go"))
        plan.cues.append(
            Cue(position=1, kind="stimulus", stimulus=story, continue_mode="go", notes=NOTE)
        )
        session.add(plan)
    window = MainWindow(db)
    window.live.ask_start = lambda *_: StartInfo(group_size=4)
    window.live.ask_end = lambda *_: EndInfo()
    window.live._vlc = vlc_instance
    window.live._owns_vlc = False
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.live.shutdown()
    db.close()


def _labels_showing(page: QWidget, words: tuple[str, ...]) -> list[QLabel | QPushButton]:
    """Visible labels and buttons on ``page`` whose text holds any of ``words``; a label
    that would render the words as markup fails the test at once."""
    found: list[QLabel | QPushButton] = []
    for label in page.findChildren(QLabel):
        text = label.text()
        if not label.isVisible() or not any(w in text for w in words):
            continue
        guessed = label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
        assert label.textFormat() != Qt.TextFormat.RichText and not guessed, text
        found.append(label)
    found += [b for b in page.findChildren(QPushButton) if any(w in b.text() for w in words)]
    return found


def _columns(model: QAbstractItemModel) -> int:
    try:
        return model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps columnCount to itself: one column
        return 1


def _tooltips_escaped(model: QAbstractItemModel) -> None:
    for row in range(model.rowCount(QModelIndex())):
        for column in range(_columns(model)):
            tip = model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                for raw in (TITLE, NOTE, "<s>t</s>"):
                    assert raw not in tip, tip  # escaped (&lt;...), shown as typed


def _shown_in(view: QAbstractItemView, words: str) -> bool:
    model = view.model()
    return any(
        words in str(model.data(model.index(r, c)))
        for r in range(model.rowCount())
        for c in range(_columns(model))
    )


def _page(window: MainWindow, name: str) -> QWidget:
    window.nav_buttons[name].click()
    page = window.pages.currentWidget()
    assert page is not None
    return page


def test_markup_in_titles_shows_literally_on_every_page(qtbot: QtBot, window: MainWindow) -> None:
    library = window.library
    _page(window, "Library")
    qtbot.waitUntil(lambda: library.model.rowCount() == 2, timeout=5000)
    assert _shown_in(library.table, TITLE)
    row = next(
        r
        for r in range(library.model.rowCount())
        if TITLE in str(library.model.data(library.model.index(r, 0)))
    )
    library.table.selectRow(row)
    qtbot.waitUntil(lambda: library.preview.title.text() == TITLE, timeout=3000)
    assert library.preview.title in _labels_showing(library, (TITLE,))
    _tooltips_escaped(library.model)

    plans = _page(window, "Plans")
    editor = window.pages.currentWidget()
    qtbot.waitUntil(lambda: editor.plan is not None, timeout=5000)  # type: ignore[attr-defined]
    editor.select_cue(1)  # type: ignore[attr-defined]
    shown = _labels_showing(plans, (TITLE, PLAN))
    assert any(TITLE in label.text() for label in shown)  # the inspector's heading
    assert any(PLAN in label.text() for label in shown)  # the plan's name
    for view in plans.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None:
            _tooltips_escaped(model)

    live = _page(window, "Live")
    console = window.live.open_plan(PLAN)
    assert console is not None
    assert _shown_in(console.cue_table, TITLE)
    _tooltips_escaped(console.cues)
    console.handle(Action.GO)  # the welcome card: the story stands by
    qtbot.waitUntil(lambda: TITLE in console.controls.skip.text(), timeout=3000)
    assert console.controls.skip in _labels_showing(live, (TITLE,))  # "Skip 2 <b>x</b>..."
    conductor = console.runner.conductor
    qtbot.waitUntil(lambda: conductor.go_wait_s() == 0, timeout=3000)  # past the GO guard
    console.handle(Action.GO)  # the story, on the teleprompter
    qtbot.waitUntil(lambda: console.teleprompter.title.text().endswith(TITLE), timeout=3000)
    assert console.teleprompter.title in _labels_showing(live, (TITLE,))
    assert console.title in _labels_showing(live, (PLAN,))
    console.handle(Action.SAFE_STOP)
    qtbot.waitUntil(lambda: any(TITLE in c.text for c in console.banner.chips), timeout=3000)
    _labels_showing(live, (TITLE, PLAN))  # "GO continues 2 <b>x</b> from..."
    with qtbot.waitSignal(window.live.session_finished, timeout=5000):
        console.session.perform(Action.END)

    history = _page(window, "History")
    _labels_showing(history, (TITLE, PLAN))
    for view in history.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None and model.rowCount():
            _tooltips_escaped(model)
