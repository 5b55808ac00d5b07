"""``tearconsole library ...``: the stimulus library."""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from tearconsole.cli.context import CliContext, pad, print_json, print_table
from tearconsole.core.timing import format_clock
from tearconsole.errors import UserError
from tearconsole.i18n import QT_TRANSLATE_NOOP, translate
from tearconsole.i18n.message import Message
from tearconsole.i18n.words import cli_word
from tearconsole.library import reasons
from tearconsole.library.copy_in import CopyFailed, copy_stimulus_in
from tearconsole.library.importer import import_paths
from tearconsole.library.locate import check_files, file_status, relink_from_folder
from tearconsole.playback.probe import probe_file
from tearconsole.playback.thumbnail import thumbnail_maker
from tearconsole.storage.stimuli import all_stimuli, stimulus_to_dict


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
                    item["status"], reason = file_status(stimulus)
                    item["status_reason"] = reasons.english(reason)
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
        copy=ctx.args.copy,
    )
    if not report.items:
        given = ctx.args.paths
        where = str(given[0]) if len(given) == 1 else translate("Cli", "the folders given")
        raise UserError(
            Message.translate(
                "Cli",
                "There is nothing to import in {where}: no films, music, pictures or stories "
                "(.txt) were found, so nothing was added.",
            ).format(where=where)
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
            detail = item.title if item.outcome == "imported" else item.said
            copied = (
                translate("Cli", " (copied to {path})").format(path=item.copied_to)
                if item.copied_to
                else ""
            )
            outcome = pad(outcomes.get(item.outcome, item.outcome), 9)
            print(f"{outcome} {item.path}: {detail}{copied}")
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
    folder = Path(ctx.args.folder).expanduser()
    if not folder.is_dir():
        raise UserError(
            Message.translate(
                "Cli", "There is no folder at {folder}; give the folder your media were moved to."
            ).format(folder=folder)
        )
    database = ctx.db(write=True)
    check_files(database)
    report = relink_from_folder(database, folder)
    if ctx.args.json:
        print_json(
            {
                "relinked": [{"id": i, "path": p} for i, p in report.relinked],
                "still_missing": report.still_missing,
            }
        )
    else:
        print(report.summary())
    if report.still_missing and not report.relinked:
        count = len(report.still_missing)
        print(
            translate(
                "Cli",
                "None of the %n missing file(s) was found in {folder}; point relink at the "
                "folder they were moved to.",
                "",
                count,
            ).format(folder=folder),
            file=sys.stderr,
        )
        return 1
    return 0


def run_copy_in(ctx: CliContext) -> int:
    """Copy each item's media into the data folder; exit 1 if any could not be."""
    database = ctx.db(write=True)
    done, failed, told = [], [], []
    for stimulus_id in ctx.args.ids:
        try:
            result = copy_stimulus_in(database, stimulus_id)
        except CopyFailed as exc:
            failed.append({"id": stimulus_id, "reason": exc.reason})  # --json: English
            told.append(str(exc))
            continue
        done.append(
            {"id": result.stimulus_id, "title": result.title, "path": result.path,
             "copied": result.copied}
        )  # fmt: skip
    if ctx.args.json:
        print_json({"copied": done, "failed": failed})
    else:
        for item in done:
            if item["copied"]:
                said = translate("Cli", "{id}: “{title}” copied to {path}")
            else:
                said = translate("Cli", "{id}: “{title}” already in the data folder: {path}")
            print(said.format(id=item["id"], title=item["title"], path=item["path"]))
    for sentence in told:
        print(sentence, file=sys.stderr)
    return 1 if failed else 0
