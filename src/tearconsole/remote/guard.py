"""What every request to the remote must show: the right host and origin, a known token,
and a role that allows what it asks. Plain Python; the server calls these and logs each
``Refusal``.

The page is served from ``http://ADDRESS:PORT``; the browser names that origin on every
pairing request and WebSocket. A page from anywhere else (a site the phone also has
open, a rebinding DNS name) is refused before any token is looked at.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from tearconsole.i18n import translate
from tearconsole.remote.pairing import Device, Refusal, Role

#: A note from the phone is kept to this many characters.
MAX_NOTE_CHARS = 1000
#: Safe stop from the phone: held at least this long (the page shows the hold filling).
HOLD_S = 0.8
#: An armed hold that is not fired within this long is forgotten.
HOLD_TIMEOUT_S = 10.0


class RemoteAction(StrEnum):
    """What a phone may ask for: the console's gentle controls, GO and safe stop (never
    skip, back or the hard stop: those need the laptop)."""

    GO = "go"
    PAUSE = "pause"
    SOFTEN = "soften"
    RESTORE = "restore"
    HOLD = "hold"
    EXTEND = "extend"
    SAFE_STOP = "safe_stop"
    NOTE = "note"


@dataclass(frozen=True)
class Command:
    action: RemoteAction
    text: str = ""  # a note's text
    shared: bool = False  # a note: private unless the phone says shared
    phase: str = ""  # safe stop: "arm" (pressed) then "fire" (held long enough)


def origin_of(address: str, port: int) -> str:
    host = f"[{address}]" if ":" in address else address
    return f"http://{host}:{port}"


def check_host(host: str | None, address: str, port: int) -> None:
    """The request was addressed to this server by its address (no other name)."""
    if host != origin_of(address, port).removeprefix("http://"):
        raise Refusal("bad_host", translate("RemotePage", "This address is not the remote's."))


def check_origin(origin: str | None, address: str, port: int) -> None:
    """The request comes from the remote's own page."""
    if origin != origin_of(address, port):
        raise Refusal(
            "bad_origin", translate("RemotePage", "Requests from other pages are refused.")
        )


def check_role(device: Device) -> None:
    """Only a controller acts; a viewer's phone shows the session and nothing more."""
    if device.role is not Role.CONTROLLER:
        sentence = translate("RemotePage", "{name} may watch the session but not act on it.")
        raise Refusal("viewer", sentence.format(name=device.name))


def not_understood() -> Refusal:
    return Refusal("bad_message", translate("RemotePage", "That message was not understood."))


def parse_command(message: Any) -> Command:
    """A phone's message, as a ``Command``: a known action and plain text, nothing else."""
    if not isinstance(message, dict):
        raise not_understood()
    try:
        action = RemoteAction(str(message.get("action")))
    except ValueError:
        raise Refusal("bad_action", translate("RemotePage", "The remote cannot do that.")) from None
    text = message.get("text", "")
    phase = message.get("phase", "")
    if not isinstance(text, str) or not isinstance(phase, str):
        raise not_understood()
    text = "".join(ch for ch in text if ch.isprintable() or ch == "\n").strip()
    if action is RemoteAction.NOTE and not text:
        raise Refusal("empty_note", translate("RemotePage", "The note is empty."))
    if action is RemoteAction.SAFE_STOP and phase not in ("arm", "fire", "cancel"):
        raise Refusal("bad_message", translate("RemotePage", "Safe stop is a press and hold."))
    return Command(action, text[:MAX_NOTE_CHARS], message.get("shared") is True, phase)


class HoldGate:
    """Safe stop from a phone needs the button held: an *arm* when the finger goes down,
    a *fire* at least ``HOLD_S`` later, from the same connection."""

    def __init__(self) -> None:
        self._armed_at: float | None = None

    def arm(self, now: float) -> None:
        self._armed_at = now

    def cancel(self) -> None:
        self._armed_at = None

    def fire(self, now: float) -> None:
        armed, self._armed_at = self._armed_at, None
        if armed is None or now - armed > HOLD_TIMEOUT_S:
            sentence = translate("RemotePage", "Safe stop needs the button pressed and held.")
            raise Refusal("not_held", sentence)
        if now - armed < HOLD_S - 1e-3:
            sentence = translate("RemotePage", "Safe stop needs the button held a moment longer.")
            raise Refusal("not_held", sentence)
