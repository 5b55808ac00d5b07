"""The plan list's actions: new, rename, duplicate and delete act on the database.

Renaming is an undoable edit of the plan; the others change which plans exist and are
not undoable (deleting asks first).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from tearconsole.core.content_notice import takes_plan_notes
from tearconsole.core.kinds import StimulusKind
from tearconsole.core.plan import StimulusInfo
from tearconsole.core.plan_edits import default_cue
from tearconsole.core.validation import plan_problems
from tearconsole.i18n import current_language
from tearconsole.storage import plans as plan_store
from tearconsole.ui.plan_editor.host import PlanHost

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(...) calls


def new_plan(page: PlanHost, name: str | None = None) -> None:
    """A new plan; it opens with the library's content-notice card that lists the plan's
    own notes, when there is one (the room is then told what this plan touches on)."""
    notice = _plan_notice_card(page.library.model.items())
    cues = () if notice is None else (default_cue(notice),)
    wanted = name or translate("PlanActions", "New plan")
    page.reload_plans(select=plan_store.add_plan(page.db, wanted, cues))


def _plan_notice_card(items: list[StimulusInfo]) -> StimulusInfo | None:
    """The card that lists a plan's content notes, in the interface's language if there
    is one in it."""
    cards = [s for s in items if s.kind is StimulusKind.CARD and takes_plan_notes(s.text)]
    language = current_language()
    return next((s for s in cards if s.language == language), cards[0] if cards else None)


def rename_plan(page: PlanHost, name: str | None = None) -> None:
    if page.plan is None:
        return
    if name is None:
        name, ok = QInputDialog.getText(
            page.window(),
            translate("PlanActions", "Rename plan"),
            translate("PlanActions", "New name:"),
            text=page.plan.name,
        )
        if not ok:
            return
    name = name.strip()
    if not name or name == page.plan.name:
        return
    problems = plan_problems({"name": name})
    if problems:
        page.say(problems[0].reason)
        return
    if plan_store.plan_name_taken(page.db, name):
        page.say(
            translate(
                "PlanActions", "There is already a plan called “{name}”; choose another name."
            ).format(name=name)
        )
        return
    page.edits.rename(name)
    page.reload_plans()


def duplicate_plan(page: PlanHost) -> None:
    if page.plan is None:
        return
    page.reload_plans(select=plan_store.copy_plan(page.db, page.plan.id or 0))


def delete_plan(page: PlanHost, confirm: bool = True) -> None:
    if page.plan is None:
        return
    if confirm:
        answer = QMessageBox.question(
            page.window(),
            translate("PlanActions", "Delete plan"),
            translate(
                "PlanActions",
                "Delete the plan “{name}”? Its cues go with it; the library and past "
                "sessions stay.",
            ).format(name=page.plan.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
    plan_store.remove_plan(page.db, page.plan.id or 0)
    page.document.load(None)
    page.reload_plans()
