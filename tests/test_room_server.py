"""The participants' routes on a real socket (loopback), asked by a real HTTP client:
joining, scoring, signalling, the state pushed down, and everything refused (every
controller action, a second score, a second signal within 30 s, the 41st phone, another
origin). tests/test_room_page.py drives the page in Chromium."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from tearconsole.remote.audit import AuditLog
from tearconsole.remote.guard import RemoteAction
from tearconsole.remote.pairing import Pairing
from tearconsole.remote.participants import MAX_WRONG_PER_ADDRESS, Phase, Room, Signal
from tearconsole.remote.room_server import ROOM_COOKIE
from tearconsole.remote.room_words import care_text, page_language, page_words
from tearconsole.remote.server import COOKIE, RemoteServer, start_room_server
from tests.remote_client import pair
from tests.test_remote_server import Recorder

HOST = "127.0.0.1"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def room(clock: Clock) -> Room:
    return Room(clock=clock)


@pytest.fixture
def served(room: Room, tmp_path: Path) -> Iterator[RemoteServer]:
    server = start_room_server(HOST, room, audit=AuditLog(tmp_path / "remote.log"))
    yield server
    server.stop()


def origin(server: RemoteServer) -> dict[str, str]:
    return {"Origin": server.url.rstrip("/")}


async def join(http: aiohttp.ClientSession, server: RemoteServer, code: str) -> dict[str, str]:
    async with http.post(
        server.url + "api/room/join", json={"code": code}, headers=origin(server)
    ) as response:
        assert response.status == 200, await response.text()
        cookie = response.cookies[ROOM_COOKIE]
        assert cookie["httponly"] and cookie["samesite"] == "Strict"
        return {**origin(server), "Cookie": f"{ROOM_COOKIE}={cookie.value}"}


async def say(ws: aiohttp.ClientWebSocketResponse, message: dict[str, Any]) -> dict[str, Any]:
    await ws.send_str(json.dumps(message))
    answer: dict[str, Any] = json.loads(await ws.receive_str(timeout=5))
    assert answer["type"] == "ack" and answer["id"] == message.get("id")
    return answer


def test_a_phone_joins_scores_and_signals(served: RemoteServer, room: Room, clock: Clock) -> None:
    async def phone() -> list[dict[str, Any]]:
        async with aiohttp.ClientSession() as http:
            headers = await join(http, served, room.code.lower())  # typed in lower case
            async with http.ws_connect(served.url + "api/room/live", headers=headers) as ws:
                state = json.loads(await ws.receive_str(timeout=5))
                assert state.pop("help") == care_text("en")["text"]
                assert state == {
                    "type": "room",
                    "phase": "check_in",
                    "language": "en",
                    "ended": False,
                }
                answers = [
                    await say(ws, {"id": 1, "type": "score", "phase": "check_in", "value": 7}),
                    await say(ws, {"id": 2, "type": "score", "phase": "check_in", "value": 3}),
                    await say(ws, {"id": 3, "type": "signal", "signal": "softer"}),
                    await say(ws, {"id": 4, "type": "signal", "signal": "break"}),
                ]
                clock.now += 30
                answers.append(await say(ws, {"id": 5, "type": "signal", "signal": "break"}))
                answers.append(
                    await say(ws, {"id": 6, "type": "score", "phase": "check_out", "value": 2})
                )
                return answers

    answers = asyncio.run(phone())
    assert [a["ok"] for a in answers] == [True, False, True, False, True, False]
    assert answers[1]["reason"] == "scored"
    assert answers[3]["reason"] == "too_soon"
    assert answers[5]["reason"] == "not_open"
    tally = room.tally()
    assert tally.phones == 1
    assert tally.scores[Phase.CHECK_IN][7] == 1 and tally.count(Phase.CHECK_IN) == 1
    assert [said for _, said in tally.signals] == [Signal.SOFTER, Signal.BREAK]


def test_the_state_is_pushed_down(served: RemoteServer, room: Room) -> None:
    async def phone() -> dict[str, Any]:
        async with aiohttp.ClientSession() as http:
            headers = await join(http, served, room.code)
            async with http.ws_connect(served.url + "api/room/live", headers=headers) as ws:
                await ws.receive_str(timeout=5)
                room.set_state(phase=Phase.CHECK_OUT, language="ja", ended=True)
                pushed: dict[str, Any] = json.loads(await ws.receive_str(timeout=5))
                return pushed

    pushed = asyncio.run(phone())
    assert "0120-279-338" in pushed.pop("help")  # the Japanese hotlines, for a session in Japan
    assert pushed == {"type": "room", "phase": "check_out", "language": "ja", "ended": True}


def test_every_controller_action_is_refused(served: RemoteServer, room: Room) -> None:
    messages: list[dict[str, Any]] = [
        {"id": n, "action": action.value} for n, action in enumerate(RemoteAction)
    ]
    messages += [
        {"id": 100, "action": "go", "type": "signal", "signal": "ok"},
        {"id": 101, "type": "go"},
        {"id": 102, "type": "state"},
        {"id": 103, "action": "safe_stop", "phase": "fire", "held_ms": 900},
        {"id": 104, "action": "note", "text": "hello"},
    ]

    async def phone(said: list[dict[str, Any]]) -> list[dict[str, Any]]:
        async with aiohttp.ClientSession() as http:
            headers = await join(http, served, room.code)
            async with http.ws_connect(served.url + "api/room/live", headers=headers) as ws:
                await ws.receive_str(timeout=5)
                return [await say(ws, message) for message in said]

    async def phones() -> list[dict[str, Any]]:
        # a phone's burst is 8 messages: two phones, so each message is decided on its own
        half = len(RemoteAction)
        return await phone(messages[:half]) + await phone(messages[half:])

    answers = asyncio.run(phones())
    assert all(not a["ok"] for a in answers)
    assert [a["reason"] for a in answers[:-5]] == ["bad_action"] * len(RemoteAction)
    assert {a["reason"] for a in answers[-5:]} == {"bad_action"}
    assert room.tally().signals == ()


def test_a_room_cookie_is_no_controller_token(room: Room, tmp_path: Path) -> None:
    """The remote and the room on one server: each cookie opens its own door only, and
    the controller's pairing goes on as before."""
    pairing = Pairing()
    recorder = Recorder()
    server = RemoteServer(HOST, pairing, AuditLog(tmp_path / "remote.log"), recorder, room=room)
    server.start()

    async def phones() -> tuple[list[int], dict[str, Any]]:
        async with aiohttp.ClientSession() as http:
            headers = await join(http, server, room.code)
            phone_id = headers["Cookie"].split("=", 1)[1]
            stolen = {**origin(server), "Cookie": f"{COOKIE}={phone_id}"}
            statuses = []
            for path, asking in (("api/me", stolen), ("api/live", stolen), ("api/live", headers)):
                async with http.get(server.url + path, headers=asking) as response:
                    statuses.append(response.status)
            controller = await pair(http, server.url, pairing.new_code(), "Facilitator")
            room_with_token = {
                **origin(server),
                "Cookie": f"{ROOM_COOKIE}={controller['Cookie'].split('=', 1)[1]}",
            }
            async with http.get(server.url + "api/room/live", headers=room_with_token) as response:
                statuses.append(response.status)
            async with http.ws_connect(server.url + "api/live", headers=controller) as ws:
                await ws.receive_str(timeout=5)  # hello
                await ws.send_str(json.dumps({"id": 7, "action": "hold"}))
                while (answer := json.loads(await ws.receive_str(timeout=5)))["type"] != "ack":
                    pass
            statuses.append(len(pairing.devices()))  # the controller, and no one else
            return statuses, answer

    try:
        statuses, answer = asyncio.run(phones())
    finally:
        server.stop()
    assert statuses == [401, 401, 401, 403, 1]
    assert answer["ok"] and [c.action for _, c in recorder.done] == [RemoteAction.HOLD]


def test_the_room_alone_serves_no_controller_route(served: RemoteServer) -> None:
    async def ask() -> list[int]:
        async with aiohttp.ClientSession() as http:
            statuses = []
            for path in ("", "api/me", "api/live"):
                async with http.get(served.url + path, headers=origin(served)) as response:
                    statuses.append(response.status)
            async with http.post(
                served.url + "api/pair", json={"code": "123456"}, headers=origin(served)
            ) as response:
                statuses.append(response.status)
            return statuses

    assert asyncio.run(ask()) == [404, 404, 404, 404]


def test_joins_from_elsewhere_and_wrong_codes_are_refused(served: RemoteServer, room: Room) -> None:
    async def socket_from_elsewhere() -> None:
        async with aiohttp.ClientSession() as http:
            headers = await join(http, served, room.code)
            await http.ws_connect(
                served.url + "api/room/live", headers={**headers, "Origin": "http://evil.example"}
            )

    with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
        asyncio.run(socket_from_elsewhere())
    assert refused.value.status == 403

    async def ask_joins() -> list[tuple[int, str]]:
        async with aiohttp.ClientSession() as http:
            answers = []
            for code, headers in (
                (room.code, {"Origin": "http://evil.example"}),
                (room.code, {}),
                ("ZZZZZ" if room.code != "ZZZZZ" else "YYYYY", origin(served)),
            ):
                async with http.post(
                    served.url + "api/room/join", json={"code": code}, headers=headers
                ) as response:
                    answers.append((response.status, (await response.json())["reason"]))
            return answers

    assert asyncio.run(ask_joins()) == [
        (403, "bad_origin"),
        (403, "bad_origin"),
        (403, "bad_code"),
    ]
    assert room.tally().phones == 1  # the one that opened a socket from elsewhere


def test_the_41st_phone_is_refused_gently(room: Room, tmp_path: Path) -> None:
    """Forty phones from forty loopback addresses fill the room; the next hears why."""
    server = start_room_server(HOST, room, audit=AuditLog(tmp_path / "remote.log"))

    async def ask() -> tuple[int, dict[str, Any]]:
        async with aiohttp.ClientSession() as http:
            for n in range(40):
                room.join(room.code, f"127.0.1.{n}")  # as the server does, per address
            async with http.post(
                server.url + "api/room/join", json={"code": room.code}, headers=origin(server)
            ) as response:
                return response.status, await response.json()

    try:
        status, body = asyncio.run(ask())
    finally:
        server.stop()
    assert status == 403 and body["reason"] == "room_full"
    assert "full" in body["error"]
    assert room.tally().phones == 40


def test_no_address_reaches_the_audit_log(served: RemoteServer, room: Room, tmp_path: Path) -> None:
    async def phone() -> None:
        async with aiohttp.ClientSession() as http:
            headers = await join(http, served, room.code)
            async with http.post(
                served.url + "api/room/join", json={"code": "nope"}, headers=origin(served)
            ):
                pass
            async with http.ws_connect(served.url + "api/room/live", headers=headers) as ws:
                await ws.receive_str(timeout=5)
                await say(ws, {"id": 1, "action": "go"})

    asyncio.run(phone())
    served.stop()
    log = (tmp_path / "remote.log").read_text("utf-8")
    assert "bad_action" in log and "bad_code" in log  # refusals are written...
    assert HOST not in log  # ...never from where


@pytest.mark.parametrize(
    ("header", "language"),
    [
        ("ja-JP,ja;q=0.9,en-US;q=0.8,en;q=0.7", "ja"),
        ("en-GB,en;q=0.9,ja;q=0.8", "en"),
        ("fr-FR,fr;q=0.9,ja;q=0.5", "ja"),  # the first we speak
        ("en;q=0.2, ja;q=0.8", "ja"),  # by quality, not by order
        ("ja;q=0", "en"),  # "not Japanese"
        ("fr-FR", "en"),
        ("", "en"),
        (None, "en"),
        (";;,q=abc,ja;q=x", "en"),
    ],
)
def test_the_page_speaks_the_phones_language(header: str | None, language: str) -> None:
    assert page_language(header) == language


def test_every_word_of_the_page_is_translated_into_japanese() -> None:
    english, japanese = page_words("en"), page_words("ja")
    assert english.keys() == japanese.keys()
    untranslated = [key for key in english if english[key] == japanese[key]]
    assert untranslated == []


def test_the_page_is_served_in_the_phones_language(served: RemoteServer) -> None:
    async def ask(language: str) -> tuple[str, str, str]:
        async with (
            aiohttp.ClientSession() as http,
            http.get(served.room_url, headers={"Accept-Language": language}) as response,
        ):
            assert response.status == 200
            return (
                await response.text(),
                response.headers["Content-Language"],
                response.headers["Content-Security-Policy"],
            )

    page, language, policy = asyncio.run(ask("ja-JP,ja;q=0.9"))
    assert language == "ja" and '<html lang="ja">' in page and "会場に参加する" in page
    assert "{{" not in page and "script-src 'sha256-" in policy
    page, language, _ = asyncio.run(ask("en-GB"))
    assert language == "en" and "Join the room" in page


def test_the_code_cannot_be_guessed_from_one_address(served: RemoteServer, room: Room) -> None:
    wrong = "ZZZZZ" if room.code != "ZZZZZ" else "YYYYY"

    async def guess() -> list[str]:
        async with aiohttp.ClientSession() as http:
            reasons = []
            for code in [wrong] * MAX_WRONG_PER_ADDRESS + [room.code]:
                async with http.post(
                    served.url + "api/room/join", json={"code": code}, headers=origin(served)
                ) as response:
                    reasons.append((await response.json())["reason"])
            return reasons

    reasons = asyncio.run(guess())
    assert reasons == ["bad_code"] * MAX_WRONG_PER_ADDRESS + ["too_many_wrong"]
    assert room.tally().phones == 0
    assert room.join(room.code, "127.0.0.2")  # another address still joins
