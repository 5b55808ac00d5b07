"""The remote's server under attack, on real loopback sockets: a paired phone flooding,
nested JSON, aiohttp's own error answers, too many sockets from one address, and idle
or slow-header sockets. Every loop is bounded; every address is on 127.0.0.0/8."""

from __future__ import annotations

import asyncio
import concurrent.futures
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from tearconsole.remote.audit import AuditLog
from tearconsole.remote.connections import Limits
from tearconsole.remote.guard import Command
from tearconsole.remote.pairing import Device, Pairing
from tearconsole.remote.server import CLOSE_FLOODED, SERVER_NAME, RemoteServer
from tests.remote_client import flood, pair

HOST = "127.0.0.1"
SECURITY_HEADERS = ("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy")


class Console:
    """Answers every action at once, and counts what it was handed (from any thread)."""

    def __init__(self) -> None:
        self.done: list[Command] = []
        self.flooded: list[str] = []
        self.told = threading.Event()

    def __call__(self, device: Device, command: Command) -> concurrent.futures.Future[str | None]:
        self.done.append(command)
        future: concurrent.futures.Future[str | None] = concurrent.futures.Future()
        future.set_result(None)
        return future

    def flood(self, device: Device) -> None:
        self.flooded.append(device.name)
        self.told.set()


def _serve(tmp_path: Path, limits: Limits | None = None, audit: AuditLog | None = None) -> Any:
    console = Console()
    server = RemoteServer(
        HOST,
        Pairing(),
        audit or AuditLog(tmp_path / "remote.log"),
        console,
        on_flood=console.flood,
        limits=limits,
    )
    server.start()
    return server, console


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[RemoteServer, Console]]:
    server, console = _serve(tmp_path)
    yield server, console
    server.stop()


def _origin(server: RemoteServer) -> dict[str, str]:
    return {"Origin": server.url.rstrip("/")}


async def _pair(http: aiohttp.ClientSession, server: RemoteServer, name: str) -> dict[str, str]:
    """Pair ``name`` as the laptop lets one pair; the headers its WebSocket needs."""
    return await pair(http, server.url, server.pairing.code or server.pairing.new_code(), name)


def test_a_flooding_phone_is_dropped_once_and_passes_on_almost_nothing(
    served: tuple[RemoteServer, Console],
) -> None:
    server, console = served

    async def main() -> tuple[int | None, int]:
        async with aiohttp.ClientSession() as http:
            headers = await _pair(http, server, "Flooder")
            close_code = await flood(http, server.url, headers, ("go", "pause", "soften", "hold"))
            try:  # and it cannot come back
                await http.ws_connect(server.url + "api/live", headers=headers)
            except aiohttp.WSServerHandshakeError as refused:
                return close_code, refused.status
            return close_code, 101

    close_code, again = asyncio.run(main())
    assert close_code == CLOSE_FLOODED and again == 401
    assert console.told.wait(5) and console.flooded == ["Flooder"]  # told once
    assert len(console.done) <= 8  # a burst's worth at most, then nothing
    assert server.pairing.devices() == []  # dropped: its pairing withdrawn
    dropped = [e for e in server.audit.entries() if e.what == "dropped"]
    assert [(e.reason, e.device) for e in dropped] == [("flood", "Flooder")]


def test_nested_json_is_a_bad_message_and_the_phone_stays_connected(
    served: tuple[RemoteServer, Console], capfd: pytest.CaptureFixture[str]
) -> None:
    server, console = served
    nested = "[" * 2000 + "]" * 2000  # within the size limit, past Python's recursion

    async def main() -> tuple[list[int], dict[str, Any], dict[str, Any]]:
        async with aiohttp.ClientSession() as http:
            statuses = []
            for body in ('{"code":' * 600 + "1" + "}" * 600, nested):
                async with http.post(
                    server.url + "api/pair",
                    data=body,
                    headers={**_origin(server), "Content-Type": "application/json"},
                ) as response:
                    statuses.append(response.status)
                    assert (await response.json())["reason"] == "bad_message"
            headers = await _pair(http, server, "Kim")
            async with http.ws_connect(server.url + "api/live", headers=headers) as ws:
                await ws.send_str(nested)
                bad = await _ack(ws)
                await ws.send_json({"id": 2, "action": "go"})
                return statuses, bad, await _ack(ws)

    statuses, bad, go = asyncio.run(main())
    assert statuses == [400, 400]
    assert bad["reason"] == "bad_message" and go == {"type": "ack", "id": 2, "ok": True}
    assert [c.action for c in console.done] == ["go"]
    assert "Traceback" not in capfd.readouterr().err


async def _ack(ws: aiohttp.ClientWebSocketResponse) -> dict[str, Any]:
    while True:
        message = await ws.receive_json(timeout=5)
        if message["type"] == "ack":
            return dict(message)


class BrokenAudit(AuditLog):
    """An audit log that fails when a phone pairs: the server's one unexpected error."""

    def record(self, what: str, reason: str, peer: str = "", device: str = "") -> None:
        if what == "paired":
            raise RuntimeError("the disk went away")
        super().record(what, reason, peer, device)


def _raw(address: int, request: bytes) -> str:
    with socket.create_connection((HOST, address), timeout=5) as raw:
        raw.sendall(request)
        chunks = []
        while chunk := raw.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks).decode("latin-1")


def test_every_answer_carries_the_headers_and_no_versions(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    server, _ = _serve(tmp_path, audit=BrokenAudit(tmp_path / "remote.log"))

    async def main() -> list[tuple[int, dict[str, str]]]:
        answers = []
        async with aiohttp.ClientSession() as http:
            for method, path, body in (
                ("GET", "nowhere", None),  # 404
                ("DELETE", "api/pair", None),  # 405
                ("POST", "api/pair", {"code": server.pairing.code, "name": "Kim"}),  # 500
                ("GET", "", None),
            ):
                async with http.request(
                    method, server.url + path, json=body, headers=_origin(server)
                ) as response:
                    answers.append((response.status, dict(response.headers)))
        return answers

    try:
        answers = asyncio.run(main())
        malformed = _raw(server.port, b"GET / HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n")
        for _ in range(30):
            _raw(server.port, b"GET / HTTP/1.1\r\n\x00\r\n\r\n")  # thirty more of them
    finally:
        server.stop()
    assert [status for status, _ in answers] == [404, 405, 500, 200]
    for _, headers in answers:
        assert headers["Server"] == SERVER_NAME  # no Python, no aiohttp, no versions
        assert all(name in headers for name in SECURITY_HEADERS)
    head = malformed.split("\r\n\r\n")[0]
    assert head.startswith("HTTP/1.0 400")  # aiohttp answers a message it could not read so
    assert f"Server: {SERVER_NAME}" in head and "aiohttp" not in malformed
    assert all(f"{name}: " in head for name in SECURITY_HEADERS)
    err = capfd.readouterr().err
    assert "Traceback" not in err
    assert err.count("bad_request") == 1 and err.count("server_error") == 1  # once each


def _connect(port: int, source: str) -> socket.socket:
    raw = socket.socket()
    raw.settimeout(5)
    raw.bind((source, 0))
    raw.connect((HOST, port))
    return raw


def _closed_by_server(raw: socket.socket) -> bool:
    """True once the server has closed ``raw`` (it waits, up to the socket's timeout)."""
    try:
        return raw.recv(1) == b""
    except ConnectionResetError:
        return True
    except TimeoutError:
        return False


def test_sockets_are_capped_per_address_and_idle_ones_are_closed(tmp_path: Path) -> None:
    limits = Limits(total=40, per_address=6, idle_s=4.0)
    server, _ = _serve(tmp_path, limits)
    idle = [_connect(server.port, "127.0.0.2") for _ in range(20)]
    slow = _connect(server.port, "127.0.0.4")
    slow.sendall(b"GET / HTTP/1.1\r\nHost: ")  # and never the rest
    try:
        # turned away at once (a reset); the others stay open until idle_s
        turned_away = [raw for raw in idle if _closed_by_server(_with_timeout(raw, 0.1))]
        assert len(turned_away) == 20 - limits.per_address
        # a phone at another address is served meanwhile
        page = _raw(server.port, f"GET / HTTP/1.1\r\nHost: {HOST}:{server.port}\r\n\r\n".encode())
        assert page.startswith("HTTP/1.1 200")
        # the idle ones and the slow one are closed after idle_s
        kept = [raw for raw in idle if raw not in turned_away] + [slow]
        assert all(_closed_by_server(_with_timeout(raw, 8)) for raw in kept)
        assert server.gate.open <= 1
        assert server.gate.turned_away == 20 - limits.per_address
    finally:
        for raw in [*idle, slow]:
            raw.close()
        server.stop()
    kinds = [e.reason for e in server.audit.entries() if e.what == "error"]
    assert kinds == ["too_many_from_one_address"]  # one line for the whole episode


def _with_timeout(raw: socket.socket, seconds: float) -> socket.socket:
    raw.settimeout(seconds)
    return raw
