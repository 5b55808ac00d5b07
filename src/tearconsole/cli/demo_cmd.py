"""``tearconsole demo install``: the bundled demo library and plan (idempotent)."""

from __future__ import annotations

from tearconsole.cli.context import CliContext, print_json
from tearconsole.demo import demo_language, install_demo
from tearconsole.i18n import current_language, translate


def run_install(ctx: CliContext) -> int:
    language = demo_language(ctx.args.language or current_language())
    report = install_demo(ctx.db(write=True), ctx.vlc(), language=language)
    if ctx.args.json:
        print_json(
            {
                "added": report.added,
                "skipped": report.skipped,
                "plan": report.plan_name,
                "plan_created": report.plan_created,
            }
        )
        return 0
    said = (
        translate(
            "Cli",
            'Demo installed: {added} new stimuli, {skipped} already there; plan "{plan}" added.',
        )
        if report.plan_created
        else translate(
            "Cli",
            "Demo installed: {added} new stimuli, {skipped} already there; "
            'plan "{plan}" already there.',
        )
    )
    print(said.format(added=len(report.added), skipped=len(report.skipped), plan=report.plan_name))
    return 0
