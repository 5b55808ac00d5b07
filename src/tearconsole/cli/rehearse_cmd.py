"""``tearconsole rehearse PLAN --headless``: the plan through the real engine, no screen.

GO is given automatically; the report compares each cue's planned time with its actual
share of the run (in plan seconds, so ``--speed 4`` compares directly).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from tearconsole.cli.context import CliContext, print_json, print_table
from tearconsole.core.conductor.table import Action
from tearconsole.core.cue_number import cue_number
from tearconsole.core.cue_timings import CueTiming, cue_timings
from tearconsole.core.kinds import SessionMode
from tearconsole.core.timing import format_clock
from tearconsole.errors import UserError
from tearconsole.i18n import QT_TRANSLATE_NOOP, translate
from tearconsole.i18n.words import timing_status_word
from tearconsole.live.runner import LiveRunner
from tearconsole.storage.history import recorded_event
from tearconsole.storage.models import Event
from tearconsole.storage.plans import find_plan, plan_spec


def run(ctx: CliContext) -> int:
    args = ctx.args
    if not args.headless:
        raise UserError(
            translate(
                "Cli",
                "Rehearsing with a screen happens in the window (`tearconsole live PLAN "
                "--rehearsal`); add --headless to run the plan here without one.",
            )
        )
    # Qt and libVLC: only for a rehearsal, not for the rest of the command line
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from tearconsole.live.opening import open_runner
    from tearconsole.playback.vlcenv import make_instance

    db = ctx.db(write=True)
    with db.session() as session:
        plan = plan_spec(find_plan(session, args.plan))
    if not plan.cues:
        raise UserError(
            translate("Cli", "The plan {plan} has no cues to rehearse.").format(
                plan=repr(plan.name)
            )
        )
    if QCoreApplication.instance() is None:
        QCoreApplication([])
    # No sound card here: with libVLC's dummy audio output, media report their end about a
    # second early unless file caching is off (platform notes), which would skew timings.
    instance = make_instance(headless=True, extra=["--file-caching=0"])
    try:
        runner = open_runner(
            db, instance, plan, mode=SessionMode.REHEARSAL, speed=args.speed,
            autopilot=True, resume_id=args.resume,
        )  # fmt: skip
    except BaseException:
        instance.release()
        raise
    if runner.plan.id != plan.id:
        runner.close()
        instance.release()
        raise UserError(
            translate("Cli", "Session {id} is a session of another plan.").format(id=args.resume)
        )
    notices: list[str] = []
    runner.notice.connect(notices.append)
    runner.log_notice.connect(notices.append)
    loop = QEventLoop()
    runner.ended.connect(lambda _sid: loop.quit())
    limit_s = plan.planned_s / runner.options.speed * 1.5 + 60
    timed_out: list[bool] = []

    def give_up() -> None:
        timed_out.append(True)
        runner.session.perform(Action.HARD_STOP)
        runner.session.perform(Action.HARD_STOP)

    QTimer.singleShot(int(limit_s * 1000), runner, give_up)
    runner.start()
    loop.exec()
    runner.close()
    instance.release()
    report = _report(ctx, runner, notices)
    if timed_out:
        raise UserError(
            translate(
                "Cli",
                "The rehearsal did not finish within {limit}; it was stopped. "
                "Session {id} holds what happened.",
            ).format(limit=format_clock(limit_s), id=runner.session_id)
        )
    if args.json:
        print_json(report)
    else:
        _print_report(report)
    if runner.session.waiting_notice:  # never "done" while steps of it are not saved
        raise UserError(runner.session.waiting_notice)
    return 0


def _report(ctx: CliContext, runner: LiveRunner, notices: list[str]) -> dict[str, Any]:
    with ctx.db(write=True).session() as session:
        rows = session.scalars(
            select(Event)
            .where(Event.session_id == runner.session_id, Event.seq >= runner.session.first_seq)
            .order_by(Event.seq)
        ).all()
        events = [recorded_event(row) for row in rows]
    speed = runner.options.speed
    timings: list[CueTiming] = cue_timings(runner.plan, events, speed)
    ran = [t for t in timings if t.actual_s is not None]
    return {
        "session_id": runner.session_id,
        "plan": runner.plan.name,
        "plan_id": runner.plan.id,
        "speed": speed,
        "resumed": ctx.args.resume is not None,
        "planned_s": round(sum(t.planned_s for t in ran), 2),
        "actual_s": round(sum(t.actual_s or 0.0 for t in ran), 2),
        "cues": [t.as_dict() for t in timings],
        "media_errors": [
            {"position": e.cue_position, "reason": e.detail.get("reason")}
            for e in events
            if e.kind == "media_error"
        ],
        "notices": notices,
        "events": len(events),
        "waiting": runner.session.events.waiting,
    }


def _print_report(report: dict[str, Any]) -> None:
    rows = [
        [
            str(cue_number(c["position"])),
            c["title"],
            format_clock(c["planned_s"]),
            format_clock(c["actual_s"]),
            timing_status_word(c["status"]),
        ]
        for c in report["cues"]
    ]
    print(
        translate("Cli", "Session {id}: {plan} at x{speed}").format(
            id=report["session_id"], plan=report["plan"], speed=f"{report['speed']:g}"
        )
    )
    headers = [
        "#",
        QT_TRANSLATE_NOOP("CliColumns", "cue"),
        QT_TRANSLATE_NOOP("CliColumns", "planned"),
        QT_TRANSLATE_NOOP("CliColumns", "actual"),
        QT_TRANSLATE_NOOP("CliColumns", "status"),
    ]
    print_table(rows, [translate("CliColumns", h) for h in headers])
    print(
        translate("Cli", "planned {planned}, actual {actual}").format(
            planned=format_clock(report["planned_s"]), actual=format_clock(report["actual_s"])
        )
    )
