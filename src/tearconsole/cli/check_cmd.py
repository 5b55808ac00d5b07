"""``tearconsole check PLAN``: the preflight findings; exit 1 when any is an error."""

from __future__ import annotations

import sys

from tearconsole.cli.context import CliContext, pad, print_json
from tearconsole.core.preflight import Severity, check_plan
from tearconsole.i18n import translate
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
        print(translate("Cli", "{plan}: nothing to fix.").format(plan=spec.name))
    else:
        severities = {
            "error": translate("Cli", "error", "a preflight finding"),
            "warning": translate("Cli", "warning", "a preflight finding"),
            "info": translate("Cli", "info", "a preflight finding"),
        }
        for finding in findings:
            severity = severities.get(finding.severity.value, finding.severity.value)
            print(f"{pad(severity, 8)} {finding.message}")
    if errors:
        print(
            translate(
                "Cli", "'{plan}' has %n problem(s) to fix before it can run as planned.", "", errors
            ).format(plan=spec.name),
            file=sys.stderr,
        )
    return 1 if errors else 0
