"""How a typed list of tags or content notes is split into its words.

People separate them with what their keyboard gives: commas (, and the full-width ，),
the Japanese reading comma 、 and semicolons (; and ；). Each word is trimmed of spaces
(ideographic ones too); empty words are dropped.
"""

from __future__ import annotations

import re

SEPARATORS = re.compile(r"[,，、;；､]")


def split_words(text: str) -> list[str]:
    """``"loss、family; rain"`` → ``["loss", "family", "rain"]``."""
    return [word.strip() for word in SEPARATORS.split(text) if word.strip()]
