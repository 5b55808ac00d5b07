"""A ``.ts`` file read without Qt: finished translations by (context, source, comment).

A message with numerus forms keeps them all; ``find`` picks one by the language's rule
(English: one, other; Japanese: a single form), as Qt's own translator does."""

from __future__ import annotations

from pathlib import Path

Key = tuple[str, str, str]


def plural_index(language: str, n: int) -> int:
    if language == "en":
        return 0 if n == 1 else 1
    return 0


class Catalogue:
    """Plain class, not a dataclass: the command line imports this on every start."""

    def __init__(self, entries: dict[Key, list[str]] | None = None, language: str = "en"):
        self.entries = entries or {}
        self.language = language

    @classmethod
    def read(cls, path: Path, memory: dict[tuple[str, str], str] | None = None) -> Catalogue:
        """The finished entries of ``path``, then ``memory``'s sentences it lacks (see
        ``tearconsole.i18n.build``); a missing or damaged file is an empty catalogue (the
        sentences stay in English, which is never worth an error)."""
        import xml.etree.ElementTree as ElementTree  # only when a sentence is translated

        try:
            root = ElementTree.parse(path).getroot()
        except (OSError, ElementTree.ParseError):
            return cls(_from_memory(memory or {}))
        entries: dict[Key, list[str]] = {}
        language = (root.get("language") or "en").split("_")[0]
        for context in root.iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "vanished"):
                    continue
                forms = [form.text or "" for form in translation.findall("numerusform")]
                texts = forms if forms else [translation.text or ""]
                if all(texts):
                    key = (name, message.findtext("source", ""), message.findtext("comment", ""))
                    entries[key] = texts
        for key, text in _from_memory(memory or {}).items():
            entries.setdefault(key, text)
        return cls(entries, language)

    def find(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        texts = self.entries.get((context, source, disambiguation or ""))
        if not texts:
            return None
        return texts[min(plural_index(self.language, n), len(texts) - 1)] if n >= 0 else texts[0]


def _from_memory(memory: dict[tuple[str, str], str]) -> dict[Key, list[str]]:
    return {(context, source, ""): [text] for (context, source), text in memory.items()}
