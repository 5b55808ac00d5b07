"""The plan editor: plans, cues, the emotional arc and preflight, with undo/redo."""

from tearconsole.ui.plan_editor.page import PlanEditorPage

__all__ = ["PlanEditorPage"]
