"""After pyside6-lupdate: every message with ``%n`` becomes a numerus message (Japanese
has one form), the source's ``#:`` attribute comments are dropped from the .ts, and the
English catalogue gets its plural forms (``cue(s)`` -> ``cue`` / ``cues``).

lupdate marks a message numerus only for ``self.tr(text, comment, n)``; for
``translate(context, text, comment, n)`` it does not, so this keeps both kinds alike.
Usage: ts_numerus.py tearconsole_ja.ts tearconsole_en.ts
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

IRREGULAR = {"person(s)": ("person", "people")}


def english_forms(source: str) -> list[str]:
    """One and many: ``cue(s)`` -> ``cue`` / ``cues`` (``person(s)`` -> person / people)."""
    one, many = source, source
    for word, (singular, plural) in IRREGULAR.items():
        one, many = one.replace(word, singular), many.replace(word, plural)
    return [re.sub(r"\(s\)", "", one), re.sub(r"\(s\)", "s", many)]


def make_numerus(path: Path) -> list[tuple[str, str, str]]:
    """Mark %n messages numerus in ``path``; returns (context, source, comment) of each."""
    tree = ElementTree.parse(path)
    found = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            for extra in message.findall("extracomment"):  # lupdate takes "#:" comments
                message.remove(extra)
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            if "%n" not in source:
                continue
            found.append((name, source, message.findtext("comment", "")))
            if message.get("numerus") == "yes":
                # lupdate sees translate(..., n) as plain each time and marks our numerus
                # form unfinished, keeping its text: a kept text is still the translation.
                translation = message.find("translation")
                forms = translation.findall("numerusform") if translation is not None else []
                if translation is not None and forms and all(f.text for f in forms):
                    translation.attrib.pop("type", None)
                continue
            message.set("numerus", "yes")
            translation = message.find("translation")
            if translation is None:
                translation = ElementTree.SubElement(message, "translation")
            text, translation.text = translation.text or "", None
            if text.strip():
                translation.attrib.pop("type", None)  # see above: lupdate's doing, not ours
            else:
                translation.set("type", "unfinished")
            form = ElementTree.SubElement(translation, "numerusform")
            form.text = text.strip()
    write(tree, path)
    return found


def write_english(path: Path, messages: list[tuple[str, str, str]]) -> None:
    root = ElementTree.Element("TS", version="2.1", language="en_GB", sourcelanguage="en")
    contexts: dict[str, ElementTree.Element] = {}
    for context_name, source, comment in sorted(messages):
        context = contexts.get(context_name)
        if context is None:
            context = contexts[context_name] = ElementTree.SubElement(root, "context")
            ElementTree.SubElement(context, "name").text = context_name
        message = ElementTree.SubElement(context, "message", numerus="yes")
        ElementTree.SubElement(message, "source").text = source
        if comment:
            ElementTree.SubElement(message, "comment").text = comment
        translation = ElementTree.SubElement(message, "translation")
        for form in english_forms(source):
            ElementTree.SubElement(translation, "numerusform").text = form
    write(ElementTree.ElementTree(root), path)


def write(tree: ElementTree.ElementTree, path: Path) -> None:
    ElementTree.indent(tree, space="    ")
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8"
    )


if __name__ == "__main__":
    japanese, english = Path(sys.argv[1]), Path(sys.argv[2])
    write_english(english, make_numerus(japanese))
