"""Where tearconsole keeps its files: the one place that knows about platformdirs.

Nothing is resolved at import time; ``AppPaths.resolve`` is called once at start-up by the
command line or the GUI, and the result is passed down explicitly.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from tearconsole import APP_NAME, DATA_DIR_ENV
from tearconsole.errors import UserError
from tearconsole.i18n.message import Message


@dataclass(frozen=True)
class AppPaths:
    """The folders and files of one tearconsole data set."""

    data_dir: Path
    config_dir: Path
    log_dir: Path

    @property
    def db_path(self) -> Path:
        return self.data_dir / "tearconsole.sqlite3"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def media_dir(self) -> Path:
        """Copies of media the app owns (the demo, media from imported plan bundles)."""
        return self.data_dir / "media"

    @property
    def thumbnail_dir(self) -> Path:
        return self.data_dir / "thumbnails"

    @property
    def lock_path(self) -> Path:
        return self.data_dir / "tearconsole.lock"

    @property
    def settings_path(self) -> Path:
        return self.config_dir / "settings.json"

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
        """Pick the folders: an explicit ``data_dir``, then the environment, then the OS default.

        With an override, configuration and logs live inside it too, so that one folder
        holds a whole, self-contained data set (tests, a USB stick, a second profile).
        """
        chosen = data_dir if data_dir is not None else os.environ.get(DATA_DIR_ENV) or None
        if chosen is not None:
            root = Path(chosen).expanduser().resolve()
            return cls(data_dir=root, config_dir=root / "config", log_dir=root / "logs")
        import platformdirs  # only when no folder is given

        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )

    def ensure(self) -> AppPaths:
        """Create the missing folders, readable by their owner only (storage.permissions
        tells of an existing one that cannot be written)."""
        if self.data_dir.exists() and not self.data_dir.is_dir():
            raise UserError(
                Message.translate(
                    "Errors",
                    "The data folder {folder} is a file, not a folder; give a folder "
                    "instead (tearconsole creates it when it is missing).",
                ).format(folder=self.data_dir)
            )
        for folder in (self.data_dir, self.config_dir, self.log_dir):
            if not folder.exists():  # an existing folder's permissions are never changed
                folder.mkdir(parents=True, mode=0o700)
        return self
