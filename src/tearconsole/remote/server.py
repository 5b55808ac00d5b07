"""The remote's HTTP and WebSocket server: aiohttp on its own asyncio loop, on a worker
thread, bound to one address (never all of them).

Routes: ``GET /`` the page (its words in the app's language, see ``words``);
``POST /api/pair`` a code for a token (an HttpOnly, SameSite=Strict cookie);
``GET /api/me`` who this phone is; ``GET /api/live`` the WebSocket: the session's
state pushed down, the phone's commands coming up, each answered with an ``ack``.
Every request's host, origin, token and role are checked by ``guard`` and every
refusal goes to the ``AuditLog``. Sockets are bounded by ``connections`` (caps, idle and
slow-header timeouts, quiet errors); what one phone may pass on to the console is bounded
by ``throttle`` (a rate, GO coalesced, few actions pending, notes capped); a phone that
floods is dropped and ``on_flood`` is told once.

Nothing here knows Qt: actions go to ``handler(device, command)``, which returns a
``concurrent.futures.Future`` resolved (on the GUI thread) with ``None`` when done or a
sentence saying why not; the GUI thread calls ``publish`` with each new state.

With a ``room`` (participants' phones, ``remote.participants.Room``) the same server
also serves the participants' routes (``remote.room_server``): ``GET /room``,
``POST /api/room/join``, ``GET /api/room/live``. With ``pairing=None`` the controller's
routes are not served at all (the room alone): ``start_room_server(address, room,
port=0, audit=None, limits=None)`` binds ``address`` (one interface, as the remote) and
returns such a server, started (``server.room_url`` is the page; ``server.stop()`` ends
it; ``OSError`` when it cannot listen).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import json
import threading
import time
from collections.abc import Callable
from typing import Any

from aiohttp import WSMsgType, web

from tearconsole.i18n import translate
from tearconsole.remote.audit import AuditLog
from tearconsole.remote.connections import (
    ConnectionGate,
    Doorway,
    Episodes,
    GuardedHandler,
    Limits,
    write_stderr,
)
from tearconsole.remote.guard import (
    SOFT_LANDING_NEXT,
    Command,
    HoldGate,
    RemoteAction,
    check_host,
    check_origin,
    check_role,
    not_understood,
    origin_of,
    parse_command,
    parse_json,
)
from tearconsole.remote.network import usable_address
from tearconsole.remote.pairing import Device, Pairing, Refusal
from tearconsole.remote.participants import Room
from tearconsole.remote.room_server import ROOM_LIMITS, RoomRoutes
from tearconsole.remote.serving import (
    CLOSE_FLOODED,
    CLOSE_WAIT_S,
    MAX_BODY,
    page_csp,
    refused,
    spawn,
)
from tearconsole.remote.throttle import PhoneBudget
from tearconsole.remote.words import page_template, render_page

COOKIE = "tearconsole_remote"
COOKIE_MAX_AGE_S = 12 * 3600
BEAT_S = 1.0  # the page says the laptop is lost when it hears nothing for a few beats
STARTUP_TIMEOUT_S = 5.0
STOP_TIMEOUT_S = 5.0
#: A WebSocket closed because its phone's pairing was withdrawn (the page stops retrying).
CLOSE_REVOKED = 4401
#: A flooding phone's socket is cut this long after it was told (and no longer read).
DROP_AFTER_S = 2.0
#: The server names itself, without versions.
SERVER_NAME = "tearconsole"

ActionHandler = Callable[[Device, Command], "concurrent.futures.Future[str | None]"]
STATUS = {
    "bad_host": 421,
    "revoked": 401,
    "other_address": 401,
    "flood": 429,
    "code_burnt": 429,
    "too_many_wrong": 429,
    "name_taken": 409,
    "bad_message": 400,
    "slow": 408,
}


class RemoteServer:
    def __init__(
        self,
        address: str,
        pairing: Pairing | None,
        audit: AuditLog,
        handler: ActionHandler | None,
        port: int = 0,
        on_connections: Callable[[list[str]], None] | None = None,
        on_flood: Callable[[Device], None] | None = None,
        limits: Limits | None = None,
        room: Room | None = None,
    ) -> None:
        self.address = usable_address(address)  # one address: never 0.0.0.0 or ::
        self.port = port
        self.pairing = pairing
        self.audit = audit
        self.handler = handler
        self.on_connections = on_connections
        self.on_flood = on_flood
        self.limits = limits or Limits()
        self.room = room
        self.episodes = Episodes(self._log_episode)
        # with participants' phones served, no address is written, the turned-away's neither
        self.gate = ConnectionGate(self.limits, self.episodes, named=room is None)
        self._listener: Doorway | None = None
        self._room_routes: RoomRoutes | None = None
        self._budgets: dict[str, PhoneBudget] = {}  # by device id, for the whole session
        self._soften = 0  # the published state's soften level
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._sockets: dict[web.WebSocketResponse, Device] = {}
        self._pending: set[concurrent.futures.Future[str | None]] = set()
        self._state = ""
        html = page_template()  # its words filled in per request, in the app's language
        self._page = html
        self._csp = page_csp(html)

    # -- from the GUI thread ----------------------------------------------------------------
    @property
    def url(self) -> str:
        return origin_of(self.address, self.port) + "/"

    @property
    def room_url(self) -> str:
        """The participants' page (the QR code adds ``#room=CODE``)."""
        return origin_of(self.address, self.port) + "/room"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Bind and serve; raises ``OSError`` when the address cannot be listened on."""
        self._thread = threading.Thread(target=self._serve, name="tearconsole-remote", daemon=True)
        self._thread.start()
        if not self._ready.wait(STARTUP_TIMEOUT_S):
            raise OSError("The remote did not start in time.")
        if self._error is not None:
            self._thread.join(STOP_TIMEOUT_S)
            raise OSError(str(self._error)) from self._error

    def publish(self, state: dict[str, Any]) -> None:
        """Send ``state`` to every phone (only if it changed)."""
        text = json.dumps({"type": "state", **state}, ensure_ascii=False)
        soften = state.get("soften")
        self._soften = soften if isinstance(soften, int) else 0
        loop = self._loop
        if loop is not None and text != self._state and not loop.is_closed():
            loop.call_soon_threadsafe(self._broadcast, text)

    def revoke(self, device_id: str) -> None:
        """Withdraw one phone's pairing and hang up on it now."""
        if self.pairing is None:
            return
        self.pairing.revoke(device_id)
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._drop_revoked)

    def stop(self) -> None:
        """Close every connection and the listening socket; the thread ends."""
        loop, thread = self._loop, self._thread
        if self.pairing is not None:
            self.pairing.revoke_all()
        if loop is None or thread is None:
            return
        if thread.is_alive() and not loop.is_closed():
            future = asyncio.run_coroutine_threadsafe(self._shutdown(), loop)
            with contextlib.suppress(concurrent.futures.TimeoutError, RuntimeError):
                future.result(STOP_TIMEOUT_S)
            loop.call_soon_threadsafe(loop.stop)
        thread.join(STOP_TIMEOUT_S)
        self._thread = None

    def _paired(self) -> Pairing:
        """The controller's pairing (its routes are served only with one)."""
        assert self.pairing is not None
        return self.pairing

    # -- the server's thread --------------------------------------------------------------
    def _serve(self) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.set_exception_handler(self._loop_error)
        self._loop = loop
        try:
            loop.run_until_complete(self._open())
        except BaseException as exc:  # a taken port, an address not on this machine
            self._error = exc
            self._ready.set()
            loop.close()
            return
        self._ready.set()
        beat = loop.create_task(self._beat())
        try:
            loop.run_forever()
        finally:
            beat.cancel()
            loop.run_until_complete(asyncio.gather(beat, return_exceptions=True))
            loop.close()

    async def _open(self) -> None:
        app = web.Application(middlewares=[self._guard], client_max_size=MAX_BODY)
        if self.pairing is not None:
            app.router.add_get("/", self._get_page)
            app.router.add_post("/api/pair", self._post_pair)
            app.router.add_get("/api/me", self._get_me)
            app.router.add_get("/api/live", self._get_live)
        if self.room is not None:
            self._room_routes = RoomRoutes(self, self.room)
            self._room_routes.add_to(app)
        app.on_response_prepare.append(self._on_prepare)
        runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await runner.setup()
        manager = runner.server
        assert manager is not None
        options: dict[str, Any] = {
            "loop": asyncio.get_running_loop(),
            "keepalive_timeout": self.limits.idle_s,  # idle, or headers still coming
            "access_log": None,
            "lingering_time": 1.0,
        }

        def handler(address: str) -> GuardedHandler:
            return GuardedHandler(manager, self.gate, address, self._secure, **options)

        try:
            self._listener = Doorway(
                asyncio.get_running_loop(), self.address, self.port, self.gate, handler
            )
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        self.port = self._listener.port

    async def _shutdown(self) -> None:
        for future in list(self._pending):  # the GUI thread is not going to answer now
            future.cancel()
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        for ws in list(self._sockets):
            await ws.close(code=1001, message=b"The session is over.")
        self._sockets.clear()
        if self._room_routes is not None:
            await self._room_routes.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _beat(self) -> None:
        while True:
            await asyncio.sleep(BEAT_S)
            self._send_all(json.dumps({"type": "beat", "t": time.time()}))

    def _broadcast(self, text: str) -> None:
        self._state = text
        self._send_all(text)

    def _send_all(self, text: str) -> None:
        for ws in list(self._sockets):
            if not ws.closed:
                spawn(ws.send_str(text))

    def _drop_revoked(self) -> None:
        for ws, device in list(self._sockets.items()):
            if device.revoked:
                spawn(ws.close(code=CLOSE_REVOKED, message=b"Pairing withdrawn."))

    def _log_episode(self, kind: str, detail: str) -> None:
        write_stderr(kind, detail)
        self.audit.record("error", kind, detail)

    def _loop_error(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        """What asyncio would print with a traceback (accept failing when the process is
        out of file descriptors, a socket torn down mid-write): one line per episode."""
        error = context.get("exception")
        kind = "accept_failed" if "accept" in str(context.get("message", "")) else "loop_error"
        self.episodes.note(kind, repr(error) if error is not None else str(context.get("message")))

    def _connections_changed(self) -> None:
        if self.on_connections is not None:
            self.on_connections([d.name for d in self._sockets.values()])

    # -- requests ---------------------------------------------------------------------------
    @web.middleware
    async def _guard(self, request: web.Request, handler: Any) -> web.StreamResponse:
        try:
            check_host(request.host, self.address, self.port)
            response: web.StreamResponse = await handler(request)
        except Refusal as refusal:
            # A participant's address is never written: the room's refusals go unaddressed.
            peer = "" if _is_room_path(request.path) else request.remote or ""
            self.audit.record("refused", refusal.reason, peer)
            response = web.json_response(
                {"error": refusal.sentence, "reason": refusal.reason},
                status=STATUS.get(refusal.reason, 401 if "token" in refusal.reason else 403),
            )
        return response

    async def _on_prepare(self, request: web.Request, response: web.StreamResponse) -> None:
        self._secure(response)

    def _secure(self, response: web.StreamResponse) -> None:
        """The headers every answer carries, errors included."""
        response.headers["Server"] = SERVER_NAME
        response.headers["Cache-Control"] = "no-store"
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers.setdefault("Content-Security-Policy", self._csp)  # the room's own

    async def _get_page(self, request: web.Request) -> web.Response:
        page = render_page(self._page)
        return web.Response(text=page, content_type="text/html", charset="utf-8")

    async def _post_pair(self, request: web.Request) -> web.Response:
        check_origin(request.headers.get("Origin"), self.address, self.port)
        try:
            raw = await asyncio.wait_for(request.read(), self.limits.body_s)
        except TimeoutError:
            raise Refusal("slow", translate("RemotePage", "The request came too slowly.")) from None
        except web.HTTPRequestEntityTooLarge:
            raise not_understood() from None
        body = parse_json(raw)
        if not isinstance(body, dict):
            raise not_understood()
        pairing = self._paired()
        device, token = pairing.pair(body.get("code"), body.get("name"), request.remote or "")
        self.audit.record("paired", device.role.value, request.remote or "", device.name)
        response = web.json_response({"name": device.name, "role": device.role.value})
        response.set_cookie(
            COOKIE, token, httponly=True, samesite="Strict", path="/", max_age=COOKIE_MAX_AGE_S
        )
        return response

    async def _get_me(self, request: web.Request) -> web.Response:
        if not request.cookies.get(COOKIE):  # a phone opening the page to pair: no refusal
            sentence = translate("RemotePage", "This phone is not paired.")
            return web.json_response({"error": sentence}, status=401)
        device = self._paired().device_for(request.cookies.get(COOKIE), request.remote or "")
        return web.json_response({"name": device.name, "role": device.role.value})

    async def _get_live(self, request: web.Request) -> web.WebSocketResponse:
        check_origin(request.headers.get("Origin"), self.address, self.port)
        token = request.cookies.get(COOKIE)
        peer = request.remote or ""
        device = self._paired().device_for(token, peer)
        ws = web.WebSocketResponse(heartbeat=5.0, max_msg_size=MAX_BODY, timeout=CLOSE_WAIT_S)
        await ws.prepare(request)
        self._sockets[ws] = device
        self._connections_changed()
        budget = self._budgets.get(device.id) or PhoneBudget(time.monotonic())
        self._budgets[device.id] = budget  # one allowance per phone, however it connects
        holds = {
            action: HoldGate(action) for action in (RemoteAction.SAFE_STOP, RemoteAction.SOFTEN)
        }
        try:
            await ws.send_str(
                json.dumps({"type": "hello", "name": device.name, "role": device.role.value})
            )
            if self._state:
                await ws.send_str(self._state)
            # Each message is decided as soon as it is read: refused here (and answered at
            # once), or passed to the console without waiting for the console's answer to
            # the one before, so presses reach it as close together as the phone sent them.
            # Answers go back in the order the messages came.
            answers: asyncio.Queue[Answer | None] = asyncio.Queue()
            answering = asyncio.ensure_future(self._answer(ws, answers))
            try:
                async for message in ws:
                    if message.type is not WSMsgType.TEXT or answering.done():
                        break
                    answers.put_nowait(self._admit(token, peer, message.data, holds, budget))
                    if budget.flooding:
                        await self._drop(device, peer, ws, request.transport)
                        break
            finally:
                answers.put_nowait(None)
                await asyncio.gather(answering, return_exceptions=True)
        finally:
            self._sockets.pop(ws, None)
            self._connections_changed()
        return ws

    async def _answer(
        self, ws: web.WebSocketResponse, answers: asyncio.Queue[Answer | None]
    ) -> None:
        """Send each message's answer, in the order the messages came; after a withdrawn
        pairing's answer, hang up."""
        while (answer := await answers.get()) is not None:
            try:
                reply = answer if isinstance(answer, dict) else await answer
            except asyncio.CancelledError:  # the remote is stopping: nobody will answer
                return
            if ws.closed:
                continue
            with contextlib.suppress(ConnectionError, RuntimeError):  # the phone went away
                await ws.send_str(json.dumps(reply, ensure_ascii=False))
                if reply.get("reason") == "revoked":
                    await ws.close(code=CLOSE_REVOKED, message=b"Pairing withdrawn.")
                    return

    def _admit(
        self,
        token: str | None,
        peer: str,
        data: str,
        holds: dict[RemoteAction, HoldGate],
        budget: PhoneBudget,
    ) -> Answer:
        """One message from a phone, checked afresh: its answer now (refused, or a hold
        armed), or the console's answer to come."""
        ref: Any = None
        device_name = ""
        try:
            budget.take(time.monotonic())  # counted before it is even read
            message = parse_json(data)
            ref = message.get("id") if isinstance(message, dict) else None
            device = self._paired().device_for(token, peer)  # revoked since it connected?
            device_name = device.name
            check_role(device)
            command = parse_command(message)
            now = time.monotonic()
            hold = holds.get(command.action)
            if hold is not None and command.phase == "arm":
                hold.arm(now)
                return {"type": "ack", "id": ref, "ok": True, "armed": True}
            if hold is not None and command.phase == "cancel":
                hold.cancel()
                return {"type": "ack", "id": ref, "ok": True}
            if hold is not None and command.phase == "fire":
                hold.fire(now, command.held_s)
            elif command.action is RemoteAction.SOFTEN and self._soften >= SOFT_LANDING_NEXT:
                raise HoldGate(RemoteAction.SOFTEN).not_held()  # the next soften lands
            budget.admit(command.action, now)
        except Refusal as refusal:
            self.audit.record("refused", refusal.reason, peer, device_name)
            return refused(ref, refusal)
        return self._forward(device, command, ref, budget)

    def _forward(
        self, device: Device, command: Command, ref: Any, budget: PhoneBudget
    ) -> asyncio.Future[dict[str, Any]]:
        """Hand ``command`` to the console now; its answer, when it comes."""
        budget.pending += 1
        assert self.handler is not None  # served with the pairing only
        future = self.handler(device, command)
        self._pending.add(future)
        waiting = asyncio.wrap_future(future)

        def answered(_: object) -> None:
            budget.pending -= 1
            self._pending.discard(future)

        waiting.add_done_callback(answered)

        async def reply() -> dict[str, Any]:
            try:
                refused = await waiting
            except asyncio.CancelledError:
                raise
            except Exception:  # the console failed at it: the phone hears so, nothing more
                refused = translate("RemotePage", "The laptop could not do that.")
            if refused:
                return {"type": "ack", "id": ref, "ok": False, "message": refused}
            return {"type": "ack", "id": ref, "ok": True}

        return asyncio.ensure_future(reply())

    async def _drop(
        self,
        device: Device,
        peer: str,
        ws: web.WebSocketResponse,
        transport: asyncio.BaseTransport | None,
    ) -> None:
        """A phone sending far more than anyone presses: its pairing is withdrawn, its
        connections closed, and the console told once. The flooding socket is told why
        and no more is read from it (a polite close would go on reading and parsing the
        flood until the phone answered it); it is cut after ``DROP_AFTER_S``."""
        if not device.revoked:
            self._paired().revoke(device.id)
            self.audit.record("dropped", "flood", peer, device.name)
            if self.on_flood is not None:
                self.on_flood(device)
        for other, whose in list(self._sockets.items()):
            if whose.id == device.id and other is not ws:
                spawn(other.close(code=CLOSE_FLOODED, message=b"Too much."))
        if isinstance(transport, asyncio.Transport):
            transport.pause_reading()  # nothing more of the flood is read...
            asyncio.get_running_loop().call_later(DROP_AFTER_S, transport.abort)
        with contextlib.suppress(ConnectionError, RuntimeError):  # ...the phone is told
            await ws.close(code=CLOSE_FLOODED, message=b"Too much.")


Answer = dict[str, Any] | asyncio.Future[dict[str, Any]]


def _is_room_path(path: str) -> bool:
    return path == "/room" or path.startswith("/api/room/")


def start_room_server(
    address: str,
    room: Room,
    port: int = 0,
    audit: AuditLog | None = None,
    limits: Limits | None = None,
) -> RemoteServer:
    """A started server for the participants' room alone (module docstring)."""
    server = RemoteServer(
        address,
        None,
        audit or AuditLog(None),
        None,
        port,
        limits=limits or ROOM_LIMITS,
        room=room,
    )
    server.start()
    return server
