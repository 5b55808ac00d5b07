"""``--help`` as it was last printed, while nothing that decided it has changed.

Before argparse prints a word of help, Python must import it, the language must be chosen
(the settings file, the folders that place it) and the grammar built: several times a bare
Python start (docs/benchmarks.md). Yet the help is the same text every time. So the first
``tearconsole [COMMAND...] --help`` is printed by argparse as always, and a copy is kept
in the user's cache folder together with everything that decided it: the version, the
Python, the stamps of the grammar's and the catalogues' files, the terminal's width, the
environment that picks the language and places the settings file, and that file's own
stamp (it holds the chosen language), all taken before the help is rendered. The next
identical request prints the copy when all of that is unchanged, and argparse renders
afresh when anything differs. With ``TEARCONSOLE_DATA_DIR`` set nothing is kept: a data
folder of its own (a USB stick, a second profile) leaves nothing behind on the machine.

This module imports only ``os`` and ``sys``, which every Python start has loaded already;
a cache that cannot be read or written is as if empty.
"""

from __future__ import annotations

import os
import sys

from tearconsole import APP_NAME, DATA_DIR_ENV, VERSION_LINE

TYPE_CHECKING = False  # typing's own constant, without importing typing (--help)
if TYPE_CHECKING:
    from argparse import ArgumentParser
    from collections.abc import Sequence

HELP_FLAGS = ("-h", "--help")
#: Where the help's words come from: the grammar (cli/) and the catalogues (i18n/).
_SOURCE_FOLDERS = ("cli", "i18n")
#: What, besides the settings file, decides the help: the width (COLUMNS), the language
#: (the locale), where the settings file is (the configuration folder) and colour.
_ENVIRONMENT = (
    "COLUMNS",
    "LC_ALL",
    "LC_MESSAGES",
    "LANG",
    "LANGUAGE",
    "XDG_CONFIG_HOME",
    "HOME",
    # whether argparse colours its help (Python 3.14 on)
    "FORCE_COLOR",
    "NO_COLOR",
    "PYTHON_COLORS",
    "TERM",
)


def terminal_columns() -> int:
    """``shutil.get_terminal_size().columns`` (argparse's width, plus 2), without shutil."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
        columns = columns or 80
    return columns


def cached_help(words: Sequence[str]) -> str | None:
    """The help ``words`` ask for as it was last printed, if nothing has changed since."""
    path = _copy_path(words)
    if path is None:
        return None
    try:
        with open(path, encoding="utf-8") as copy:
            key, settings, stamp = (copy.readline()[:-1] for _ in range(3))
            text = copy.read()
    except (OSError, ValueError):
        return None
    if not key or key != _key(words) or stamp != _stamp(settings):
        return None
    return text


def stamps(words: Sequence[str], settings: str) -> tuple[str, str, str] | None:
    """What decides the help ``words`` ask for, as it is now: taken before the language is
    read from ``settings`` and the help rendered, so that nothing changed in between can
    be kept under the new stamps. None when this help is not kept."""
    if _copy_path(words) is None or "\n" in settings:
        return None
    key = _key(words)
    return (key, settings, _stamp(settings)) if key else None


def print_keeping_copy(
    parser: ArgumentParser, words: Sequence[str], before: tuple[str, str, str]
) -> None:
    """Let argparse print the help ``words`` ask for (it exits), and keep a copy of it
    under ``before``, its ``stamps`` taken before the language was read."""
    import contextlib
    import io

    printed = io.StringIO()
    try:
        with contextlib.redirect_stdout(printed):
            parser.parse_args(list(words))
    except SystemExit as done:
        if done.code in (0, None) and printed.getvalue():
            _keep(words, printed.getvalue(), before)
        raise
    finally:
        sys.stdout.write(printed.getvalue())


def asks_for_help(words: Sequence[str]) -> bool:
    """Command names, then ``-h`` or ``--help``: a request whose answer can be kept."""
    return bool(words) and words[-1] in HELP_FLAGS and all(_is_name(w) for w in words[:-1])


def _is_name(word: str) -> bool:
    return word.isascii() and word[:1].isalpha() and word.replace("-", "").isalnum()


def _copy_path(words: Sequence[str]) -> str | None:
    if not asks_for_help(words) or os.environ.get(DATA_DIR_ENV):
        return None
    folder = _cache_folder()
    if folder is None:
        return None
    return os.path.join(folder, ".".join(["help", *words[:-1], "txt"]))


def _cache_folder() -> str | None:
    """The user's cache folder, as platformdirs names it (not imported: milliseconds)."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        return os.path.join(base, APP_NAME, "Cache", "help") if base else None
    if sys.platform == "darwin":
        return os.path.expanduser(os.path.join("~", "Library", "Caches", APP_NAME, "help"))
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    if not base:
        base = os.path.expanduser(os.path.join("~", ".cache"))
    return os.path.join(base, APP_NAME, "help")


def _key(words: Sequence[str]) -> str:
    """Everything but the settings file that decides the help, on one line."""
    package = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
    parts = [VERSION_LINE, sys.version, sys.prefix, package, " ".join(words)]
    parts.append(str(terminal_columns()))
    parts += [f"{name}={os.environ.get(name, '')}" for name in _ENVIRONMENT]
    for name in _SOURCE_FOLDERS:
        folder = os.path.join(package, name)
        try:
            entries = os.listdir(folder)
        except OSError:  # e.g. run from a zip: nothing to stamp, so nothing is kept
            return ""
        parts += sorted(
            f"{name}/{entry} {_stamp(os.path.join(folder, entry))}"
            for entry in entries
            if entry.endswith((".py", ".ts", ".tsv"))
        )
    return repr(parts)  # repr: one line whatever the environment holds


def _stamp(path: str) -> str:
    try:
        status = os.stat(path)
    except OSError:
        return "missing"
    return f"{status.st_mtime_ns} {status.st_size}"


def _keep(words: Sequence[str], text: str, before: tuple[str, str, str]) -> None:
    import contextlib

    path = _copy_path(words)
    if path is None:
        return
    key, settings, stamp = before
    partial = f"{path}.{os.getpid()}.partial"
    try:
        os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
        with open(partial, "w", encoding="utf-8") as copy:
            copy.write(f"{key}\n{settings}\n{stamp}\n{text}")
        os.replace(partial, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(partial)
