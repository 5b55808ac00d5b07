"""``tearconsole demo install``: the bundled demo library and plan (idempotent)."""

from __future__ import annotations

from typing import Any

from tearconsole.cli.context import CliContext, print_json
from tearconsole.demo import MANIFESTS, demo_language, install_demo


def interface_language() -> str | None:
    """The interface's language code; English until the language setting exists."""
    return None


def register(commands: Any) -> None:
    parser = commands.add_parser("demo", help="the bundled demo")
    actions = parser.add_subparsers(dest="demo_action", required=True, metavar="ACTION")
    install = actions.add_parser("install", help="put the demo library and plan in the data folder")
    install.add_argument(
        "--language",
        choices=sorted(MANIFESTS),
        help="which demo: en (First tears) or ja (はじめての涙); default: the interface's",
    )
    install.add_argument("--json", action="store_true", help="one JSON document on stdout")
    install.set_defaults(func=run_install)


def run_install(ctx: CliContext) -> int:
    language = demo_language(ctx.args.language or interface_language())
    report = install_demo(ctx.db(write=True), ctx.vlc(), language=language)
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
    plan_state = "added" if report.plan_created else "already there"
    print(
        f"Demo installed: {len(report.added)} new stimuli, {len(report.skipped)} already there; "
        f'plan "{report.plan_name}" {plan_state}.'
    )
    return 0
