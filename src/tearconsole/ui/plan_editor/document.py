"""The plan being edited, with an undo stack: every edit is a before/after pair.

``PlanDocument`` holds the current ``PlanSpec``. An edit pushes a ``PlanEdit`` command
that keeps the plan before and after it, so undo and redo give back exactly the plan
that was there. Each change is written through ``save`` (the page saves to the database)
and announced with ``changed``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from tearconsole.core.plan import PlanSpec

Saver = Callable[[PlanSpec], None]


class PlanEdit(QUndoCommand):
    def __init__(
        self, document: PlanDocument, before: PlanSpec, after: PlanSpec, text: str, merge: str
    ) -> None:
        super().__init__(text)
        self.document, self.before, self.after, self.merge = document, before, after, merge

    def id(self) -> int:
        # Edits of the same field of the same cue, one after another, merge into one step.
        return 1 if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, PlanEdit) or not self.merge or other.merge != self.merge:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.document._show(self.after)

    def undo(self) -> None:
        self.document._show(self.before)


class PlanDocument(QObject):
    changed = Signal()

    def __init__(self, save: Saver | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(500)
        self._save = save
        self._plan: PlanSpec | None = None

    @property
    def plan(self) -> PlanSpec | None:
        return self._plan

    def load(self, plan: PlanSpec | None) -> None:
        """Start editing ``plan`` afresh (a new plan has its own history)."""
        self.stack.clear()
        self._plan = plan
        self.changed.emit()

    def apply(self, after: PlanSpec, text: str, merge: str = "") -> None:
        """Make ``after`` the plan, as one undoable step named ``text``."""
        if self._plan is None or after == self._plan:
            return
        self.stack.push(PlanEdit(self, self._plan, after, text, merge))

    def _show(self, plan: PlanSpec) -> None:
        self._plan = plan
        if self._save is not None:
            self._save(plan)
        self.changed.emit()
