"""A sentence as data: which sentence (context and English template) and its words.

A refusal, a failure or a stored reason is a ``Message``; the English sentence is one
rendering of it (``english``: logs, scripts, ``--json``), the chosen language another
(``told``: wherever a person reads it). Stored (``as_dict``), it is read back as the same
sentence in whatever language the reader has chosen by then, with no guessing from the
English text. ``Message.translate(context, source)`` is spelled so that
``pyside6-lupdate`` collects the sentence like any ``translate`` call; ``format`` gives
it its words, as ``str.format`` would.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, TypeAlias

from tearconsole import i18n


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    args: Mapping[str, Word] = field(default_factory=dict)
    disambiguation: str | None = None
    n: int = -1  # a counted sentence's count (Qt's %n), -1 for none

    @classmethod
    def translate(
        cls, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> Message:
        """The sentence ``source`` of ``context`` (Qt's ``translate`` signature, for
        pyside6-lupdate), without its words yet: see ``format``."""
        return cls(context, source, {}, disambiguation or None, n)

    def format(self, **args: object) -> Message:
        """This sentence with its ``{placeholders}`` given: numbers and messages (said in
        the same language as this one) are kept, anything else as its text."""
        words = {name: _word(value) for name, value in args.items()}
        return replace(self, args={**self.args, **words})

    def english(self) -> str:
        """The sentence in English, as logs and scripts read it."""
        words = {k: v.english() if isinstance(v, Message) else v for k, v in self.args.items()}
        return _fill(self.source, self.n).format(**words)

    def told(self) -> str:
        """The sentence in the chosen language (English where it has no translation)."""
        said = i18n.translate(self.context, self.source, self.disambiguation, self.n)
        words = {k: v.told() if isinstance(v, Message) else v for k, v in self.args.items()}
        return said.format(**words)

    def __str__(self) -> str:
        return self.told()

    def as_dict(self) -> dict[str, Any]:
        """For storing (JSON): ``from_dict`` reads it back."""
        stored: dict[str, Any] = {"context": self.context, "source": self.source}
        if self.args:
            stored["args"] = {
                k: v.as_dict() if isinstance(v, Message) else v for k, v in self.args.items()
            }
        if self.disambiguation:
            stored["disambiguation"] = self.disambiguation
        if self.n >= 0:
            stored["n"] = self.n
        return stored

    @classmethod
    def from_dict(cls, stored: object) -> Message | None:
        """A stored message; None for anything that is not one (or would not format)."""
        if not isinstance(stored, Mapping):
            return None
        context, source = stored.get("context"), stored.get("source")
        args = stored.get("args", {})
        disambiguation, n = stored.get("disambiguation"), stored.get("n", -1)
        if not (isinstance(context, str) and isinstance(source, str)):
            return None
        if not isinstance(args, Mapping) or not all(isinstance(k, str) for k in args):
            return None
        if not isinstance(disambiguation, str | None) or type(n) is not int:
            return None
        words: dict[str, Word] = {}
        for name, value in args.items():
            word = cls.from_dict(value) if isinstance(value, Mapping) else _word(value)
            if word is None:
                return None
            words[name] = word
        message = cls(context, source, words, disambiguation, n)
        try:
            message.english()
        except (KeyError, IndexError, ValueError):
            return None
        return message


def said(stored: object, fallback: str | None) -> str:
    """A stored message in the chosen language; without one (kept by an older version),
    ``fallback`` as kept; "" for neither."""
    message = Message.from_dict(stored)
    return message.told() if message is not None else (fallback or "")


#: The kinds of word a message keeps as they are; anything else is kept as its text.
Word: TypeAlias = "str | int | float | Message"


def _word(value: object) -> Word:
    return value if isinstance(value, str | int | float | Message) else str(value)


def _fill(source: str, n: int) -> str:
    return source.replace("%n", str(n)) if n >= 0 else source
