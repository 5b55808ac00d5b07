"""``tearconsole sessions list``: finished, open and interrupted sessions."""

from __future__ import annotations

from tearconsole.cli.context import CliContext, print_json, print_table
from tearconsole.core.cue_number import cue_number
from tearconsole.core.timing import format_clock
from tearconsole.i18n import QT_TRANSLATE_NOOP, translate
from tearconsole.i18n.words import cli_word
from tearconsole.storage.sessions import list_sessions


def run_list(ctx: CliContext) -> int:
    db = ctx.db_for_reading_or_writing()
    with db.session() as session:
        found = list_sessions(session, db.paths.lock_path, db.paths.db_path)
        items = [info.as_dict() for info in found]
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
                number=cue_number(i["position"]), time=format_clock(i["position_s"])
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
    for i in items:
        if i["waiting"]:
            print(
                translate(
                    "Cli",
                    "Session {id}: {count} step(s) wait to be saved (the disk was full or the "
                    "database busy); tearconsole saves them the next time it opens this data "
                    "folder for writing. Until then the session is not finished.",
                ).format(id=i["id"], count=i["waiting"])
            )
    return 0
