"""``tearconsole report SESSION --format html|pdf|csv -o FILE [--include-private]``."""

from __future__ import annotations

from pathlib import Path

from tearconsole.cli.commands import REPORT_FORMATS
from tearconsole.cli.context import CliContext
from tearconsole.errors import UserError
from tearconsole.i18n import translate
from tearconsole.reports.csv import write_csv
from tearconsole.reports.html import write_html
from tearconsole.storage.history import load_report


def export_format(output: Path, chosen: str | None) -> str:
    if chosen:
        return chosen
    suffix = output.suffix.lower().lstrip(".")
    if suffix == "htm":
        return "html"
    if suffix in REPORT_FORMATS:
        return suffix
    raise UserError(
        translate(
            "Cli",
            "tearconsole cannot tell the format from the name {name}; end it in .html, "
            ".pdf or .csv, or add --format html, pdf or csv.",
        ).format(name=output.name)
    )


def run(ctx: CliContext) -> int:
    output = Path(ctx.args.output).expanduser()
    if output.is_dir():
        raise UserError(
            translate(
                "Cli",
                "{folder} is a folder; give the name of a file to save the report to, "
                "e.g. {example}.",
            ).format(folder=output, example=output / f"session-{ctx.args.session}.pdf")
        )
    fmt = export_format(output, ctx.args.format)
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
    return 0
