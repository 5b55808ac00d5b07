"""Loading libVLC once, checking it, and making the shared ``vlc.Instance``.

``import vlc`` succeeds even when the system library is missing (the first call then
raises ``NameError``), and a bad ``PYTHON_VLC_LIB_PATH`` makes the import call
``sys.exit(1)``; both become one ``LibVLCMissing`` sentence here.
"""

from __future__ import annotations

import io
import os
import shlex
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from tearconsole.errors import LibVLCMissing

INSTALL_HINT = (
    "libVLC, the video engine tearconsole plays through, is not installed or cannot be "
    "loaded: install VLC (on Debian or Ubuntu: sudo apt install libvlc5 vlc-plugin-base "
    "vlc-plugin-video-output) and start tearconsole again."
)

#: Extra libVLC options, e.g. ``--aout=dummy`` on a machine with no sound card.
EXTRA_OPTIONS_ENV = "TEARCONSOLE_VLC_OPTIONS"

BASE_OPTIONS = ["--quiet", "--no-xlib", "--no-video-title-show", "--no-osd"]
HEADLESS_OPTIONS = ["--vout=dummy", "--aout=dummy"]


def _private_runtime_dir() -> None:
    """Give libVLC an ``XDG_RUNTIME_DIR`` when the session has none (ssh, CI, cron).

    Its video outputs load libwayland-client, which prints an error line per player when
    the variable is unset; Qt makes the same private default (``/tmp/runtime-$USER``).
    """
    if os.name != "posix" or os.environ.get("XDG_RUNTIME_DIR"):
        return
    folder = Path(tempfile.gettempdir()) / f"runtime-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        if folder.stat().st_uid == os.getuid():
            folder.chmod(0o700)
            os.environ["XDG_RUNTIME_DIR"] = str(folder)
    except OSError:
        pass  # only the warning is at stake


@cache
def load_vlc() -> ModuleType:
    """The python-vlc module with a working libVLC behind it, or ``LibVLCMissing``."""
    _private_runtime_dir()
    try:
        # python-vlc prints its own complaint before exiting; the user gets ours instead.
        with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
            import vlc

        vlc.libvlc_get_version()
    except (ImportError, OSError, NameError, NotImplementedError, AttributeError, SystemExit):
        raise LibVLCMissing(INSTALL_HINT) from None
    return vlc


def libvlc_version() -> str:
    raw = load_vlc().libvlc_get_version()
    return raw.decode() if isinstance(raw, bytes) else str(raw)


def make_instance(headless: bool = False, extra: list[str] | None = None) -> Any:
    """A new ``vlc.Instance``; ``headless`` sends audio and video nowhere (tests, CI)."""
    vlc = load_vlc()
    options = list(BASE_OPTIONS)
    if headless:
        options += HEADLESS_OPTIONS
    options += shlex.split(os.environ.get(EXTRA_OPTIONS_ENV, ""))
    options += extra or []
    instance = vlc.Instance(options)
    if instance is None:
        raise LibVLCMissing(
            f"libVLC refused its start-up options ({' '.join(options)}); check "
            f"{EXTRA_OPTIONS_ENV} or reinstall VLC."
        )
    return instance
