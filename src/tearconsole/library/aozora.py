"""Aozora Bunko text files, read clean: the story with its ruby, and where it came from.

An Aozora Bunko file (Shift_JIS, decoded by ``library.text``) opens with the title and
author, then a block between two rules of dashes that explains the notation
(【テキスト中に現れる記号について】); the text carries editor's notes as ``［＃…］`` (indents,
headings, emphasis dots, page breaks) and characters outside Shift_JIS as
``※［＃「説明」、第3水準1-84-77］``; after the text comes the colophon (底本：…, who
typed and proofread it). We keep the text and its ruby readings (``core.ruby`` draws
them), put back the characters the notes name (JIS X 0213 plane-row-cell numbers
decode through Python's ``euc_jis_2004`` codec; ``U+XXXX`` directly), drop every other
note, and keep the header and colophon for the credit line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NOTES_HEADING = "【テキスト中に現れる記号について】"
_RULE = re.compile(r"^-{20,}\s*$")
_NOTE = re.compile(r"［＃[^［］]*］")
_GAIJI = re.compile(r"※(［＃[^［］]*］)")
_JIS = re.compile(r"第[34]水準(\d)-(\d{1,2})-(\d{1,2})|(?<![\d-])(\d)-(\d{1,2})-(\d{1,2})(?![\d-])")
_UNICODE = re.compile(r"U\+([0-9A-Fa-f]{4,6})")
_PAGE_BREAKS = ("［＃改ページ］", "［＃改丁］", "［＃改見開き］", "［＃改段］")
COLOPHON_START = "底本："
MISSING = "〓"  # the geta mark: a character that cannot be shown
#: The notation's own marks, written in a text as notes so as not to start ruby, stay
#: look-alikes so that they do not start ruby here either.
_LOOK_ALIKES = {"《": "≪", "》": "≫", "｜": "│"}


@dataclass(frozen=True)
class AozoraText:
    title: str
    author: str
    body: str
    colophon: str

    @property
    def credit(self) -> str:
        """``新美南吉「ごん狐」（青空文庫; 底本：…）``: the line the library's credit keeps."""
        source = self.colophon.splitlines()[0] if self.colophon else ""
        where = f"青空文庫; {source}" if source else "青空文庫"
        return f"{self.author}「{self.title}」（{where}）" if self.author else f"「{self.title}」"


def looks_like_aozora(text: str) -> bool:
    """An Aozora Bunko file: the notation block, or ruby with a colophon."""
    head = text[:3000]
    if NOTES_HEADING in head:
        return True
    return "《" in text and any(line.startswith(COLOPHON_START) for line in text.splitlines())


def read_aozora(text: str) -> AozoraText:
    """The clean story (ruby kept) with its title, author and colophon."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n")
    header, rest = _split_header(lines)
    body_lines, colophon_lines = _split_colophon(rest)
    cleaned: list[str] = []
    for line in body_lines:
        page_break = any(mark in line for mark in _PAGE_BREAKS)
        clean = clean_notes(line)
        if clean.strip() or not _NOTE.search(line):
            cleaned.append(clean.rstrip())
        elif page_break:
            cleaned.append("")
    body = _tidy_blank_lines(cleaned)
    names = [line.strip() for line in header if line.strip()]
    title = clean_notes(names[0]) if names else ""
    author = " ".join(clean_notes(name) for name in names[1:])
    colophon = "\n".join(line.rstrip() for line in colophon_lines).strip()
    return AozoraText(title=title, author=author, body=body, colophon=colophon)


def _split_header(lines: list[str]) -> tuple[list[str], list[str]]:
    """The title lines before the notation block, and everything after the block."""
    rules = [i for i, line in enumerate(lines[:200]) if _RULE.match(line)]
    if len(rules) >= 2 and any(NOTES_HEADING in line for line in lines[rules[0] : rules[1]]):
        return lines[: rules[0]], lines[rules[1] + 1 :]
    # No notation block: the title and author are the lines before the first blank line.
    for index, line in enumerate(lines[:6]):
        if not line.strip() and index:
            return lines[:index], lines[index + 1 :]
    return [], lines


def _split_colophon(lines: list[str]) -> tuple[list[str], list[str]]:
    for index in range(len(lines) - 1, -1, -1):
        if lines[index].startswith(COLOPHON_START):
            return lines[:index], lines[index:]
    return lines, []


def clean_notes(line: str) -> str:
    """One line without editor's notes; notes naming a character become that character."""
    line = _GAIJI.sub(lambda m: gaiji_character(m.group(1)), line)
    while True:  # notes nest: ［＃「※［＃…］」に傍点］
        stripped = _NOTE.sub("", line)
        if stripped == line:
            return stripped
        line = _GAIJI.sub(lambda m: gaiji_character(m.group(1)), stripped)


def gaiji_character(note: str) -> str:
    """The character an ``※［＃…］`` note names, or 〓 when it cannot be decoded."""
    code = _UNICODE.search(note)
    if code:
        character = chr(int(code.group(1), 16))
        return _LOOK_ALIKES.get(character, character)
    jis = _JIS.search(note)
    if jis:
        plane, row, cell = (
            int(g) for g in (jis.groups()[:3] if jis.group(1) else jis.groups()[3:])
        )
        data = bytes([0xA0 + row, 0xA0 + cell])
        if plane == 2:
            data = b"\x8f" + data
        try:
            decoded = data.decode("euc_jis_2004")
        except UnicodeDecodeError:
            return MISSING
        if decoded:
            return _LOOK_ALIKES.get(decoded, decoded)
    return MISSING


def _tidy_blank_lines(lines: list[str]) -> str:
    """No blank lines at either end, and never more than one in a row."""
    out: list[str] = []
    for line in lines:
        if not line.strip() and (not out or not out[-1].strip()):
            continue
        out.append(line)
    while out and not out[-1].strip():
        out.pop()
    return "\n".join(out)
