"""Errors whose message is one sentence meant for the facilitator.

Anything raised as a ``UserError`` is shown as it is (on stderr by the command line, in
a calm message by the GUI), never as a traceback.
"""


class UserError(Exception):
    """A failure the user can act on; ``str(err)`` is a complete human sentence."""


class DataDirBusy(UserError):
    """Another tearconsole already writes to this data folder."""


class LibVLCMissing(UserError):
    """The system libVLC cannot be loaded."""
