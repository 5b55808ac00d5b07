"""``ui.tasks.run_task``: results, progress, errors and cancel come home on the GUI thread."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QThread, QThreadPool
from pytestqt.qtbot import QtBot

from tearconsole.ui.tasks import PoolRunner, SyncRunner, TaskControl, run_task


def _gui_thread() -> QThread:
    thread = QThread.currentThread()
    assert thread is not None
    return thread


def test_result_and_progress_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    gui = _gui_thread()
    worker_threads: list[bool] = []
    seen: list[tuple[str, bool]] = []

    def work(control: TaskControl) -> int:
        worker_threads.append(threading.current_thread() is threading.main_thread())
        for i in range(3):
            control.progress(i + 1, 3, f"step {i + 1}")
        return 42

    pool = QThreadPool()
    task = run_task(
        work,
        on_done=lambda value: seen.append((f"done {value}", QThread.currentThread() is gui)),
        on_progress=lambda d, t, m: seen.append((f"{d}/{t}", QThread.currentThread() is gui)),
        runner=PoolRunner(pool),
    )
    # Not waitSignal: the task may already have emitted before a new connection exists.
    qtbot.waitUntil(lambda: task.is_finished, timeout=5000)
    assert worker_threads == [False]  # the function ran off the GUI thread
    assert seen[-1] == ("done 42", True)
    assert ("3/3", True) in seen  # the final report is never merged away
    assert all(on_gui for _, on_gui in seen)
    assert task.is_finished


def test_cancel_stops_the_work_and_skips_on_done(qtbot: QtBot) -> None:
    started = threading.Event()
    steps: list[int] = []

    def work(control: TaskControl) -> str:
        started.set()
        for i in range(10_000):
            control.check()
            steps.append(i)
            threading.Event().wait(0.001)
        return "all"

    done: list[object] = []
    cancelled: list[bool] = []
    pool = QThreadPool()  # kept alive: a pool's destructor waits for its work
    task = run_task(
        work,
        on_done=done.append,
        on_cancelled=lambda: cancelled.append(True),
        runner=PoolRunner(pool),
    )
    assert started.wait(5)
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.cancel()
    assert cancelled == [True] and done == []
    assert len(steps) < 10_000


def test_errors_reach_on_error_and_sync_mode_runs_inline() -> None:
    errors: list[BaseException] = []
    order: list[str] = []

    def broken(_control: TaskControl) -> None:
        order.append("ran")
        raise ValueError("bad file")

    task = run_task(broken, on_done=order.append, on_error=errors.append, runner=SyncRunner())
    # Synchronous: everything has happened by the time run_task returns.
    assert order == ["ran"] and task.is_finished
    assert len(errors) == 1 and str(errors[0]) == "bad file"


def test_sync_mode_reports_progress_then_result() -> None:
    events: list[str] = []

    def work(control: TaskControl) -> str:
        control.progress(1, 2)
        control.progress(2, 2, "last")
        return "ok"

    run_task(
        work,
        on_done=lambda v: events.append(f"done {v}"),
        on_progress=lambda d, t, m: events.append(f"{d}/{t} {m}".strip()),
        runner=SyncRunner(),
    )
    assert events == ["1/2", "2/2 last", "done ok"]


@pytest.mark.parametrize("count", [200])
def test_many_tasks_all_finish(qtbot: QtBot, count: int) -> None:
    results: list[int] = []
    runner = PoolRunner(QThreadPool())
    tasks = [
        run_task(lambda _c, i=i: i, on_done=results.append, runner=runner) for i in range(count)
    ]
    qtbot.waitUntil(lambda: all(t.is_finished for t in tasks), timeout=10_000)
    assert sorted(results) == list(range(count))


def test_callbacks_skip_an_owner_that_is_gone(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    owner = QWidget()
    release = threading.Event()
    called: list[object] = []
    pool = QThreadPool()
    task = run_task(
        lambda _c: release.wait(5), on_done=called.append, runner=PoolRunner(pool), owner=owner
    )
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner), timeout=2000)
    with qtbot.waitSignal(task.finished, timeout=5000):
        release.set()
    assert called == []
