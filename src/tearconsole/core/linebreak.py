"""Breaking a paragraph into lines the Japanese way (kinsoku shori), with ruby kept whole.

Japanese breaks between almost any two characters, except that closing brackets,
、。 and the like, small kana and the prolonged-sound mark never start a line, and
opening brackets never end one. When the character that would start the next line may
not, the line gives up characters to the next one until the break is allowed
(oidashi, "pushing out"). A word of Latin letters breaks only at a space, and a
base text with its reading (furigana) never splits. The widths come from the caller
(Qt measures them), so this stays free of any toolkit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tearconsole.core.ruby import Run

#: May not begin a line (JIS X 4051's closing brackets, punctuation, small kana, etc.).
NO_LINE_START = frozenset(
    "、。，．,.・：；:;？！?!゛゜ヽヾゝゞ々〻ー―‐-–…‥）］｝〕〉》」』】〙〗〟’”｠»)]}"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ％%‰℃°"
)
#: May not end a line (opening brackets).
NO_LINE_END = frozenset("（［｛〔〈《「『【〘〖〝‘“｟«([{")


@dataclass(frozen=True)
class Atom:
    """The smallest piece a line break may not split: a character, a Latin word with its
    trailing spaces, or a base text with its reading. ``start`` is its offset in the
    paragraph's base text."""

    text: str
    reading: str | None
    start: int


def atoms(runs: list[Run]) -> list[Atom]:
    out: list[Atom] = []
    offset = 0
    for run in runs:
        if run.reading:
            out.append(Atom(run.text, run.reading, offset))
            offset += len(run.text)
            continue
        index = 0
        text = run.text
        while index < len(text):
            end = index + 1
            if _latin(text[index]):
                while end < len(text) and _latin(text[end]):
                    end += 1
            while end < len(text) and text[end] == " ":
                end += 1
            out.append(Atom(text[index:end], None, offset + index))
            index = end
        offset += len(text)
    return out


def _latin(char: str) -> bool:
    return char.isascii() and not char.isspace() and char not in "([{)]}"


def break_allowed(before: Atom, after: Atom) -> bool:
    """Whether a line may end after ``before`` and the next begin with ``after``."""
    return not (after.text[0] in NO_LINE_START or before.text[-1] in NO_LINE_END)


def break_lines(
    runs: list[Run], width: float, advance: Callable[[Atom], float]
) -> list[list[Atom]]:
    """One paragraph's atoms in lines no wider than ``width`` (when the rules allow).

    ``advance`` gives an atom's width (the wider of its base text and its reading).
    """
    pieces = atoms(runs)
    lines: list[list[Atom]] = []
    start = 0
    used = 0.0
    index = 0
    while index < len(pieces):
        step = advance(pieces[index])
        trailing = pieces[index].text.endswith(" ")
        fits = used + step <= width or index == start
        if fits or (trailing and used + advance_trimmed(pieces[index], step) <= width):
            used += step
            index += 1
            continue
        cut = index
        while cut > start + 1 and not break_allowed(pieces[cut - 1], pieces[cut]):
            cut -= 1
        if not break_allowed(pieces[cut - 1], pieces[cut]):
            cut = index  # nothing allowed within reach: break where it overflowed
        lines.append(pieces[start:cut])
        start = index = cut
        used = 0.0
    if start < len(pieces) or not lines:
        lines.append(pieces[start:])
    return lines


def advance_trimmed(atom: Atom, step: float) -> float:
    """Roughly the width without trailing spaces (a space may hang past the margin)."""
    spaces = len(atom.text) - len(atom.text.rstrip(" "))
    return step * (len(atom.text) - spaces) / max(1, len(atom.text))
