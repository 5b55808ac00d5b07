"""Kept for code written against the old path: see ``tearconsole.core.conductor.log``."""

from tearconsole.core.conductor.log import EventSink, LoggedEvent, Snapshot

__all__ = ["EventSink", "LoggedEvent", "Snapshot"]
