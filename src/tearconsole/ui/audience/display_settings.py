"""Opening the system's display settings, where a mirrored desktop is made extended.

Qt cannot extend the desktop itself; the facilitator does it in the system's own
settings, which this opens: Windows' and macOS's by their settings URLs, on Linux the
first display tool the desktop has.
"""

from __future__ import annotations

import shutil
import sys

from PySide6.QtCore import QProcess, QUrl
from PySide6.QtGui import QDesktopServices

#: Display tools of Linux desktops, in the order tried (GNOME, KDE, Xfce, Cinnamon, MATE,
#: LXDE/LXQt, and the plain XRandR front ends).
LINUX_TOOLS: tuple[tuple[str, ...], ...] = (
    ("gnome-control-center", "display"),
    ("systemsettings", "kcm_kscreen"),
    ("kcmshell6", "kcm_kscreen"),
    ("kcmshell5", "kcm_kscreen"),
    ("xfce4-display-settings",),
    ("cinnamon-settings", "display"),
    ("mate-display-properties",),
    ("lxqt-config-monitor",),
    ("lxrandr",),
    ("arandr",),
)

SETTINGS_URLS = {
    "win32": "ms-settings:display",
    "darwin": "x-apple.systempreferences:com.apple.preference.displays",
}


def display_tool() -> tuple[str, ...] | None:
    """The command that opens the display settings on this Linux desktop, if any."""
    for tool in LINUX_TOOLS:
        found = shutil.which(tool[0])
        if found:
            return (found, *tool[1:])
    return None


def can_open_display_settings() -> bool:
    return sys.platform in SETTINGS_URLS or display_tool() is not None


def open_display_settings() -> bool:
    """Open them; False when this system has no way we know of."""
    url = SETTINGS_URLS.get(sys.platform)
    if url is not None:
        return QDesktopServices.openUrl(QUrl(url))
    tool = display_tool()
    if tool is None:
        return False
    started, _pid = QProcess.startDetached(tool[0], list(tool[1:]))
    return bool(started)
