"""``tearconsole plan ...``: list, show, create, export and import plans."""

from __future__ import annotations

from tearconsole.bundles import export_plan, import_bundle
from tearconsole.cli.context import CliContext, on_one_line, print_json, print_table
from tearconsole.core.cue_number import cue_number
from tearconsole.core.timing import format_clock
from tearconsole.i18n import QT_TRANSLATE_NOOP, translate
from tearconsole.i18n.words import cli_word
from tearconsole.storage.plans import (
    all_plan_specs,
    create_plan,
    find_plan,
    plan_spec,
    plan_to_dict,
)


def run_list(ctx: CliContext) -> int:
    with ctx.db_for_reading_or_writing().session() as session:
        plans = [plan_to_dict(spec, with_cues=False) for spec in all_plan_specs(session)]
    if ctx.args.json:
        print_json(
            [{k: p[k] for k in ("id", "name", "cue_count", "planned_s", "target_s")} for p in plans]
        )
        return 0
    if not plans:
        print(
            translate(
                "Cli", "No plans yet; `tearconsole plan create NAME --stimuli ID,...` makes one."
            )
        )
        return 0
    rows = [
        [
            str(p["id"]),
            p["name"],
            str(p["cue_count"]),
            format_clock(p["planned_s"]),
            format_clock(p["target_s"]),
        ]
        for p in plans
    ]
    headers = [
        QT_TRANSLATE_NOOP("CliColumns", "id"),
        QT_TRANSLATE_NOOP("CliColumns", "name"),
        QT_TRANSLATE_NOOP("CliColumns", "cues"),
        QT_TRANSLATE_NOOP("CliColumns", "planned"),
        QT_TRANSLATE_NOOP("CliColumns", "target"),
    ]
    print_table(rows, [translate("CliColumns", h) for h in headers])
    return 0


def run_show(ctx: CliContext) -> int:
    with ctx.db_for_reading_or_writing().session() as session:
        document = plan_to_dict(plan_spec(find_plan(session, ctx.args.plan)))
    if ctx.args.json:
        print_json(document)
        return 0
    count = document["cue_count"]
    print(
        translate("Cli", "{name}: %n cue(s), {planned} planned, target {target}", "", count).format(
            name=on_one_line(document["name"]),
            planned=format_clock(document["planned_s"]),
            target=format_clock(document["target_s"]),
        )
    )
    rows = [
        [
            str(cue_number(c["position"])),
            format_clock(c["start_s"]),
            cli_word(c["kind"]),
            c["title"],
            format_clock(c["planned_s"]) if c["planned_s"] else "",
            str(c["intensity"] or ""),
        ]
        for c in document["cues"]
    ]
    headers = [
        "#",
        QT_TRANSLATE_NOOP("CliColumns", "start"),
        QT_TRANSLATE_NOOP("CliColumns", "kind"),
        QT_TRANSLATE_NOOP("CliColumns", "title"),
        QT_TRANSLATE_NOOP("CliColumns", "length"),
        QT_TRANSLATE_NOOP("CliColumns", "intensity"),
    ]
    print_table(rows, [translate("CliColumns", h) for h in headers])
    return 0


def run_create(ctx: CliContext) -> int:
    ids: list[int] = ctx.args.stimuli
    with ctx.db(write=True).session() as session:
        plan = create_plan(session, ctx.args.name, ids)
        document = plan_to_dict(plan_spec(find_plan(session, plan.id)))
    if ctx.args.json:
        print_json(document)
    else:
        count = document["cue_count"]
        print(
            translate(
                "Cli",
                "Created plan '{name}' (id {id}) with %n cue(s), {planned} planned.",
                "",
                count,
            ).format(
                name=document["name"],
                id=document["id"],
                planned=format_clock(document["planned_s"]),
            )
        )
    return 0


def run_export(ctx: CliContext) -> int:
    report = export_plan(
        ctx.db_for_reading_or_writing(),
        ctx.args.plan,
        ctx.args.output,
        include_private=ctx.args.include_private,
    )
    print(
        translate("Cli", "Exported '{name}' with {stimuli} stimuli ({size} MB) to {file}.").format(
            name=report.plan_name,
            stimuli=report.stimuli,
            size=f"{report.size_bytes / 1e6:.1f}",
            file=report.path,
        )
    )
    return 0


def run_import(ctx: CliContext) -> int:
    report = import_bundle(ctx.db(write=True), ctx.args.file)
    if ctx.args.json:
        print_json(
            {
                "plan_id": report.plan_id,
                "plan": report.plan_name,
                "added": report.added,
                "reused": report.reused,
                "bytes_copied": report.bytes_copied,
            }
        )
        return 0
    print(
        translate(
            "Cli", "Imported plan '{name}': {added} new stimuli, {reused} already in the library."
        ).format(name=report.plan_name, added=len(report.added), reused=len(report.reused))
    )
    return 0
