"""The Live page's participants' phones for one session: the control and its line in the
console, the code on the room's welcome and closing cards, and, when the session ends,
the phones' check-in and check-out added to the hand counts as stored.

The Live page only makes one per session (``SessionPhones``), closes it with the
console (``close`` gives back what the room said) and lets ``merge_phones`` fold that
into what its end form gathered.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from tearconsole.core.checkin import EndInfo, StartInfo, with_phones
from tearconsole.live.runner import LiveRunner
from tearconsole.remote.network import LOOPBACK, default_route_address
from tearconsole.remote.participants import Phase, Tally
from tearconsole.storage.db import Database
from tearconsole.storage.history import save_start_info
from tearconsole.ui.audience.window import AudienceWindow
from tearconsole.ui.participants.control import ParticipantsControl
from tearconsole.ui.participants.status import ParticipantsStatus
from tearconsole.ui.participants.words import phones_reading


class SessionPhones:
    """One session's participants' phones on the Live page (module docstring)."""

    def __init__(self, runner: LiveRunner, audience: AudienceWindow, parent: QObject) -> None:
        self.audience = audience
        self.control = ParticipantsControl(runner, parent=parent)
        self.status = ParticipantsStatus(self.control)
        self.control.changed.connect(self._show_join)

    def beside(self, remote_status: QWidget) -> QWidget:
        """The console's status item: the remote's button and this line (``beside``)."""
        return self.status.beside(remote_status)

    def start(self, address: str) -> ParticipantsControl:
        self.control.turn_on(address)
        return self.control

    def from_form(self, rehearsal: bool) -> None:
        """Asked for in the start form: on at the default route's interface (why not, in
        the panel); a rehearsal opens the page on this laptop too (a simulated phone)."""
        try:
            self.start(default_route_address() or LOOPBACK)
        except (OSError, ValueError) as exc:
            self.status.open_panel().message.setText(str(exc))
            return
        if rehearsal:
            self.control.open_here()

    def _show_join(self) -> None:
        """The room's screen shows the QR code on its welcome and closing cards."""
        control = self.control
        self.audience.set_join(control.url, control.code, control.join_cues)

    def close(self) -> Tally | None:
        """The session is over: the phones hear it, the page stops, the code leaves the
        room's screen; what the room said (None if the phones were never on)."""
        self.status.close_panel()
        control = self.control
        said = control.tally() if control.room is not None else None
        control.end()
        control.deleteLater()
        self.audience.set_join("", "", frozenset())
        return said


def merge_phones(
    db: Database, session_id: int, start: StartInfo, tally: Tally | None, info: EndInfo | None
) -> EndInfo | None:
    """The phones' check-in (stored now, added to ``start``'s hand count) and check-out
    (added to the end form's, ``info``; kept even when the form was skipped)."""
    if tally is None:
        return info
    checkin = phones_reading(tally, Phase.CHECK_IN)
    if checkin is not None:
        merged = StartInfo(start.group_size, with_phones(start.checkin, checkin), True)
        save_start_info(db, session_id, merged)
    checkout = phones_reading(tally, Phase.CHECK_OUT)
    if checkout is None:
        return info
    if info is None:
        return EndInfo(checkout=checkout)
    return replace(info, checkout=with_phones(info.checkout, checkout))
