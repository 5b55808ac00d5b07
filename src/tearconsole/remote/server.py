"""The remote's HTTP and WebSocket server: aiohttp on its own asyncio loop, on a worker
thread, bound to one address (never all of them).

Routes: ``GET /`` the page (its words in the app's language, see ``words``);
``POST /api/pair`` a code for a token (an HttpOnly, SameSite=Strict cookie);
``GET /api/me`` who this phone is; ``GET /api/live`` the WebSocket: the session's
state pushed down, the phone's commands coming up, each answered with an ``ack``.
Every request's host, origin, token and role are checked by ``guard`` and every
refusal goes to the ``AuditLog``.

Nothing here knows Qt: actions go to ``handler(device, command)``, which returns a
``concurrent.futures.Future`` resolved (on the GUI thread) with ``None`` when done or a
sentence saying why not; the GUI thread calls ``publish`` with each new state.
"""

from __future__ import annotations

import asyncio
import base64
import concurrent.futures
import contextlib
import hashlib
import json
import threading
import time
from collections.abc import Callable, Coroutine
from typing import Any

from aiohttp import WSMsgType, web

from tearconsole.i18n import translate
from tearconsole.remote.audit import AuditLog
from tearconsole.remote.guard import (
    Command,
    HoldGate,
    RemoteAction,
    check_host,
    check_origin,
    check_role,
    not_understood,
    origin_of,
    parse_command,
)
from tearconsole.remote.network import usable_address
from tearconsole.remote.pairing import Device, Pairing, Refusal
from tearconsole.remote.words import page_template, render_page

COOKIE = "tearconsole_remote"
COOKIE_MAX_AGE_S = 12 * 3600
BEAT_S = 1.0  # the page says the laptop is lost when it hears nothing for a few beats
MAX_BODY = 4096
STARTUP_TIMEOUT_S = 5.0
STOP_TIMEOUT_S = 5.0
#: A WebSocket closed because its phone's pairing was withdrawn (the page stops retrying).
CLOSE_REVOKED = 4401

ActionHandler = Callable[[Device, Command], "concurrent.futures.Future[str | None]"]
STATUS = {
    "bad_host": 421,
    "revoked": 401,
    "other_address": 401,
    "flood": 429,
    "code_burnt": 429,
}


def _inline_hash(html: str, tag: str) -> str:
    """The CSP hash of the page's one inline ``<tag>`` block (so nothing else may run)."""
    start = html.index(f"<{tag}>") + len(tag) + 2
    body = html[start : html.index(f"</{tag}>", start)]
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"


def _spawn(work: Coroutine[Any, Any, Any]) -> None:
    """Send without waiting; a phone that went away meanwhile is no error."""
    task = asyncio.ensure_future(work)
    task.add_done_callback(lambda done: done.cancelled() or done.exception())


class RemoteServer:
    def __init__(
        self,
        address: str,
        pairing: Pairing,
        audit: AuditLog,
        handler: ActionHandler,
        port: int = 0,
        on_connections: Callable[[list[str]], None] | None = None,
    ) -> None:
        self.address = usable_address(address)  # one address: never 0.0.0.0 or ::
        self.port = port
        self.pairing = pairing
        self.audit = audit
        self.handler = handler
        self.on_connections = on_connections
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
        self._csp = (
            "default-src 'none'; "
            f"script-src {_inline_hash(html, 'script')}; "
            f"style-src {_inline_hash(html, 'style')}; "
            "connect-src 'self'; img-src 'none'; base-uri 'none'; form-action 'none'; "
            "frame-ancestors 'none'"
        )

    # -- from the GUI thread ----------------------------------------------------------------
    @property
    def url(self) -> str:
        return origin_of(self.address, self.port) + "/"

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
        loop = self._loop
        if loop is not None and text != self._state and not loop.is_closed():
            loop.call_soon_threadsafe(self._broadcast, text)

    def revoke(self, device_id: str) -> None:
        """Withdraw one phone's pairing and hang up on it now."""
        self.pairing.revoke(device_id)
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._drop_revoked)

    def stop(self) -> None:
        """Close every connection and the listening socket; the thread ends."""
        loop, thread = self._loop, self._thread
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

    # -- the server's thread --------------------------------------------------------------
    def _serve(self) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
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
        app.router.add_get("/", self._get_page)
        app.router.add_post("/api/pair", self._post_pair)
        app.router.add_get("/api/me", self._get_me)
        app.router.add_get("/api/live", self._get_live)
        runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await runner.setup()
        site = web.TCPSite(runner, host=self.address, port=self.port)
        try:
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        self.port = int(runner.addresses[0][1])

    async def _shutdown(self) -> None:
        for future in list(self._pending):  # the GUI thread is not going to answer now
            future.cancel()
        for ws in list(self._sockets):
            await ws.close(code=1001, message=b"The session is over.")
        self._sockets.clear()
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
                _spawn(ws.send_str(text))

    def _drop_revoked(self) -> None:
        for ws, device in list(self._sockets.items()):
            if device.revoked:
                _spawn(ws.close(code=CLOSE_REVOKED, message=b"Pairing withdrawn."))

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
            self.audit.record("refused", refusal.reason, request.remote or "")
            response = web.json_response(
                {"error": refusal.sentence, "reason": refusal.reason},
                status=STATUS.get(refusal.reason, 401 if "token" in refusal.reason else 403),
            )
        if not response.prepared:
            response.headers["Cache-Control"] = "no-store"
            response.headers["X-Content-Type-Options"] = "nosniff"
            response.headers["Referrer-Policy"] = "no-referrer"
            response.headers["Content-Security-Policy"] = self._csp
        return response

    async def _get_page(self, request: web.Request) -> web.Response:
        page = render_page(self._page)
        return web.Response(text=page, content_type="text/html", charset="utf-8")

    async def _post_pair(self, request: web.Request) -> web.Response:
        check_origin(request.headers.get("Origin"), self.address, self.port)
        try:
            body = await request.json()
        except (ValueError, UnicodeDecodeError):
            raise not_understood() from None
        if not isinstance(body, dict):
            raise not_understood()
        device, token = self.pairing.pair(body.get("code"), body.get("name"), request.remote or "")
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
        device = self.pairing.device_for(request.cookies.get(COOKIE), request.remote or "")
        return web.json_response({"name": device.name, "role": device.role.value})

    async def _get_live(self, request: web.Request) -> web.WebSocketResponse:
        check_origin(request.headers.get("Origin"), self.address, self.port)
        token = request.cookies.get(COOKIE)
        peer = request.remote or ""
        device = self.pairing.device_for(token, peer)
        ws = web.WebSocketResponse(heartbeat=5.0, max_msg_size=MAX_BODY)
        await ws.prepare(request)
        self._sockets[ws] = device
        self._connections_changed()
        gate = HoldGate()
        try:
            await ws.send_str(
                json.dumps({"type": "hello", "name": device.name, "role": device.role.value})
            )
            if self._state:
                await ws.send_str(self._state)
            # Each message is passed to the console as soon as it is read, without waiting
            # for the console's answer to the one before: presses reach the console in the
            # order and as close together as the phone sent them, so GO's debounce sees a
            # double tap as one even while the console is busy. Answers go back in order.
            answers: asyncio.Queue[asyncio.Future[dict[str, Any]] | None] = asyncio.Queue()
            answering = asyncio.ensure_future(self._answer(ws, answers))
            try:
                async for message in ws:
                    if message.type is not WSMsgType.TEXT or answering.done():
                        break
                    command = self._command(token, message.data, gate, peer)
                    answers.put_nowait(asyncio.ensure_future(command))
            finally:
                answers.put_nowait(None)
                await asyncio.gather(answering, return_exceptions=True)
        finally:
            self._sockets.pop(ws, None)
            self._connections_changed()
        return ws

    async def _answer(
        self,
        ws: web.WebSocketResponse,
        answers: asyncio.Queue[asyncio.Future[dict[str, Any]] | None],
    ) -> None:
        """Send each message's answer, in the order the messages came; after a withdrawn
        pairing's answer, hang up."""
        while (answer := await answers.get()) is not None:
            try:
                reply = await answer
            except asyncio.CancelledError:  # the remote is stopping: nobody will answer
                return
            with contextlib.suppress(ConnectionError, RuntimeError):  # the phone went away
                await ws.send_str(json.dumps(reply, ensure_ascii=False))
                if reply.get("reason") == "revoked":
                    await ws.close(code=CLOSE_REVOKED, message=b"Pairing withdrawn.")
                    return

    async def _command(
        self, token: str | None, data: str, gate: HoldGate, peer: str
    ) -> dict[str, Any]:
        """One message from a phone, checked afresh, done, and answered."""
        ref: Any = None
        device_name = ""
        try:
            try:
                message = json.loads(data)
            except ValueError:
                raise not_understood() from None
            ref = message.get("id") if isinstance(message, dict) else None
            device = self.pairing.device_for(token, peer)  # revoked since it connected?
            device_name = device.name
            check_role(device)
            command = parse_command(message)
            if command.action is RemoteAction.SAFE_STOP:
                if command.phase == "arm":
                    gate.arm(time.monotonic())
                    return {"type": "ack", "id": ref, "ok": True, "armed": True}
                if command.phase == "cancel":
                    gate.cancel()
                    return {"type": "ack", "id": ref, "ok": True}
                gate.fire(time.monotonic())
            future = self.handler(device, command)
            self._pending.add(future)
            try:
                refused = await asyncio.wrap_future(future)
            finally:
                self._pending.discard(future)
        except Refusal as refusal:
            self.audit.record("refused", refusal.reason, peer, device_name)
            return {
                "type": "ack",
                "id": ref,
                "ok": False,
                "reason": refusal.reason,
                "message": refusal.sentence,
            }
        if refused:
            return {"type": "ack", "id": ref, "ok": False, "message": refused}
        return {"type": "ack", "id": ref, "ok": True}
