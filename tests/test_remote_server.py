"""The remote's server on a real socket (loopback), asked by a real HTTP client: what it
serves, and everything it must refuse (and log). No Qt: actions go to a recording
handler here; tests/test_remote_e2e.py drives the real console."""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from tearconsole.remote.audit import AuditLog
from tearconsole.remote.guard import Command
from tearconsole.remote.network import default_route_address
from tearconsole.remote.pairing import Device, Pairing, Role
from tearconsole.remote.server import CLOSE_REVOKED, COOKIE, RemoteServer

HOST = "127.0.0.1"


class Recorder:
    def __init__(self) -> None:
        self.done: list[tuple[str, Command]] = []

    def __call__(self, device: Device, command: Command) -> concurrent.futures.Future[str | None]:
        self.done.append((device.name, command))
        future: concurrent.futures.Future[str | None] = concurrent.futures.Future()
        future.set_result(None)
        return future


def _listening(address: str, port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(1.0)
        return probe.connect_ex((address, port)) == 0


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[RemoteServer, Recorder]]:
    recorder = Recorder()
    server = RemoteServer(HOST, Pairing(), AuditLog(tmp_path / "remote.log"), recorder)
    server.start()
    yield server, recorder
    server.stop()


def _origin(server: RemoteServer) -> dict[str, str]:
    return {"Origin": server.url.rstrip("/")}


async def _pair(http: aiohttp.ClientSession, server: RemoteServer, name: str) -> str:
    """Pair a phone as the facilitator lets one pair: a new code when the last was used."""
    code = server.pairing.code or server.pairing.new_code()
    async with http.post(
        server.url + "api/pair",
        json={"code": code, "name": name},
        headers=_origin(server),
    ) as response:
        assert response.status == 200, await response.text()
        return response.cookies[COOKIE].value


def _cookie(token: str) -> dict[str, str]:
    return {"Cookie": f"{COOKIE}={token}"}


def _refusals(server: RemoteServer) -> list[str]:
    return [e.reason for e in server.audit.entries() if e.what == "refused"]


def _logged(tmp: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (tmp / "remote.log").read_text().splitlines()]


def test_nothing_listens_before_it_is_on_or_after_it_is_off(tmp_path: Path) -> None:
    with socket.socket() as spare:  # a port nothing listens on yet
        spare.bind((HOST, 0))
        port = spare.getsockname()[1]
    server = RemoteServer(HOST, Pairing(), AuditLog(None), Recorder(), port=port)
    assert not _listening(HOST, port)
    server.start()
    assert _listening(HOST, port) and server.port == port
    server.stop()
    assert not _listening(HOST, port)
    assert not server.running


def test_it_listens_on_the_chosen_address_only(served: tuple[RemoteServer, Recorder]) -> None:
    server, _ = served
    assert _listening(HOST, server.port)
    other = default_route_address()
    if other is None or other.startswith("127."):
        pytest.skip("this machine has no other interface to check")
    assert not _listening(other, server.port)
    with pytest.raises(ValueError):
        RemoteServer("0.0.0.0", Pairing(), AuditLog(None), Recorder())


def test_the_page_is_self_contained_and_locked_down(served: tuple[RemoteServer, Recorder]) -> None:
    server, _ = served

    async def main() -> None:
        async with aiohttp.ClientSession() as http, http.get(server.url) as response:
            assert response.status == 200
            page = await response.text()
            csp = response.headers["Content-Security-Policy"]
            assert "default-src 'none'" in csp and "unsafe-inline" not in csp
            assert "script-src 'sha256-" in csp and "frame-ancestors 'none'" in csp
            assert response.headers["Cache-Control"] == "no-store"
            assert "http://" not in page and "https://" not in page  # nothing from outside
            assert "innerHTML" not in page  # everything from the laptop goes in as text

    asyncio.run(main())


def test_pairing_then_live_state_and_an_action(served: tuple[RemoteServer, Recorder]) -> None:
    server, recorder = served
    server.publish({"state": "ready", "standby": {"title": "Welcome"}})

    async def main() -> None:
        async with aiohttp.ClientSession() as http:
            token = await _pair(http, server, "Kim's phone")
            async with http.get(server.url + "api/me", headers=_cookie(token)) as me:
                assert await me.json() == {"name": "Kim's phone", "role": "controller"}
            async with http.ws_connect(
                server.url + "api/live", headers={**_origin(server), **_cookie(token)}
            ) as ws:
                assert (await ws.receive_json())["type"] == "hello"
                assert (await ws.receive_json())["standby"] == {"title": "Welcome"}
                await ws.send_json({"id": 7, "action": "go"})
                ack = await _ack(ws)
                assert ack == {"type": "ack", "id": 7, "ok": True}
                server.publish({"state": "running"})
                assert await _next_state(ws) == "running"

    asyncio.run(main())
    assert recorder.done[0][0] == "Kim's phone" and recorder.done[0][1].action == "go"
    assert [e.what for e in server.audit.entries()][:1] == ["paired"]


async def _ack(ws: aiohttp.ClientWebSocketResponse) -> dict[str, Any]:
    while True:
        message = await ws.receive_json(timeout=5)
        if message["type"] == "ack":
            return dict(message)


async def _next_state(ws: aiohttp.ClientWebSocketResponse) -> str:
    while True:
        message = await ws.receive_json(timeout=5)
        if message["type"] == "state":
            return str(message["state"])


def test_wrong_code_other_origin_and_other_host_are_refused_and_logged(
    served: tuple[RemoteServer, Recorder], tmp_path: Path
) -> None:
    server, _ = served

    async def main() -> None:
        async with aiohttp.ClientSession() as http:
            wrong = "000000" if server.pairing.code != "000000" else "999999"
            async with http.post(
                server.url + "api/pair",
                json={"code": wrong, "name": "x"},
                headers=_origin(server),
            ) as response:
                assert response.status == 403
                assert "not the one on the laptop" in (await response.json())["error"]
            async with http.post(
                server.url + "api/pair",
                json={"code": server.pairing.code, "name": "x"},
                headers={"Origin": "http://evil.example"},
            ) as response:
                assert response.status == 403 and COOKIE not in response.cookies
            async with http.get(server.url, headers={"Host": "evil.example"}) as response:
                assert response.status == 421
            token = await _pair(http, server, "Kim")
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await http.ws_connect(
                    server.url + "api/live",
                    headers={"Origin": "http://evil.example", **_cookie(token)},
                )
            assert refused.value.status == 403

    asyncio.run(main())
    assert _refusals(server) == ["wrong_code", "bad_origin", "bad_host", "bad_origin"]
    assert [line["reason"] for line in _logged(tmp_path) if line["what"] == "refused"] == [
        "wrong_code",
        "bad_origin",
        "bad_host",
        "bad_origin",
    ]


def test_replayed_and_revoked_tokens_and_a_viewer_acting_are_refused(tmp_path: Path) -> None:
    recorder = Recorder()
    earlier = RemoteServer(HOST, Pairing(), AuditLog(None), recorder)
    earlier.start()
    server = RemoteServer(HOST, Pairing(), AuditLog(tmp_path / "remote.log"), recorder)
    server.start()

    async def main() -> None:
        async with aiohttp.ClientSession() as http:
            old_token = await _pair(http, earlier, "Old phone")
            earlier.stop()
            # a token from an earlier session, replayed against this one
            async with http.get(server.url + "api/me", headers=_cookie(old_token)) as me:
                assert me.status == 401
            # the one-time code, replayed after it paired a phone
            used = server.pairing.code
            token = await _pair(http, server, "Kim")
            async with http.post(
                server.url + "api/pair", json={"code": used, "name": "y"}, headers=_origin(server)
            ) as again:
                assert again.status == 403
            ws = await http.ws_connect(
                server.url + "api/live", headers={**_origin(server), **_cookie(token)}
            )
            device = server.pairing.devices()[0]
            server.revoke(device.id)
            while (await ws.receive(timeout=5)).type is not aiohttp.WSMsgType.CLOSE:
                pass
            assert ws.close_code == CLOSE_REVOKED
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await http.ws_connect(
                    server.url + "api/live", headers={**_origin(server), **_cookie(token)}
                )
            assert refused.value.status == 401
            # a viewer may watch, never act
            server.pairing.next_role = Role.VIEWER
            viewer = await _pair(http, server, "Watcher")
            async with http.ws_connect(
                server.url + "api/live", headers={**_origin(server), **_cookie(viewer)}
            ) as watch:
                await watch.send_json({"id": 1, "action": "go"})
                ack = await _ack(watch)
                assert ack["ok"] is False and ack["reason"] == "viewer"

    try:
        asyncio.run(main())
    finally:
        server.stop()
        earlier.stop()
    assert recorder.done == []  # nothing refused ever reached the console
    assert _refusals(server) == ["unknown_token", "no_code", "revoked", "viewer"]


def test_a_pairing_flood_from_one_address_is_refused_and_logged_without_filling_the_log(
    served: tuple[RemoteServer, Recorder], tmp_path: Path
) -> None:
    server, _ = served

    async def flood() -> list[int]:
        flooder = aiohttp.TCPConnector(local_addr=("127.0.0.2", 0), limit=8)
        async with aiohttp.ClientSession(connector=flooder) as http:

            async def attempt(n: int) -> int:
                async with http.post(
                    server.url + "api/pair",
                    json={"code": f"{n:06d}", "name": "flood"},
                    headers=_origin(server),
                ) as response:
                    return response.status

            return list(await asyncio.gather(*(attempt(n) for n in range(200))))

    statuses = asyncio.run(flood())
    assert 200 not in statuses
    assert statuses.count(429) >= 180  # past the first dozen, refused without a look
    assert server.pairing.devices() == []
    lines = _logged(tmp_path)
    assert len(lines) < 60  # 200 refusals, a few dozen lines
    assert {"flood", "wrong_code"} <= {line["reason"] for line in lines}

    # pairing stays open for a phone at another address, with the same code
    async def phone() -> str:
        own = aiohttp.TCPConnector(local_addr=("127.0.0.3", 0))
        async with aiohttp.ClientSession(connector=own) as http:
            return await _pair(http, server, "Kim")

    asyncio.run(phone())
    assert [d.name for d in server.pairing.devices()] == ["Kim"]


def test_a_second_phone_with_the_same_name_is_refused(
    served: tuple[RemoteServer, Recorder],
) -> None:
    server, _ = served

    async def main() -> tuple[int, dict[str, Any]]:
        async with aiohttp.ClientSession() as http:
            await _pair(http, server, "Kim")
            async with http.post(
                server.url + "api/pair",
                json={"code": server.pairing.new_code(), "name": "KIM"},
                headers=_origin(server),
            ) as response:
                return response.status, await response.json()

    status, body = asyncio.run(main())
    assert status == 409 and body["reason"] == "name_taken"
    assert "already called KIM" in body["error"]
    assert [d.name for d in server.pairing.devices()] == ["Kim"]


def test_safe_stop_from_a_phone_needs_the_hold(served: tuple[RemoteServer, Recorder]) -> None:
    """The hold is timed on the phone (its message says how long): believed when it could
    be true, so a fire arriving right after a late arm still counts."""
    server, recorder = served

    async def main() -> None:
        async with aiohttp.ClientSession() as http:
            token = await _pair(http, server, "Kim")
            async with http.ws_connect(
                server.url + "api/live", headers={**_origin(server), **_cookie(token)}
            ) as ws:
                await ws.send_json({"id": 1, "action": "safe_stop", "phase": "fire"})
                assert (await _ack(ws))["reason"] == "not_held"
                await ws.send_json({"id": 2, "action": "safe_stop", "phase": "arm"})
                assert (await _ack(ws))["ok"] is True
                await ws.send_json(
                    {"id": 3, "action": "safe_stop", "phase": "fire", "held_ms": 300}
                )
                assert (await _ack(ws))["reason"] == "not_held"  # let go too soon
                await ws.send_json({"id": 4, "action": "safe_stop", "phase": "arm"})
                await ws.send_json(
                    {"id": 5, "action": "safe_stop", "phase": "fire", "held_ms": 9000}
                )
                assert (await _ack(ws))["ok"] is True  # the arm
                assert (await _ack(ws))["reason"] == "not_held"  # 9 s held in no time
                await ws.send_json({"id": 6, "action": "safe_stop", "phase": "arm"})
                await ws.send_json(
                    {"id": 7, "action": "safe_stop", "phase": "fire", "held_ms": 1250}
                )
                assert (await _ack(ws))["ok"] is True
                assert (await _ack(ws)) == {"type": "ack", "id": 7, "ok": True}

    asyncio.run(main())
    assert [c.action for _, c in recorder.done] == ["safe_stop"]


def test_soften_to_the_soft_landing_from_a_phone_needs_the_hold(
    served: tuple[RemoteServer, Recorder],
) -> None:
    server, recorder = served

    async def main() -> list[dict[str, Any]]:
        async with aiohttp.ClientSession() as http:
            token = await _pair(http, server, "Kim")
            async with http.ws_connect(
                server.url + "api/live", headers={**_origin(server), **_cookie(token)}
            ) as ws:
                server.publish({"state": "running", "soften": 1})
                assert await _next_state(ws) == "running"
                await ws.send_json({"id": 1, "action": "soften"})  # to level 2: a tap
                first = await _ack(ws)
                server.publish({"state": "running", "soften": 2})
                assert await _next_state(ws) == "running"
                await ws.send_json({"id": 2, "action": "soften"})  # to the soft landing: no
                second = await _ack(ws)
                await ws.send_json({"id": 3, "action": "soften", "phase": "arm"})
                await ws.send_json({"id": 4, "action": "soften", "phase": "fire", "held_ms": 900})
                return [first, second, await _ack(ws), await _ack(ws)]

    first, tapped, armed, held = asyncio.run(main())
    assert first["ok"] and armed["ok"] and held["ok"]
    assert tapped["reason"] == "not_held" and "Soften pressed and held" in tapped["message"]
    assert [c.action for _, c in recorder.done] == ["soften", "soften"]


def test_a_token_overheard_and_sent_from_another_machine_is_refused(
    served: tuple[RemoteServer, Recorder],
) -> None:
    server, recorder = served

    async def main() -> None:
        async with aiohttp.ClientSession() as http:
            token = await _pair(http, server, "Kim")
        # another machine on the network (here: another loopback address) with Kim's token
        other = aiohttp.TCPConnector(local_addr=("127.0.0.2", 0))
        async with aiohttp.ClientSession(connector=other) as thief:
            async with thief.get(server.url + "api/me", headers=_cookie(token)) as me:
                assert me.status == 401
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await thief.ws_connect(
                    server.url + "api/live", headers={**_origin(server), **_cookie(token)}
                )
            assert refused.value.status == 401

    asyncio.run(main())
    assert _refusals(server) == ["other_address", "other_address"]
    assert recorder.done == []


class BusyConsole:
    """A console that answers only when told: its first press keeps it busy."""

    def __init__(self) -> None:
        self.presses: list[tuple[str, concurrent.futures.Future[str | None]]] = []
        self.second_arrived = threading.Event()

    def __call__(self, device: Device, command: Command) -> concurrent.futures.Future[str | None]:
        future: concurrent.futures.Future[str | None] = concurrent.futures.Future()
        self.presses.append((command.action.value, future))
        if len(self.presses) == 2:
            self.second_arrived.set()
        return future


def test_a_double_tap_is_one_go_and_the_answers_keep_their_order(tmp_path: Path) -> None:
    """The phone's second GO, right after the first, is the same press: answered by the
    server as the console would, never passed on (so a phone never uses up the laptop's
    own GO). The answers come back in the order the presses were sent, the first after
    the busy console has answered."""
    console = BusyConsole()
    server = RemoteServer(HOST, Pairing(), AuditLog(None), console)
    server.start()

    async def main() -> list[dict[str, Any]]:
        async with aiohttp.ClientSession() as http:
            token = await _pair(http, server, "Kim's phone")
            async with http.ws_connect(
                server.url + "api/live", headers={**_origin(server), **_cookie(token)}
            ) as ws:
                assert (await ws.receive_json())["type"] == "hello"
                await ws.send_json({"id": 1, "action": "go"})
                await ws.send_json({"id": 2, "action": "go"})
                await ws.send_json({"id": 3, "action": "pause"})
                arrived = await asyncio.to_thread(console.second_arrived.wait, 5)
                assert arrived, "the pause waited for the GO's answer"
                console.presses[1][1].set_result(None)
                console.presses[0][1].set_result(None)  # the busy console answers last
                return [await _ack(ws), await _ack(ws), await _ack(ws)]

    try:
        first, second, third = asyncio.run(main())
    finally:
        server.stop()
    assert [a["id"] for a in (first, second, third)] == [1, 2, 3]
    assert first["ok"] and third["ok"]
    assert second["reason"] == "pressed_twice" and "twice" in second["message"]
    assert [action for action, _ in console.presses] == ["go", "pause"]
