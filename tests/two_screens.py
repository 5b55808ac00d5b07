"""Running a script on two screens (the laptop's and a projector): Qt's offscreen platform
with a screen layout, which must be set before Qt starts, so in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SCREENS = {
    "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 800,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
        {"name": "projector", "x": 1280, "y": 0, "width": 1920, "height": 1080,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
    ]
}  # fmt: skip


def run_on_two_screens(
    script: str, tmp_path: Path, *args: str, screens: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Run ``script`` (with ``args``) on the two screens (or on ``screens``, a layout of
    the same form); what it printed last, as JSON."""
    layout = tmp_path / "screens.json"
    layout.write_text(json.dumps(screens or SCREENS), encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={layout}",
        "TEARCONSOLE_VLC_OPTIONS": "--aout=dummy",
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))
