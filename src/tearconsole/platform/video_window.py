"""Films drawn by libVLC into one of our windows: whether it can here, and how.

libVLC draws into a native window: an X11 one (Qt's ``xcb`` platform), a Windows HWND
or a macOS NSView. Under Wayland proper, or Qt's offscreen platform (tests), it cannot;
films then decode with nowhere to show.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtGui import QGuiApplication


def can_embed_video() -> bool:
    """Whether libVLC can draw into one of our windows on this platform."""
    return QGuiApplication.platformName() == "xcb" or sys.platform in ("win32", "darwin")


def draw_into(player: Any, handle: int) -> None:
    """Have libVLC's media ``player`` draw into the native window ``handle`` (0: none)."""
    if QGuiApplication.platformName() == "xcb":
        player.set_xwindow(handle)
    elif sys.platform == "win32":
        player.set_hwnd(handle)
    elif sys.platform == "darwin":
        player.set_nsobject(handle)
