"""``tearconsole demo install``: the bundled demo library and plan (idempotent)."""

from __future__ import annotations

from tearconsole.cli.context import CliContext, print_json
from tearconsole.demo import demo_language, install_demo


def interface_language() -> str | None:
    """The interface's language code; English until the language setting exists."""
    return None


def run_install(ctx: CliContext) -> int:
    language = demo_language(ctx.args.language or interface_language())
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
    plan_state = "added" if report.plan_created else "already there"
    print(
        f"Demo installed: {len(report.added)} new stimuli, {len(report.skipped)} already there; "
        f'plan "{report.plan_name}" {plan_state}.'
    )
    return 0
