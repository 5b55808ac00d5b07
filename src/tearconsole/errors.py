"""Errors whose message is one sentence meant for the facilitator.

Anything raised as a ``UserError`` is shown as it is (on stderr by the command line, in
a calm message by the GUI), never as a traceback.
"""

import errno


class UserError(Exception):
    """A failure the user can act on; ``str(err)`` is a complete human sentence."""


class DataDirBusy(UserError):
    """Another tearconsole already writes to this data folder."""


class LibVLCMissing(UserError):
    """The system libVLC cannot be loaded."""


def human_os_error(exc: OSError) -> UserError:
    """One sentence for a failed file operation: what happened, and what to do."""
    where = f" ({exc.filename})" if exc.filename else ""
    if exc.errno == errno.ENOSPC:
        return UserError(  # no path: shutil names the source file, not the full disk
            "The disk is full, so tearconsole could not save; nothing already saved was "
            "lost. Free some space and try again."
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return UserError(
            f"tearconsole may not write there{where}; check that the folder is yours and not "
            "read-only, or choose another with --data-dir."
        )
    if exc.errno == errno.ENOENT:
        return UserError(f"A file or folder tearconsole needs is not there{where}.")
    reason = exc.strerror or str(exc)
    return UserError(f"tearconsole could not use a file{where}: {reason}.")


class DatabaseDamaged(UserError):
    """The database failed SQLite's check: it is opened for reading and restoring only."""
