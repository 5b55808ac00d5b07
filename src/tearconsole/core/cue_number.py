"""How a cue is numbered for people: from 1, in the GUI and in the command line's text
alike (``position`` counts from 0 in the data and in ``--json``)."""

from __future__ import annotations


def cue_number(position: int) -> int:
    """The number a facilitator sees for the cue at ``position``."""
    return position + 1
