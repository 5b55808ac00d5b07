"""The strip under the library table that imports, relinks, and says how it went.

Imports run through ``ui.tasks.run_task`` in two steps: first every file is read,
probed and added (the progress bar counts files), then each new film gets its picture
(the slow part: 0.4-0.9 s a film). Paths given while an import runs wait their turn.
``changed`` asks the page to reload (with the ids to select, or ``None``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from tearconsole.storage.db import Database
from tearconsole.ui.import_dialog import ImportReportDialog
from tearconsole.ui.plain import plain
from tearconsole.ui.tasks import Runner, Task, TaskControl, run_task

if TYPE_CHECKING:
    from tearconsole.library.importer import ImportReport
    from tearconsole.library.locate import RelinkReport

# The work itself (``tearconsole.library``, over SQLAlchemy) is imported by the task that
# runs it, off the GUI thread: the Library page shows before SQLAlchemy is loaded.

#: ``() -> (probe, thumbnail)`` callables, made when first needed (they hold libVLC).
Tools = Callable[[], tuple[Any, Any]]


class ImportStrip(QFrame):
    changed = Signal(object)  # list of stimulus ids to select, or None
    busy = Signal(bool)

    def __init__(
        self, db: Database, tools: Tools, runner: Runner | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importStrip")
        self.db = db
        self._tools = tools
        self.runner = runner
        self.task: Task | None = None
        self.last_report: ImportReport | None = None
        self._pending: list[Path] = []
        #: Keep a copy of imported media in the data folder (the Import menu's choice).
        self.copy = False
        self.label = QLabel()
        self.label.setWordWrap(True)
        plain(self.label)  # file names
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(10)
        self.cancel_button = QPushButton(self.tr("Stop importing"))
        self.cancel_button.clicked.connect(self.cancel)
        self.details_button = QPushButton(self.tr("Show each file"))
        self.details_button.clicked.connect(self.show_report)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.details_button)
        self.hide()

    # -- importing -------------------------------------------------------------------
    def import_paths(self, paths: list[Path]) -> Task | None:
        if not paths:
            return None
        if self.task is not None:
            self._pending.extend(paths)
            return self.task
        probe = self._tools()[0]
        db = self.db
        copy = self.copy

        def work(control: TaskControl) -> ImportReport:
            # the importer: when something is imported
            from tearconsole.library.importer import import_paths

            return import_paths(db, paths, probe, control, copy=copy)

        self.last_report = None
        self._working(self.tr("Looking at the files…"), cancellable=True)
        return self._start(
            work,
            on_done=self._imported,
            on_progress=self._progress,
            on_error=lambda exc: self._finish(
                self.tr("The import stopped: {reason}. Nothing already added was lost.").format(
                    reason=exc
                )
            ),
            on_cancelled=lambda: self._finish(
                self.tr("Import stopped. What was added before you stopped it is kept.")
            ),
        )

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.label.setText(self.tr("Stopping after this file…"))
            self.cancel_button.setEnabled(False)

    def _progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.label.setText(
            self.tr("Importing {number} of {total}: {name}").format(
                number=min(done + 1, total), total=total, name=name
            )
        )

    def _imported(self, report: ImportReport) -> None:
        self.last_report = report
        summary = self.tr("{summary}.").format(summary=report.summary().capitalize())
        self.changed.emit([i.stimulus_id for i in report.imported if i.stimulus_id])
        films = [i.stimulus_id for i in report.imported if i.kind == "film" and i.stimulus_id]
        if not films:
            self._finish(summary, reload=False)
            return
        thumbnail = self._tools()[1]
        db = self.db
        self.label.setText(
            self.tr("{summary} Making a picture for each new film…").format(summary=summary)
        )

        def progress(done: int, total: int, _name: str) -> None:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
            self.label.setText(
                self.tr("{summary} Making film pictures: {done} of {total}").format(
                    summary=summary, done=done, total=total
                )
            )

        def work(control: TaskControl) -> list[int]:
            # the importer: when something is imported
            from tearconsole.library.importer import add_thumbnails

            return add_thumbnails(db, thumbnail, films, control)

        self._start(
            work,
            on_done=lambda _made: self._finish(summary),
            on_progress=progress,
            on_error=lambda _exc: self._finish(summary),
            on_cancelled=lambda: self._finish(
                self.tr("{summary} Some films have no picture yet.").format(summary=summary)
            ),
        )

    def _finish(self, message: str, reload: bool = True) -> None:
        self.task = None
        self.label.setText(message)
        self.progress.hide()
        self.cancel_button.hide()
        self.cancel_button.setEnabled(True)
        self.details_button.setVisible(bool(self.last_report and self.last_report.items))
        self.busy.emit(False)
        if reload:
            self.changed.emit(None)
        if self._pending:
            pending, self._pending = self._pending, []
            self.import_paths(pending)

    def show_report(self) -> None:
        if self.last_report is not None:
            ImportReportDialog(self.last_report, self).exec()

    # -- copying in ------------------------------------------------------------------
    def copy_in(self, ids: list[int]) -> Task | None:
        """Copy these items' media into the data folder, in the background."""
        if not ids or self.task is not None:
            return None
        db = self.db

        def work(control: TaskControl) -> tuple[int, list[str]]:
            # when a file is copied in
            from tearconsole.library.copy_in import CopyFailed, copy_stimulus_in

            copied, failed = 0, []
            for done, stimulus_id in enumerate(ids):
                control.check()
                control.progress(done, len(ids), "")
                try:
                    copied += copy_stimulus_in(db, stimulus_id).copied
                except CopyFailed as exc:
                    failed.append(str(exc))
            return copied, failed

        self._working(self.tr("Copying into tearconsole's data folder…"), cancellable=True)
        return self._start(
            work,
            on_done=self._copied,
            on_error=lambda exc: self._finish(
                self.tr("The copy stopped: {error}.").format(error=exc)
            ),
            on_cancelled=lambda: self._finish(self.tr("Copying stopped; what was copied is kept.")),
        )

    def _copied(self, outcome: tuple[int, list[str]]) -> None:
        copied, failed = outcome
        message = self.tr("%n item(s) copied into tearconsole's data folder.", "", copied)
        self._finish(" ".join([message, *failed]))

    # -- relinking -------------------------------------------------------------------
    def relink_from(self, folder: Path) -> Task:
        self._working(
            self.tr("Looking for the missing files in {folder}…").format(folder=folder),
            cancellable=False,
        )
        db = self.db

        def work(control: TaskControl) -> RelinkReport:
            from tearconsole.library.locate import relink_from_folder  # when files are looked for

            return relink_from_folder(db, folder, control)

        return self._start(
            work,
            on_done=self._relinked,
            on_error=lambda exc: self._finish(
                self.tr("The search stopped: {reason}.").format(reason=exc)
            ),
        )

    def _relinked(self, report: RelinkReport) -> None:
        self._finish(self.tr("{summary}.").format(summary=report.summary().capitalize()))

    def _start(self, func: Callable[[TaskControl], Any], **callbacks: Any) -> Task:
        task = run_task(func, runner=self.runner, owner=self, **callbacks)
        # A synchronous runner has finished (and called back) before we get here.
        self.task = None if task.is_finished else task
        return task

    def _working(self, message: str, cancellable: bool) -> None:
        self.show()
        self.progress.show()
        self.progress.setRange(0, 0)
        self.label.setText(message)
        self.cancel_button.setVisible(cancellable)
        self.details_button.hide()
        self.busy.emit(True)
