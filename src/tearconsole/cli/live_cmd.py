"""``tearconsole live PLAN [--rehearsal] [--remote] [--participants] [--remote-address
ADDRESS]``: the window, straight into the live console (with the phone remote and the
participants' phones on, if asked; both listen on ADDRESS when given)."""

from __future__ import annotations

from tearconsole.cli.context import CliContext
from tearconsole.storage.db import Database
from tearconsole.storage.plans import find_plan
from tearconsole.ui.app import run_gui


def run(ctx: CliContext) -> int:
    if not ctx.args.demo:  # say so now if there is no such plan (the demo may bring it)
        db = Database.open(ctx.paths, write=False)
        try:
            with db.session() as session:
                name = find_plan(session, ctx.args.plan).name
        finally:
            db.close()
    else:
        name = ctx.args.plan
    remote = None
    if ctx.args.remote or ctx.args.remote_address:
        remote = ctx.args.remote_address or ""
    participants = (ctx.args.remote_address or "") if ctx.args.participants else None
    return run_gui(
        ctx.paths,
        demo=ctx.args.demo,
        live_plan=name,
        rehearsal=ctx.args.rehearsal,
        remote=remote,
        participants=participants,
    )
