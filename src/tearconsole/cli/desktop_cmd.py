"""``tearconsole desktop install``: the desktop menu entry and icon for this user."""

from __future__ import annotations

from tearconsole.cli.context import CliContext, print_json
from tearconsole.desktop import install_desktop_entry


def run_install(ctx: CliContext) -> int:
    done = install_desktop_entry()
    if ctx.args.json:
        print_json(done)
    elif done["changed"]:
        print(f"tearconsole is in your desktop's menu ({done['entry']}).")
    else:
        print(f"tearconsole was already in your desktop's menu ({done['entry']}).")
    return 0
