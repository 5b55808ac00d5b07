"""Errors whose message is one sentence meant for the facilitator.

Anything raised as a ``UserError`` is shown as it is (on stderr by the command line, in
a calm message by the GUI), never as a traceback.
"""

from __future__ import annotations

import errno
from pathlib import Path

from tearconsole.i18n.message import Message


class UserError(Exception):
    """A failure the user can act on; ``str(err)`` is a complete human sentence, in the
    chosen language.

    It carries its ``message`` (a ``Message``: which sentence, and its words) so that it
    can be said again in another language or kept; a sentence made elsewhere, already
    said, is carried as it is (``message`` None).
    """

    def __init__(self, message: Message | str) -> None:
        self.message = message if isinstance(message, Message) else None
        self.sentence = message.told() if isinstance(message, Message) else message
        super().__init__(self.sentence)

    def __str__(self) -> str:
        return self.sentence

    def english(self) -> str:
        """The sentence in English (as said when it is not a ``Message``)."""
        return self.message.english() if self.message is not None else self.sentence


class DataDirBusy(UserError):
    """Another tearconsole already writes to this data folder."""


class LibVLCMissing(UserError):
    """The system libVLC cannot be loaded."""


def human_os_error(exc: OSError, data_dir: Path | None = None) -> UserError:
    """One sentence for a failed file operation: what happened, and what to do.

    ``--data-dir`` is suggested only for a file inside the data folder ``data_dir``.
    """
    where = f" ({exc.filename})" if exc.filename else ""  # the path, in the sentence's words
    in_data = data_dir is not None and (
        not exc.filename or Path(str(exc.filename)).is_relative_to(data_dir)
    )
    if exc.errno == errno.ENOSPC:
        return UserError(  # no path: shutil names the source file, not the full disk
            Message.translate(
                "Errors",
                "The disk is full, so tearconsole could not save; nothing already saved was "
                "lost. Free some space and try again.",
            )
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        if in_data:
            sentence = Message.translate(
                "Errors",
                "tearconsole may not write there{where}; check that the folder is yours and "
                "not read-only, or choose another with --data-dir.",
            )
        else:
            sentence = Message.translate(
                "Errors",
                "tearconsole may not write there{where}; check that the folder is yours and "
                "not read-only, or choose another place.",
            )
        return UserError(sentence.format(where=where))
    if exc.errno == errno.ENOENT:
        return UserError(
            Message.translate(
                "Errors", "A file or folder tearconsole needs is not there{where}."
            ).format(where=where)
        )
    reason = exc.strerror or str(exc)
    return UserError(
        Message.translate("Errors", "tearconsole could not use a file{where}: {reason}.").format(
            where=where, reason=reason
        )
    )


class DatabaseDamaged(UserError):
    """The database failed SQLite's check: it is opened for reading and restoring only."""
