"""The real start (``run_gui``), run in a test process of its own (``own_process``:
scripts/test runs these apart), each start after the last in that process: a start must
leave nothing behind that a later event loop, or a second start, would trip on.

Run in the same process before the rest of the suite, these starts were followed, some
tests later, by a crash in ``QGuiApplication::screens()`` (a screen object freed while
Qt still lists it; seen only with the offscreen platform after several starts, and only
when enough allocations followed to reuse its memory). Until that is found, the rest of
the suite does not run after them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tearconsole.paths import AppPaths
from tearconsole.storage.db import Database
from tearconsole.storage.models import SessionRecord
from tearconsole.ui.app import make_application, run_gui
from tearconsole.ui.live.resume import ResumeDialog
from tearconsole.ui.main_window import MainWindow
from tests.session_records import EVENTS, make_plan, make_session

pytestmark = pytest.mark.own_process

#: Offered the interrupted session: (the dialog's title, the window shown, pages built).
Asked = tuple[str, bool, list[str]]


@pytest.fixture
def interrupted(demo_paths: AppPaths) -> AppPaths:
    """The demo data folder with one session a crash interrupted."""
    db = Database.open(demo_paths, write=True)
    unfinished = [event for event in EVENTS if event[1] != "ended"]
    made = make_session(db, make_plan(db, "Letters home"), events=unfinished)
    with db.session() as session:
        record = session.get(SessionRecord, made.session_id)
        assert record is not None
        record.state, record.ended_at = "open", None  # as a crash leaves it
    db.close()
    return demo_paths


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Asked]]:
    """Each start's resume offer is noted and answered "not now"; then the window is
    closed, as the facilitator ends the app. (Not ``QApplication.quit()`` with the window
    open: Qt closes it, and the last window closing posts one more Quit that ``exec``
    returns before handling. Left queued, a later test's event loop would handle it
    outside ``exec``, setting Qt's quit flag: every ``QEventLoop.exec()``, as in qtbot's
    waits, would then return at once.) A start never asked is ended by a watchdog the
    same way, so the suite cannot hang."""
    make_application()
    seen: list[Asked] = []

    def answer(dialog: QDialog) -> int:
        window = dialog.parentWidget()
        assert isinstance(window, MainWindow)
        built = [name for name in window.nav_buttons if window.built(name)]
        seen.append((dialog.windowTitle(), window.isVisible(), built))
        QTimer.singleShot(0, window.close)
        return int(QDialog.DialogCode.Rejected)  # not now

    monkeypatch.setattr(ResumeDialog, "exec", answer)
    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.setInterval(20_000)
    watchdog.timeout.connect(QApplication.closeAllWindows)
    watchdog.start()
    yield seen
    watchdog.stop()


def test_the_start_asks_about_an_interrupted_session_first_over_the_library(
    interrupted: AppPaths, asked: list[Asked]
) -> None:
    """The window is up on the Library, nothing else built, and the first thing it does
    is offer the session a crash interrupted."""
    assert run_gui(interrupted) == 0
    assert asked == [("Pick up where you were?", True, ["Library"])]


def test_an_event_loop_after_a_start_runs_qt_events(qtbot: QtBot) -> None:
    """Run right after the start above, in the same process: qtbot's waits (a
    ``QEventLoop``) still run Qt's events until the awaited timer fires."""
    tick = QTimer()
    tick.setSingleShot(True)
    tick.setInterval(50)
    with qtbot.waitSignal(tick.timeout, timeout=5000):
        tick.start()


def test_a_second_start_in_the_same_process_runs_as_the_first(
    interrupted: AppPaths, asked: list[Asked]
) -> None:
    assert run_gui(interrupted) == 0
    assert run_gui(interrupted) == 0
    assert asked == [("Pick up where you were?", True, ["Library"])] * 2


def test_a_damaged_database_is_offered_its_backup_before_any_window_and_untouched(
    qtbot: QtBot, demo_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real start on a damaged file: the restore offer comes first, with no window
    built; declined, the start stops with the sentence and nothing was written."""
    from tearconsole.errors import DatabaseDamaged
    from tearconsole.ui import app as app_module
    from tests.test_database_guard import _digest, corrupt_one_page

    database = Database.open(demo_paths, write=True)
    database.take_backup("manual")
    database.close()
    corrupt_one_page(demo_paths.db_path)
    frozen = _digest(demo_paths.data_dir)
    make_application()
    monkeypatch.setattr(app_module, "_can_show_dialogs", lambda: True)
    seen: list[tuple[str, list[str]]] = []

    def decline(box: QMessageBox) -> int:  # the facilitator chooses "Quit"
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        seen.append((box.text(), [type(w).__name__ for w in shown]))
        return int(QMessageBox.StandardButton.NoButton)

    monkeypatch.setattr(QMessageBox, "exec", decline)
    with pytest.raises(DatabaseDamaged):
        run_gui(demo_paths)
    assert len(seen) == 1 and "is damaged" in seen[0][0]
    assert "MainWindow" not in seen[0][1]
    assert _digest(demo_paths.data_dir) == frozen
