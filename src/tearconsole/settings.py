"""Small per-user preferences in one JSON file (``AppPaths.settings_path``).

Things remembered between runs that are not data: which screen the audience window
goes to, the teleprompter's pace and size. A missing or damaged file means defaults
(never an error in front of a room); writes go to a temporary file first, then replace.

Every preference is a ``Key`` in the table below, with the type of its value and its
default: readers and writers name a key from the table, never a string.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from tearconsole.atomic import write_text
from tearconsole.errors import UserError
from tearconsole.paths import AppPaths

T = TypeVar("T")


@dataclass(frozen=True)
class Key(Generic[T]):
    """One preference: its name in the file, the JSON type of its value, its default."""

    name: str
    kind: type
    default: T

    def read(self, raw: object) -> T:
        """``raw`` when it is of the key's type (a whole number serves as a float), else
        the default: a file edited by hand never hands a reader the wrong type."""
        if self.kind is float and isinstance(raw, int | float) and not isinstance(raw, bool):
            return cast(T, float(raw))
        if isinstance(raw, self.kind) and not (self.kind is not bool and isinstance(raw, bool)):
            return cast(T, raw)
        return self.default


# -- the table: every preference tearconsole remembers ---------------------------------
#: The Library's Import menu: keep a copy of imported files in the data folder.
IMPORT_COPY = Key("import_copy", bool, False)
#: The main window's place and size (Qt's saveGeometry, base64).
WINDOW_GEOMETRY: Key[str | None] = Key("window_geometry", str, None)
#: The interface language ("en", "ja"); none chosen means the system's. ``i18n`` sits
#: below this module and reads it from the file itself, under the same name.
LANGUAGE: Key[str | None] = Key("language", str, None)
#: The teleprompter's reading pace, as a factor of the story's own.
TELEPROMPTER_PACE = Key("teleprompter_pace", float, 1.0)
#: Whether a presentation clicker's keys (Page Down, Page Up ...) act on the console.
CLICKER_KEYS = Key("clicker_keys", bool, True)
#: Whether the audience window shows furigana over Japanese stories.
AUDIENCE_FURIGANA = Key("audience_furigana", bool, True)
#: The name of the screen the audience window goes to.
AUDIENCE_SCREEN: Key[str | None] = Key("audience_screen", str, None)
#: The room's master level in dB, set at the room check.
ROOM_LEVEL_DB = Key("room_level_db", float, 0.0)
#: The last room check's result (its time and findings).
ROOM_CHECK_LAST: Key[dict[str, Any] | None] = Key("room_check_last", dict, None)
#: The sound output chosen on this machine (a device id of the audio system).
AUDIO_OUTPUT: Key[str | None] = Key("audio_output", str, None)
#: The human names of outputs seen on this machine, by device id.
AUDIO_OUTPUT_NAMES: Key[dict[str, Any] | None] = Key("audio_output_names", dict, None)

KEYS: tuple[Key[Any], ...] = (
    IMPORT_COPY,
    WINDOW_GEOMETRY,
    LANGUAGE,
    TELEPROMPTER_PACE,
    CLICKER_KEYS,
    AUDIENCE_FURIGANA,
    AUDIENCE_SCREEN,
    ROOM_LEVEL_DB,
    ROOM_CHECK_LAST,
    AUDIO_OUTPUT,
    AUDIO_OUTPUT_NAMES,
)

#: The one family of keys named after something: the output chosen for one plan.
PLAN_AUDIO_OUTPUT_PREFIX = "audio_output.plan."


def plan_audio_output(plan_id: int) -> Key[str | None]:
    """The sound output chosen for plan ``plan_id`` (over the machine's ``AUDIO_OUTPUT``)."""
    return Key(f"{PLAN_AUDIO_OUTPUT_PREFIX}{plan_id}", str, None)


class Settings:
    """A flat dictionary of JSON values, read once and written on every change."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._values: dict[str, Any] = {}
        try:
            loaded = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            loaded = {}
        if isinstance(loaded, dict):
            self._values = loaded

    @classmethod
    def for_paths(cls, paths: AppPaths) -> Settings:
        return cls(paths.settings_path)

    def get(self, key: Key[T]) -> T:
        return key.read(self._values.get(key.name, key.default))

    def set(self, key: Key[T], value: T) -> None:
        """Remember ``value``; a failed write is ignored (a preference is not worth a fuss)."""
        if self._values.get(key.name) == value:
            return
        self._values[key.name] = value
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_text(self.path, json.dumps(self._values, indent=2))
        except (OSError, UserError):
            pass
