"""The command line decides before it imports: ``--version``, ``--help`` and bad usage load
neither SQLAlchemy nor Qt nor libVLC, and each command loads only what it uses.

Read from ``python -X importtime``, which names every module the real entry point
imports, in a fresh interpreter.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tearconsole import __version__
from tests.cli import run_cli_importing

HEAVY = {"sqlalchemy", "PySide6", "shiboken6", "vlc"}


def imports_of(*argv: str, data_dir: Path) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """The command's result and every module it imported (dotted names)."""
    return run_cli_importing(*argv, data_dir=data_dir)


def tops(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


@pytest.mark.parametrize(
    "argv", [["--version"], ["--help"], ["plan", "--help"], ["rehearse", "--help"]]
)
def test_version_and_help_import_no_database_qt_or_libvlc(argv: list[str], tmp_path: Path) -> None:
    done, modules = imports_of(*argv, data_dir=tmp_path / "d")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "tearconsole.cli.main" in modules  # the method sees our own imports
    assert not tops(modules) & HEAVY, sorted(tops(modules) & HEAVY)
    assert not any(name.startswith("tearconsole.storage") for name in modules)
    if argv == ["--version"]:
        assert done.stdout.strip() == f"tearconsole {__version__}"
        # answered before the grammar, the language or the paths are looked at
        ours = {name for name in modules if name.startswith("tearconsole")}
        assert ours == {"tearconsole", "tearconsole.cli", "tearconsole.cli.main"}, ours
        assert not modules & {"argparse", "pathlib", "typing", "json"}
    else:
        assert "usage: tearconsole" in done.stdout
    assert not (tmp_path / "d").exists()  # nothing decided, nothing touched


def test_bad_usage_is_told_before_anything_heavy_loads(tmp_path: Path) -> None:
    done, modules = imports_of("plan", "nonsense", data_dir=tmp_path / "d")
    assert done.returncode == 2
    assert "invalid choice" in done.stderr
    assert not tops(modules) & HEAVY


@pytest.mark.parametrize(
    "argv",
    [["plan", "list", "--json"], ["sessions", "list", "--json"], ["library", "list", "--json"]],
)
def test_a_listing_loads_the_database_but_neither_qt_nor_libvlc(
    argv: list[str], tmp_path: Path
) -> None:
    done, modules = imports_of(*argv, data_dir=tmp_path / "d")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"
    assert "sqlalchemy" in tops(modules)  # what it uses
    assert not tops(modules) & {"PySide6", "shiboken6", "vlc"}
    # ... and no other command's machinery
    assert not any(
        name.startswith(("tearconsole.live", "tearconsole.reports", "tearconsole.ui"))
        for name in modules
    ), sorted(m for m in modules if m.startswith("tearconsole."))


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--demo"],
        ["--data-dir", "/tmp/x"],
        ["--data-dir=/tmp/x", "--demo"],
        ["--demo", "--data-dir", "a", "--data-dir", "b"],
        ["--data-dir"],
        ["--data-dir", "--demo"],
        ["--data-dir="],
        ["doctor"],
        ["--demo", "plan", "list"],
        ["-h"],
        ["--dmeo"],
    ],
)
def test_the_window_options_read_without_argparse_mean_what_argparse_reads(
    argv: list[str],
) -> None:
    """The window's own options are read before (and without) argparse; whatever that
    reading accepts, argparse reads the same, and anything else goes to argparse."""
    from tearconsole.cli.commands import build_parser
    from tearconsole.cli.main import _leading_options

    leading = _leading_options(argv)
    if leading is None:
        return  # argparse reads it (and judges it)
    args = build_parser(argv).parse_args(argv)
    assert (leading.data_dir, leading.demo, leading.handler, leading.libvlc) == (
        args.data_dir,
        args.demo,
        args.handler,
        args.libvlc,
    )
    assert argv in ([], ["--demo"], ["--data-dir", "/tmp/x"], ["--data-dir=/tmp/x", "--demo"],
                    ["--demo", "--data-dir", "a", "--data-dir", "b"])  # fmt: skip
