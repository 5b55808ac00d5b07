"""The phone remote's latency on loopback: a press on the phone to the conductor acting.

The real Live page and console (conductor, libVLC with dummy outputs, the event log in
SQLite) run a plan whose first cue is a long card; the remote listens on 127.0.0.1. A
client on its own thread (aiohttp, as a phone's browser would: pair, then the
WebSocket) presses Hold again and again (hold, release, ...: each press one logged
conductor action), one press at a time, 250 ms apart (a phone may send a few a
second). Measured per press, on one clock (``time.perf_counter``, same process):

- press -> conductor acted: the message sent, to ``Conductor.hold`` returning on the
  GUI thread (logged and done);
- press -> ack: the phone hears it was done;
- press -> state: the phone receives a state showing the change (the console redraws
  every 100 ms, and the remote sends what it drew).

    .venv/bin/python bench/remote_latency.py --presses 100
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TEARCONSOLE_VLC_OPTIONS", "--aout=dummy")

import aiohttp  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent))
from benchkit import wait_until  # noqa: E402
from eventlog import machine, percentile  # noqa: E402
from remotekit import open_console  # noqa: E402
from tearconsole.remote.server import COOKIE  # noqa: E402
from tearconsole.ui.app import make_application  # noqa: E402

#: Between presses: within the rate a phone is allowed (remote.throttle.RATE_PER_S).
GAP_S = 0.25


async def press_repeatedly(url: str, code: str, presses: int, out: dict[str, Any]) -> None:
    origin = {"Origin": url.rstrip("/")}
    async with aiohttp.ClientSession() as http:
        async with http.post(
            url + "api/pair", json={"code": code, "name": "bench"}, headers=origin
        ) as paired:
            token = paired.cookies[COOKIE].value
        headers = {**origin, "Cookie": f"{COOKIE}={token}"}
        async with http.ws_connect(url + "api/live", headers=headers) as ws:
            held = None
            for n in range(presses):
                await asyncio.sleep(GAP_S)
                sent = time.perf_counter()
                out["sent"].append(sent)
                await ws.send_json({"id": n, "action": "hold"})
                acked = seen = None
                while acked is None or seen is None:
                    message = await ws.receive_json(timeout=10)
                    now = time.perf_counter()
                    if message["type"] == "ack" and message["id"] == n:
                        acked = now
                    elif message["type"] == "state" and message["held"] != held:
                        held = message["held"]
                        seen = now
                out["ack"].append(acked - sent)
                out["state"].append(seen - sent)
    out["done"] = True


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--presses", type=int, default=100)
    args = parser.parse_args()
    app = make_application()
    with tempfile.TemporaryDirectory() as temp:
        bench = open_console(Path(temp), time.perf_counter)
        remote, acted = bench.remote, bench.acted
        out: dict[str, Any] = {"sent": [], "ack": [], "state": [], "done": False}
        client = threading.Thread(
            target=asyncio.run,
            args=(press_repeatedly(remote.url, remote.code, args.presses, out),),
            daemon=True,
        )
        client.start()
        wait_until(app, lambda: out["done"], timeout_s=args.presses * (GAP_S + 2.0))
        client.join(5)
        act_ms = [(a - s) * 1000 for s, a in zip(out["sent"], acted, strict=True)]
        bench.close()
    print(f"machine: {machine()}")
    print(
        f"presses: {args.presses} (Hold, one at a time, {GAP_S * 1000:.0f} ms apart) on 127.0.0.1"
    )
    for name, values in (
        ("press -> conductor acted", act_ms),
        ("press -> ack on the phone", [v * 1000 for v in out["ack"]]),
        ("press -> new state on the phone", [v * 1000 for v in out["state"]]),
    ):
        print(
            f"{name}: p50 {percentile(values, 0.5):.2f} ms, p99 {percentile(values, 0.99):.2f} ms,"
            f" max {max(values):.2f} ms"
        )


if __name__ == "__main__":
    main()
