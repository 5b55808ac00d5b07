"""The plan bundle's manifest: its format, its limits, and a strict reader for it.

A bundle is one zip file: ``manifest.json`` plus the media under ``media/``. The reader
checks every field's type and range before anything is written anywhere, and turns any
problem into one sentence (a ``BundleError``).
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from tearconsole.core.kinds import ContinueMode, CueKind, StimulusKind
from tearconsole.core.validation import (
    MAX_TEXT,
    Problem,
    cue_problems,
    plan_problems,
    stimulus_problems,
)
from tearconsole.errors import UserError
from tearconsole.i18n import translate
from tearconsole.i18n.message import Message

FORMAT_NAME = "tearconsole-plan"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
MEDIA_FOLDER = "media/"

# Limits that no real plan comes near, and that keep a hostile file small and quick.
MAX_MANIFEST_BYTES = 8 << 20
MAX_MEMBERS = 2000
MAX_STIMULI = 1000
MAX_CUES = 2000
MAX_MEMBER_BYTES = 8 << 30
MAX_TOTAL_BYTES = 32 << 30
MAX_RATIO = 200  # uncompressed / compressed, for members over a megabyte
# Beyond these a value is not even read: the rule (core.validation) judges the rest.
MAX_WORDS_READ = 10_000

_MEMBER = re.compile(r"^media/[A-Za-z0-9][A-Za-z0-9._-]{0,150}$")
_HASH = re.compile(r"^[0-9a-f]{64}$")


class BundleError(UserError):
    """The bundle cannot be imported; the message says why in one sentence."""


def damaged(detail: str) -> BundleError:
    return BundleError(
        Message.translate(
            "Bundles", "This plan file cannot be imported: {detail}. Nothing was changed."
        ).format(detail=detail)
    )


def shown(text: str, limit: int = 60) -> str:
    """A name or value from the file as a refusal quotes it: at most ``limit`` characters,
    control and invisible formatting characters escaped (a refusal is one line); spaces
    of every kind (the ideographic space of a Japanese title) stay as they are."""
    return "".join(
        repr(c)[1:-1] if unicodedata.category(c) in _UNSHOWN else c for c in text[:limit]
    )


#: Unicode categories a refusal escapes: controls, format characters (bidi overrides),
#: line and paragraph separators, surrogates, private use, unassigned.
_UNSHOWN = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})


def refused(where: str, problems: list[Problem]) -> BundleError:
    """The rule's own reason, as the editors show it, naming where in the file it is."""
    return BundleError(
        Message.translate(
            "Bundles", "This plan file cannot be imported ({where}): {reason} Nothing was changed."
        ).format(where=where, reason=problems[0].reason)
    )


def is_safe_member(name: str) -> bool:
    """A media member name that cannot escape its folder once extracted."""
    return bool(_MEMBER.match(name)) and ".." not in name


@dataclass(frozen=True)
class MediaEntry:
    member: str
    sha256: str
    size: int


@dataclass(frozen=True)
class StimulusEntry:
    key: str
    kind: StimulusKind
    fields: dict[str, Any]  # Stimulus columns, checked
    tags: tuple[str, ...]
    media: MediaEntry | None
    bed: str | None
    narration: MediaEntry | None = None  # a story read aloud, as a sound file


@dataclass(frozen=True)
class CueEntry:
    kind: CueKind
    stimulus: str | None
    fields: dict[str, Any]  # Cue columns, checked


@dataclass(frozen=True)
class Manifest:
    plan: dict[str, Any]
    stimuli: tuple[StimulusEntry, ...]
    cues: tuple[CueEntry, ...]

    @property
    def media(self) -> list[MediaEntry]:
        files = [s.media for s in self.stimuli] + [s.narration for s in self.stimuli]
        return [entry for entry in files if entry is not None]


class _Fields:
    """Typed access to one JSON object, naming it in every complaint."""

    def __init__(self, value: Any, where: str) -> None:
        if not isinstance(value, dict):
            raise damaged(
                translate("Bundles", "{where} is not a set of fields").format(where=where)
            )
        self.value, self.where = value, where

    def invalid(self, key: str) -> BundleError:
        """The complaint that ``key`` holds no usable value."""
        return damaged(
            translate("Bundles", "{where} has an invalid {key}").format(where=self.where, key=key)
        )

    def text(self, key: str, limit: int = MAX_TEXT, optional: bool = False) -> str | None:
        item = self.value.get(key)
        if item is None and optional:
            return None
        if not isinstance(item, str) or len(item) > limit:
            raise self.invalid(key)
        return item

    def seconds(self, key: str, optional: bool = False) -> float | None:
        return self.number(key, -math.inf, math.inf, optional)

    def number(self, key: str, low: float, high: float, optional: bool = False) -> float | None:
        item = self.value.get(key)
        if item is None and optional:
            return None
        if not isinstance(item, int | float) or isinstance(item, bool):
            raise self.invalid(key)
        if not math.isfinite(item) or not low <= item <= high:
            raise self.invalid(key)
        return float(item)

    def integer(self, key: str, low: int, high: int, optional: bool = False) -> int | None:
        item = self.value.get(key)
        if item is None and optional:
            return None
        if not isinstance(item, int) or isinstance(item, bool) or not low <= item <= high:
            raise self.invalid(key)
        return item

    def flag(self, key: str, default: bool = False) -> bool:
        item = self.value.get(key, default)
        if not isinstance(item, bool):
            raise self.invalid(key)
        return item

    def words(self, key: str) -> tuple[str, ...]:
        item = self.value.get(key, [])
        if not isinstance(item, list) or len(item) > MAX_WORDS_READ:
            raise self.invalid(key)
        if not all(isinstance(w, str) and 0 < len(w) <= MAX_TEXT for w in item):
            raise self.invalid(key)
        return tuple(item)

    def choice(self, key: str, enum: type[Any]) -> Any:
        item = self.value.get(key)
        try:
            return enum(item)
        except ValueError:
            raise damaged(
                translate("Bundles", "{where} has an unknown {key} (“{value}”)").format(
                    where=self.where, key=key, value=shown(str(item), 40)
                )
            ) from None

    def items(self, key: str, limit: int) -> list[Any]:
        item = self.value.get(key)
        if not isinstance(item, list) or len(item) > limit:
            raise damaged(
                translate("Bundles", "{where} has an invalid list of {key}").format(
                    where=self.where, key=key
                )
            )
        return item


def parse_manifest(document: Any) -> Manifest:
    top = _Fields(document, translate("Bundles", "the manifest"))
    if document.get("format") != FORMAT_NAME:
        raise damaged(translate("Bundles", "it is not a tearconsole plan file"))
    version = document.get("version")
    if version != FORMAT_VERSION:
        raise BundleError(
            Message.translate(
                "Bundles",
                "This plan file uses format version {version}, which this tearconsole "
                "does not know (it reads version {known}); update tearconsole and try "
                "again. Nothing was changed.",
            ).format(version=str(version)[:20], known=FORMAT_VERSION)
        )
    plan = _Fields(document.get("plan"), translate("Bundles", "the plan"))
    stimuli = tuple(
        _stimulus(_Fields(item, translate("Bundles", "stimulus {number}").format(number=i + 1)))
        for i, item in enumerate(top.items("stimuli", MAX_STIMULI))
    )
    keys = [s.key for s in stimuli]
    if len(set(keys)) != len(keys):
        raise damaged(translate("Bundles", "two stimuli share one key"))
    members = [
        entry.member for s in stimuli for entry in (s.media, s.narration) if entry is not None
    ]
    if len(set(members)) != len(members):
        raise damaged(translate("Bundles", "two stimuli share one media file"))
    cues = tuple(
        _cue(_Fields(item, translate("Bundles", "cue {number}").format(number=i + 1)))
        for i, item in enumerate(top.items("cues", MAX_CUES))
    )
    for index, cue in enumerate(cues):
        if cue.stimulus is not None and cue.stimulus not in keys:
            raise damaged(
                translate(
                    "Bundles", "cue {number} refers to a stimulus the file does not have"
                ).format(number=index + 1)
            )
    for stimulus in stimuli:
        if stimulus.bed is not None and stimulus.bed not in keys:
            raise damaged(
                translate(
                    "Bundles", "“{title}” refers to a music bed the file does not have"
                ).format(title=shown(stimulus.fields["title"]))
            )
    fields = {
        "name": plan.text("name"),
        "theme": plan.text("theme", optional=True) or "",
        "target_s": plan.seconds("target_s", optional=True),
        "soft_landing_position": plan.integer("soft_landing_position", -(2**31), 2**31, True),
        "notes": plan.text("notes", optional=True) or "",
    }
    problems = plan_problems(fields, len(cues))
    if problems:
        raise refused(translate("Bundles", "the plan"), problems)
    return Manifest(plan=fields, stimuli=stimuli, cues=cues)


def _stimulus(item: _Fields) -> StimulusEntry:
    key = item.text("key", 64)
    kind = item.choice("kind", StimulusKind)
    title = item.text("title") or ""
    if not key:
        raise damaged(translate("Bundles", "{where} has no key").format(where=item.where))
    media = _file(item, "file", "sha256", "size_bytes")
    if media is None and kind in (StimulusKind.FILM, StimulusKind.MUSIC):
        raise damaged(
            translate("Bundles", "{where} (“{title}”) has no media file").format(
                where=item.where, title=shown(title)
            )
        )
    fields = {
        "kind": kind.value,
        "title": title,
        "text": item.text("text", MAX_TEXT, optional=True),
        "duration_s": item.seconds("duration_s", optional=True),
        "has_video": item.flag("has_video"),
        "has_audio": item.flag("has_audio"),
        "width": item.integer("width", 0, 100_000, optional=True),
        "height": item.integer("height", 0, 100_000, optional=True),
        "intensity": item.integer("intensity", -(2**31), 2**31),
        "content_notes": item.words("content_notes"),
        "language": item.text("language", optional=True),
        "credit": item.text("credit", optional=True) or "",
        "licence": item.text("licence", optional=True) or "",
        "private_notes": item.text("private_notes", optional=True) or "",
        "reviewed": item.flag("reviewed", default=True),
    }
    tags = item.words("tags")
    problems = stimulus_problems({**fields, "tags": tags})
    if problems:
        raise refused(item.where, problems)
    fields["content_notes"] = ", ".join(fields["content_notes"])
    bed = item.text("bed", 64, optional=True)
    narration = _file(item, "narration", "narration_sha256", "narration_size_bytes")
    return StimulusEntry(key or "", kind, fields, tags, media, bed, narration)


def _file(item: _Fields, name: str, sha_name: str, size_name: str) -> MediaEntry | None:
    member = item.text(name, 200, optional=True)
    if member is None:
        return None
    if not is_safe_member(member):
        raise damaged(
            translate("Bundles", "{where} names a file outside its folder (“{name}”)").format(
                where=item.where, name=shown(member)
            )
        )
    sha = item.text(sha_name, 64)
    if not sha or not _HASH.match(sha):
        raise item.invalid(sha_name)
    size = item.integer(size_name, 0, MAX_MEMBER_BYTES)
    return MediaEntry(member, sha, size or 0)


def _cue(item: _Fields) -> CueEntry:
    kind = item.choice("kind", CueKind)
    stimulus = item.text("stimulus", 64, optional=True)
    if kind in (CueKind.STIMULUS, CueKind.BED_START) and stimulus is None:
        raise damaged(translate("Bundles", "{where} has no stimulus").format(where=item.where))
    fields = {
        "kind": kind.value,
        "in_s": item.seconds("in_s"),
        "out_s": item.seconds("out_s", optional=True),
        "fade_in_s": item.seconds("fade_in_s"),
        "fade_out_s": item.seconds("fade_out_s"),
        "level_db": item.number("level_db", -math.inf, math.inf),
        "pre_wait_s": item.seconds("pre_wait_s"),
        "continue_mode": item.choice("continue_mode", ContinueMode).value,
        "post_wait_s": item.seconds("post_wait_s"),
        "duration_s": item.seconds("duration_s", optional=True),
        "tone": item.flag("tone"),
        "text": item.text("text", optional=True),
        "notes": item.text("notes", optional=True) or "",
    }
    problems = cue_problems(fields)
    if problems:
        raise refused(item.where, problems)
    return CueEntry(kind, stimulus, fields)
