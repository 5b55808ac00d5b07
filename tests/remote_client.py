"""A phone as a plain HTTP client, for the remote's tests: pair it, and flood the
console from it (bounded: a few thousand messages, then it waits to be closed)."""

from __future__ import annotations

import aiohttp

from tearconsole.remote.server import COOKIE


async def pair(http: aiohttp.ClientSession, url: str, code: str, name: str) -> dict[str, str]:
    """Pair ``name`` with ``code`` at the remote's ``url``; the headers its WebSocket needs."""
    origin = {"Origin": url.rstrip("/")}
    async with http.post(
        url + "api/pair", json={"code": code, "name": name}, headers=origin
    ) as response:
        assert response.status == 200, await response.text()
        return {**origin, "Cookie": f"{COOKIE}={response.cookies[COOKIE].value}"}


async def flood(
    http: aiohttp.ClientSession,
    url: str,
    headers: dict[str, str],
    actions: tuple[str, ...],
    count: int = 3000,
) -> int | None:
    """Send ``count`` messages as fast as the socket takes them (until the server stops
    reading); the code the server closed the WebSocket with."""
    async with http.ws_connect(url + "api/live", headers=headers) as ws:
        try:
            for n in range(count):
                if ws.closed:
                    break
                await ws.send_str(f'{{"id": {n}, "action": "{actions[n % len(actions)]}"}}')
        except (ConnectionError, aiohttp.ClientError):
            pass  # cut by the server
        while (await ws.receive(timeout=10)).type not in (
            aiohttp.WSMsgType.CLOSE,
            aiohttp.WSMsgType.CLOSED,
        ):
            pass
        return ws.close_code
