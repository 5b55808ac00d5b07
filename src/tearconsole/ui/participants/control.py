"""``ParticipantsControl``: one session's participants' phones, between the console, the
room's screen and the server.

Off until turned on (the start form, the console's panel, ``live --participants``); off
again when the session's console closes. It owns the session's ``Room``: the room's code
lives as long as the session. A phone's answer arrives on the server's thread, where the
``Room`` counts it; ``on_change`` crosses to the GUI thread as a ``Nudge`` (a burst of
answers is one) and the counts are read from ``Room.tally()`` here.

The session's record gets the anonymous counts (``core.room_voices.room_detail``: never
an id, an address or a token) as a ``participants`` event when they change, at most one
every ``RECORD_EVERY_S``: the latest counts, so a burst of answers is one event.
Nothing here acts on the session: the console shows a line, the facilitator decides.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from tearconsole.core.kinds import EventKind
from tearconsole.core.preflight import is_closing, is_welcome
from tearconsole.core.room_voices import room_detail
from tearconsole.i18n import current_language
from tearconsole.live.runner import LiveRunner
from tearconsole.live.snapshot import SessionSnapshot
from tearconsole.remote.network import usable_address
from tearconsole.remote.participants import Phase, Room, Tally
from tearconsole.remote.participants import Signal as Said
from tearconsole.ui.nudge import Nudge

#: The record gets the counts at most this often (the latest counts each time).
RECORD_EVERY_S = 5.0


class RoomServing(Protocol):
    """What the control needs of the server that serves the participants' page."""

    @property
    def room_url(self) -> str: ...

    def stop(self) -> None: ...


#: (address, room) -> a started server; raises ``OSError`` when it cannot listen.
Serve = Callable[[str, Room], RoomServing]


def serve_room(address: str, room: Room) -> RoomServing:
    """The remote's hardened server, serving the participants' page alone."""
    from tearconsole.remote.server import start_room_server  # aiohttp: only when on

    return start_room_server(address, room)


def join_url(server_url: str, code: str) -> str:
    """The address the QR code holds: the page, with the room's code for it to fill in."""
    return f"{server_url}#room={code}"


class ParticipantsControl(QObject):
    changed = Signal()  # on/off, or the room's counts changed

    def __init__(
        self,
        runner: LiveRunner,
        serve: Serve = serve_room,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.serve = serve
        self.room: Room | None = None
        self.server: RoomServing | None = None
        self.listening = ""  # the one address the page listens on, while on
        self._recorded: dict[str, Any] | None = None
        self._nudge = Nudge(self._on_nudge, self)  # from the server's thread: it changed
        self._record_timer = QTimer(self)
        self._record_timer.setSingleShot(True)
        self._record_timer.timeout.connect(self.record_now)
        # "In the last 3 minutes" moves with time: the console's line is redrawn.
        self._clock = QTimer(self)
        self._clock.setInterval(5000)
        self._clock.timeout.connect(self.changed.emit)
        plan = runner.plan
        #: The cues whose card shows the QR code: the welcome (check-in) and closing cards.
        self.join_cues = frozenset(c.position for c in plan.cues if is_welcome(c) or is_closing(c))
        self._closing = frozenset(c.position for c in plan.cues if is_closing(c))
        runner.published.connect(self._follow)

    # -- on and off ---------------------------------------------------------------------
    @property
    def on(self) -> bool:
        return self.server is not None

    def turn_on(self, address: str) -> None:
        """Listen on ``address`` only; ``OSError``/``ValueError`` with a sentence if not.
        The room (and its code) is the session's: turned off and on, it stays."""
        if self.server is not None:
            return
        bind = usable_address(address)
        if self.room is None:
            self.room = Room(on_change=self._nudge)
            self.room.set_state(phase=Phase.CHECK_IN, language=current_language())
        try:
            self.server = self.serve(bind, self.room)
        except (OSError, ImportError) as exc:
            sentence = self.tr("The participants' page cannot listen on {address}: {reason}")
            raise OSError(sentence.format(address=bind, reason=exc)) from exc
        self.listening = bind
        self._clock.start()
        self.record_now()
        self.changed.emit()

    def end(self) -> None:
        """The session is over: the phones hear it (they keep their care card), then the
        page stops listening."""
        if self.room is not None and self.server is not None:
            self.room.set_state(ended=True, phase=None)
        self.turn_off()

    def turn_off(self) -> None:
        """Stop listening (the room and its counts stay: turned on again, the same code);
        the room's last counts go into the record first (the console closing with the
        session left open included)."""
        self.record_now()
        server, self.server = self.server, None
        self._clock.stop()
        if server is not None:
            server.stop()
        self._record_timer.stop()
        self.changed.emit()

    # -- what the console and the room's screen show --------------------------------------
    @property
    def code(self) -> str:
        return self.room.code if self.room is not None else ""

    @property
    def url(self) -> str:
        """The participants' page with the room's code (the QR code's address); "" if off."""
        return join_url(self.server.room_url, self.code) if self.server is not None else ""

    @property
    def address(self) -> str:
        """The page's address as typed by hand (the code is typed on the page)."""
        return self.server.room_url if self.server is not None else ""

    def tally(self) -> Tally:
        return self.room.tally() if self.room is not None else Tally()

    def now(self) -> float:
        return self.room.clock() if self.room is not None else 0.0

    def open_here(self) -> bool:
        """The participants' page in this laptop's browser: a simulated phone (rehearsal)."""
        return bool(self.url) and QDesktopServices.openUrl(QUrl(self.url))

    def _follow(self, snapshot: SessionSnapshot) -> None:
        """The closing card on the room's screen opens the check-out on the phones (the
        check-in stays open until then, for a phone that joined late)."""
        room = self.room
        if room is None or snapshot.audience.cue_position not in self._closing:
            return
        if room.state.phase is not Phase.CHECK_OUT:
            room.set_state(phase=Phase.CHECK_OUT)

    # -- the record ----------------------------------------------------------------------
    def _on_nudge(self) -> None:
        if not self._record_timer.isActive():
            self._record_timer.start(round(RECORD_EVERY_S * 1000))
        self.changed.emit()

    def record_now(self) -> None:
        """The room's counts into the session's record, if they changed since."""
        if self.room is None or self.runner.session.closed:
            return
        detail = counts_of(self.room.tally())
        if detail == self._recorded:
            return
        self._recorded = detail
        self.runner.session.record(EventKind.PARTICIPANTS, detail)


def counts_of(tally: Tally) -> dict[str, Any]:
    """The tally as the record keeps it: numbers only (``room_detail``)."""
    totals = {said.value: sum(1 for _at, s in tally.signals if s is said) for said in Said}
    return room_detail(
        tally.phones,
        {phase.value: counts for phase, counts in tally.scores.items()},
        {phase.value: n for phase, n in tally.declined.items()},
        totals,
    )
