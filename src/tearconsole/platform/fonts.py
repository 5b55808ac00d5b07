"""A font that has the glyphs for the text it shows.

The default UI font (DejaVu on a bare Debian) has no Japanese; Qt would fall back
glyph by glyph to whatever fontconfig finds, or draw empty boxes when nothing is
installed. For Japanese text we ask for a Japanese font by name (``fonts-noto-cjk``,
installed by scripts/setup.sh, first), so kanji, kana and furigana come from one
consistent face. Each system ships its own: macOS Hiragino, Windows Yu Gothic and Meiryo.
"""

from __future__ import annotations

import re
import sys
from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

#: The Japanese families to look for, best first (the same Noto face where installed).
JAPANESE_FAMILIES: tuple[str, ...]
if sys.platform == "darwin":
    JAPANESE_FAMILIES = ("Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans CJK JP")
elif sys.platform == "win32":
    JAPANESE_FAMILIES = ("Yu Gothic UI", "Yu Gothic", "Meiryo", "Noto Sans CJK JP")
else:
    JAPANESE_FAMILIES = (
        "Noto Sans CJK JP",
        "Noto Sans JP",
        "Source Han Sans JP",
        "IPAexGothic",
        "IPAGothic",
        "TakaoGothic",
        "VL Gothic",
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
