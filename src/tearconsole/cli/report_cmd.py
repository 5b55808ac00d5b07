"""``tearconsole report SESSION --format html|pdf|csv -o FILE [--include-private]``."""

from __future__ import annotations

import sys
from contextlib import suppress
from pathlib import Path

from tearconsole.cli.commands import REPORT_FORMATS
from tearconsole.cli.context import CliContext
from tearconsole.errors import DataDirBusy, UserError
from tearconsole.i18n import translate
from tearconsole.i18n.message import Message
from tearconsole.reports.csv import write_csv
from tearconsole.reports.html import write_html
from tearconsole.storage import event_files
from tearconsole.storage.history import load_report
from tearconsole.storage.lock import DataDirLock
from tearconsole.storage.session_ref import find_session


def export_format(output: Path, chosen: str | None) -> str:
    if chosen:
        return chosen
    suffix = output.suffix.lower().lstrip(".")
    if suffix == "htm":
        return "html"
    if suffix in REPORT_FORMATS:
        return suffix
    raise UserError(
        Message.translate(
            "Cli",
            "tearconsole cannot tell the format from the name {name}; end it in .html, "
            ".pdf or .csv, or add --format html, pdf or csv.",
        ).format(name=output.name)
    )


def run(ctx: CliContext) -> int:
    output = Path(ctx.args.output).expanduser()
    if output.is_dir():
        raise UserError(
            Message.translate(
                "Cli",
                "{folder} is a folder; give the name of a file to save the report to, "
                "e.g. {example}.",
            ).format(folder=output, example=output / f"session-{ctx.args.session}.pdf")
        )
    fmt = export_format(output, ctx.args.format)
    missing = _merge_waiting_steps(ctx)
    with ctx.db_for_reading_or_writing().session() as session:
        report = load_report(
            session,
            ctx.args.session,
            include_private=ctx.args.include_private,
            lock_path=ctx.paths.lock_path,
        )
    if fmt == "html":
        write_html(report, output)
    elif fmt == "csv":
        write_csv(report, output)
    else:
        from tearconsole.reports.pdf import write_pdf  # Qt: only for PDF

        write_pdf(report, output)
    if missing:
        print(
            translate(
                "Cli",
                "Still waiting to be saved: %n step(s) of this session, which the report "
                "leaves out; the tearconsole that is open saves them, then make the report "
                "again.",
                "",
                missing,
            ),
            file=sys.stderr,
        )
    return 0


def _merge_waiting_steps(ctx: CliContext) -> int:
    """Save the session's steps that wait in a file (a full disk at the time) before it is
    reported, when no other tearconsole holds the folder; how many still wait."""
    with ctx.db_for_reading_or_writing().session() as session:
        session_id = find_session(session, ctx.args.session).id
    waiting = event_files.waiting_count(ctx.paths.db_path).get(session_id, 0)
    if not waiting or DataDirLock.held_elsewhere(ctx.paths.lock_path):
        return waiting
    with suppress(DataDirBusy):  # (another tearconsole started meanwhile: it saves them)
        ctx.db(write=True)  # opening for writing merges them (``Database.open``)
    return event_files.waiting_count(ctx.paths.db_path).get(session_id, 0)
