"""The core and storage layers never import Qt or libVLC (style.md: arrows point down)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import tearconsole

PACKAGE_DIR = Path(tearconsole.__file__).parent
FORBIDDEN = ("PySide6", "shiboken6", "vlc")


def _modules(layer: str) -> list[str]:
    folder = PACKAGE_DIR / layer
    return [f"tearconsole.{layer}.{m.name}" for m in pkgutil.iter_modules([str(folder)])]


def test_each_layer_has_modules() -> None:
    assert len(_modules("core")) >= 2
    assert len(_modules("storage")) >= 4


def test_core_and_storage_import_neither_qt_nor_vlc() -> None:
    modules = _modules("core") + _modules("storage")
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True
    ).stdout
    assert out.strip() == "[]", f"core/storage pulled in: {out}"


def test_only_the_playback_layer_imports_vlc() -> None:
    offenders = []
    for path in PACKAGE_DIR.rglob("*.py"):
        if "playback" in path.parts:
            continue
        for line in path.read_text("utf-8").splitlines():
            stripped = line.strip()
            if stripped in ("import vlc",) or stripped.startswith(("from vlc ", "import vlc ")):
                offenders.append(str(path.relative_to(PACKAGE_DIR)))
    assert offenders == []
