"""``tearconsole sessions list``: finished, open and interrupted sessions."""

from __future__ import annotations

from tearconsole.cli.context import CliContext, print_json, print_table
from tearconsole.core.timing import format_clock
from tearconsole.storage.sessions import list_sessions


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
            i["mode"],
            i["started_at"].replace("T", " ").rstrip("Z"),
            i["state"],
            ""
            if i["position"] is None
            else f"cue {i['position']} at {format_clock(i['position_s'])}",
        ]
        for i in items
    ]
    print_table(rows, ["id", "plan", "mode", "started", "state", "resume at"])
    return 0
