"""Pairing a phone: a one-time code shown on the laptop, then a token of its own.

One ``Pairing`` lives as long as the remote is on for a session: its code and tokens are
never written anywhere, so a token from an earlier session is simply unknown. A code
pairs one phone, then a new one is drawn. Wrong codes are counted: after
``MAX_WRONG_CODES`` the code is burnt and a new one must be read off the laptop; and no
more than ``MAX_PAIR_TRIES`` pairing requests of any kind are heard per
``PAIR_WINDOW_S`` (a flood from the venue's network is refused, not computed).
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
from typing import Concatenate, ParamSpec, TypeVar

from tearconsole.i18n import translate

CODE_DIGITS = 6
MAX_WRONG_CODES = 5
PAIR_WINDOW_S = 60.0
MAX_PAIR_TRIES = 12
MAX_DEVICES = 8
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
    @wraps(method)
    def locked(self: Pairing, *args: P.args, **kwargs: P.kwargs) -> R:
        with self._lock:
            return method(self, *args, **kwargs)

    return locked


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
        self.code = ""
        self.wrong_codes = 0
        self._tries: deque[float] = deque()
        self._devices: dict[bytes, Device] = {}
        self._lock = threading.RLock()
        self.new_code()

    # -- the code ------------------------------------------------------------------------
    @_locked
    def new_code(self) -> str:
        """Draw a fresh one-time code (the old one stops working at once)."""
        self.code = "".join(secrets.choice("0123456789") for _ in range(CODE_DIGITS))
        self.wrong_codes = 0
        self._changed()
        return self.code

    @_locked
    def pair(self, code: object, name: object, address: str = "") -> tuple[Device, str]:
        """A phone at ``address`` offers ``code``: its device and new token, or ``Refusal``."""
        now = self._clock()
        while self._tries and now - self._tries[0] > PAIR_WINDOW_S:
            self._tries.popleft()
        if len(self._tries) >= MAX_PAIR_TRIES:
            sentence = translate(
                "RemotePage", "Too many pairing attempts; wait a minute and try again."
            )
            raise Refusal("flood", sentence)
        self._tries.append(now)
        if not self.code:
            sentence = translate(
                "RemotePage", "Pairing is closed; ask for a new code on the laptop."
            )
            raise Refusal("no_code", sentence)
        offered = code.strip() if isinstance(code, str) else ""
        if not hmac.compare_digest(offered.encode(), self.code.encode()):
            self.wrong_codes += 1
            if self.wrong_codes >= MAX_WRONG_CODES:
                self.code = ""  # burnt: the facilitator draws a new one on the laptop
                self._changed()
                sentence = translate("RemotePage", "Too many wrong codes; ask for a new code.")
                raise Refusal("code_burnt", sentence)
            sentence = translate("RemotePage", "That code is not the one on the laptop.")
            raise Refusal("wrong_code", sentence)
        if sum(not d.revoked for d in self._devices.values()) >= MAX_DEVICES:
            raise Refusal("too_many", translate("RemotePage", "Enough phones are paired already."))
        token = secrets.token_urlsafe(32)
        device = Device(
            secrets.token_hex(3), clean_name(name), self.next_role, self._wall(), address
        )
        self._devices[_digest(token)] = device
        self.new_code()  # one code, one phone
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
    def revoke_all(self) -> None:
        for device in self._devices.values():
            device.revoked = True
        self.code = ""
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
