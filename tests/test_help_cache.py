"""A help asked for before is printed from the copy kept then, without argparse, the
paths or the language loading, and is the very text argparse prints; anything that
decided it (the chosen language, the width, the locale, the grammar) makes it afresh.

Real processes through the real entry point, each in a fresh interpreter, with the cache
folder and the data folder of the test's own.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tearconsole.cli import help_cache
from tests.cli import run_cli_importing

#: What only argparse, the paths or the language would import.
SLOW_PATH = {"argparse", "platformdirs", "pathlib", "json", "tearconsole.i18n", "tearconsole.paths"}


class Help:
    """``tearconsole ... --help`` with its own cache, configuration and data folders (the
    user's default ones, through the XDG variables) and terminal."""

    def __init__(self, tmp_path: Path) -> None:
        self.cache = tmp_path / "cache"
        self.config = tmp_path / "config"
        self.data = tmp_path / "data"
        self.env = {
            "XDG_CACHE_HOME": str(self.cache),
            "XDG_CONFIG_HOME": str(self.config),
            "XDG_DATA_HOME": str(self.data),
            "COLUMNS": "100",
        }

    def __call__(self, *argv: str, **env: str) -> tuple[str, set[str]]:
        """What it printed, and every module it imported."""
        done, modules = run_cli_importing(*argv, env={**self.env, **env})
        assert done.returncode == 0, done.stderr[-2000:]
        assert "tearconsole.cli.main" in modules  # the method sees our own imports
        return done.stdout, modules

    @property
    def settings(self) -> Path:
        return self.config / "tearconsole" / "settings.json"

    def choose(self, language: str) -> None:
        settings = self.settings
        settings.parent.mkdir(parents=True, exist_ok=True)
        settings.write_text(json.dumps({"language": language}), encoding="utf-8")


@pytest.fixture
def run_help(tmp_path: Path) -> Help:
    return Help(tmp_path)


@pytest.mark.parametrize("argv", [["--help"], ["plan", "-h"], ["plan", "create", "--help"]])
def test_a_second_help_is_the_same_text_without_argparse(run_help: Help, argv: list[str]) -> None:
    first, first_modules = run_help(*argv)
    assert first.startswith("usage: tearconsole") and "argparse" in first_modules
    second, modules = run_help(*argv)
    assert second == first
    assert not modules & SLOW_PATH, sorted(modules & SLOW_PATH)
    assert {name for name in modules if name.startswith("tearconsole")} == {
        "tearconsole",
        "tearconsole.cli",
        "tearconsole.cli.main",
        "tearconsole.cli.help_cache",
    }
    assert not run_help.data.exists()  # help touches no data folder


def test_the_chosen_language_the_locale_and_the_width_make_it_afresh(run_help: Help) -> None:
    english, _ = run_help("--help")
    run_help.choose("ja")  # chosen in the app after the English copy was kept
    japanese, modules = run_help("--help")
    assert japanese.startswith("使い方: tearconsole") and "argparse" in modules
    assert run_help("--help")[0] == japanese
    run_help.choose("en")
    assert run_help("--help")[0] == english

    narrow, modules = run_help("--help", COLUMNS="60")
    assert "argparse" in modules and narrow != english
    assert (
        max(len(line) for line in narrow.splitlines())
        <= 58
        < max(len(line) for line in english.splitlines())
    )
    run_help.settings.unlink()  # back to the system's
    by_locale, modules = run_help("--help", LANG="ja_JP.UTF-8", LC_ALL="", LANGUAGE="")
    assert by_locale == japanese and "argparse" in modules


def test_a_changed_grammar_makes_it_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """The key holds every grammar and catalogue file's stamp: an edited checkout never
    prints an old help."""
    words = ["plan", "--help"]
    before = help_cache._key(words)
    stamp = help_cache._stamp

    def edited(path: str) -> str:
        return "edited" if os.path.basename(path) == "commands.py" else stamp(path)

    monkeypatch.setattr(help_cache, "_stamp", edited)
    assert help_cache._key(words) != before


def test_a_language_chosen_while_help_renders_is_not_kept_as_current(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stamps are taken before the language is read: a choice saved by the window
    while argparse renders leaves a copy that the next request does not print."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    settings = tmp_path / "settings.json"
    settings.write_text('{"language": "en"}')
    before = help_cache.stamps(["--help"], str(settings))
    assert before is not None
    settings.write_text('{"language": "ja", "saved": "meanwhile"}')
    help_cache._keep(["--help"], "usage: tearconsole (English)\n", before)
    assert help_cache.cached_help(["--help"]) is None
    again = help_cache.stamps(["--help"], str(settings))
    assert again is not None
    help_cache._keep(["--help"], "使い方: tearconsole\n", again)
    assert help_cache.cached_help(["--help"]) == "使い方: tearconsole\n"


def test_a_data_folder_of_its_own_leaves_no_copy_behind(run_help: Help, tmp_path: Path) -> None:
    """TEARCONSOLE_DATA_DIR (a USB stick, a second profile): help is rendered each time
    and nothing is written on the machine."""
    stick = str(tmp_path / "stick")
    first, _ = run_help("--help", TEARCONSOLE_DATA_DIR=stick)
    second, modules = run_help("--help", TEARCONSOLE_DATA_DIR=stick)
    assert second == first and "argparse" in modules
    assert not run_help.cache.exists() and not (tmp_path / "stick").exists()


def test_a_cache_that_cannot_be_written_still_prints_help(run_help: Help) -> None:
    run_help.cache.write_text("a file where the folder would be")
    first, _ = run_help("--help")
    second, modules = run_help("--help")
    assert second == first and first.startswith("usage: tearconsole")
    assert "argparse" in modules  # nothing kept: rendered each time


def test_a_damaged_copy_is_rendered_afresh(run_help: Help) -> None:
    first, _ = run_help("--help")
    (copy,) = (run_help.cache / "tearconsole" / "help").iterdir()
    copy.write_bytes(b"\xff\xfe not what was kept")
    again, modules = run_help("--help")
    assert again == first and "argparse" in modules


@pytest.mark.parametrize(
    "words, kept",
    [
        (["--help"], True),
        (["plan", "create", "-h"], True),
        (["--data-dir", "x", "--help"], False),  # a folder named: read afresh
        (["plan", "show", "my plan.json", "--help"], False),
        (["--help", "plan"], False),
        ([], False),
    ],
)
def test_only_plain_help_requests_are_kept(words: list[str], kept: bool) -> None:
    assert help_cache.asks_for_help(words) is kept


def test_the_width_is_the_one_argparse_uses(monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    for columns in ("", "0", "nonsense", "57", "133"):
        monkeypatch.setenv("COLUMNS", columns)
        assert help_cache.terminal_columns() == shutil.get_terminal_size().columns
