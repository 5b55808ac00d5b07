"""What the participants' room leaves behind: no network address, phone id or user agent
in any file the server writes (the remote's audit log) or on stderr, even when it turns
connections away, nor in the data folder (the database) or the reports after a real
session; what the console reads (``tally()``) holds counts and times only. And a phone
that floods its socket is cut off without touching the others."""

from __future__ import annotations

import asyncio
import json
import socket
from pathlib import Path

import aiohttp
import pytest
from pytestqt.qtbot import QtBot

from tearconsole.core.checkin import StartInfo
from tearconsole.paths import AppPaths
from tearconsole.remote.audit import AuditLog
from tearconsole.remote.connections import Limits
from tearconsole.remote.participants import Room
from tearconsole.remote.room_server import ROOM_COOKIE
from tearconsole.remote.server import CLOSE_FLOODED, start_room_server
from tearconsole.storage.db import Database
from tearconsole.ui.app import make_application
from tearconsole.ui.live.page import LivePage
from tests.cli import run_cli
from tests.live_plans import Step, make_plan

HOST = "127.0.0.1"
AGENT = "PrivacyProbe/7.7 (a participant's phone)"


async def _phone(http: aiohttp.ClientSession, origin: str, code: str) -> dict[str, str]:
    async with http.post(
        origin + "/api/room/join", json={"code": code}, headers={"Origin": origin}
    ) as joined:
        assert joined.status == 200
        return {"Origin": origin, "Cookie": f"{ROOM_COOKIE}={joined.cookies[ROOM_COOKIE].value}"}


async def _say_all(
    http: aiohttp.ClientSession, origin: str, code: str, messages: list[object]
) -> str:
    """A phone joins, says each of ``messages`` and reads each answer; its id."""
    headers = await _phone(http, origin, code)
    async with http.ws_connect(origin + "/api/room/live", headers=headers) as ws:
        await ws.receive_str(timeout=5)
        for message in messages:
            await ws.send_str(json.dumps(message))
            await ws.receive_str(timeout=5)
    return headers["Cookie"].split("=", 1)[1]


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
                said: list[object] = [
                    {"id": 1, "type": "score", "phase": "check_in", "value": n},
                    {"id": 2, "type": "signal", "signal": "softer"},
                    {"id": 3, "action": "go"},  # refused, and logged
                    {"id": 4, "type": "score", "phase": "check_in", "value": 99},
                    "not json",
                ]
                ids.append(await _say_all(http, origin, room.code, said))
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


PHONE_FROM = "127.0.0.77"  # the participants' address, unlike the laptop's own


def test_a_session_with_phones_leaves_no_trace_of_them(
    qtbot: QtBot, paths: AppPaths, tmp_path: Path
) -> None:
    """A real session on the console, its remote on, and phones in its room: afterwards
    no participant's address, phone id or user agent is in any file of the data folder
    (the database with its journal, the remote's log) or in the session's reports."""
    make_application()
    db = Database.open(paths)
    plan = make_plan(db, "Circle", [Step("card", seconds=600, cue={"continue_mode": "go"})])
    page = LivePage(db, ask_start=lambda *_: StartInfo())
    page.ask_end = lambda *_: None  # type: ignore[method-assign]  # no end dialog
    qtbot.addWidget(page)
    console = page.open_plan(plan)
    assert console is not None
    sid = console.runner.session_id
    remote = page.start_remote("127.0.0.1")
    room = Room()
    server = start_room_server("127.0.0.1", room, audit=remote.audit)
    origin = server.url.rstrip("/")
    ids: list[str] = []

    async def phones() -> None:
        connector = aiohttp.TCPConnector(local_addr=(PHONE_FROM, 0))
        async with aiohttp.ClientSession(
            connector=connector, headers={"User-Agent": AGENT}
        ) as http:
            for n in range(4):
                said: list[object] = [
                    {"id": 1, "type": "score", "phase": "check_in", "value": n},
                    {"id": 2, "type": "signal", "signal": "break"},
                    {"id": 3, "action": "safe_stop", "phase": "arm"},
                ]
                ids.append(await _say_all(http, origin, room.code, said))
            async with http.post(origin + "/api/room/join", json={"code": "?"}, headers={}):
                pass

    try:
        asyncio.run(phones())
    finally:
        server.stop()
    page._finish()
    qtbot.waitUntil(lambda: page.console is None, timeout=5000)
    page.shutdown()
    db.close()
    for fmt in ("html", "csv"):
        done = run_cli(
            "report", str(sid), "--format", fmt, "-o", str(tmp_path / f"report.{fmt}"),
            data_dir=paths.data_dir,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr

    files = [p for p in (*paths.data_dir.rglob("*"), *tmp_path.glob("report*")) if p.is_file()]
    assert any(p.suffix == ".html" for p in files) and any("remote" in p.name for p in files)
    assert b"bad_action" in b"".join(p.read_bytes() for p in files)  # refusals were written
    for path in files:
        data = path.read_bytes()
        for secret in (PHONE_FROM, AGENT, "PrivacyProbe", *ids):
            assert secret.encode() not in data, (secret, path)
    assert room.tally().phones == 4 and len(room.tally().signals) == 4
