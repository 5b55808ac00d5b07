"""``tearconsole desktop install``: the desktop menu entry and icon for this user."""

from __future__ import annotations

from typing import Any

from tearconsole.cli.context import CliContext, print_json
from tearconsole.desktop import install_desktop_entry


def register(commands: Any) -> None:
    parser = commands.add_parser("desktop", help="the desktop menu entry and icon")
    actions = parser.add_subparsers(dest="desktop_action", required=True, metavar="ACTION")
    install = actions.add_parser(
        "install", help="put tearconsole in your desktop's menu (safe to repeat)"
    )
    install.add_argument("--json", action="store_true", help="one JSON document on stdout")
    install.set_defaults(func=run_install)


def run_install(ctx: CliContext) -> int:
    done = install_desktop_entry()
    if ctx.args.json:
        print_json(done)
    elif done["changed"]:
        print(f"tearconsole is in your desktop's menu ({done['entry']}).")
    else:
        print(f"tearconsole was already in your desktop's menu ({done['entry']}).")
    return 0
