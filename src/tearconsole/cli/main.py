"""The entry point: parse, check libVLC, dispatch; one sentence and exit 1 on failure."""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Sequence
from datetime import datetime

from tearconsole import __version__
from tearconsole.cli import (
    check_cmd,
    demo_cmd,
    doctor_cmd,
    library_cmd,
    live_cmd,
    plan_cmd,
    rehearse_cmd,
    report_cmd,
    sessions_cmd,
)
from tearconsole.cli.context import CliContext
from tearconsole.cli.help_words import TranslatedParser
from tearconsole.errors import LibVLCMissing, UserError, human_os_error
from tearconsole.paths import DATA_DIR_ENV, AppPaths
from tearconsole.playback.vlcenv import load_vlc

#: Each module adds its subcommands with ``register(subparsers)``.
COMMAND_MODULES = [
    doctor_cmd,
    demo_cmd,
    library_cmd,
    plan_cmd,
    check_cmd,
    report_cmd,
    rehearse_cmd,
    sessions_cmd,
    live_cmd,
]

log = logging.getLogger("tearconsole")


def build_parser() -> argparse.ArgumentParser:
    parser = TranslatedParser(
        prog="tearconsole",
        description="A calm console for facilitating rui-katsu (tear seeking) sessions. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"tearconsole {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"keep all data in DIR (also {DATA_DIR_ENV}); default: your user data folder",
    )
    parser.add_argument(
        "--demo", action="store_true", help="install the bundled demo first if it is missing"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from tearconsole.i18n import use_chosen_language

    # The app's choice, else the system locale; chosen before parsing, as --help speaks.
    use_chosen_language(AppPaths.resolve(data_dir_argument(argv)).settings_path)
    parser = build_parser()
    args = parser.parse_args(argv)  # bad usage exits 2 here, with argparse's message
    paths = AppPaths.resolve(args.data_dir)
    try:
        load_vlc()
        if args.command is None:
            from tearconsole.ui.app import run_gui

            return run_gui(paths, demo=args.demo)
        ctx = CliContext(args, paths)
        try:
            return int(args.func(ctx))
        finally:
            ctx.close()
    except (UserError, OSError) as exc:
        message = str(human_os_error(exc) if isinstance(exc, OSError) else exc)
        print(message, file=sys.stderr)
        if args.command is None and isinstance(exc, LibVLCMissing | OSError):
            _tell_on_screen(message)  # started from a desktop menu: stderr is never seen
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception:
        where = _write_crash_log(paths)
        from tearconsole.i18n import translate

        print(
            translate(
                "Cli",
                "tearconsole hit an unexpected problem and stopped; the details are in {file}.",
            ).format(file=where),
            file=sys.stderr,
        )
        return 1


def data_dir_argument(argv: Sequence[str] | None) -> str | None:
    """``--data-dir DIR`` (or ``--data-dir=DIR``) from the arguments, before parsing."""
    words = list(sys.argv[1:] if argv is None else argv)
    for index, word in enumerate(words):
        if word == "--data-dir" and index + 1 < len(words):
            return words[index + 1]
        if word.startswith("--data-dir="):
            return word.split("=", 1)[1]
    return None


def _tell_on_screen(message: str) -> None:
    """Show a start-up failure in a window too, when there is a display to show it on."""
    try:
        from tearconsole.ui.app import has_display, show_startup_error

        if has_display():
            show_startup_error(message)
    except Exception:
        return  # stderr already has the sentence


def _write_crash_log(paths: AppPaths) -> str:
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        target = paths.log_dir / f"crash-{datetime.now():%Y%m%d-%H%M%S}.log"
        target.write_text(traceback.format_exc(), encoding="utf-8")
        return str(target)
    except OSError:
        failure = sys.exc_info()[1]
        return f"no log, as the log folder cannot be written ({failure})"
