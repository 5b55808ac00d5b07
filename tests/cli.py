"""Running the real ``tearconsole`` command in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any


def run_cli(
    *args: str,
    data_dir: Path | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 120,
    python: tuple[str, ...] = (),
) -> subprocess.CompletedProcess[str]:
    """``tearconsole ARGS`` (``python`` options before ``-m``), in this environment
    with ``env`` on top."""
    command = [sys.executable, *python, "-m", "tearconsole"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [*command, *args], capture_output=True, text=True, env=full_env, timeout=timeout
    )


def run_json(*args: str, data_dir: Path | None = None) -> Any:
    done = run_cli(*args, "--json", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def run_cli_importing(
    *args: str, data_dir: Path | None = None, env: dict[str, str] | None = None
) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """``run_cli`` under ``python -X importtime``: the result, and every module the real
    entry point imported (dotted names)."""
    done = run_cli(*args, data_dir=data_dir, env=env, python=("-X", "importtime"))
    modules = {
        line.rsplit("|", 1)[1].strip()
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
    return done, modules
