"""Real media for tests, made with ffmpeg and sox in seconds (and cached per run)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def _run(command: list[str]) -> None:
    if shutil.which(command[0]) is None:
        pytest.fail(f"{command[0]} is needed to make test media; run scripts/test to install it")
    subprocess.run(command, check=True, capture_output=True)


class MediaFactory:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def tone(self, name: str, seconds: float, freq: int = 440, rate: int = 44100) -> Path:
        """A sine tone at -6 dBFS, any container sox or ffmpeg writes by extension."""
        target = self.folder / name
        if not target.exists():
            _run(
                [
                    "ffmpeg",
                    "-v",
                    "error",
                    "-y",
                    "-f",
                    "lavfi",
                    "-i",
                    f"sine=frequency={freq}:sample_rate={rate}:duration={seconds}",
                    "-af",
                    "volume=0.5",
                    "-ac",
                    "2",
                    str(target),
                ]
            )
        return target

    def film(self, name: str, seconds: float, size: str = "320x240", colour: str = "") -> Path:
        """A test-pattern (or single-colour) film with a tone; codec from the extension."""
        target = self.folder / name
        if not target.exists():
            video = (
                f"color=c={colour}:size={size}:rate=25"
                if colour
                else f"testsrc=size={size}:rate=25"
            )
            _run(
                [
                    "ffmpeg",
                    "-v",
                    "error",
                    "-y",
                    "-f",
                    "lavfi",
                    "-i",
                    video,
                    "-f",
                    "lavfi",
                    "-i",
                    "sine=frequency=330",
                    "-t",
                    str(seconds),
                    "-pix_fmt",
                    "yuv420p",
                    "-shortest",
                    str(target),
                ]
            )
        return target
