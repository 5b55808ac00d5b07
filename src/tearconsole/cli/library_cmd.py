"""``tearconsole library ...``: the stimulus library."""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

from tearconsole.cli.context import CliContext, pad, print_json, print_table
from tearconsole.core.timing import format_clock
from tearconsole.i18n import QT_TRANSLATE_NOOP, translate
from tearconsole.i18n.words import cli_word
from tearconsole.library.importer import import_paths
from tearconsole.library.locate import check_files, file_status, relink_from_folder
from tearconsole.playback.probe import probe_file
from tearconsole.playback.thumbnail import thumbnail_maker
from tearconsole.storage.stimuli import all_stimuli, stimulus_to_dict


def register(commands: Any) -> None:
    parser = commands.add_parser("library", help="the stimulus library")
    actions = parser.add_subparsers(dest="library_action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="list every stimulus")
    listing.add_argument("--json", action="store_true", help="one JSON document on stdout")
    listing.set_defaults(func=run_list)
    importing = actions.add_parser("import", help="import files and folders (folders recursively)")
    importing.add_argument("paths", nargs="+", metavar="PATH", type=Path)
    importing.add_argument("--json", action="store_true", help="one JSON document on stdout")
    importing.set_defaults(func=run_import)
    relink = actions.add_parser(
        "relink", help="find missing files in FOLDER by their content and point at them"
    )
    relink.add_argument("folder", metavar="FOLDER", type=Path)
    relink.add_argument("--json", action="store_true", help="one JSON document on stdout")
    relink.set_defaults(func=run_relink)


def run_list(ctx: CliContext) -> int:
    database = ctx.db_for_reading_or_writing()
    if database.lock is not None:
        check_files(database)  # flag moved files (saved) when nobody else is writing
    with database.session() as session:
        stimuli = all_stimuli(session)
        items = [stimulus_to_dict(s) for s in stimuli]
        if database.lock is None:  # the window is open: say what is true, save nothing
            for item, stimulus in zip(items, stimuli, strict=True):
                if stimulus.path is not None:
                    item["status"], item["status_reason"] = file_status(stimulus)
    if ctx.args.json:
        print_json(items)
        return 0
    rows = [
        [
            str(i["id"]),
            cli_word(i["kind"]),
            i["title"],
            format_clock(i["duration_s"]),
            str(i["intensity"]),
            cli_word(i["status"]),
        ]
        for i in items
    ]
    headers = [
        QT_TRANSLATE_NOOP("CliColumns", "id"),
        QT_TRANSLATE_NOOP("CliColumns", "kind"),
        QT_TRANSLATE_NOOP("CliColumns", "title"),
        QT_TRANSLATE_NOOP("CliColumns", "length"),
        QT_TRANSLATE_NOOP("CliColumns", "intensity"),
        QT_TRANSLATE_NOOP("CliColumns", "status"),
    ]
    print_table(rows, [translate("CliColumns", h) for h in headers])
    return 0


def run_import(ctx: CliContext) -> int:
    database = ctx.db(write=True)
    report = import_paths(
        database,
        ctx.args.paths,
        partial(probe_file, ctx.vlc()),
        thumbnail=thumbnail_maker(ctx.vlc(), ctx.paths.thumbnail_dir),
    )
    if ctx.args.json:
        print_json(report.to_dict())
    else:
        outcomes = {
            "imported": translate("Cli", "imported", "a file's outcome"),
            "skipped": translate("Cli", "skipped", "a file's outcome"),
            "failed": translate("Cli", "failed", "a file's outcome"),
        }
        for item in report.items:
            detail = item.title if item.outcome == "imported" else item.reason
            print(f"{pad(outcomes.get(item.outcome, item.outcome), 9)} {item.path}: {detail}")
        print(report.summary())
    if report.failed:
        count = len(report.failed)
        if ctx.args.json:
            said = translate(
                "Cli",
                "%n file(s) could not be imported; the reasons are listed in the output, and "
                "everything else was imported.",
                "",
                count,
            )
        else:
            said = translate(
                "Cli",
                "%n file(s) could not be imported; the reasons are listed above, and "
                "everything else was imported.",
                "",
                count,
            )
        print(said, file=sys.stderr)
        return 1
    return 0


def run_relink(ctx: CliContext) -> int:
    database = ctx.db(write=True)
    check_files(database)
    report = relink_from_folder(database, ctx.args.folder)
    if ctx.args.json:
        print_json(
            {
                "relinked": [{"id": i, "path": p} for i, p in report.relinked],
                "still_missing": report.still_missing,
            }
        )
    else:
        print(report.summary())
    return 0
