"""The Aozora Bunko files the demo ships, read as an import reads them."""

from __future__ import annotations

from pathlib import Path

from tearconsole.assets import demo_dir
from tearconsole.library.aozora import AozoraText, read_aozora
from tearconsole.library.text import decode_text

GON = demo_dir() / "stories" / "ja" / "gongitsune.txt"
DENDENMUSHI = demo_dir() / "stories" / "ja" / "dendenmushi-no-kanashimi.txt"


def aozora(path: Path = GON) -> AozoraText:
    return read_aozora(decode_text(path.read_bytes()).text)
