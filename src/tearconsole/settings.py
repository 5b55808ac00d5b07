"""Small per-user preferences in one JSON file (``AppPaths.settings_path``).

Things remembered between runs that are not data: which screen the audience window
goes to, the teleprompter's pace and size. A missing or damaged file means defaults
(never an error in front of a room); writes go to a temporary file first, then replace.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tearconsole.atomic import write_text
from tearconsole.errors import UserError
from tearconsole.paths import AppPaths


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

    def get(self, key: str, default: Any = None) -> Any:
        return self._values.get(key, default)

    def get_float(self, key: str, default: float) -> float:
        value = self._values.get(key, default)
        return float(value) if isinstance(value, int | float) else default

    def set(self, key: str, value: Any) -> None:
        """Remember ``value``; a failed write is ignored (a preference is not worth a fuss)."""
        if self._values.get(key) == value:
            return
        self._values[key] = value
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_text(self.path, json.dumps(self._values, indent=2))
        except (OSError, UserError):
            pass
