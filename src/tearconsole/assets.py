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
