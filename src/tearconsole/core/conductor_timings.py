"""Kept for code written against the old path: see ``tearconsole.core.cue_timings``."""

from tearconsole.core.cue_timings import CueTiming, cue_timings

__all__ = ["CueTiming", "cue_timings"]
