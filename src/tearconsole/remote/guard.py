"""What every request to the remote must show: the right host and origin, a known token,
and a role that allows what it asks. Plain Python; the server calls these and logs each
``Refusal``.

The page is served from ``http://ADDRESS:PORT``; the browser names that origin on every
pairing request and WebSocket. A page from anywhere else (a site the phone also has
open, a rebinding DNS name) is refused before any token is looked at.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from tearconsole.i18n import translate
from tearconsole.remote.pairing import Device, Refusal, Role

#: A note from the phone is kept to this many characters.
MAX_NOTE_CHARS = 1000
#: Safe stop (and Soften to the soft landing) from the phone: held at least this long (the
#: page shows the hold filling, and says how long the finger stayed down).
HOLD_S = 0.8
#: An armed hold that is not fired within this long is forgotten.
HOLD_TIMEOUT_S = 10.0
#: The page times the hold; its word is believed if it is no longer than the server saw
#: between the arm and the fire, plus this much (the arm may have come late).
HOLD_SLACK_S = 1.5
#: The soften level from which the next Soften goes to the soft landing.
SOFT_LANDING_NEXT = 2


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
    phase: str = ""  # a hold: "arm" (pressed), then "fire" (held long enough) or "cancel"
    held_s: float | None = None  # a hold's "fire": how long the phone timed it


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


def parse_json(text: str | bytes) -> Any:
    """A message as JSON, or ``Refusal("bad_message")`` for anything that is not (nested
    too deep included: Python's parser recurses, and ``RecursionError`` is no crash)."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        raise not_understood() from None


def _held_s(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) / 1000 if 0 <= value < HOLD_TIMEOUT_S * 1000 else None


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
    if phase not in ("", "arm", "fire", "cancel") or (
        phase and action not in (RemoteAction.SAFE_STOP, RemoteAction.SOFTEN)
    ):
        raise not_understood()
    shared = message.get("shared") is True
    return Command(action, text[:MAX_NOTE_CHARS], shared, phase, _held_s(message.get("held_ms")))


class HoldGate:
    """Safe stop from a phone (and Soften to the soft landing) needs the button held: an
    *arm* when the finger goes down, a *fire* when the page has timed ``HOLD_S``, from the
    same connection. The page's timing is trusted when plausible, so a late message on a
    slow network does not refuse a real hold."""

    def __init__(self, action: RemoteAction = RemoteAction.SAFE_STOP) -> None:
        self.action = action
        self._armed_at: float | None = None

    def arm(self, now: float) -> None:
        self._armed_at = now

    def cancel(self) -> None:
        self._armed_at = None

    def fire(self, now: float, held_s: float | None = None) -> None:
        armed, self._armed_at = self._armed_at, None
        seen = None if armed is None else now - armed
        if seen is None or seen > HOLD_TIMEOUT_S + HOLD_SLACK_S:
            raise self.not_held()
        held = seen if held_s is None else held_s
        if held_s is not None and held_s > seen + HOLD_SLACK_S:
            raise self.not_held()  # a hold longer than the time between its messages
        if held < HOLD_S - 1e-3:
            raise self._not_long_enough()

    def not_held(self) -> Refusal:
        if self.action is RemoteAction.SOFTEN:
            sentence = translate("RemotePage", "The soft landing needs Soften pressed and held.")
        else:
            sentence = translate("RemotePage", "Safe stop needs the button pressed and held.")
        return Refusal("not_held", sentence)

    def _not_long_enough(self) -> Refusal:
        if self.action is RemoteAction.SOFTEN:
            sentence = translate(
                "RemotePage", "The soft landing needs Soften held a moment longer."
            )
        else:
            sentence = translate("RemotePage", "Safe stop needs the button held a moment longer.")
        return Refusal("not_held", sentence)
