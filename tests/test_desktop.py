"""Opened like any other program: the desktop entry and icon installed for the user, and
the app's icon on its windows."""

from __future__ import annotations

import configparser
import os
import shlex
import shutil
import subprocess
from pathlib import Path

from pytestqt.qtbot import QtBot

from tearconsole.assets import icon_path
from tearconsole.atomic import TEMP_PREFIX, TEMP_SUFFIX
from tearconsole.platform.desktop import exec_quote
from tearconsole.storage.db import Database
from tearconsole.ui.app import make_application
from tearconsole.ui.main_window import MainWindow
from tests.cli import run_cli


def test_the_run_command_puts_tearconsole_in_the_desktop_menu(tmp_path: Path) -> None:
    home = tmp_path / "share"
    env = {"XDG_DATA_HOME": str(home)}
    done = run_cli("desktop", "install", env=env)
    assert done.returncode == 0, done.stderr
    entry_file = home / "applications" / "tearconsole.desktop"
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(entry_file, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Name"] == "tearconsole"
    assert entry["Icon"] == "tearconsole" and entry["Terminal"] == "false"
    program = shlex.split(entry["Exec"])[0]
    assert os.access(program, os.X_OK)  # it starts this installation
    icon = home / "icons" / "hicolor" / "scalable" / "apps" / "tearconsole.svg"
    assert icon.read_bytes() == icon_path().read_bytes()
    validator = shutil.which("desktop-file-validate")  # Debian's desktop-file-utils
    if validator is not None:
        checked = subprocess.run([validator, str(entry_file)], capture_output=True, text=True)
        assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout
    again = run_cli("desktop", "install", "--json", env=env)
    assert '"changed": false' in again.stdout  # safe to repeat
    # an install killed mid-write leaves a temporary file; the next install removes it
    left = entry_file.with_name(f"{TEMP_PREFIX}tearconsole.desktop{TEMP_SUFFIX}")
    left.write_text("partial")
    os.utime(left, (0, 0))  # old enough to be nobody's write going on
    entry_file.write_text("changed by hand")
    assert run_cli("desktop", "install", env=env).returncode == 0
    assert not left.exists() and "Type=Application" in entry_file.read_text()
    assert not [p for p in entry_file.parent.iterdir() if p.name.startswith(".")]
    assert "desktop install" in (Path(__file__).parents[1] / "scripts" / "run-demo").read_text()


def test_exec_arguments_are_quoted_as_the_specification_says() -> None:
    assert exec_quote("/opt/tear/bin/tearconsole") == "/opt/tear/bin/tearconsole"
    assert exec_quote("/home/me/my apps/tearconsole") == '"/home/me/my apps/tearconsole"'
    assert exec_quote('/x/$a"b') == '"/x/\\$a\\"b"'


def test_the_windows_carry_the_apps_icon(qtbot: QtBot, db: Database) -> None:
    app = make_application()
    assert not app.windowIcon().isNull()
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert window.windowIcon().cacheKey() == app.windowIcon().cacheKey()
    assert not window.windowIcon().pixmap(32, 32).isNull()  # the SVG is drawn
