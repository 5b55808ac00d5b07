"""``tearconsole doctor``: what this machine and data folder look like to tearconsole."""

from __future__ import annotations

import os
import sys
from typing import Any

from tearconsole import __version__
from tearconsole.cli.context import CliContext, print_json
from tearconsole.errors import UserError
from tearconsole.playback.vlcenv import libvlc_version
from tearconsole.storage.migrations import SCHEMA_VERSION


def run(ctx: CliContext) -> int:
    """Everything it can tell; a database it cannot open is reported, then exit 1."""
    problem: str | None = None
    schema: int | None = None
    try:
        schema = ctx.db_for_reading_or_writing().schema_version()
    except UserError as exc:
        problem = str(exc)
    report: dict[str, Any] = {
        "version": __version__,
        "libvlc": libvlc_version(),
        "database": str(ctx.paths.db_path),
        "schema_version": schema,
        "schema_expected": SCHEMA_VERSION,
        "database_problem": problem,
        "data_dir": str(ctx.paths.data_dir),
        "screens": list_screens(),
    }
    if ctx.args.json:
        print_json(report)
        return 0 if problem is None else 1
    print(f"tearconsole {report['version']}")
    print(f"libVLC       {report['libvlc']}")
    state = f"schema {schema}" if problem is None else "cannot be opened"
    print(f"database     {report['database']} ({state})")
    print(f"data folder  {report['data_dir']}")
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
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    return 0


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
