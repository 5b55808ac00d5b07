"""A ``.ts`` file read without Qt: finished translations by (context, source, comment)."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path

Key = tuple[str, str, str]


@dataclass
class Catalogue:
    entries: dict[Key, str] = field(default_factory=dict)

    @classmethod
    def read(cls, path: Path) -> Catalogue:
        """The finished entries of ``path``; a missing or damaged file is an empty catalogue
        (the sentences stay in English, which is never worth an error)."""
        try:
            root = ElementTree.parse(path).getroot()
        except (OSError, ElementTree.ParseError):
            return cls()
        entries: dict[Key, str] = {}
        for context in root.iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "vanished"):
                    continue
                forms = translation.findall("numerusform")
                text = forms[0].text if forms else translation.text
                if text:
                    key = (name, message.findtext("source", ""), message.findtext("comment", ""))
                    entries[key] = text
        return cls(entries)

    def find(self, context: str, source: str, disambiguation: str | None = None) -> str | None:
        return self.entries.get((context, source, disambiguation or ""))
