"""Whether a window can be opened, and which of Qt's platforms shows films.

Windows and macOS always have a display; on Linux and the BSDs an X11 or Wayland session
says so in its environment. An explicit ``QT_QPA_PLATFORM`` always wins.
"""

from __future__ import annotations

import os
import sys


def has_display() -> bool:
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def prefer_x11_for_video() -> None:
    """On a Wayland desktop with XWayland, ask Qt for X11: libVLC can draw films only into
    an X11 (or Windows/macOS) window, so under native Wayland the room would see no picture.
    An explicit ``QT_QPA_PLATFORM`` always wins."""
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
        if os.environ.get("WAYLAND_DISPLAY") and os.environ.get("DISPLAY"):
            os.environ["QT_QPA_PLATFORM"] = "xcb"
