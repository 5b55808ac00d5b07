"""Exporting and importing plan bundles from the editor, in the background with progress."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QMessageBox

from tearconsole.bundles import export_plan, import_bundle
from tearconsole.core.plan import PlanSpec
from tearconsole.ui.tasks import TaskControl, run_task

if TYPE_CHECKING:
    from tearconsole.ui.plan_editor.page import PlanEditorPage

FILTER = "tearconsole plans (*.zip);;All files (*)"


def _progress(page: PlanEditorPage, verb: str) -> Any:
    def show(done: int, total: int, _message: str) -> None:
        share = 100 * done // total if total else 100
        page.status.setText(f"{verb}… {share} %")

    return show


def _failed(page: PlanEditorPage, verb: str) -> Any:
    def show(exc: BaseException) -> None:
        page.status.setText("")
        message = str(exc) if str(exc) else f"{verb} did not finish."
        page._say(message)

    return show


def export_in_background(
    page: PlanEditorPage, plan: PlanSpec, path: Path | None, include_private: bool = False
) -> None:
    if path is None:
        chosen, _ = QFileDialog.getSaveFileName(page, "Export plan", f"{plan.name}.zip", FILTER)
        if not chosen:
            return
        path = Path(chosen)
        answer = QMessageBox.question(
            page,
            "Private notes",
            "Keep your private notes in the file? Choose No when the plan is for someone else.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        include_private = answer == QMessageBox.StandardButton.Yes
    target = path

    def work(control: TaskControl) -> Any:
        return export_plan(
            page.db,
            plan.id or 0,
            target,
            include_private=include_private,
            progress=lambda d, t: control.progress(d, t, ""),
        )

    def done(report: Any) -> None:
        page.status.setText(
            f"Exported {report.plan_name!r} ({report.size_bytes / 1e6:.1f} MB) to {report.path}."
        )

    run_task(
        work,
        done,
        _progress(page, "Exporting"),
        on_error=_failed(page, "The export"),
        runner=page.task_runner,
    )


def import_in_background(page: PlanEditorPage, path: Path | None) -> None:
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(page, "Import plan", "", FILTER)
        if not chosen:
            return
        path = Path(chosen)
    source = path

    def work(control: TaskControl) -> Any:
        return import_bundle(page.db, source, progress=lambda d, t: control.progress(d, t, ""))

    def done(report: Any) -> None:
        page.status.setText(
            f"Imported {report.plan_name!r}: {len(report.added)} new stimuli, "
            f"{len(report.reused)} already in the library."
        )
        page.reload_library()
        page.reload_plans(select=report.plan_id)

    run_task(
        work,
        done,
        _progress(page, "Importing"),
        on_error=_failed(page, "The import"),
        runner=page.task_runner,
    )
