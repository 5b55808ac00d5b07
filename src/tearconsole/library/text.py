"""Reading story text in the encodings facilitators actually have.

Byte-order marks first (UTF-8, UTF-16, UTF-32), then strict UTF-8, then UTF-16 without
a mark (many NULs on one side), then the Japanese legacy encodings: Shift_JIS (strict,
then as Windows' cp932, its superset, for ① and the like) and EUC-JP; when both decode,
the one whose characters look like Japanese prose wins (EUC-JP read as Shift_JIS turns
into half-width katakana and rare kanji; the reverse usually fails outright). Western
legacy text falls back to cp1252. No dependency: the standard codecs and a score suffice
for these few encodings, and a detector library guesses wider but not better here.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from tearconsole.i18n import QT_TRANSLATE_NOOP
from tearconsole.i18n.message import Message

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc]")
_KANJI = re.compile(r"[\u4e00-\u9fff]")
_JA_PUNCT = re.compile(r"[\u3000-\u303f\uff01-\uff5e]")
_HALFWIDTH_KANA = re.compile(r"[\uff61-\uff9f]")


class NotText(ValueError):
    """The bytes are not readable text; ``str()`` says why in English words, ``told`` in
    the chosen language."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.message = Message("ImportReasons", reason)
        self.told = self.message.told()


BINARY = QT_TRANSLATE_NOOP("ImportReasons", "it holds binary data, not text")


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str


def decode_text(data: bytes) -> DecodedText:
    """The text in ``data`` and the encoding it was read with, or ``NotText``."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return DecodedText(_clean(data.decode(encoding)), encoding.replace("-sig", ""))
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if b"\x00" in data:
        raise NotText(BINARY)
    try:
        return DecodedText(_clean(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
    candidates: list[tuple[float, str, str]] = []
    for encoding in ("shift_jis", "cp932", "euc_jp"):
        if encoding == "cp932" and candidates and candidates[0][1] == "shift_jis":
            continue  # strict Shift_JIS read it; Windows' superset is only the fallback
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        candidates.append((_japanese_score(text), encoding, text))
    if candidates:
        score, encoding, text = max(candidates, key=lambda c: c[0])
        if score > 0.5:
            name = "euc-jp" if encoding == "euc_jp" else "shift_jis"
            return DecodedText(_clean(text), name)
    try:
        return DecodedText(_clean(data.decode("cp1252")), "cp1252")
    except UnicodeDecodeError:
        raise NotText(
            QT_TRANSLATE_NOOP("ImportReasons", "its text encoding could not be recognised")
        ) from None


def _utf16_without_bom(data: bytes) -> DecodedText | None:
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    for encoding, nuls in (("utf-16-le", odd_nuls), ("utf-16-be", even_nuls)):
        if nuls > 0.3 and max(even_nuls, odd_nuls) == nuls:
            try:
                return DecodedText(_clean(data.decode(encoding)), "utf-16")
            except UnicodeDecodeError:
                return None
    return None


def _japanese_score(text: str) -> float:
    """Share of non-ASCII characters that are kana, common kanji or Japanese punctuation."""
    wide = [c for c in text if ord(c) > 0x7F]
    if not wide:
        return 0.0
    joined = "".join(wide)
    good = len(_KANA.findall(joined)) + len(_KANJI.findall(joined)) + len(_JA_PUNCT.findall(joined))
    bad = len(_HALFWIDTH_KANA.findall(joined))
    return (good - 2 * bad) / len(wide)


def _clean(text: str) -> str:
    """Unify line ends and drop a stray BOM; keep everything else as written.

    Text with control characters in it (other than tabs and line ends) is binary data
    that happened to decode, and is refused.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n\f")
    if controls > len(text) // 200:
        raise NotText(BINARY)
    return text


def looks_japanese(text: str) -> bool:
    return bool(_KANA.search(text))


def normalise_for_search(text: str) -> str:
    """Width- and case-folded text, so that ＡＢＣ finds abc and ｶﾀｶﾅ finds カタカナ."""
    return unicodedata.normalize("NFKC", text).casefold()


def split_title(text: str, fallback: str) -> tuple[str, str]:
    """A story file may open with its title line and a blank line: (title, body).

    Otherwise the whole text is the body and ``fallback`` (the file name) the title.
    """
    stripped = text.strip()
    head, sep, rest = stripped.partition("\n")
    title = head.strip().lstrip("#").strip()
    if sep and rest.startswith("\n") and 0 < len(title) <= 80 and rest.strip():
        return title, rest.strip()
    return fallback, stripped
