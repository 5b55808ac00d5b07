"""``tearconsole doctor``: what this machine and data folder look like to tearconsole."""

from __future__ import annotations

import sys
from typing import Any

from tearconsole import __version__
from tearconsole.cli.context import CliContext, label_width, pad, print_json
from tearconsole.errors import UserError
from tearconsole.i18n import QT_TRANSLATE_NOOP, translate
from tearconsole.platform.display import has_display
from tearconsole.playback.audio_outputs import list_outputs, system_for
from tearconsole.playback.audio_system import chosen_device
from tearconsole.playback.vlcenv import libvlc_version, make_instance
from tearconsole.settings import Settings
from tearconsole.storage import backups
from tearconsole.storage.db import damaged_sentence
from tearconsole.storage.migrations import SCHEMA_VERSION
from tearconsole.storage.open_checks import refuse_before_opening


def run(ctx: CliContext) -> int:
    """Everything it can tell; a database it cannot open is reported, then exit 1."""
    problem: str | None = None
    schema: int | None = None
    integrity: str | None = None
    checked = False  # whether SQLite's check ran (not on a file nothing may open)
    try:
        refuse_before_opening(ctx.paths, writer=False)  # missing, or a damaged -wal
        # SQLite's full check here, the quick one at every start: doctor names what it found
        integrity, checked = backups.problem_of(ctx.paths.db_path, full=True), True
        if integrity is not None:
            problem = translate("Cli", "{sentence} (SQLite's integrity_check: {found})").format(
                sentence=damaged_sentence(ctx.paths.db_path).told(), found=integrity
            )
        else:
            schema = ctx.db_for_reading_or_writing().schema_version()
    except UserError as exc:
        problem = problem or str(exc)
    newest = backups.newest_backup(ctx.paths.backup_dir)
    report: dict[str, Any] = {
        "version": __version__,
        "libvlc": libvlc_version(),
        "database": str(ctx.paths.db_path),
        "schema_version": schema,
        "schema_expected": SCHEMA_VERSION,
        "database_problem": problem,
        "integrity": None if not checked else integrity or "ok",
        "newest_backup": None if newest is None else str(newest.path),
        "data_dir": str(ctx.paths.data_dir),
        "screens": list_screens(),
        "audio": list_audio(chosen_device(Settings.for_paths(ctx.paths))),
    }
    if ctx.args.json:
        print_json(report)
        return 0 if problem is None else 1
    print(f"tearconsole {report['version']}")
    print(_line("libVLC", report["libvlc"]))
    if problem is None:
        state = translate("Cli", "schema {version}").format(version=schema)
    else:
        state = translate("Cli", "cannot be opened", "the database")
    print(_line(translate("Cli", "database"), f"{report['database']} ({state})"))
    print(_line(translate("Cli", "data folder"), report["data_dir"]))
    backup = newest.describe() if newest else translate("Cli", "none yet", "no backup")
    print(_line(translate("Cli", "backup"), backup))
    screens = report["screens"]
    if not screens:
        print(_line(translate("Cli", "screens"), translate("Cli", "none (no display)")))
    for index, screen in enumerate(screens):
        if screen["primary"]:
            said = translate("Cli", "{index}: {name} {width}x{height} at ({x},{y}), primary")
        else:
            said = translate("Cli", "{index}: {name} {width}x{height} at ({x},{y})")
        line = said.format(index=index + 1, **{k: screen[k] for k in SCREEN_FIELDS})
        print(_line(translate("Cli", "screens") if index == 0 else "", line))
    audio = report["audio"]
    if not audio["outputs"]:
        said = translate("Cli", "no sound output ({system}): {advice}")
        print(
            _line(translate("Cli", "sound"), said.format(system=audio["system"], advice=_advice()))
        )
    for index, output in enumerate(audio["outputs"]):
        label = (
            translate("Cli", "sound ({system})").format(system=audio["system"])
            if index == 0
            else ""
        )
        if output["device"] == audio["chosen"]:
            said = translate("Cli", "{name} [{device}], chosen")
        else:
            said = translate("Cli", "{name} [{device}]")
        print(_line(label, said.format(name=output["name"], device=output["device"])))
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    return 0


SCREEN_FIELDS = ("name", "width", "height", "x", "y")
LABEL_WIDTH = 12  # in English; wider when a translated label needs it
LABELS = ("database", "data folder", "backup", "screens", "sound")
NO_OUTPUT_ADVICE = QT_TRANSLATE_NOOP(
    "Cli",
    "connect speakers or the projector's sound (or start the desktop's sound service), "
    "then run `tearconsole room check`.",
)


def _line(label: str, text: str) -> str:
    """One line of the text report: the label in a column of its own."""
    width = label_width([translate("Cli", word) for word in LABELS], LABEL_WIDTH)
    return f"{pad(label, width)} {text}"


def _advice() -> str:
    return translate("Cli", NO_OUTPUT_ADVICE)


def list_audio(settings_chosen: str | None = None) -> dict[str, Any]:
    """The sound outputs libVLC can play to on this machine (none: it says what to do)."""
    system = system_for(headless=False)
    instance = make_instance(headless=False, extra=["--vout=dummy"])
    try:
        outputs = list_outputs(instance, system)
    finally:
        instance.release()
    advice = "" if outputs else NO_OUTPUT_ADVICE  # in English: --json keeps it so
    return {
        "system": system.value,
        "outputs": [output.as_dict() for output in outputs],
        "chosen": settings_chosen,
        "advice": advice,
    }


def list_screens() -> list[dict[str, Any]]:
    """The screens Qt sees; with no display at all, none (the offscreen platform's fake
    screen is not reported unless a layout was asked for)."""
    if not has_display():
        return []
    from PySide6.QtGui import QGuiApplication  # Qt: only with a display

    app = QGuiApplication.instance() or QGuiApplication([])
    primary = QGuiApplication.primaryScreen()
    screens = []
    for screen in QGuiApplication.screens():
        geometry = screen.geometry()
        screens.append(
            {
                "name": screen.name(),
                "x": geometry.x(),
                "y": geometry.y(),
                "width": geometry.width(),
                "height": geometry.height(),
                "primary": primary is not None and screen.name() == primary.name(),
            }
        )
    del app
    return screens
