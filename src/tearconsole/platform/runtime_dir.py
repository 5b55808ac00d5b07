"""A private ``XDG_RUNTIME_DIR`` for libVLC when the session has none (ssh, CI, cron).

Its video outputs load libwayland-client, which prints an error line per player when the
variable is unset; Qt makes the same private default (``/tmp/runtime-$USER``). Windows
has no such folder and needs none.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def ensure_runtime_dir() -> None:
    if sys.platform == "win32" or os.environ.get("XDG_RUNTIME_DIR"):
        return
    import tempfile  # (with shutil, bz2, random: only when needed)

    folder = Path(tempfile.gettempdir()) / f"runtime-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        if folder.stat().st_uid == os.getuid():
            folder.chmod(0o700)
            os.environ["XDG_RUNTIME_DIR"] = str(folder)
    except OSError:
        pass  # only the warning is at stake
