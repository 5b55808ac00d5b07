"""``tearconsole library ...``: the stimulus library."""

from __future__ import annotations

from typing import Any

from tearconsole.cli.context import CliContext, print_json, print_table
from tearconsole.core.timing import format_clock
from tearconsole.storage.stimuli import all_stimuli, stimulus_to_dict


def register(commands: Any) -> None:
    parser = commands.add_parser("library", help="the stimulus library")
    actions = parser.add_subparsers(dest="library_action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="list every stimulus")
    listing.add_argument("--json", action="store_true", help="one JSON document on stdout")
    listing.set_defaults(func=run_list)


def run_list(ctx: CliContext) -> int:
    with ctx.db_for_reading_or_writing().session() as session:
        items = [stimulus_to_dict(s) for s in all_stimuli(session)]
    if ctx.args.json:
        print_json(items)
        return 0
    rows = [
        [
            str(i["id"]),
            i["kind"],
            i["title"],
            format_clock(i["duration_s"]),
            str(i["intensity"]),
            i["status"],
        ]
        for i in items
    ]
    print_table(rows, ["id", "kind", "title", "length", "intensity", "status"])
    return 0
