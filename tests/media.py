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
        """A quiet sine tone (ffmpeg's 1/8 amplitude halved: about -24 dBFS peak); container
        and codec from the extension."""
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

    def silent_film(self, name: str, seconds: float, size: str = "320x240") -> Path:
        """A film with pictures and no sound track at all."""
        target = self.folder / name
        if not target.exists():
            _run(
                [
                    "ffmpeg", "-v", "error", "-y", "-f", "lavfi",
                    "-i", f"testsrc=size={size}:rate=25", "-t", str(seconds),
                    "-pix_fmt", "yuv420p", "-an", str(target),
                ]
            )  # fmt: skip
        return target

    def picture(self, name: str, size: str = "64x48", colour: str = "steelblue") -> Path:
        """A still picture (format from the extension: png, jpg, ...)."""
        target = self.folder / name
        if not target.exists():
            _run(
                [
                    "ffmpeg", "-v", "error", "-y", "-f", "lavfi",
                    "-i", f"color=c={colour}:size={size}", "-frames:v", "1", str(target),
                ]
            )  # fmt: skip
        return target

    def remux(self, source: Path, name: str, *options: str) -> Path:
        """``source`` copied into another container or layout (e.g. ``-movflags +faststart``)."""
        target = self.folder / name
        if not target.exists():
            _run(["ffmpeg", "-v", "error", "-y", "-i", str(source), "-c", "copy", *options,
                  str(target)])  # fmt: skip
        return target

    def subtitles_only(self, name: str) -> Path:
        """A Matroska file that holds one subtitle track and no sound or picture."""
        target = self.folder / name
        if not target.exists():
            srt = self.folder / f"{target.stem}.srt"
            srt.write_text("1\n00:00:00,000 --> 00:00:02,000\nhello\n", "utf-8")
            _run(["ffmpeg", "-v", "error", "-y", "-i", str(srt), str(target)])
        return target
