"""Participants' phones: a room code for the session, and what the room says, anonymously.

Off by default; turned on for one session. A participant's phone joins with the room's
code (shown on the room's screen on the welcome and closing cards only), gets a random
id that lives in its page and in this object only, and can give a check-in and a
check-out score (0-10, or "I'd rather not say": one per phase), and send "softer,
please", "I need a short break" or "I'm OK" (one signal per ``SIGNAL_EVERY_S``). A
participant can never act on the session: this object has no way to.

Nothing here keeps who said what: ``tally()`` gives counts and the times of signals,
which is all the facilitator's console and the session's record ever see. The ids and
the network addresses (kept only to refuse a flood of joins from one address) are never
written anywhere.

Plain Python, called from the server's thread (``join``, ``score``, ``signal``) and
read from the GUI thread (``tally``): a lock guards it; ``on_change`` is called (from
the caller's thread) after each accepted change.

What the phones are told comes from the console (GUI thread): ``set_state(phase=...,
language=..., ended=...)``, a ``RoomState``: which score is asked now (check-in from the
start; ``None`` between the two; check-out near the end), the session's language (the
care card's hotlines) and whether the session ended. A score for a phase that is not
open, and anything after the end, is refused. ``watch(callback)`` is how the server
hears of a new state (called from the caller's thread with the ``RoomState``).
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum

from tearconsole.i18n import translate
from tearconsole.remote.pairing import Refusal

#: The room's code: short enough to type from the screen, long enough not to guess.
CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I or O: read from across a room
CODE_LENGTH = 5
#: Phones in the room at most (a session is ~15-30 people; refused past this, gently).
MAX_PHONES = 40
#: Joins heard from one network address (a shared venue Wi-Fi may put a few behind one).
MAX_JOINS_PER_ADDRESS = 8
#: One signal per phone this often.
SIGNAL_EVERY_S = 30.0
#: Signals kept (their times): a long session's worth, never more.
MAX_SIGNALS = 2000
SCORES = range(0, 11)


class Phase(StrEnum):
    CHECK_IN = "check_in"
    CHECK_OUT = "check_out"


class Signal(StrEnum):
    SOFTER = "softer"  # "softer, please"
    BREAK = "break"  # "I need a short break"
    OK = "ok"  # "I'm OK"


@dataclass(frozen=True)
class Tally:
    """What the room said so far, anonymously: per phase, how many gave each score
    (``scores[phase][n]`` for n = 0..10) and how many would rather not say; each signal
    with the moment (``clock`` seconds) it came; how many phones joined."""

    scores: dict[Phase, tuple[int, ...]] = field(default_factory=dict)
    declined: dict[Phase, int] = field(default_factory=dict)
    signals: tuple[tuple[float, Signal], ...] = ()
    phones: int = 0

    def count(self, phase: Phase) -> int:
        return sum(self.scores.get(phase, ())) + self.declined.get(phase, 0)

    def recent(self, signal: Signal, since: float) -> int:
        """How many ``signal`` came at or after ``since``."""
        return sum(1 for at, said in self.signals if said is signal and at >= since)


@dataclass(frozen=True)
class RoomState:
    """What every phone is told: which score is asked now, the session's language (its
    care card's hotlines), whether the session ended."""

    phase: Phase | None = Phase.CHECK_IN
    language: str = "en"
    ended: bool = False


@dataclass
class _Phone:
    address: str
    scored: dict[Phase, int | None] = field(default_factory=dict)
    last_signal: float | None = None


def new_code() -> str:
    return "".join(secrets.choice(CODE_LETTERS) for _ in range(CODE_LENGTH))


class Room:
    """One session's participants (module docstring)."""

    def __init__(
        self,
        on_change: Callable[[], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
        max_phones: int = MAX_PHONES,
        joins_per_address: int = MAX_JOINS_PER_ADDRESS,
    ) -> None:
        self.code = new_code()
        self.on_change = on_change
        self.clock = clock
        self.max_phones = max_phones
        self.joins_per_address = joins_per_address
        self._lock = threading.Lock()
        self._phones: dict[str, _Phone] = {}
        self._joins: dict[str, int] = {}
        self._signals: list[tuple[float, Signal]] = []
        self._state = RoomState()
        self._watchers: list[Callable[[RoomState], None]] = []

    # -- from the server's thread ----------------------------------------------------------
    def join(self, code: str, address: str) -> str:
        """A new phone's id, or a ``Refusal`` (a wrong code, the room full)."""
        with self._lock:
            if not secrets.compare_digest(code.strip().upper(), self.code):
                raise Refusal("bad_code", translate("RoomPage", "That is not the room's code."))
            joins = self._joins.get(address, 0)
            if joins >= self.joins_per_address or len(self._phones) >= self.max_phones:
                raise Refusal(
                    "room_full",
                    translate("RoomPage", "The room is full for phones; thank you for trying."),
                )
            self._joins[address] = joins + 1
            phone = secrets.token_urlsafe(16)
            self._phones[phone] = _Phone(address)
        self._changed()
        return phone

    def score(self, phone: str, phase: Phase, value: int | None) -> None:
        """A score (0-10) for ``phase``, or None: "I'd rather not say". One per phase."""
        if value is not None and value not in SCORES:
            raise Refusal("bad_message", translate("RoomPage", "A score is from 0 to 10."))
        with self._lock:
            known = self._known(phone)
            if self._state.ended or self._state.phase is not phase:
                raise Refusal(
                    "not_open", translate("RoomPage", "That question is not open just now.")
                )
            if phase in known.scored:
                raise Refusal(
                    "scored", translate("RoomPage", "Your answer is already in. Thank you.")
                )
            known.scored[phase] = value
        self._changed()

    def signal(self, phone: str, signal: Signal) -> None:
        """ "softer, please", "I need a short break", "I'm OK": one per ``SIGNAL_EVERY_S``."""
        now = self.clock()
        with self._lock:
            known = self._known(phone)
            if self._state.ended:
                raise Refusal("ended", translate("RoomPage", "The session has ended."))
            if known.last_signal is not None and now - known.last_signal < SIGNAL_EVERY_S:
                raise Refusal(
                    "too_soon",
                    translate("RoomPage", "Heard. You can send another in a little while."),
                )
            known.last_signal = now
            self._signals.append((now, signal))
            del self._signals[:-MAX_SIGNALS]
        self._changed()

    def knows(self, phone: str | None) -> bool:
        """Whether ``phone`` joined this room (a phone id from its cookie)."""
        with self._lock:
            return phone is not None and phone in self._phones

    @property
    def state(self) -> RoomState:
        with self._lock:
            return self._state

    def watch(self, callback: Callable[[RoomState], None]) -> None:
        """Call ``callback`` with each new ``RoomState`` (the server pushes it down)."""
        with self._lock:
            self._watchers.append(callback)

    def unwatch(self, callback: Callable[[RoomState], None]) -> None:
        with self._lock:
            if callback in self._watchers:
                self._watchers.remove(callback)

    # -- from the GUI thread -----------------------------------------------------------------
    def set_state(self, **changes: object) -> RoomState:
        """Tell the phones something new: ``phase`` (a ``Phase`` or None), ``language``
        ("en", "ja"), ``ended`` (True once the session is over)."""
        with self._lock:
            self._state = replace(self._state, **changes)  # type: ignore[arg-type]
            state, watchers = self._state, list(self._watchers)
        for callback in watchers:
            callback(state)
        return state

    def tally(self) -> Tally:
        with self._lock:
            scores: dict[Phase, tuple[int, ...]] = {}
            declined: dict[Phase, int] = {}
            for phase in Phase:
                counts = [0] * len(SCORES)
                for phone in self._phones.values():
                    if phase in phone.scored:
                        value = phone.scored[phase]
                        if value is None:
                            declined[phase] = declined.get(phase, 0) + 1
                        else:
                            counts[value] += 1
                scores[phase] = tuple(counts)
            return Tally(scores, declined, tuple(self._signals), len(self._phones))

    # -- inside ------------------------------------------------------------------------------
    def _known(self, phone: str) -> _Phone:
        found = self._phones.get(phone)
        if found is None:
            raise Refusal("not_joined", translate("RoomPage", "Please join the room first."))
        return found

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change()
