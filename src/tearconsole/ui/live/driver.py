"""What the console needs from a running session, whatever runs it.

``binding.ConductorDriver`` implements this over the live conductor; the console only
asks for a ``ConsoleState`` several times a second and passes the facilitator's actions
on. Every method returns at once (the conductor logs, then acts).
"""

from __future__ import annotations

from typing import Protocol

from tearconsole.ui.live.keys import Action
from tearconsole.ui.live.state import ConsoleState
from tearconsole.ui.live.timing_model import TimingRow


class ConsoleDriver(Protocol):
    @property
    def session_id(self) -> int | None: ...

    def snapshot(self) -> ConsoleState: ...

    def perform(self, action: Action) -> None:
        """GO, pause, soften, restore, hold, extend, skip, back, safe or hard stop."""

    def add_note(self, text: str, private: bool = True) -> None:
        """A quick note: private unless the facilitator shares it."""

    def set_pace(self, factor: float) -> None:
        """The session's pace: pauses, cards and waits take ``factor`` times as long."""

    def seek(self, delta_s: float) -> None:
        """Rehearsal: move inside the running cue."""

    def set_speed(self, speed: float) -> None:
        """Rehearsal: x1, x2 or x4."""

    def timing_rows(self) -> tuple[TimingRow, ...]: ...

    def set_video_window(self, handle: int | None) -> None:
        """Where films are drawn: the audience window's video surface, or nowhere."""

    def close(self) -> None: ...
