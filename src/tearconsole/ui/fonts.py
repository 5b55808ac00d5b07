"""A font that has the glyphs for the text it shows.

The default UI font (DejaVu on a bare Debian) has no Japanese; Qt would fall back
glyph by glyph to whatever fontconfig finds, or draw empty boxes when nothing is
installed. For Japanese text we ask for a Japanese font by name (``fonts-noto-cjk``,
installed by scripts/setup.sh, first), so kanji, kana and furigana come from one
consistent face.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

JAPANESE_FAMILIES = (
    "Noto Sans CJK JP",
    "Noto Sans JP",
    "Source Han Sans JP",
    "IPAexGothic",
    "IPAGothic",
    "TakaoGothic",
    "VL Gothic",
    "Hiragino Sans",
    "Yu Gothic",
    "Meiryo",
)
_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")


def needs_japanese(text: str) -> bool:
    return bool(_CJK.search(text))


@cache
def japanese_family() -> str | None:
    """The first installed Japanese family we know, or None (then Qt's fallback draws)."""
    installed = set(QFontDatabase.families())
    return next((family for family in JAPANESE_FAMILIES if family in installed), None)


def font_for_text(base: QFont, text: str) -> QFont:
    """``base``, or ``base`` in a Japanese family when ``text`` has Japanese in it."""
    font = QFont(base)
    family = japanese_family() if needs_japanese(text) else None
    if family is not None:
        font.setFamilies([family, *base.families()])
    return font
