"""Where the bundled assets are: inside the wheel, or ``assets/`` of a source checkout."""

from __future__ import annotations

from pathlib import Path


def assets_dir() -> Path:
    packaged = Path(__file__).with_name("_assets")
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "assets"


def demo_dir() -> Path:
    return assets_dir() / "demo"


def pause_tone_path() -> Path:
    """The pause cue's optional soft tone (made by scripts/make_pause_tone.py)."""
    return assets_dir() / "sounds" / "pause-tone.wav"


def icon_path() -> Path:
    """The app's icon (SVG): its windows, and the desktop entry's icon."""
    return assets_dir() / "icons" / "tearconsole.svg"
