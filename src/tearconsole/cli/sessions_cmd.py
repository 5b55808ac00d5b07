"""``tearconsole sessions list``: finished, open and interrupted sessions."""

from __future__ import annotations

from tearconsole.cli.context import CliContext, print_json, print_table
from tearconsole.core.cue_number import cue_number
from tearconsole.core.timing import format_clock
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
            i["mode"],
            i["started_at"].replace("T", " ").rstrip("Z"),
            i["state"],
            ""
            if i["position"] is None
            else f"cue {cue_number(i['position'])} at {format_clock(i['position_s'])}",
        ]
        for i in items
    ]
    print_table(rows, ["id", "plan", "mode", "started", "state", "resume at"])
    for i in items:
        if i["waiting"]:
            print(
                f"Session {i['id']}: {i['waiting']} step(s) wait to be saved (the disk was "
                "full or the database busy); tearconsole saves them the next time it opens "
                "this data folder for writing. Until then the session is not finished."
            )
    return 0
