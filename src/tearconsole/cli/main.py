"""The entry point: parse, check libVLC, dispatch; one sentence and exit 1 on failure.

The command line decides before it imports: the grammar (``commands``) is light, and
the module that runs the chosen command is imported only once the arguments are parsed.
``--version``, ``--help`` and bad usage therefore never load SQLAlchemy, Qt or libVLC.
The window's own options alone (``--data-dir``, ``--demo``: how a desktop menu starts
it) and ``--version`` are read without argparse at all. What ``main`` imports inside itself
is imported after ``--version`` is answered (bench/startup.py: about a bare Python start).
"""

from __future__ import annotations

import sys

from tearconsole import VERSION_LINE

TYPE_CHECKING = False  # typing costs --version ~9 ms, a bare Python start (bench/startup.py)
if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path
    from typing import Any


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    leading = _leading_options(words)
    if leading is not None and leading.version:
        print(VERSION_LINE)  # answered before argparse, the language or the paths load
        return 0
    # Not before --version is answered: it takes about a bare Python start without them.
    from importlib import import_module

    from tearconsole.errors import DatabaseDamaged, LibVLCMissing, UserError, human_os_error
    from tearconsole.i18n import translate, use_chosen_language
    from tearconsole.paths import AppPaths
    from tearconsole.startup_marks import mark

    # The app's choice, else the system locale; chosen before parsing, as --help speaks.
    use_chosen_language(AppPaths.resolve(data_dir_argument(words)).settings_path)
    if leading is not None:
        args: Any = leading  # the window, as a desktop menu starts it: no grammar to load
    else:
        from tearconsole.cli.commands import build_parser  # argparse: not for the window

        args = build_parser(words).parse_args(words)  # bad usage exits 2, said by argparse
    mark("parsed")
    paths = AppPaths.resolve(args.data_dir)
    try:
        if args.libvlc:
            from tearconsole.playback.vlcenv import load_vlc  # only for what plays

            load_vlc()
            mark("libvlc")
        if args.handler is None:
            from tearconsole.ui.app import run_gui  # Qt: only for the window

            return run_gui(paths, demo=args.demo)
        module_name, function_name = args.handler.split(":")
        handler = getattr(import_module(f"tearconsole.cli.{module_name}"), function_name)
        from tearconsole.cli.context import CliContext  # SQLAlchemy: not for the window
        from tearconsole.storage.lock import DataDirLock  # filelock: not for the window

        if args.command != "live":  # a window otherwise: "close that window" is right then
            DataDirLock.holder = " ".join(["tearconsole", *command_words(args)])
        ctx = CliContext(args, paths)
        try:
            code = int(handler(ctx))
            sys.stdout.flush()  # here, so that a reader gone (``| head``) is caught below
            return code
        except DatabaseDamaged:
            if ctx.told_damaged:  # said already, before reading what could be read
                return 1
            raise
        finally:
            ctx.close()
    except BrokenPipeError:
        return _reader_gone()
    except (UserError, OSError) as exc:
        message = str(human_os_error(exc, paths.data_dir) if isinstance(exc, OSError) else exc)
        print(message, file=sys.stderr)
        if args.command is None and isinstance(exc, LibVLCMissing | OSError):
            _tell_on_screen(message)  # started from a desktop menu: stderr is never seen
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception:
        where = _write_crash_log(paths.log_dir)
        print(
            translate(
                "Cli",
                "tearconsole hit an unexpected problem and stopped; the details are in {file}.",
            ).format(file=where),
            file=sys.stderr,
        )
        return 1


class _Leading:
    """What the window's own options asked for (``commands.build_parser``'s top level)."""

    command = handler = None
    libvlc = True  # the window plays through libVLC

    def __init__(self) -> None:
        self.data_dir: str | None = None
        self.demo = self.version = False


def _leading_options(words: list[str]) -> _Leading | None:
    """``--data-dir DIR``, ``--demo`` and ``--version`` when they are all there is (or
    ``--version`` comes before anything else, as argparse would reach it first); None
    when anything else is there, for argparse to read and judge."""
    found = _Leading()
    index = 0
    while index < len(words):
        word = words[index]
        if word == "--version":
            found.version = True
            return found
        if word == "--data-dir" and index + 1 < len(words) and words[index + 1][:1] != "-":
            found.data_dir = words[index + 1]
            index += 2
        elif word.startswith("--data-dir=") and len(word) > len("--data-dir="):
            found.data_dir = word.split("=", 1)[1]
            index += 1
        elif word == "--demo":
            found.demo = True
            index += 1
        else:
            return None
    return found


def command_words(args: Any) -> list[str]:
    """The command and its action as typed (``library``, ``import``)."""
    chosen = vars(args)
    actions = [v for k, v in chosen.items() if k.endswith(("_action", "_command"))]
    return [args.command, *(a for a in actions if isinstance(a, str))]


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
        # Only on such a failure (Qt; and not for --version)
        from tearconsole.platform.display import has_display
        from tearconsole.ui.app import show_startup_error

        if has_display():
            show_startup_error(message)
    except Exception:
        return  # stderr already has the sentence


def _reader_gone() -> int:
    """The reader of our output left (``| head -1``): stop quietly, as ``cat`` does.

    Python would complain again when it flushes stdout at exit, so stdout goes nowhere."""
    import os  # only when the reader left
    from contextlib import suppress  # only when the reader left

    with suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 141  # as a shell reports a process ended by SIGPIPE


def _write_crash_log(log_dir: Path) -> str:
    import os  # only after a crash
    import traceback  # only after a crash
    from datetime import datetime

    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        # to the microsecond, with the process: two crashes never share a file
        target = log_dir / f"crash-{datetime.now():%Y%m%d-%H%M%S-%f}-{os.getpid()}.log"
        with target.open("x", encoding="utf-8") as handle:
            handle.write(traceback.format_exc())
        return str(target)
    except OSError:
        failure = sys.exc_info()[1]
        return f"no log, as the log folder cannot be written ({failure})"
