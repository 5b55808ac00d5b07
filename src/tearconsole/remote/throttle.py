"""How much one phone may ask of the live session, decided on the server's thread.

The console's GUI thread runs the room; a phone is one of its clients and must not be
able to keep it busy. Per phone (for the whole session, across reconnections):
- a rate: ``RATE_PER_S`` messages a second, ``BURST`` at once;
- GO coalesced: a GO within ``GO_DEBOUNCE_S`` of this phone's previous GO is answered
  here as the console would ("pressed twice") and never passed on, so a burst of GO is
  one GO, and the phone's presses never use up the debounce of the laptop's own GO;
- at most ``MAX_PENDING`` actions handed to the console and not yet answered;
- at most ``MAX_NOTES`` notes in a session.
What is refused is answered at once, and not passed on. More than ``FLOOD_EXCESS``
messages over the rate (or while the console is busy with this phone) within
``FLOOD_WINDOW_S`` is a flood: the phone is dropped (the server withdraws its pairing).
Plain Python, no Qt.
"""

from __future__ import annotations

from collections import deque

from tearconsole.i18n import translate
from tearconsole.remote.guard import RemoteAction
from tearconsole.remote.pairing import Refusal

RATE_PER_S = 5.0
BURST = 8
#: As the console's own GO: a second press this soon after the first is the same press.
GO_DEBOUNCE_S = 0.3
MAX_PENDING = 2
MAX_NOTES = 30
FLOOD_EXCESS = 20
FLOOD_WINDOW_S = 2.0


class PhoneBudget:
    """One phone's allowance (its clock is the caller's: seconds, monotonic)."""

    def __init__(self, now: float) -> None:
        self._tokens = float(BURST)
        self._filled_at = now
        self._last_go: float | None = None
        self._excess: deque[float] = deque()
        self.pending = 0
        self.notes = 0
        self.flooding = False

    def take(self, now: float) -> None:
        """One message arrived (before it is even read): ``Refusal`` over the rate."""
        self._tokens = min(BURST, self._tokens + (now - self._filled_at) * RATE_PER_S)
        self._filled_at = now
        if self._tokens < 1.0:
            self._over(now)
            sentence = translate("RemotePage", "Too many presses at once; that one was let go.")
            raise Refusal("too_fast", sentence)
        self._tokens -= 1.0

    def admit(self, action: RemoteAction, now: float) -> None:
        """May ``action`` go to the console now? ``Refusal`` when not."""
        if action is RemoteAction.GO:
            last, self._last_go = self._last_go, now
            if last is not None and now - last < GO_DEBOUNCE_S:
                sentence = translate(
                    "RemotePage",
                    "GO was pressed twice in quick succession; the second press was ignored.",
                )
                raise Refusal("pressed_twice", sentence)
        if self.pending >= MAX_PENDING:
            self._over(now)
            sentence = translate(
                "RemotePage", "The laptop is still busy with this phone's last press."
            )
            raise Refusal("busy", sentence)
        if action is RemoteAction.NOTE:
            if self.notes >= MAX_NOTES:
                sentence = translate(
                    "RemotePage",
                    "This phone has left enough notes for this session; the laptop takes more.",
                )
                raise Refusal("notes_full", sentence)
            self.notes += 1

    def _over(self, now: float) -> None:
        self._excess.append(now)
        while now - self._excess[0] > FLOOD_WINDOW_S:
            self._excess.popleft()
        if len(self._excess) > FLOOD_EXCESS:
            self.flooding = True
