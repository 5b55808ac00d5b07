"""A desktop entry and icon for the user, so tearconsole opens from the desktop's menu.

Written where the freedesktop specifications say (``$XDG_DATA_HOME``, by default
``~/.local/share``): ``applications/tearconsole.desktop`` and the icon in the hicolor
theme (``icons/hicolor/scalable/apps/tearconsole.svg``). Safe to run again: each file is
written to a temporary name and renamed into place, and only when it changed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tearconsole import APP_NAME
from tearconsole.assets import icon_path
from tearconsole.atomic import write_file

ENTRY_NAME = f"{APP_NAME}.desktop"


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def program() -> list[str]:
    """How to start this installation of tearconsole (its script beside this Python)."""
    script = Path(sys.executable).with_name(APP_NAME)
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script.absolute())]
    return [str(Path(sys.executable).absolute()), "-m", APP_NAME]


def exec_quote(argument: str) -> str:
    """An Exec argument as the Desktop Entry specification quotes it."""
    if not any(c in argument for c in " \t\n\"'\\><~|&;$*?#()`"):
        return argument
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return f'"{escaped}"'


def entry_text(command: list[str]) -> str:
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Version=1.4",  # 1.5 is unknown to desktop-file-validate 0.26 (Debian 12)
            "Name=tearconsole",
            "GenericName=Session console",
            "Comment=A calm console for facilitating rui-katsu (tear seeking) sessions",
            "Exec=" + " ".join(exec_quote(part) for part in command),
            f"Icon={APP_NAME}",
            "Terminal=false",
            "Categories=AudioVideo;Video;Player;",
            "Keywords=rui-katsu;tears;session;facilitator;teleprompter;",
            f"StartupWMClass={APP_NAME}",
            "StartupNotify=true",
            "",
        ]
    )


def _write_if_changed(target: Path, data: bytes) -> bool:
    if target.is_file() and target.read_bytes() == data:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    # whole or not at all; a temporary file a killed install left is swept the next time
    write_file(target, lambda temporary: temporary.write_bytes(data), mode=0o644)
    return True


def install_desktop_entry(home: Path | None = None) -> dict[str, str | bool]:
    """Write the desktop entry and the icon; which files and whether anything changed."""
    root = home or data_home()
    entry = root / "applications" / ENTRY_NAME
    icon = root / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_NAME}.svg"
    changed = _write_if_changed(icon, icon_path().read_bytes())
    changed = _write_if_changed(entry, entry_text(program()).encode("utf-8")) or changed
    if changed and shutil.which("update-desktop-database"):
        subprocess.run(
            ["update-desktop-database", str(entry.parent)],
            capture_output=True,
            check=False,
        )
    return {"entry": str(entry), "icon": str(icon), "changed": changed}
