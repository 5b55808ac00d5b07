"""Every change to the plan's cues and settings, as undoable steps on a ``PlanDocument``.

Plain code (no widgets): the page calls these from buttons, drops and the inspector, and
tests call them directly. ``selected`` is the cue the next insertion goes after.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from tearconsole.core import plan_edits
from tearconsole.core.kinds import CueKind, StimulusKind
from tearconsole.core.plan import PlanSpec, StimulusInfo
from tearconsole.core.planning import DEFAULT_PAUSE_S
from tearconsole.i18n.words import kind_word
from tearconsole.ui.plan_editor.document import PlanDocument

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(...) calls


class CueEditing:
    def __init__(
        self,
        document: PlanDocument,
        lookup: Callable[[int], StimulusInfo | None],
        before_edit: Callable[[], None] = lambda: None,
    ) -> None:
        self.document = document
        self.lookup = lookup
        self.before_edit = before_edit  # e.g. the inspector reports typed notes first
        self.selected: int | None = None

    def _apply(
        self, after: PlanSpec, text: str, merge: str = "", select: int | None = None
    ) -> None:
        self.before_edit()
        if select is not None:
            self.selected = select
        self.document.apply(after, text, merge)

    @property
    def plan(self) -> PlanSpec | None:
        return self.document.plan

    def _insert_at(self) -> int:
        assert self.plan is not None
        return len(self.plan.cues) if self.selected is None else self.selected + 1

    def add_stimuli(self, ids: list[int], at: int | None = None) -> None:
        if self.plan is None or not ids:
            return
        found = [self.lookup(i) for i in ids]
        cues = [plan_edits.default_cue(s) for s in found if s is not None]
        where = self._insert_at() if at is None else at
        count = len(cues)
        what = (
            translate("CueEditing", "add {title}").format(title=cues[0].title)
            if len(cues) == 1
            else translate("CueEditing", "add %n cues", "", count)
        )
        self._apply(plan_edits.insert_cues(self.plan, where, cues), what, select=where)

    def add_bed(self, stimulus_id: int) -> str | None:
        """Start a music bed here; a sentence saying why not for anything but music."""
        stimulus = self.lookup(stimulus_id)
        if self.plan is None or stimulus is None:
            return None
        if stimulus.kind is not StimulusKind.MUSIC:
            return translate(
                "CueEditing",
                "Only music can play as a bed under other cues; “{title}” is a {kind}.",
            ).format(title=stimulus.title, kind=kind_word(stimulus.kind.value).lower())
        cue = plan_edits.default_cue(stimulus, CueKind.BED_START)
        where = self._insert_at()
        self._apply(
            plan_edits.insert_cues(self.plan, where, [cue]),
            translate("CueEditing", "add bed"),
            select=where,
        )
        return None

    def add_pause(self, seconds: float = DEFAULT_PAUSE_S) -> None:
        if self.plan is None:
            return
        where = self._insert_at()
        new = plan_edits.insert_cues(self.plan, where, [plan_edits.pause_cue(seconds)])
        self._apply(new, translate("CueEditing", "add pause"), select=where)

    def add_bed_stop(self) -> None:
        if self.plan is None:
            return
        where = self._insert_at()
        new = plan_edits.insert_cues(self.plan, where, [plan_edits.bed_stop_cue()])
        self._apply(new, translate("CueEditing", "add bed stop"), select=where)

    def remove_selected(self) -> None:
        if self.plan is None or self.selected is None:
            return
        title = self.plan.cues[self.selected].title
        self._apply(
            plan_edits.remove_cues(self.plan, [self.selected]),
            translate("CueEditing", "remove {title}").format(title=title),
        )

    def move_cue(self, source: int, target: int) -> None:
        if self.plan is None:
            return
        moved = plan_edits.move_cue(self.plan, source, target)
        what = translate("CueEditing", "move {title}").format(title=self.plan.cues[source].title)
        self._apply(moved, what, select=target)

    def move_selected(self, by: int) -> None:
        """Move the selected cue ``by`` places (-1: up, 1: down), as one undoable step."""
        if self.plan is None or self.selected is None:
            return
        target = self.selected + by
        if 0 <= target < len(self.plan.cues):
            self.move_cue(self.selected, target)

    def edit_field(self, name: str, value: Any) -> None:
        if self.plan is None or self.selected is None:
            return
        position = self.selected
        new = plan_edits.update_cue(self.plan, position, **{name: value})
        self._apply(
            new,
            translate("CueEditing", "change a cue"),
            merge=f"{position}:{name}",
        )

    def toggle_soft_landing(self) -> None:
        if self.plan is None or self.selected is None:
            return
        same = self.plan.soft_landing_position == self.selected
        landing = None if same else self.selected
        new = plan_edits.update_plan(self.plan, soft_landing_position=landing)
        self._apply(new, translate("CueEditing", "choose the soft landing"))

    def set_target_minutes(self, minutes: int) -> None:
        if self.plan is None:
            return
        target = float(minutes * 60) if minutes else None
        new = plan_edits.update_plan(self.plan, target_s=target)
        self._apply(new, translate("CueEditing", "change the target"), merge="target")

    def set_theme(self, text: str) -> None:
        if self.plan is None or text.strip() == self.plan.theme:
            return
        new = plan_edits.update_plan(self.plan, theme=text.strip())
        self._apply(new, translate("CueEditing", "change the theme"), merge="theme")

    def rename(self, name: str) -> None:
        if self.plan is not None and name.strip() and name.strip() != self.plan.name:
            self._apply(
                replace(self.plan, name=name.strip()),
                translate("CueEditing", "rename the plan"),
            )
