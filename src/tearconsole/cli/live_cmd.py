"""``tearconsole live PLAN [--rehearsal] [--remote [--remote-address ADDRESS]]``: the window,
straight into the live console (with the phone remote on, if asked)."""

from __future__ import annotations

from typing import Any

from tearconsole.cli.context import CliContext
from tearconsole.storage.db import Database
from tearconsole.storage.plans import find_plan


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "live", help="open the window straight into the live console with PLAN standing by"
    )
    parser.add_argument("plan", metavar="PLAN", help="the plan's id or name")
    parser.add_argument(
        "--rehearsal",
        action="store_true",
        help="rehearse it: recorded as a rehearsal, the room's screen left alone",
    )
    parser.add_argument(
        "--remote",
        action="store_true",
        help="turn the phone remote on for this session and print its address and code",
    )
    parser.add_argument(
        "--remote-address",
        metavar="ADDRESS",
        help="the one address the remote listens on (default: the default route's)",
    )
    parser.set_defaults(func=run)


def run(ctx: CliContext) -> int:
    from tearconsole.ui.app import run_gui

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
