"""The command line's grammar: every command and option, and which module runs it.

This module imports argparse and the translated parser only: ``--help`` and bad usage
load no SQLAlchemy, Qt or libVLC. Each command names its handler as
``"module:function"`` (a module of ``tearconsole.cli``); ``main`` imports that one module
only after the arguments are parsed, so a command loads only what it uses: no
SQLAlchemy for ``--help``, no Qt for ``plan list``, no libVLC for ``check``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from tearconsole import DATA_DIR_ENV, VERSION_LINE
from tearconsole.cli.help_words import TranslatedParser

#: What ``report --format`` accepts.
REPORT_FORMATS = ("html", "pdf", "csv")
MAX_SPEED = 32.0
JSON_HELP = "one JSON document on stdout"
#: The bundled demos (``demo.MANIFESTS``; tests/test_cli_foundation.py keeps them equal).
DEMO_LANGUAGES = ("en", "ja")


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The whole grammar; with ``argv``, only the commands it names get their options
    (the others are listed with their one-line help), which is all argparse needs."""
    parser = TranslatedParser(
        prog="tearconsole",
        description="A calm console for facilitating rui-katsu (tear seeking) sessions. "
        "With no command, opens the window.",
    )
    parser.add_argument(
        "--version", action="version", version=VERSION_LINE, help="print the version and exit"
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"keep all data in DIR (also {DATA_DIR_ENV}); default: your user data folder",
    )
    parser.add_argument(
        "--demo", action="store_true", help="install the bundled demo first if it is missing"
    )
    # With no command: the window, which plays through libVLC.
    parser.set_defaults(handler=None, libvlc=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    named = None if argv is None else set(argv)
    for name, (summary, fill) in COMMANDS.items():
        command = commands.add_parser(name, help=summary)
        if named is None or name in named:
            fill(command)
    return parser


def runs(parser: argparse.ArgumentParser, handler: str, libvlc: bool = False) -> None:
    """``parser``'s command is run by ``handler`` ("module:function" in tearconsole.cli);
    ``libvlc``: it plays or probes media, so a missing libVLC is said before it starts."""
    parser.set_defaults(handler=handler, libvlc=libvlc)


def _doctor(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=JSON_HELP)
    runs(parser, "doctor_cmd:run", libvlc=True)


def _demo(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="demo_action", required=True, metavar="ACTION")
    install = actions.add_parser("install", help="put the demo library and plan in the data folder")
    install.add_argument(
        "--language",
        choices=DEMO_LANGUAGES,
        help="which demo: en (First tears) or ja (はじめての涙); default: the interface's",
    )
    install.add_argument("--json", action="store_true", help=JSON_HELP)
    runs(install, "demo_cmd:run_install", libvlc=True)


def _library(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="library_action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="list every stimulus")
    listing.add_argument("--json", action="store_true", help=JSON_HELP)
    runs(listing, "library_cmd:run_list")
    importing = actions.add_parser("import", help="import files and folders (folders recursively)")
    importing.add_argument("paths", nargs="+", metavar="PATH", type=Path)
    importing.add_argument(
        "--copy",
        action="store_true",
        help="keep a copy of the media in tearconsole's data folder (not on the stick)",
    )
    importing.add_argument("--json", action="store_true", help=JSON_HELP)
    runs(importing, "library_cmd:run_import", libvlc=True)
    copying = actions.add_parser(
        "copy-in", help="copy library items' media into tearconsole's data folder"
    )
    copying.add_argument("ids", nargs="+", metavar="ID", type=int)
    copying.add_argument("--json", action="store_true", help=JSON_HELP)
    runs(copying, "library_cmd:run_copy_in")
    relink = actions.add_parser(
        "relink", help="find missing files in FOLDER by their content and point at them"
    )
    relink.add_argument("folder", metavar="FOLDER", type=Path)
    relink.add_argument("--json", action="store_true", help=JSON_HELP)
    runs(relink, "library_cmd:run_relink", libvlc=True)


def parse_ids(text: str) -> list[int]:
    """``--stimuli 1,4,2``; anything else is bad usage (exit 2), said by argparse."""
    parts = [part.strip() for part in text.split(",") if part.strip()]
    if not all(part.isdigit() for part in parts):
        raise argparse.ArgumentTypeError(
            f"takes ids separated by commas, e.g. 1,4,2 (not {text!r})"
        )
    return [int(part) for part in parts]


def _plan(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="plan_action", required=True, metavar="ACTION")

    listing = actions.add_parser("list", help="list every plan")
    listing.add_argument("--json", action="store_true", help=JSON_HELP)
    runs(listing, "plan_cmd:run_list")

    show = actions.add_parser("show", help="a plan's cues with their planned times")
    show.add_argument("plan", metavar="PLAN", help="a plan id or name")
    show.add_argument("--json", action="store_true", help=JSON_HELP)
    runs(show, "plan_cmd:run_show")

    create = actions.add_parser("create", help="a new plan of library stimuli")
    create.add_argument("name", metavar="NAME")
    create.add_argument(
        "--stimuli",
        metavar="ID,ID,...",
        type=parse_ids,
        default=[],
        help="stimulus ids, in playing order",
    )
    create.add_argument("--json", action="store_true", help="print the new plan as JSON")
    runs(create, "plan_cmd:run_create")

    export = actions.add_parser("export", help="write a plan and its media to one file")
    export.add_argument("plan", metavar="PLAN", help="a plan id or name")
    export.add_argument("-o", "--output", metavar="FILE", required=True, type=Path)
    export.add_argument(
        "--include-private", action="store_true", help="keep private notes in the file"
    )
    runs(export, "plan_cmd:run_export")

    imported = actions.add_parser("import", help="add a plan from a file made by plan export")
    imported.add_argument("file", metavar="FILE", type=Path)
    imported.add_argument("--json", action="store_true", help=JSON_HELP)
    runs(imported, "plan_cmd:run_import")


def _check(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("plan", metavar="PLAN", help="a plan id or name")
    parser.add_argument("--json", action="store_true", help=JSON_HELP)
    runs(parser, "check_cmd:run_check")


def _report(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Export a session's report: its timeline against the plan, check-in and "
        "check-out, and notes (html or pdf), or every logged event (csv), with one row "
        "per cue beside it in FILE-cues.csv. Private notes are left out unless "
        "--include-private."
    )
    parser.add_argument("session", metavar="SESSION", help="the session's id")
    parser.add_argument(
        "--format",
        choices=REPORT_FORMATS,
        help="html, pdf or csv (default: from the file name's ending)",
    )
    parser.add_argument("-o", "--output", metavar="FILE", required=True, help="where to save")
    parser.add_argument(
        "--include-private", action="store_true", help="include private notes in the export"
    )
    runs(parser, "report_cmd:run")


def speed_factor(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0.1 <= value <= MAX_SPEED:
        raise argparse.ArgumentTypeError(f"the speed is between 0.1 and {MAX_SPEED:g}")
    return value


def _rehearse(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("plan", metavar="PLAN", help="the plan's id or name")
    parser.add_argument(
        "--headless", action="store_true", help="no screen and no sound (required here)"
    )
    parser.add_argument("--speed", type=speed_factor, help="play N times faster (default 1)")
    parser.add_argument("--resume", metavar="SESSION", help="go on with an interrupted session")
    parser.add_argument("--json", action="store_true", help=JSON_HELP)
    runs(parser, "rehearse_cmd:run", libvlc=True)


def _sessions(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="sessions_action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="every session, newest first, with its state")
    listing.add_argument("--json", action="store_true", help=JSON_HELP)
    runs(listing, "sessions_cmd:run_list")


def _live(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("plan", metavar="PLAN", help="the plan's id or name")
    parser.add_argument(
        "--rehearsal",
        action="store_true",
        help="rehearse it: recorded as a rehearsal, the room's screen left alone",
    )
    parser.add_argument(
        "--remote",
        action="store_true",
        help="turn the phone remote on for this session and print its address and code",
    )
    parser.add_argument(
        "--remote-address",
        metavar="ADDRESS",
        help="the one address the remote listens on (default: the default route's)",
    )
    parser.add_argument(
        "--participants",
        action="store_true",
        help="turn the participants' phones on for this session and print their address "
        "and the room's code",
    )
    runs(parser, "live_cmd:run", libvlc=True)


def _room(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="room_command", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check", help="list sound outputs, play the test tone, check a plan's media"
    )
    check.add_argument("plan", metavar="PLAN", nargs="?", help="a plan id or name")
    check.add_argument(
        "--output", metavar="NAME", help="play on this output (its name or id), and remember it"
    )
    check.add_argument("--json", action="store_true", help=JSON_HELP)
    runs(check, "room_cmd:run_room_check", libvlc=True)


def _backup(parser: argparse.ArgumentParser) -> None:
    runs(parser, "restore_cmd:run_backup")


def _restore(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Put a backup of the database in its place. The current database file is kept "
        "aside in the backups folder, never deleted. Backups are taken each day, before "
        "each live session, and by `tearconsole backup`."
    )
    parser.add_argument("backup", metavar="BACKUP", nargs="?", help="a backup's file or name")
    parser.add_argument("--list", action="store_true", help="list the backups and stop")
    parser.add_argument("--json", action="store_true", help="with --list: one JSON document")
    runs(parser, "restore_cmd:run_restore")


def _desktop(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="desktop_action", required=True, metavar="ACTION")
    install = actions.add_parser(
        "install", help="put tearconsole in your desktop's menu (safe to repeat)"
    )
    install.add_argument("--json", action="store_true", help=JSON_HELP)
    runs(install, "desktop_cmd:run_install")


#: Every command, in the order ``--help`` lists them: its one-line help, and what adds
#: its options and handler.
COMMANDS = {
    "doctor": ("check libVLC, the database and the screens", _doctor),
    "demo": ("the bundled demo", _demo),
    "library": ("the stimulus library", _library),
    "plan": ("plans: list, show, create, export, import", _plan),
    "check": ("preflight: what to fix before running a plan", _check),
    "room": ("the room check: sound output, level and media", _room),
    "report": ("export a session's report", _report),
    "rehearse": ("run a plan through the real engine and compare its timings", _rehearse),
    "sessions": ("live sessions and rehearsals", _sessions),
    "live": ("open the window straight into the live console with PLAN standing by", _live),
    "backup": ("take a backup of the database now (kept in the data folder's backups)", _backup),
    "restore": (
        "put a backup of the database back (the newest healthy one unless you name one)",
        _restore,
    ),
    "desktop": ("the desktop menu entry and icon", _desktop),
}
