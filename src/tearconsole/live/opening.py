"""``open_runner``: the one place a live session is built, for the console's Live page
and the command line's headless rehearsal alike: libVLC's output on a given instance,
then a runner for a new session of a plan, or for an interrupted session picked up
where it was."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from tearconsole.core.kinds import SessionMode
from tearconsole.core.plan import PlanSpec
from tearconsole.live.recovery import resume_runner
from tearconsole.live.runner import LiveRunner
from tearconsole.live.session import LiveSession, RunOptions
from tearconsole.playback.engine import VlcOutput
from tearconsole.storage.db import Database


def open_runner(
    db: Database,
    instance: Any,
    plan: PlanSpec | None = None,
    *,
    mode: SessionMode = SessionMode.LIVE,
    speed: float | None = None,
    autopilot: bool = False,
    resume_id: int | str | None = None,
    parent: QObject | None = None,
) -> LiveRunner:
    """A runner (not started) for a new session of ``plan``, or for the interrupted
    session ``resume_id`` (its own mode, at ``speed`` or the speed it last ran at). A
    ``UserError`` says why a session cannot be resumed; nothing is left playing then."""
    output = VlcOutput(instance, parent)
    try:
        if resume_id is not None:
            return resume_runner(db, resume_id, output, speed, autopilot, parent=parent)
        assert plan is not None
        options = RunOptions(mode, speed or 1.0, autopilot)
        return LiveRunner(LiveSession(db, plan, output, options), parent=parent)
    except BaseException:
        output.shutdown()
        raise
