"""Pairing a phone: a one-time code shown on the laptop, then a token of its own.

One ``Pairing`` lives as long as the remote is on for a session: its code and tokens are
never written anywhere, so a token from an earlier session is simply unknown. One phone
at a time: a code lives ``CODE_TTL_S`` and pairs one phone; then there is no code until
the facilitator asks for another on the laptop, and the next phone joins as a viewer
unless the laptop gives it control. Requests are counted per network address, so one
device on the venue's Wi-Fi cannot close pairing for the others: no more than
``MAX_PAIR_TRIES`` per ``PAIR_WINDOW_S`` are heard from an address, and after
``MAX_WRONG_CODES`` wrong codes an address is not heard until the next code. Past
``MAX_WRONG_TOTAL`` wrong codes from all addresses the code is burnt (guessing stays
hopeless: a few dozen tries at a million codes).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import wraps
from typing import Concatenate, ParamSpec, TypeVar, cast

from tearconsole.i18n import translate

CODE_DIGITS = 6
#: A code works this long (seconds), once.
CODE_TTL_S = 300.0
#: Wrong codes heard from one address, per code.
MAX_WRONG_CODES = 5
#: Wrong codes heard from every address together before the code is burnt.
MAX_WRONG_TOTAL = 50
PAIR_WINDOW_S = 60.0
#: Pairing requests heard from one address per window.
MAX_PAIR_TRIES = 12
#: Addresses remembered for their counts (the oldest are forgotten past this).
MAX_ADDRESSES = 256
#: Paired phones at once (a co-facilitator or two controlling, a team watching).
MAX_DEVICES = 24
MAX_NAME_CHARS = 40


class Role(StrEnum):
    VIEWER = "viewer"  # sees the session
    CONTROLLER = "controller"  # and acts on it


class Refusal(Exception):
    """A request refused: ``reason`` is a short stable word for the log and tests."""

    def __init__(self, reason: str, sentence: str) -> None:
        super().__init__(sentence)
        self.reason = reason
        self.sentence = sentence


@dataclass
class Device:
    id: str  # short, shown in the console's list
    name: str
    role: Role
    paired_at: float  # wall-clock
    address: str = ""  # the network address it paired from; its token works from there only
    revoked: bool = False


def clean_name(raw: object) -> str:
    """A device name as plain text: printable characters only, trimmed and bounded."""
    text = raw if isinstance(raw, str) else ""
    text = "".join(ch for ch in text if ch.isprintable()).strip()
    return text[:MAX_NAME_CHARS] or "Phone"


def _digest(token: str) -> bytes:
    return hashlib.sha256(token.encode("utf-8", "replace")).digest()


P = ParamSpec("P")
R = TypeVar("R")


def _locked(method: Callable[Concatenate[Pairing, P], R]) -> Callable[Concatenate[Pairing, P], R]:
    def locked(self: Pairing, *args: P.args, **kwargs: P.kwargs) -> R:
        with self._lock:
            return method(self, *args, **kwargs)

    return cast("Callable[Concatenate[Pairing, P], R]", wraps(method)(locked))


class Pairing:
    """Codes and tokens for one session's remote (the server's thread pairs and checks,
    the GUI thread draws codes and revokes: one lock guards both)."""

    def __init__(
        self,
        role: Role = Role.CONTROLLER,
        clock: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        self._clock = clock
        self._wall = wall
        self._on_change = on_change
        self.next_role = role  # what the next phone to pair becomes
        self._code = ""
        self._code_until = 0.0
        self._wrong_total = 0
        self._wrong: dict[str, int] = {}  # address -> wrong codes for this code
        self._tries: dict[str, deque[float]] = {}  # address -> its recent requests
        self._devices: dict[bytes, Device] = {}
        self._lock = threading.RLock()
        self.new_code()

    # -- the code ------------------------------------------------------------------------
    @property
    @_locked
    def code(self) -> str:
        """The code that pairs the next phone now, or "" (none asked for, used, expired)."""
        if self._code and self._clock() >= self._code_until:
            self._code = ""
        return self._code

    @_locked
    def code_left_s(self) -> float:
        """How long the code has left (0 when there is none)."""
        return max(0.0, self._code_until - self._clock()) if self.code else 0.0

    @_locked
    def new_code(self) -> str:
        """Draw a fresh one-time code (the old one stops working at once)."""
        self._code = "".join(secrets.choice("0123456789") for _ in range(CODE_DIGITS))
        self._code_until = self._clock() + CODE_TTL_S
        self._wrong.clear()
        self._wrong_total = 0
        self._changed()
        return self._code

    def _heard(self, address: str, now: float) -> None:
        """Count one request from ``address``; ``Refusal`` past its share."""
        tries = self._tries.pop(address, None) or deque()
        self._tries[address] = tries  # now the most recent address
        while tries and now - tries[0] > PAIR_WINDOW_S:
            tries.popleft()
        while len(self._tries) > MAX_ADDRESSES:
            del self._tries[next(iter(self._tries))]
        if len(tries) >= MAX_PAIR_TRIES or self._wrong.get(address, 0) >= MAX_WRONG_CODES:
            sentence = translate(
                "RemotePage", "Too many pairing attempts; wait a minute and try again."
            )
            raise Refusal("flood", sentence)
        tries.append(now)

    @_locked
    def pair(self, code: object, name: object, address: str = "") -> tuple[Device, str]:
        """A phone at ``address`` offers ``code``: its device and new token, or ``Refusal``."""
        self._heard(address, self._clock())
        if not self.code:
            sentence = translate(
                "RemotePage", "Pairing is closed; ask for a new code on the laptop."
            )
            raise Refusal("no_code", sentence)
        offered = code.strip() if isinstance(code, str) else ""
        if not hmac.compare_digest(offered.encode(), self._code.encode()):
            self._wrong_total += 1
            wrong = self._wrong[address] = self._wrong.get(address, 0) + 1
            if len(self._wrong) > MAX_ADDRESSES:
                del self._wrong[next(iter(self._wrong))]
            if self._wrong_total >= MAX_WRONG_TOTAL:
                self._code = ""  # burnt: the facilitator draws a new one on the laptop
                self._changed()
                sentence = translate("RemotePage", "Too many wrong codes; ask for a new code.")
                raise Refusal("code_burnt", sentence)
            if wrong >= MAX_WRONG_CODES:
                sentence = translate("RemotePage", "Too many wrong codes; ask for a new code.")
                raise Refusal("too_many_wrong", sentence)
            sentence = translate("RemotePage", "That code is not the one on the laptop.")
            raise Refusal("wrong_code", sentence)
        if sum(not d.revoked for d in self._devices.values()) >= MAX_DEVICES:
            raise Refusal("too_many", translate("RemotePage", "Enough phones are paired already."))
        cleaned = clean_name(name)
        if any(d.name.casefold() == cleaned.casefold() for d in self.devices()):
            sentence = translate(
                "RemotePage", "Another phone is already called {name}; choose another name."
            )
            raise Refusal("name_taken", sentence.format(name=cleaned))
        token = secrets.token_urlsafe(32)
        device = Device(secrets.token_hex(3), cleaned, self.next_role, self._wall(), address)
        self._devices[_digest(token)] = device
        # One phone at a time: no code until the laptop asks for one, and the next phone
        # only watches unless the laptop gives it control.
        self._code = ""
        self.next_role = Role.VIEWER
        self._changed()
        return device, token

    # -- tokens --------------------------------------------------------------------------
    @_locked
    def device_for(self, token: object, address: str = "") -> Device:
        """The device ``token`` belongs to, or ``Refusal`` (unknown, revoked, or sent from
        another address than the phone paired from: a token overheard on the Wi-Fi is no
        use to another machine)."""
        if not isinstance(token, str) or not token:
            raise Refusal("no_token", translate("RemotePage", "This phone is not paired."))
        device = self._devices.get(_digest(token))
        if device is None:
            sentence = translate("RemotePage", "This phone is not paired with this session.")
            raise Refusal("unknown_token", sentence)
        if device.revoked:
            sentence = translate("RemotePage", "This phone's pairing was withdrawn on the laptop.")
            raise Refusal("revoked", sentence)
        if device.address and address != device.address:
            sentence = translate(
                "RemotePage", "This pairing belongs to another device; pair again."
            )
            raise Refusal("other_address", sentence)
        return device

    @_locked
    def revoke(self, device_id: str) -> bool:
        for device in self._devices.values():
            if device.id == device_id and not device.revoked:
                device.revoked = True
                self._changed()
                return True
        return False

    @_locked
    def set_role(self, device_id: str, role: Role) -> bool:
        """Give a paired phone control, or take it back (its next message is checked)."""
        for device in self._devices.values():
            if device.id == device_id and not device.revoked and device.role is not role:
                device.role = role
                self._changed()
                return True
        return False

    @_locked
    def revoke_all(self) -> None:
        for device in self._devices.values():
            device.revoked = True
        self._code = ""
        self._changed()

    @_locked
    def devices(self) -> list[Device]:
        """The paired phones still allowed, oldest first."""
        return sorted(
            (d for d in self._devices.values() if not d.revoked), key=lambda d: d.paired_at
        )

    def _changed(self) -> None:
        if self._on_change is not None:
            self._on_change()
