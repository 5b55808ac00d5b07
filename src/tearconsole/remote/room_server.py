"""The participants' routes on the remote's server (``RoomRoutes``, which the server adds
when it is given a ``room``; ``server.start_room_server`` starts one for the room alone).

Routes: ``GET /room`` the participants' page, its words in the phone's language
(Accept-Language, ``room_words``); ``POST /api/room/join`` ``{"code": ...}`` -> the
phone's id in an HttpOnly, SameSite=Strict cookie of its own (``ROOM_COOKIE``, never the
controller's); ``GET /api/room/live`` the WebSocket: up come ``{"type": "score", "phase":
"check_in"|"check_out", "value": 0-10|null}`` and ``{"type": "signal", "signal":
"softer"|"break"|"ok"}`` (each with an ``id``, answered by an ``ack``); down goes the
room's state ``{"type": "room", "phase", "language", "ended", "help"}`` whenever it
changes (``help``: the care card's where-to-find-help, in the session's language).
Anything else (every controller action included) is refused (``bad_action``): a
participant can never act on the session. The same guard as the remote's (host, origin,
headers, caps, per-address limits, a rate per phone, a flood dropped); a participant's
network address is never written (the audit log gets the room's refusals unaddressed).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from typing import Any, Protocol

from aiohttp import WSMsgType, web

from tearconsole.i18n import translate
from tearconsole.remote.audit import AuditLog
from tearconsole.remote.connections import Limits
from tearconsole.remote.guard import check_origin, not_understood, parse_json
from tearconsole.remote.pairing import Refusal
from tearconsole.remote.participants import Phase, Room, RoomState, Signal
from tearconsole.remote.room_words import care_text, page_language, render_room, room_template
from tearconsole.remote.serving import (
    CLOSE_FLOODED,
    CLOSE_WAIT_S,
    MAX_BODY,
    page_csp,
    refused,
    spawn,
)
from tearconsole.remote.throttle import PhoneBudget

ROOM_COOKIE = "tearconsole_room"
#: A participant's refusals worth the audit log (not a second signal, a score given twice).
AUDITED = frozenset({"bad_action", "bad_message", "too_fast"})
ROOM_COOKIE_MAX_AGE_S = 12 * 3600
#: A room of 40 phones (each a socket and a page's keep-alive connections), several of
#: them behind one venue router's address.
ROOM_LIMITS = Limits(total=128, per_address=48)


def state_message(state: RoomState) -> str:
    """The room's state for the phones, with the care card's help in the session's
    language (a page opened before the language was set gets it too)."""
    phase = state.phase.value if state.phase is not None else None
    return json.dumps(
        {
            "type": "room",
            "phase": phase,
            "language": state.language,
            "ended": state.ended,
            "help": care_text(state.language)["text"],
        },
        ensure_ascii=False,
    )


def bad_action() -> Refusal:
    return Refusal("bad_action", translate("RoomPage", "A participant's phone cannot do that."))


def parse_room_message(message: Any) -> tuple[Phase, int | None] | Signal:
    """A participant's message: a score (phase, value) or a signal; ``Refusal`` else."""
    if not isinstance(message, dict):
        raise not_understood()
    if "action" in message:  # a controller's message, whatever else it says
        raise bad_action()
    kind = message.get("type")
    if kind == "score":
        value = message.get("value")
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise not_understood()
        try:
            return Phase(str(message.get("phase"))), value
        except ValueError:
            raise not_understood() from None
    if kind == "signal":
        try:
            return Signal(str(message.get("signal")))
        except ValueError:
            raise not_understood() from None
    raise bad_action()  # a controller's action, or anything else


class RoomHost(Protocol):
    """What the room's routes need of the server they are served by (``RemoteServer``)."""

    _loop: asyncio.AbstractEventLoop | None
    address: str
    port: int
    audit: AuditLog
    limits: Limits


class RoomRoutes:
    """The room's routes on one ``RemoteServer`` (its loop, guard, headers and caps)."""

    def __init__(self, server: RoomHost, room: Room) -> None:
        self.server = server
        self.room = room
        self.sockets: set[web.WebSocketResponse] = set()
        self._budgets: dict[str, PhoneBudget] = {}  # by phone id, for the whole session
        self._state = state_message(room.state)
        room.watch(self._state_changed)
        self._template = room_template()
        self._csp = page_csp(self._template)

    def add_to(self, app: web.Application) -> None:
        app.router.add_get("/room", self._get_page)
        app.router.add_post("/api/room/join", self._post_join)
        app.router.add_get("/api/room/live", self._get_live)

    async def close(self) -> None:
        self.room.unwatch(self._state_changed)
        for ws in list(self.sockets):
            await ws.close(code=1001, message=b"The session is over.")
        self.sockets.clear()

    # -- from the GUI thread ----------------------------------------------------------------
    def _state_changed(self, state: RoomState) -> None:
        loop = self.server._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._broadcast, state_message(state))

    # -- the server's thread --------------------------------------------------------------
    def _broadcast(self, text: str) -> None:
        self._state = text
        for ws in list(self.sockets):
            if not ws.closed:
                spawn(ws.send_str(text))

    async def _get_page(self, request: web.Request) -> web.Response:
        language = page_language(request.headers.get("Accept-Language"))
        page = render_room(self._template, language, self.room.state.language)
        response = web.Response(text=page, content_type="text/html", charset="utf-8")
        response.headers["Content-Security-Policy"] = self._csp
        response.headers["Content-Language"] = language
        return response

    def _check_origin(self, request: web.Request) -> None:
        check_origin(request.headers.get("Origin"), self.server.address, self.server.port)

    async def _post_join(self, request: web.Request) -> web.Response:
        self._check_origin(request)
        try:
            raw = await asyncio.wait_for(request.read(), self.server.limits.body_s)
        except TimeoutError:
            raise Refusal("slow", translate("RemotePage", "The request came too slowly.")) from None
        except web.HTTPRequestEntityTooLarge:
            raise not_understood() from None
        body = parse_json(raw)
        code = body.get("code") if isinstance(body, dict) else None
        if not isinstance(code, str):
            raise not_understood()
        phone = self.room.join(code, request.remote or "")
        response = web.json_response({"joined": True})
        response.set_cookie(
            ROOM_COOKIE,
            phone,
            httponly=True,
            samesite="Strict",
            path="/",
            max_age=ROOM_COOKIE_MAX_AGE_S,
        )
        return response

    async def _get_live(self, request: web.Request) -> web.WebSocketResponse:
        self._check_origin(request)
        phone = request.cookies.get(ROOM_COOKIE)
        if phone is None or not self.room.knows(phone):
            raise Refusal("not_joined", translate("RoomPage", "Please join the room first."))
        ws = web.WebSocketResponse(heartbeat=5.0, max_msg_size=MAX_BODY, timeout=CLOSE_WAIT_S)
        await ws.prepare(request)
        self.sockets.add(ws)
        budget = self._budgets.get(phone) or PhoneBudget(time.monotonic())
        self._budgets[phone] = budget
        try:
            await ws.send_str(self._state)
            async for message in ws:
                if message.type is not WSMsgType.TEXT:
                    break
                answer = self._admit(phone, message.data, budget)
                with contextlib.suppress(ConnectionError, RuntimeError):
                    await ws.send_str(json.dumps(answer, ensure_ascii=False))
                if budget.flooding:
                    with contextlib.suppress(ConnectionError, RuntimeError):
                        await ws.close(code=CLOSE_FLOODED, message=b"Too much.")
                    break
        finally:
            self.sockets.discard(ws)
        return ws

    def _admit(self, phone: str, data: str, budget: PhoneBudget) -> dict[str, Any]:
        """One message from a participant's phone, decided here and answered at once."""
        ref: Any = None
        try:
            budget.take(time.monotonic())
            message = parse_json(data)
            ref = message.get("id") if isinstance(message, dict) else None
            said = parse_room_message(message)
            if isinstance(said, Signal):
                self.room.signal(phone, said)
            else:
                self.room.score(phone, *said)
        except Refusal as refusal:
            if refusal.reason in AUDITED:  # never the address
                self.server.audit.record("refused", refusal.reason, "")
            return refused(ref, refusal)
        return {"type": "ack", "id": ref, "ok": True}
