"""Exporting and importing plan bundles from the editor, in the background with progress."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tearconsole.bundles import export_plan, import_bundle
from tearconsole.core.plan import PlanSpec
from tearconsole.ui.plan_editor.host import PlanHost
from tearconsole.ui.tasks import TaskControl, run_task

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(...) calls


def _filter() -> str:
    return translate("PlanTransfer", "tearconsole plans (*.zip);;All files (*)")


def _progress(page: PlanHost, verb: str) -> Any:
    def show(done: int, total: int, _message: str) -> None:
        share = 100 * done // total if total else 100
        page.status.setText(
            translate("PlanTransfer", "{doing}… {share} %").format(doing=verb, share=share)
        )

    return show


def _failed(page: PlanHost, verb: str) -> Any:
    def show(exc: BaseException) -> None:
        page.status.setText("")
        message = str(exc) if str(exc) else verb
        page.say(message)

    return show


def export_in_background(
    page: PlanHost, plan: PlanSpec, path: Path | None, include_private: bool = False
) -> None:
    if path is None:
        chosen, _ = QFileDialog.getSaveFileName(
            page.window(),
            translate("PlanTransfer", "Export plan"),
            f"{plan.name}.zip",
            _filter(),
        )
        if not chosen:
            return
        path = Path(chosen)
        answer = QMessageBox.question(
            page.window(),
            translate("PlanTransfer", "Private notes"),
            translate(
                "PlanTransfer",
                "Keep your private notes in the file? Choose No when the plan is for someone else.",
            ),
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
            translate("PlanTransfer", "Exported '{name}' ({size} MB) to {file}.").format(
                name=report.plan_name,
                size=QLocale().toString(report.size_bytes / 1e6, "f", 1),
                file=report.path,
            )
        )

    run_task(
        work,
        done,
        _progress(page, translate("PlanTransfer", "Exporting")),
        on_error=_failed(page, translate("PlanTransfer", "The export did not finish.")),
        runner=page.task_runner,
    )


def import_in_background(page: PlanHost, path: Path | None) -> None:
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            page.window(), translate("PlanTransfer", "Import plan"), "", _filter()
        )
        if not chosen:
            return
        path = Path(chosen)
    source = path

    def work(control: TaskControl) -> Any:
        return import_bundle(page.db, source, progress=lambda d, t: control.progress(d, t, ""))

    def done(report: Any) -> None:
        page.status.setText(
            translate(
                "PlanTransfer",
                "Imported '{name}': {added} new stimuli, {reused} already in the library.",
            ).format(name=report.plan_name, added=len(report.added), reused=len(report.reused))
        )
        page.reload_library()
        page.reload_plans(select=report.plan_id)

    run_task(
        work,
        done,
        _progress(page, translate("PlanTransfer", "Importing")),
        on_error=_failed(page, translate("PlanTransfer", "The import did not finish.")),
        runner=page.task_runner,
    )
