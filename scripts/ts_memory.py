"""Fill unfinished entries of a .ts from a translation memory (tab-separated: context,
source, translation; ``\\n`` for a line break; lines starting with # are comments).

A sentence translated before its code reached this branch (or one whose context moved)
is then finished by ``scripts/update_translations.sh`` without retyping it.
Usage: ts_memory.py tearconsole_ja.ts memory_ja.tsv
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from ts_numerus import write

from tearconsole.i18n import read_memory


def fill(ts: Path, memory: dict[tuple[str, str], str]) -> int:
    tree = ElementTree.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            text = memory.get((name, message.findtext("source", "")))
            if not text:
                continue
            forms = translation.findall("numerusform")
            for form in forms:
                form.text = text
            if not forms:
                translation.text = text
            translation.attrib.pop("type")
            filled += 1
    write(tree, ts)
    return filled


if __name__ == "__main__":
    ts_file, memory_file = Path(sys.argv[1]), Path(sys.argv[2])
    count = fill(ts_file, read_memory(memory_file))
    print(f"{count} entries filled from {memory_file.name}")
