"""``tearconsole check PLAN``: the preflight findings; exit 1 when any is an error."""

from __future__ import annotations

import sys

from tearconsole.cli.context import CliContext, print_json
from tearconsole.core.preflight import Severity, check_plan
from tearconsole.storage.plans import find_plan, plan_spec


def run_check(ctx: CliContext) -> int:
    with ctx.db_for_reading_or_writing().session() as session:
        spec = plan_spec(find_plan(session, ctx.args.plan))
    findings = check_plan(spec)
    errors = sum(1 for f in findings if f.severity is Severity.ERROR)
    if ctx.args.json:
        print_json(
            {
                "plan": spec.name,
                "plan_id": spec.id,
                "ok": errors == 0,
                "findings": [f.to_dict() for f in findings],
            }
        )
    elif not findings:
        print(f"{spec.name}: nothing to fix.")
    else:
        for finding in findings:
            print(f"{finding.severity.value:<8} {finding.message}")
    if errors:
        print(
            f"{spec.name!r} has {errors} problem{'s' if errors > 1 else ''} to fix before "
            "it can run as planned.",
            file=sys.stderr,
        )
    return 1 if errors else 0
