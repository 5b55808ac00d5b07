"""On start, before any session: a calm offer to pick up a session that was interrupted.

Resuming lands the console paused at the cue and position the session was at; the
facilitator resumes when the room is ready. Declining keeps the session as it is (it
stays interrupted and can be resumed later, or reviewed in History).
"""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from tearconsole.core.cue_number import cue_number
from tearconsole.core.timing import format_clock
from tearconsole.live.resume_offer import resume_offer
from tearconsole.storage.db import Database
from tearconsole.storage.sessions import SessionInfo, finish_session
from tearconsole.ui.i18n import date_time_text
from tearconsole.ui.plain import plain

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(...) calls

#: The dialog's answer for "it is over": beyond Accepted (1) and Rejected (0).
FINISHED = 2


def resume_summary(
    info: SessionInfo, cue_title: str | None, plan_changed: bool = False, plan_deleted: bool = False
) -> str:
    """One calm paragraph: what was interrupted, and where it would go on."""
    local = info.started_at.replace(tzinfo=UTC).astimezone()  # stored in UTC
    when = date_time_text(local)
    if info.mode == "rehearsal":
        text = translate("ResumeDialog", "A rehearsal of “{plan}”, started {when}, did not finish.")
    else:
        text = translate("ResumeDialog", "A session of “{plan}”, started {when}, did not finish.")
    parts = [text.format(plan=info.plan, when=when)]
    if info.position is not None:
        where = translate("ResumeDialog", "cue {number}").format(number=cue_number(info.position))
        if cue_title:
            where = translate("ResumeDialog", "{where}, “{title}”").format(
                where=where, title=cue_title
            )
        if info.position_s:
            where = translate("ResumeDialog", "{where}, {time} in").format(
                where=where, time=format_clock(info.position_s)
            )
        parts.append(translate("ResumeDialog", "It stopped at {where}.").format(where=where))
    if plan_deleted:
        parts.append(
            translate("ResumeDialog", "The plan was deleted since: the session goes on as it ran.")
        )
    elif plan_changed:
        parts.append(
            translate(
                "ResumeDialog",
                "The plan was changed since: the session goes on as it ran, "
                "and the changes apply to the next session.",
            )
        )
    parts.append(
        translate("ResumeDialog", "If you pick it up, it waits, paused, until you resume.")
    )
    return translate("ResumeDialog", " ", "sentence separator").join(parts)


def newest_interrupted(db: Database) -> tuple[SessionInfo, str | None] | None:
    """The most recent interrupted session and the title of the cue it stopped at."""
    offer = resume_offer(db)
    return None if offer is None else (offer.info, offer.cue_title)


class ResumeDialog(QDialog):
    def __init__(
        self,
        info: SessionInfo,
        cue_title: str | None,
        parent: QWidget | None = None,
        plan_changed: bool = False,
        plan_deleted: bool = False,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pick up where you were?"))
        self.setMinimumWidth(560)
        heading = QLabel(self.tr("A session was interrupted"))
        heading.setObjectName("pageTitle")
        body = QLabel(resume_summary(info, cue_title, plan_changed, plan_deleted))
        body.setWordWrap(True)
        plain(body)
        buttons = QDialogButtonBox()
        self.resume_button = buttons.addButton(
            self.tr("Pick it up (paused)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.resume_button.setDefault(True)
        self.finish_button = buttons.addButton(
            self.tr("It is over: keep it as it is"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.finish_button.setToolTip(
            self.tr("Marks the session finished; History keeps its record")
        )
        buttons.addButton(self.tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole)
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
    offer = resume_offer(db)
    if offer is None:
        return None
    info = offer.info
    dialog = ResumeDialog(info, offer.cue_title, parent, offer.plan_changed, offer.plan_deleted)
    answer = dialog.exec()
    if answer == FINISHED:
        finish_session(db, info.id)
        return None
    return info.id if answer == QDialog.DialogCode.Accepted else None
