"""``tearconsole demo install``: the bundled demo library and plan (idempotent)."""

from __future__ import annotations

from typing import Any

from tearconsole.cli.context import CliContext, print_json
from tearconsole.demo import install_demo
from tearconsole.i18n import translate


def register(commands: Any) -> None:
    parser = commands.add_parser("demo", help="the bundled demo")
    actions = parser.add_subparsers(dest="demo_action", required=True, metavar="ACTION")
    install = actions.add_parser("install", help="put the demo library and plan in the data folder")
    install.add_argument("--json", action="store_true", help="one JSON document on stdout")
    install.set_defaults(func=run_install)


def run_install(ctx: CliContext) -> int:
    report = install_demo(ctx.db(write=True), ctx.vlc())
    if ctx.args.json:
        print_json(
            {
                "added": report.added,
                "skipped": report.skipped,
                "plan": report.plan_name,
                "plan_created": report.plan_created,
            }
        )
        return 0
    said = (
        translate(
            "Cli",
            'Demo installed: {added} new stimuli, {skipped} already there; plan "{plan}" added.',
        )
        if report.plan_created
        else translate(
            "Cli",
            "Demo installed: {added} new stimuli, {skipped} already there; "
            'plan "{plan}" already there.',
        )
    )
    print(said.format(added=len(report.added), skipped=len(report.skipped), plan=report.plan_name))
    return 0
