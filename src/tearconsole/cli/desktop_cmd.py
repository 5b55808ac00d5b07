"""``tearconsole desktop install``: the desktop menu entry and icon for this user."""

from __future__ import annotations

from tearconsole.cli.context import CliContext, print_json
from tearconsole.i18n import translate
from tearconsole.platform.desktop import install_desktop_entry


def run_install(ctx: CliContext) -> int:
    done = install_desktop_entry()
    if ctx.args.json:
        print_json(done)
    elif done["changed"]:
        print(
            translate("Cli", "tearconsole is in your desktop's menu ({path}).").format(
                path=done["entry"]
            )
        )
    else:
        print(
            translate("Cli", "tearconsole was already in your desktop's menu ({path}).").format(
                path=done["entry"]
            )
        )
    return 0
