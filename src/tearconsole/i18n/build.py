"""Compiling the translations: each ``tearconsole_<lang>.ts`` to the ``.qm`` Qt loads.

The translation memory (``memory_<lang>.tsv``) is compiled in too, for sentences it
knows that the ``.ts`` does not have yet (code merged since the ``.ts`` was last
updated), so they show translated before anyone runs ``scripts/update_translations.sh``.
Run by ``scripts/setup.sh`` (``python -m tearconsole.i18n.build``) and, for an install that
skipped it, by the window at start (``ui.i18n.qm_path``). Needs PySide6's ``lrelease``,
found without importing PySide6.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from tearconsole.i18n import folder, memory_path, read_memory


def lrelease_program() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    for name in ("lrelease", "lrelease.exe"):
        candidate = Path(spec.origin).parent / name
        if candidate.is_file():
            return candidate
    return None


def with_memory(ts: Path, memory: dict[tuple[str, str], str]) -> bytes:
    """The .ts with the memory's sentences it lacks added as finished messages."""
    tree = ElementTree.parse(ts)
    root = tree.getroot()
    contexts = {c.findtext("name", ""): c for c in root.iter("context")}
    have = {
        (name, m.findtext("source", ""))
        for name, c in contexts.items()
        for m in c.iter("message")
        if not m.findtext("comment")  # memory sentences have no disambiguation
    }
    for (context_name, source), text in memory.items():
        if (context_name, source) in have:
            continue
        context = contexts.get(context_name)
        if context is None:
            context = contexts[context_name] = ElementTree.SubElement(root, "context")
            ElementTree.SubElement(context, "name").text = context_name
        message = ElementTree.SubElement(context, "message")
        ElementTree.SubElement(message, "source").text = source
        translation = ElementTree.SubElement(message, "translation")
        if "%n" in source:
            message.set("numerus", "yes")
            ElementTree.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
    data: bytes = ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)
    return data


def build_qm(ts: Path, target: Path) -> bool:
    """Compile ``ts`` (with its language's memory) to ``target``; False if it cannot."""
    program = lrelease_program()
    if program is None:
        return False
    language = ts.stem.split("_", 1)[1]
    memory = read_memory(memory_path(language))
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temp:
        merged = Path(temp) / ts.name
        merged.write_bytes(with_memory(ts, memory))
        done = subprocess.run(
            [str(program), "-silent", str(merged), "-qm", str(target)],
            capture_output=True,
            check=False,
        )
    return done.returncode == 0 and target.is_file()


def main() -> int:
    failed = [
        ts.name for ts in sorted(folder().glob("*.ts")) if not build_qm(ts, ts.with_suffix(".qm"))
    ]
    if failed:
        print(f"could not compile {', '.join(failed)} (is PySide6 installed?)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
