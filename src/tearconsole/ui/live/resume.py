"""On start, before any session: a calm offer to pick up a session that was interrupted.

Resuming lands the console paused at the cue and position the session was at; the
facilitator resumes when the room is ready. Declining keeps the session as it is (it
stays interrupted and can be resumed later, or reviewed in History).
"""

from __future__ import annotations

from datetime import UTC

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from tearconsole.core.timing import format_clock
from tearconsole.storage.db import Database
from tearconsole.storage.plans import find_plan
from tearconsole.storage.sessions import SessionInfo, end_session, interrupted_sessions

#: The dialog's answer for "it is over": beyond Accepted (1) and Rejected (0).
FINISHED = 2


def resume_summary(info: SessionInfo, cue_title: str | None) -> str:
    """One calm paragraph: what was interrupted, and where it would go on."""
    what = "A rehearsal" if info.mode == "rehearsal" else "A session"
    local = info.started_at.replace(tzinfo=UTC).astimezone()  # stored in UTC
    when = local.strftime("%d %b, %H:%M")
    text = f"{what} of “{info.plan}”, started {when}, did not finish."
    if info.position is not None:
        where = f"cue {info.position + 1}"
        if cue_title:
            where += f", “{cue_title}”"
        if info.position_s:
            where += f", {format_clock(info.position_s)} in"
        text += f" It stopped at {where}."
    return text + " If you pick it up, it waits, paused, until you resume."


def newest_interrupted(db: Database) -> tuple[SessionInfo, str | None] | None:
    """The most recent interrupted session and the title of the cue it stopped at."""
    with db.session() as session:
        found = interrupted_sessions(session, db.paths.lock_path)
        if not found:
            return None
        info = found[0]
        title = None
        if info.plan_id is not None and info.position is not None:
            try:
                plan = find_plan(session, info.plan_id)
            except Exception:  # the plan changed or went: the offer still stands
                plan = None
            if plan is not None:
                title = next(
                    (
                        c.stimulus.title
                        for c in plan.cues
                        if c.position == info.position and c.stimulus
                    ),
                    None,
                )
    return info, title


class ResumeDialog(QDialog):
    def __init__(self, info: SessionInfo, cue_title: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pick up where you were?"))
        self.setMinimumWidth(560)
        heading = QLabel(self.tr("A session was interrupted"))
        heading.setObjectName("pageTitle")
        body = QLabel(resume_summary(info, cue_title))
        body.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.resume_button = buttons.addButton(
            "Pick it up (paused)", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.resume_button.setDefault(True)
        self.finish_button = buttons.addButton(
            "It is over: keep it as it is", QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.finish_button.setToolTip(
            self.tr("Marks the session finished; History keeps its record")
        )
        buttons.addButton("Not now", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.finish_button.clicked.connect(lambda: self.done(FINISHED))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addWidget(buttons)


def offer_resume(parent: QWidget | None, db: Database) -> int | None:
    """Ask about the newest interrupted session; its id if the facilitator picks it up.

    "It is over" marks it finished (so it is not offered again); "Not now" leaves it.
    """
    found = newest_interrupted(db)
    if found is None:
        return None
    info, title = found
    answer = ResumeDialog(info, title, parent).exec()
    if answer == FINISHED:
        with db.session() as session:
            end_session(session, info.id)
        return None
    return info.id if answer == QDialog.DialogCode.Accepted else None
