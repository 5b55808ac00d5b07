"""Background work that hands its result and progress back on the GUI thread.

``run_task(func, on_done, on_progress)`` runs ``func(control)`` on a ``QThreadPool``;
``on_done(result)``, ``on_progress(done, total, message)`` and ``on_error(exc)`` are
called on the GUI thread (a ``Task`` QObject made there emits its signals from the
worker, and Qt queues them home). ``func`` reports progress and checks for a cancel
through its ``TaskControl``; ``Task.cancel()`` asks it to stop, and the task then ends
with ``on_cancelled`` instead of ``on_done``.

Tests pass ``runner=SyncRunner()`` to run the function at once, in the calling thread,
with the same callbacks in the same order.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

#: Progress reports closer together than this are merged (the last one always gets through).
PROGRESS_INTERVAL_S = 0.05


class Cancelled(Exception):
    """Raised inside a task by ``TaskControl.check()`` once a cancel was asked for."""


class TaskControl:
    """What the worker function gets: progress reports and the cancel flag."""

    def __init__(self, task: Task) -> None:
        self._task = task
        self._last_report = 0.0

    @property
    def cancelled(self) -> bool:
        return self._task.is_cancelled

    def check(self) -> None:
        """Stop here (raise ``Cancelled``) if the task was cancelled."""
        if self._task.is_cancelled:
            raise Cancelled

    def progress(self, done: int, total: int, message: str = "") -> None:
        now = time.monotonic()
        if done < total and now - self._last_report < PROGRESS_INTERVAL_S:
            return
        self._last_report = now
        self._task.progressed.emit(done, total, message)


class Task(QObject):
    """One piece of background work; lives on the GUI thread, emits from the worker."""

    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    progressed = Signal(int, int, str)
    cancelled = Signal()
    finished = Signal()  # after any of the three above

    def __init__(self, func: Callable[[TaskControl], Any]) -> None:
        super().__init__()
        self._func = func
        self._cancel = threading.Event()
        self.control = TaskControl(self)
        self.is_finished = False
        self.finished.connect(self._mark_finished)

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        """Run the function and report (called on the worker thread, or inline)."""
        try:
            try:
                result = self._func(self.control)
            except Cancelled:
                self.cancelled.emit()
            except BaseException as exc:  # reported to the GUI thread, never lost
                self.failed.emit(exc)
            else:
                if self.is_cancelled:
                    self.cancelled.emit()
                else:
                    self.succeeded.emit(result)
            self.finished.emit()
        except RuntimeError:
            # The Task was deleted under us (the application is closing): nobody listens.
            log.debug("a background task finished after its receiver was gone")

    def _mark_finished(self) -> None:
        self.is_finished = True
        _running.discard(self)


class Runner(Protocol):
    def start(self, task: Task) -> None: ...


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task.run()


class PoolRunner:
    """Runs tasks on a ``QThreadPool`` (by default Qt's global one).

    Keep a pool of your own alive while its tasks run: a ``QThreadPool``'s destructor
    waits for all of its work, which would block the GUI thread.
    """

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self.pool = pool or QThreadPool.globalInstance()

    def start(self, task: Task) -> None:
        self.pool.start(_Runnable(task))

    def wait(self, timeout_ms: int = -1) -> bool:
        return self.pool.waitForDone(timeout_ms)


class SyncRunner:
    """Runs each task at once in the calling thread (tests, scripts)."""

    def start(self, task: Task) -> None:
        task.run()


_running: set[Task] = set()  # keeps Python owners of running tasks alive


def run_task(
    func: Callable[[TaskControl], Any],
    on_done: Callable[[Any], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    *,
    on_error: Callable[[BaseException], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    runner: Runner | None = None,
    owner: QObject | None = None,
) -> Task:
    """Start ``func(control)`` in the background; callbacks arrive on the GUI thread.

    Without ``on_error`` a failure is logged (with its traceback) and otherwise dropped.
    With ``owner`` (e.g. the widget that asked), callbacks are skipped once the owner's
    C++ object is gone, so a page closed mid-task is never called back.
    """
    if owner is not None:
        on_done, on_progress, on_error, on_cancelled = (
            None if callback is None else _while_alive(owner, callback)
            for callback in (on_done, on_progress, on_error, on_cancelled)
        )
    task = Task(func)
    if on_done is not None:
        task.succeeded.connect(on_done)
    if on_progress is not None:
        task.progressed.connect(on_progress)
    if on_cancelled is not None:
        task.cancelled.connect(on_cancelled)
    if on_error is not None:
        task.failed.connect(on_error)
    else:
        task.failed.connect(_log_failure)
    _running.add(task)
    (runner or PoolRunner()).start(task)
    return task


def _while_alive(owner: QObject, callback: Callable[..., Any]) -> Callable[..., Any]:
    def call(*args: Any) -> None:
        if shiboken6.isValid(owner):
            callback(*args)

    return call


def _log_failure(exc: BaseException) -> None:
    log.error("a background task failed", exc_info=exc)
