"""``tearconsole doctor``: what this machine and data folder look like to tearconsole."""

from __future__ import annotations

import os
import sys
from typing import Any

from tearconsole import __version__
from tearconsole.cli.context import CliContext, print_json
from tearconsole.errors import UserError
from tearconsole.playback.audio_system import chosen_device
from tearconsole.playback.vlcenv import libvlc_version
from tearconsole.settings import Settings
from tearconsole.storage import backups
from tearconsole.storage.db import damaged_sentence
from tearconsole.storage.migrations import SCHEMA_VERSION


def run(ctx: CliContext) -> int:
    """Everything it can tell; a database it cannot open is reported, then exit 1."""
    problem: str | None = None
    schema: int | None = None
    # SQLite's full check here, the quick one at every start: doctor names what it found.
    integrity = backups.problem_of(ctx.paths.db_path, full=True)
    if integrity is not None:
        problem = f"{damaged_sentence(ctx.paths.db_path)} (SQLite's integrity_check: {integrity})"
    else:
        try:
            schema = ctx.db_for_reading_or_writing().schema_version()
        except UserError as exc:
            problem = str(exc)
    newest = backups.newest_backup(ctx.paths.backup_dir)
    report: dict[str, Any] = {
        "version": __version__,
        "libvlc": libvlc_version(),
        "database": str(ctx.paths.db_path),
        "schema_version": schema,
        "schema_expected": SCHEMA_VERSION,
        "database_problem": problem,
        "integrity": "ok" if integrity is None else integrity,
        "newest_backup": None if newest is None else str(newest.path),
        "data_dir": str(ctx.paths.data_dir),
        "screens": list_screens(),
        "audio": list_audio(chosen_device(Settings.for_paths(ctx.paths))),
    }
    if ctx.args.json:
        print_json(report)
        return 0 if problem is None else 1
    print(f"tearconsole {report['version']}")
    print(f"libVLC       {report['libvlc']}")
    state = f"schema {schema}" if problem is None else "cannot be opened"
    print(f"database     {report['database']} ({state})")
    print(f"data folder  {report['data_dir']}")
    print(f"backup       {newest.describe() if newest else 'none yet'}")
    screens = report["screens"]
    if not screens:
        print("screens      none (no display)")
    for index, screen in enumerate(screens):
        label = "screens     " if index == 0 else "            "
        primary = ", primary" if screen["primary"] else ""
        print(
            f"{label} {index + 1}: {screen['name']} {screen['width']}x{screen['height']} "
            f"at ({screen['x']},{screen['y']}){primary}"
        )
    audio = report["audio"]
    if not audio["outputs"]:
        print(f"sound        no sound output ({audio['system']}): {audio['advice']}")
    for index, output in enumerate(audio["outputs"]):
        label = f"sound ({audio['system']})" if index == 0 else ""
        chosen = ", chosen" if output["device"] == audio["chosen"] else ""
        print(f"{label:<12} {output['name']} [{output['device']}]{chosen}")
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    return 0


def list_audio(settings_chosen: str | None = None) -> dict[str, Any]:
    """The sound outputs libVLC can play to on this machine (none: it says what to do)."""
    from tearconsole.playback.audio_outputs import list_outputs, system_for
    from tearconsole.playback.vlcenv import make_instance

    system = system_for(headless=False)
    instance = make_instance(headless=False, extra=["--vout=dummy"])
    try:
        outputs = list_outputs(instance, system)
    finally:
        instance.release()
    advice = (
        ""
        if outputs
        else (
            "connect speakers or the projector's sound (or start the desktop's sound service), "
            "then run `tearconsole room check`."
        )
    )
    return {
        "system": system.value,
        "outputs": [output.as_dict() for output in outputs],
        "chosen": settings_chosen,
        "advice": advice,
    }


def list_screens() -> list[dict[str, Any]]:
    """The screens Qt sees; with no display at all, none (the offscreen platform's fake
    screen is not reported unless a layout was asked for)."""
    has_display = bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    asked_platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not has_display and not asked_platform:
        return []
    from PySide6.QtGui import QGuiApplication

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
