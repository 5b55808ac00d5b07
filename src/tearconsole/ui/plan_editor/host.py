"""What the plan list's actions (``plan_actions``) and the bundle transfers (``transfer``)
need of the page that holds them; the Plans page is one."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtWidgets import QLabel, QWidget

from tearconsole.core.plan import PlanSpec
from tearconsole.storage.db import Database
from tearconsole.ui.plan_editor.document import PlanDocument
from tearconsole.ui.plan_editor.editing import CueEditing
from tearconsole.ui.plan_editor.panels import LibraryPanel


class PlanHost(Protocol):
    db: Database
    document: PlanDocument
    edits: CueEditing
    status: QLabel
    library: LibraryPanel  # the library list beside the plan
    #: Where bundle work runs (None: the shared pool; tests run it synchronously).
    task_runner: Any

    @property
    def plan(self) -> PlanSpec | None: ...

    def window(self) -> QWidget:
        """The window the dialogs belong to."""
        ...

    def say(self, message: str) -> None:
        """Tell the facilitator something, in a box they close."""
        ...

    def reload_plans(self, select: int | None = None) -> None: ...

    def reload_library(self) -> None: ...
