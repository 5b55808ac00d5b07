"""``tearconsole live PLAN [--rehearsal] [--remote [--remote-address ADDRESS]]``: the window,
straight into the live console (with the phone remote on, if asked)."""

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
    return run_gui(
        ctx.paths, demo=ctx.args.demo, live_plan=name, rehearsal=ctx.args.rehearsal, remote=remote
    )
