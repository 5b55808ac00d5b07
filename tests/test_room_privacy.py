"""What the participants' room leaves behind: no network address, phone id or user agent
in any file the server writes (the remote's audit log) or on stderr, even when it turns
connections away; what the console reads (``tally()``) holds counts and times only. And
a phone that floods its socket is cut off without touching the others."""

from __future__ import annotations

import asyncio
import json
import socket
from pathlib import Path

import aiohttp
import pytest

from tearconsole.remote.audit import AuditLog
from tearconsole.remote.connections import Limits
from tearconsole.remote.participants import Room
from tearconsole.remote.room_server import ROOM_COOKIE, start_room_server
from tearconsole.remote.server import CLOSE_FLOODED

HOST = "127.0.0.1"
AGENT = "PrivacyProbe/7.7 (a participant's phone)"


async def _phone(http: aiohttp.ClientSession, origin: str, code: str) -> dict[str, str]:
    async with http.post(
        origin + "/api/room/join", json={"code": code}, headers={"Origin": origin}
    ) as joined:
        assert joined.status == 200
        return {"Origin": origin, "Cookie": f"{ROOM_COOKIE}={joined.cookies[ROOM_COOKIE].value}"}


def test_no_address_phone_id_or_user_agent_is_written(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    room = Room()
    log = tmp_path / "data" / "remote.log"
    log.parent.mkdir()
    server = start_room_server(
        HOST, room, audit=AuditLog(log), limits=Limits(total=64, per_address=6)
    )
    origin = server.url.rstrip("/")
    ids: list[str] = []

    async def session() -> None:
        async with aiohttp.ClientSession(headers={"User-Agent": AGENT}) as http:
            for n in range(3):
                headers = await _phone(http, origin, room.code)
                ids.append(headers["Cookie"].split("=", 1)[1])
                async with http.ws_connect(origin + "/api/room/live", headers=headers) as ws:
                    await ws.receive_str(timeout=5)
                    for message in (
                        {"id": 1, "type": "score", "phase": "check_in", "value": n},
                        {"id": 2, "type": "signal", "signal": "softer"},
                        {"id": 3, "action": "go"},  # refused, and logged
                        {"id": 4, "type": "score", "phase": "check_in", "value": 99},
                        "not json",
                    ):
                        await ws.send_str(json.dumps(message))
                        await ws.receive_str(timeout=5)
            async with http.post(  # a wrong code, another origin: refused, logged
                origin + "/api/room/join", json={"code": "?????"}, headers={"Origin": origin}
            ):
                pass
            async with http.post(
                origin + "/api/room/join", json={"code": room.code}, headers={"Origin": "x"}
            ):
                pass

    asyncio.run(session())
    # more sockets from one address than the server keeps: turned away, and logged
    held = [socket.create_connection((HOST, server.port)) for _ in range(12)]
    try:
        # an idle socket turned away is closed without a word: wait for that one
        held[-1].settimeout(5)
        assert held[-1].recv(1) == b""
    finally:
        for sock in held:
            sock.close()
    server.stop()

    written = {path: path.read_text("utf-8") for path in tmp_path.rglob("*") if path.is_file()}
    written["stderr"] = capfd.readouterr().err
    everything = "\n".join(written.values())
    for word in ("bad_action", "bad_code", "bad_origin", "too_many_from_one_address"):
        assert word in everything, word  # the refusals are written...
    for secret in (HOST, AGENT, "PrivacyProbe", *ids):
        for where, text in written.items():
            assert secret not in text, (secret, where)  # ...never who or from where
    tally = repr(room.tally())
    assert all(secret not in tally for secret in (HOST, *ids))
    assert room.tally().phones == 3 and len(room.tally().signals) == 3


def test_a_flooding_phone_is_cut_off_and_the_others_go_on(tmp_path: Path) -> None:
    room = Room()
    server = start_room_server(HOST, room, audit=AuditLog(tmp_path / "remote.log"))
    origin = server.url.rstrip("/")

    async def session() -> tuple[int | None, bool]:
        async with aiohttp.ClientSession() as http:
            flooder = await _phone(http, origin, room.code)
            calm = await _phone(http, origin, room.code)
            async with http.ws_connect(origin + "/api/room/live", headers=flooder) as ws:
                await ws.receive_str(timeout=5)
                try:
                    for n in range(400):
                        await ws.send_str(json.dumps({"id": n, "type": "signal", "signal": "ok"}))
                except (ConnectionError, aiohttp.ClientError):
                    pass
                while (await ws.receive(timeout=10)).type not in (
                    aiohttp.WSMsgType.CLOSE,
                    aiohttp.WSMsgType.CLOSED,
                ):
                    pass
                code = ws.close_code
            async with http.ws_connect(origin + "/api/room/live", headers=calm) as ws:
                await ws.receive_str(timeout=5)
                await ws.send_str(json.dumps({"id": 1, "type": "signal", "signal": "break"}))
                answer = json.loads(await ws.receive_str(timeout=5))
            return code, bool(answer["ok"])

    try:
        code, calm_heard = asyncio.run(session())
    finally:
        server.stop()
    assert code == CLOSE_FLOODED
    assert calm_heard
    assert len(room.tally().signals) == 2  # the flood's first signal, and the calm phone's
