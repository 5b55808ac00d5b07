"""One rule for what a valid stimulus, cue and plan are.

The editors check fields with it as they are typed (the reason shown beside the field),
``apply_changes`` and export refuse what it rejects, and a plan file's import refuses it
with the same reason: whatever tearconsole lets you save can be exported and imported
again. Each function takes plain values (already of the right type: a bundle's reader
checks types first) and returns the problems found, each with a one-sentence reason.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from tearconsole.i18n import QT_TRANSLATE_NOOP
from tearconsole.i18n.message import Message

MAX_SECONDS = 24 * 3600.0
MAX_TEXT = 2_000_000
MAX_TITLE = 300
MAX_PLAN_NAME = 200
MAX_SHORT = 2000  # credit, licence, theme
MAX_WORD = 80  # one tag or content note
MAX_WORDS = 100
LEVEL_DB = (-96.0, 24.0)

#: The languages a stimulus can be in: (code, name). The editors offer exactly these.
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("ar", QT_TRANSLATE_NOOP("MetadataEditor", "Arabic")),
    ("zh", QT_TRANSLATE_NOOP("MetadataEditor", "Chinese")),
    ("cs", QT_TRANSLATE_NOOP("MetadataEditor", "Czech")),
    ("da", QT_TRANSLATE_NOOP("MetadataEditor", "Danish")),
    ("nl", QT_TRANSLATE_NOOP("MetadataEditor", "Dutch")),
    ("en", QT_TRANSLATE_NOOP("MetadataEditor", "English")),
    ("fi", QT_TRANSLATE_NOOP("MetadataEditor", "Finnish")),
    ("fr", QT_TRANSLATE_NOOP("MetadataEditor", "French")),
    ("de", QT_TRANSLATE_NOOP("MetadataEditor", "German")),
    ("el", QT_TRANSLATE_NOOP("MetadataEditor", "Greek")),
    ("he", QT_TRANSLATE_NOOP("MetadataEditor", "Hebrew")),
    ("hi", QT_TRANSLATE_NOOP("MetadataEditor", "Hindi")),
    ("id", QT_TRANSLATE_NOOP("MetadataEditor", "Indonesian")),
    ("it", QT_TRANSLATE_NOOP("MetadataEditor", "Italian")),
    ("ja", QT_TRANSLATE_NOOP("MetadataEditor", "Japanese")),
    ("ko", QT_TRANSLATE_NOOP("MetadataEditor", "Korean")),
    ("no", QT_TRANSLATE_NOOP("MetadataEditor", "Norwegian")),
    ("pl", QT_TRANSLATE_NOOP("MetadataEditor", "Polish")),
    ("pt", QT_TRANSLATE_NOOP("MetadataEditor", "Portuguese")),
    ("ru", QT_TRANSLATE_NOOP("MetadataEditor", "Russian")),
    ("es", QT_TRANSLATE_NOOP("MetadataEditor", "Spanish")),
    ("sv", QT_TRANSLATE_NOOP("MetadataEditor", "Swedish")),
    ("th", QT_TRANSLATE_NOOP("MetadataEditor", "Thai")),
    ("tr", QT_TRANSLATE_NOOP("MetadataEditor", "Turkish")),
    ("uk", QT_TRANSLATE_NOOP("MetadataEditor", "Ukrainian")),
    ("vi", QT_TRANSLATE_NOOP("MetadataEditor", "Vietnamese")),
)
LANGUAGE_CODES = frozenset(code for code, _ in LANGUAGES)


#: Unicode's control characters and line and paragraph separators: a name holding one
#: would break a table, a file name or a terminal line where it is shown.
CONTROL_CATEGORIES = frozenset(("Cc", "Zl", "Zp"))


def has_controls(text: str) -> bool:
    return any(unicodedata.category(ch) in CONTROL_CATEGORIES for ch in text)


def without_controls(text: str) -> str:
    """``text`` with each control character made a space (a title made from a file)."""
    return "".join(" " if unicodedata.category(ch) in CONTROL_CATEGORIES else ch for ch in text)


@dataclass(frozen=True)
class Problem:
    field: str
    message: Message  # one sentence, shown beside the field and in an import's refusal

    @property
    def reason(self) -> str:
        """The sentence in the chosen language."""
        return self.message.told()


def stimulus_problems(values: Mapping[str, Any]) -> list[Problem]:
    """Problems with a stimulus's editable fields (those present in ``values``)."""
    found: list[Problem] = []
    if "title" in values:
        title = values["title"] or ""
        if not title.strip():
            found.append(
                Problem("title", Message.translate("Validation", "A title cannot be empty."))
            )
        elif len(title) > MAX_TITLE:
            reason = Message.translate(
                "Validation", "A title can be at most {limit} characters."
            ).format(limit=f"{MAX_TITLE:,}")
            found.append(Problem("title", reason))
        elif has_controls(title):
            reason = Message.translate(
                "Validation", "A title cannot hold line breaks, tabs or other control characters."
            )
            found.append(Problem("title", reason))
    if "intensity" in values and values["intensity"] not in range(1, 6):
        reason = Message.translate("Validation", "The intensity is 1 (gentle) to 5 (very strong).")
        found.append(Problem("intensity", reason))
    if "language" in values:
        language = values["language"]
        if language is not None and language not in LANGUAGE_CODES:
            reason = Message.translate(
                "Validation", "Choose the language from tearconsole's list, or leave it unset."
            )
            found.append(Problem("language", reason))
    duration = values.get("duration_s")
    if duration is not None and not _seconds(duration):
        found.append(
            Problem("duration_s", Message.translate("Validation", "A length cannot be negative."))
        )
    for name, too_long in (
        (
            "content_notes",
            QT_TRANSLATE_NOOP("Validation", "A content note can be at most {limit} characters."),
        ),
        ("tags", QT_TRANSLATE_NOOP("Validation", "A tag can be at most {limit} characters.")),
    ):
        words = values.get(name)
        if words is None:
            continue
        if len(words) > MAX_WORDS:
            reason = Message.translate(
                "Validation", "An item can have at most {limit} of these."
            ).format(limit=f"{MAX_WORDS:,}")
            found.append(Problem(name, reason))
        elif any(len(word) > MAX_WORD for word in words):
            found.append(Problem(name, _say(too_long, MAX_WORD)))
    for name, too_long, limit in (
        (
            "credit",
            QT_TRANSLATE_NOOP("Validation", "The credit can be at most {limit} characters."),
            MAX_SHORT,
        ),
        (
            "licence",
            QT_TRANSLATE_NOOP("Validation", "The licence can be at most {limit} characters."),
            MAX_SHORT,
        ),
        (
            "text",
            QT_TRANSLATE_NOOP("Validation", "The text can be at most {limit} characters."),
            MAX_TEXT,
        ),
        (
            "private_notes",
            QT_TRANSLATE_NOOP("Validation", "Private notes can be at most {limit} characters."),
            MAX_TEXT,
        ),
    ):
        if len(values.get(name) or "") > limit:
            found.append(Problem(name, _say(too_long, limit)))
    return found


def cue_problems(values: Mapping[str, Any]) -> list[Problem]:
    """Problems with a cue's timing and level."""
    found: list[Problem] = []
    in_s = values.get("in_s", 0.0)
    if not _seconds(in_s):
        found.append(
            Problem("in_s", Message.translate("Validation", "The in point must be 0 s or later."))
        )
    out_s = values.get("out_s")
    if out_s is not None and (not _seconds(out_s) or (_seconds(in_s) and out_s <= in_s)):
        found.append(
            Problem(
                "out_s",
                Message.translate("Validation", "The out point must come after the in point."),
            )
        )
    for name, reason in (
        ("fade_in_s", QT_TRANSLATE_NOOP("Validation", "A fade-in cannot be negative.")),
        ("fade_out_s", QT_TRANSLATE_NOOP("Validation", "A fade-out cannot be negative.")),
        ("pre_wait_s", QT_TRANSLATE_NOOP("Validation", "A wait cannot be negative.")),
        ("post_wait_s", QT_TRANSLATE_NOOP("Validation", "A wait cannot be negative.")),
    ):
        if not _seconds(values.get(name, 0.0)):
            found.append(Problem(name, _say(reason)))
    level = values.get("level_db", 0.0)
    if not (_finite(level) and LEVEL_DB[0] <= level <= LEVEL_DB[1]):
        found.append(
            Problem("level_db", Message.translate("Validation", "The level is -96 dB to +24 dB."))
        )
    duration = values.get("duration_s")
    if duration is not None and not (_seconds(duration) and duration > 0):
        found.append(
            Problem(
                "duration_s", Message.translate("Validation", "A length must be more than 0 s.")
            )
        )
    for name, too_long in (
        (
            "text",
            QT_TRANSLATE_NOOP("Validation", "A cue's text can be at most {limit} characters."),
        ),
        (
            "notes",
            QT_TRANSLATE_NOOP("Validation", "A cue's notes can be at most {limit} characters."),
        ),
    ):
        if len(values.get(name) or "") > MAX_TEXT:
            found.append(Problem(name, _say(too_long, MAX_TEXT)))
    return found


def plan_problems(values: Mapping[str, Any], cues: int | None = None) -> list[Problem]:
    """Problems with a plan's own fields; ``cues`` is how many cues it has, when known."""
    found: list[Problem] = []
    if "name" in values:
        name = values["name"] or ""
        if not name.strip():
            found.append(Problem("name", Message.translate("Validation", "A plan needs a name.")))
        elif len(name) > MAX_PLAN_NAME:
            reason = Message.translate(
                "Validation", "A plan's name can be at most {limit} characters."
            ).format(limit=f"{MAX_PLAN_NAME:,}")
            found.append(Problem("name", reason))
        elif has_controls(name):
            reason = Message.translate(
                "Validation",
                "A plan's name cannot hold line breaks, tabs or other control characters.",
            )
            found.append(Problem("name", reason))
    if len(values.get("theme") or "") > MAX_SHORT:
        reason = Message.translate(
            "Validation", "The theme can be at most {limit} characters."
        ).format(limit=f"{MAX_SHORT:,}")
        found.append(Problem("theme", reason))
    target = values.get("target_s")
    if target is not None and not (_seconds(target) and target > 0):
        found.append(
            Problem(
                "target_s",
                Message.translate("Validation", "The target length must be more than 0 s."),
            )
        )
    landing = values.get("soft_landing_position")
    if landing is not None and cues is not None and not 0 <= landing < cues:
        reason = Message.translate("Validation", "The soft landing must be one of its cues.")
        found.append(Problem("soft_landing_position", reason))
    if len(values.get("notes") or "") > MAX_TEXT:
        reason = Message.translate(
            "Validation", "A plan's notes can be at most {limit} characters."
        ).format(limit=f"{MAX_TEXT:,}")
        found.append(Problem("notes", reason))
    return found


def _say(sentence: str, limit: int | None = None) -> Message:
    """``sentence`` (marked where it is written), ``{limit}`` with thousands separators."""
    said = Message("Validation", sentence)
    return said if limit is None else said.format(limit=f"{limit:,}")


def _finite(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _seconds(value: Any) -> bool:
    return _finite(value) and 0.0 <= value <= MAX_SECONDS
