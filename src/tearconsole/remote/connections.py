"""How many sockets the remote holds, for how long, and what it says when it cannot.

Anyone on the venue's network can open sockets to the remote before pairing. So: at
most ``Limits.total`` connections at once and ``Limits.per_address`` from one address
(past those, a new connection is closed as soon as it is accepted); a connection with no
request under way (headers arriving slowly, or kept alive and idle) is closed after
``Limits.idle_s``; a request's body must arrive within ``Limits.body_s``. What goes
wrong (accept failing for want of file descriptors, a malformed request) is logged once
per episode, as one line, never a traceback per request: ``Episodes``.

``Doorway`` accepts and turns away; ``GuardedHandler`` is aiohttp's per-connection
protocol, counted out of the ``ConnectionGate`` when its socket closes, answering
aiohttp's own errors (a malformed request, a handler's failure) quietly, with the
remote's headers.
"""

from __future__ import annotations

import asyncio
import socket
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from aiohttp import web
from aiohttp.web_protocol import RequestHandler
from aiohttp.web_request import BaseRequest

#: A quiet spell this long ends an episode: the next failure is written again.
EPISODE_GAP_S = 30.0
#: When accepting fails (no file descriptor left), the next try waits this long.
ACCEPT_RETRY_S = 1.0


@dataclass(frozen=True)
class Limits:
    total: int = 64
    #: A phone's browser opens up to six connections to a host, and a WebSocket.
    per_address: int = 16
    idle_s: float = 10.0
    body_s: float = 5.0
    #: Connections waiting to be accepted; asyncio also accepts this many at once, each
    #: an open file until it is turned away, so it bounds the peak too.
    backlog: int = 32


class Episodes:
    """One line per kind of failure per episode (failures closer than ``EPISODE_GAP_S``
    are one episode); the count of the episode's repeats goes with the next line."""

    def __init__(
        self,
        write: Callable[[str, str], None],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._write = write
        self._clock = clock
        self._last: dict[str, float] = {}
        self._repeats: dict[str, int] = {}
        self.noted = 0

    def note(self, kind: str, detail: str = "") -> bool:
        """Count one failure; write it if it begins an episode (True then)."""
        self.noted += 1
        now = self._clock()
        last = self._last.get(kind)
        self._last[kind] = now
        if last is not None and now - last < EPISODE_GAP_S:
            self._repeats[kind] = self._repeats.get(kind, 0) + 1
            return False
        repeats = self._repeats.pop(kind, 0)
        self._write(kind, f"{detail} (and {repeats} more before)" if repeats else detail)
        return True


def write_stderr(kind: str, detail: str) -> None:
    """An episode's one line on stderr."""
    print(f"tearconsole remote: {kind}: {detail}", file=sys.stderr, flush=True)


class ConnectionGate:
    """Counts the open connections, in total and per address (on the server's thread).
    With ``named=False`` a connection turned away is logged without its address (the
    participants' phones: their addresses are never written)."""

    def __init__(self, limits: Limits, episodes: Episodes, named: bool = True) -> None:
        self.limits = limits
        self.episodes = episodes
        self.named = named
        self.open = 0
        self._by_address: dict[str, int] = {}
        self.turned_away = 0

    def admit(self, address: str) -> bool:
        if self.open >= self.limits.total:
            self._turn_away("too_many_connections", address)
            return False
        if self._by_address.get(address, 0) >= self.limits.per_address:
            self._turn_away("too_many_from_one_address", address)
            return False
        self.open += 1
        self._by_address[address] = self._by_address.get(address, 0) + 1
        return True

    def release(self, address: str) -> None:
        self.open -= 1
        left = self._by_address.get(address, 1) - 1
        if left > 0:
            self._by_address[address] = left
        else:
            self._by_address.pop(address, None)

    def _turn_away(self, kind: str, address: str) -> None:
        self.turned_away += 1
        self.episodes.note(kind, address if self.named else "")


def peer_address(transport: asyncio.BaseTransport) -> str:
    peer = transport.get_extra_info("peername")
    return str(peer[0]) if isinstance(peer, tuple) and peer else ""


class Doorway:
    """The remote's listening socket, accepted by hand: a connection over the caps is
    closed as soon as it is accepted, before asyncio builds anything for it (a stream of
    connections costs an accept and a close each); an admitted one goes to ``make``
    (aiohttp's handler, for that address). When accepting fails (out of file
    descriptors), that is noted once per episode and accepting pauses a moment."""

    def __init__(
        self,
        loop: asyncio.AbstractEventLoop,
        address: str,
        port: int,
        gate: ConnectionGate,
        make: Callable[[str], GuardedHandler],
    ) -> None:
        family = socket.AF_INET6 if ":" in address else socket.AF_INET
        self._sock = socket.create_server(
            (address, port), family=family, backlog=gate.limits.backlog
        )
        self._sock.setblocking(False)
        self._loop = loop
        self._gate = gate
        self._make = make
        self._handing: set[asyncio.Task[None]] = set()
        self.port = int(self._sock.getsockname()[1])
        loop.add_reader(self._sock.fileno(), self._ready)

    def _ready(self) -> None:
        for _ in range(self._gate.limits.backlog):  # a batch, then the loop's other work
            try:
                conn, peer = self._sock.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as error:  # EMFILE, ENFILE, ENOBUFS...
                self._gate.episodes.note("accept_failed", error.strerror or repr(error))
                self._loop.remove_reader(self._sock.fileno())
                self._loop.call_later(ACCEPT_RETRY_S, self._resume)
                return
            address = str(peer[0])
            if not self._gate.admit(address):
                conn.close()  # read nothing, answer nothing
                continue
            conn.setblocking(False)
            task = self._loop.create_task(self._hand_over(conn, address))
            self._handing.add(task)
            task.add_done_callback(self._handing.discard)

    async def _hand_over(self, conn: socket.socket, address: str) -> None:
        try:
            await self._loop.connect_accepted_socket(lambda: self._make(address), conn)
        except OSError:
            self._gate.release(address)
            conn.close()

    def _resume(self) -> None:
        if self._sock.fileno() >= 0:
            self._loop.add_reader(self._sock.fileno(), self._ready)

    def close(self) -> None:
        if self._sock.fileno() >= 0:
            self._loop.remove_reader(self._sock.fileno())
            self._sock.close()
        for task in list(self._handing):
            task.cancel()


class GuardedHandler(RequestHandler):
    """aiohttp's connection handler, counted out of the ``ConnectionGate`` when its
    socket closes, answering aiohttp's own errors with ``headers`` and one logged line
    per episode."""

    def __init__(
        self,
        manager: web.Server,
        gate: ConnectionGate,
        address: str,
        headers: Callable[[web.StreamResponse], None],
        **kwargs: Any,
    ) -> None:
        super().__init__(manager, **kwargs)
        self._gate = gate
        self._address: str | None = address  # counted in the gate by the Doorway
        self._headers = headers

    def connection_lost(self, exc: BaseException | None) -> None:
        if self._address is not None:
            self._gate.release(self._address)
            self._address = None
        super().connection_lost(exc)

    def handle_error(
        self,
        request: BaseRequest,
        status: int = 500,
        exc: BaseException | None = None,
        message: str | None = None,
    ) -> web.StreamResponse:
        kind = "bad_request" if status < 500 else "server_error"
        self._gate.episodes.note(kind, f"{status} {type(exc).__name__ if exc else ''}".strip())
        if request.writer.output_size > 0:  # already answering: the connection is broken
            raise ConnectionError("The answer had begun; the connection is closed.")
        try:
            phrase = HTTPStatus(status).phrase
        except ValueError:
            phrase = "Error"
        response = web.Response(status=status, text=phrase)
        self._headers(response)
        response.force_close()
        return response
