"""A calm two-step confirmation without a dialog: the first press arms, a second press
within a few seconds confirms (closing the window mid-session)."""

from __future__ import annotations

import time
from collections.abc import Callable


class TwoStep:
    def __init__(self, window_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.window_s = window_s
        self._clock = clock
        self._armed_at: float | None = None

    def press(self) -> bool:
        """True when this press confirms an armed one; else it arms (again)."""
        now = self._clock()
        if self._armed_at is not None and now - self._armed_at <= self.window_s:
            self._armed_at = None
            return True
        self._armed_at = now
        return False

    def armed(self) -> bool:
        return self._armed_at is not None and self._clock() - self._armed_at <= self.window_s
