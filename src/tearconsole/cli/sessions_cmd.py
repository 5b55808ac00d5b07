"""``tearconsole sessions list``: finished, open and interrupted sessions."""

from __future__ import annotations

from typing import Any

from tearconsole.cli.context import CliContext, print_json, print_table
from tearconsole.core.timing import format_clock
from tearconsole.i18n import QT_TRANSLATE_NOOP, translate
from tearconsole.i18n.words import cli_word
from tearconsole.storage.sessions import list_sessions


def register(commands: Any) -> None:
    parser = commands.add_parser("sessions", help="live sessions and rehearsals")
    actions = parser.add_subparsers(dest="sessions_action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="every session, newest first, with its state")
    listing.add_argument("--json", action="store_true", help="one JSON document on stdout")
    listing.set_defaults(func=run_list)


def run_list(ctx: CliContext) -> int:
    db = ctx.db_for_reading_or_writing()
    with db.session() as session:
        items = [info.as_dict() for info in list_sessions(session, db.paths.lock_path)]
    if ctx.args.json:
        print_json(items)
        return 0
    rows = [
        [
            str(i["id"]),
            i["plan"],
            cli_word(i["mode"]),
            i["started_at"].replace("T", " ").rstrip("Z"),
            cli_word(i["state"]),
            ""
            if i["position"] is None
            else translate("Cli", "cue {number} at {time}").format(
                number=i["position"], time=format_clock(i["position_s"])
            ),
        ]
        for i in items
    ]
    headers = [
        QT_TRANSLATE_NOOP("CliColumns", "id"),
        QT_TRANSLATE_NOOP("CliColumns", "plan"),
        QT_TRANSLATE_NOOP("CliColumns", "mode"),
        QT_TRANSLATE_NOOP("CliColumns", "started"),
        QT_TRANSLATE_NOOP("CliColumns", "state"),
        QT_TRANSLATE_NOOP("CliColumns", "resume at"),
    ]
    print_table(rows, [translate("CliColumns", h) for h in headers])
    return 0
