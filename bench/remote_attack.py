"""The phone remote under attack, measured from the live console's side.

The real Live page and console (conductor, libVLC with dummy outputs, the event log in
SQLite, offscreen Qt) run a plan whose first cue is a long card, with the remote on
127.0.0.1. Another process (so that its own work does not take the console's CPU or
Python's lock) plays every device on loopback addresses:

- a paired controller phone at 127.0.0.4 sending messages as fast as its socket takes
  them (GO, extend, soften, restore) until the server drops it;
- 400 idle sockets from 127.0.0.2 that never send a byte, re-opened as soon as they are
  closed, for the whole run;
- 20 paired viewer phones (127.0.0.10 ...), each holding its WebSocket and reading;
- a legitimate controller phone at 127.0.0.3 pressing Hold every 300 ms (hold, release...).

Measured in the console's process while it lasts: the longest stall of its GUI thread (a
5 ms ``PreciseTimer``: the largest gap minus 5 ms), each legitimate press from the phone
sending it to ``Conductor.hold`` returning on the GUI thread (one clock for both
processes: ``time.monotonic``, system-wide), the events the session's record gained
(from the flooding phone, and in all), the process's resident memory growth, and the
garbage collections that took over 10 ms (a full collection stops every thread).

    .venv/bin/python bench/remote_attack.py --seconds 15
    .venv/bin/python bench/remote_attack.py --seconds 15 --calm   # the same, no attack
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TEARCONSOLE_VLC_OPTIONS", "--aout=dummy")

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent))

LEGIT, FLOODER, IDLE_FROM = "127.0.0.3", "127.0.0.4", "127.0.0.2"
VIEWERS = 20
IDLE_SOCKETS = 400
PRESS_EVERY_S = 0.3
PROBE_MS = 5


# -- the devices (their own process) -----------------------------------------------------
async def _pair(url: str, source: str, name: str, role: str) -> tuple[Any, dict[str, str]]:
    """Ask the console for a code (on stdout), pair ``name`` from ``source``: its session
    and the headers its WebSocket needs."""
    import aiohttp

    print(json.dumps({"code_for": role}), flush=True)
    code = (await asyncio.to_thread(sys.stdin.readline)).strip()
    http = aiohttp.ClientSession(connector=aiohttp.TCPConnector(local_addr=(source, 0)))
    origin = {"Origin": url.rstrip("/")}
    async with http.post(
        url + "api/pair", json={"code": code, "name": name}, headers=origin
    ) as paired:
        assert paired.status == 200, await paired.text()
        token = paired.cookies["tearconsole_remote"].value
    return http, {**origin, "Cookie": f"tearconsole_remote={token}"}


async def _read_all(ws: Any) -> None:
    async for _ in ws:
        pass


async def _idle_sockets(port: int, until: float, stats: dict[str, int]) -> None:
    """Keep ``IDLE_SOCKETS`` sockets open from ``IDLE_FROM``, re-opening closed ones."""
    held: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []
    while time.monotonic() < until:
        held = [(r, w) for r, w in held if not r.at_eof() and not w.is_closing()]
        for _ in range(IDLE_SOCKETS - len(held)):
            try:
                pair = await asyncio.wait_for(
                    asyncio.open_connection("127.0.0.1", port, local_addr=(IDLE_FROM, 0)), 2
                )
            except (OSError, TimeoutError):
                stats["refused"] += 1
                continue
            stats["opened"] += 1
            held.append(pair)
        await asyncio.sleep(0.2)
    for _, writer in held:
        writer.close()


async def _flood(ws: Any, stats: dict[str, int]) -> None:
    actions = ("go", "extend", "soften", "restore")
    reading = asyncio.ensure_future(_read_all(ws))
    n = 0
    try:
        while not ws.closed:
            await ws.send_str(f'{{"id": {n}, "action": "{actions[n % 4]}"}}')
            n += 1
    except (ConnectionError, RuntimeError):
        pass
    stats["flood_sent"] = n
    await asyncio.gather(reading, return_exceptions=True)
    stats["flood_close_code"] = ws.close_code or 0


async def _press(ws: Any, until: float, sent: list[float]) -> None:
    n = 0
    reading = asyncio.ensure_future(_read_all(ws))
    while time.monotonic() < until:
        sent.append(time.monotonic())
        await ws.send_json({"id": n, "action": "hold"})
        n += 1
        await asyncio.sleep(PRESS_EVERY_S)
    reading.cancel()


async def devices(url: str, port: int, seconds: float, calm: bool) -> None:
    legit, legit_headers = await _pair(url, LEGIT, "Facilitator", "controller")
    flooder, flood_headers = await _pair(url, FLOODER, "Flooder", "controller")
    viewers = [
        await _pair(url, f"127.0.0.{10 + n}", f"Viewer {n}", "viewer") for n in range(VIEWERS)
    ]
    watching = [await http.ws_connect(url + "api/live", headers=h) for http, h in viewers]
    readers = [asyncio.ensure_future(_read_all(ws)) for ws in watching]
    legit_ws = await legit.ws_connect(url + "api/live", headers=legit_headers)
    flood_ws = await flooder.ws_connect(url + "api/live", headers=flood_headers)
    print(json.dumps({"ready": True}), flush=True)
    await asyncio.to_thread(sys.stdin.readline)  # the console's probe is running
    until = time.monotonic() + seconds
    stats = {"opened": 0, "refused": 0}
    sent: list[float] = []
    stats.update(flood_sent=0, flood_close_code=0)
    attacks = [] if calm else [_idle_sockets(port, until, stats), _flood(flood_ws, stats)]
    await asyncio.gather(*attacks, _press(legit_ws, until, sent))
    stats["viewers_connected"] = sum(not ws.closed for ws in watching)
    for ws in [*watching, legit_ws, flood_ws]:
        await ws.close()
    for reader in readers:
        reader.cancel()
    for http in [legit, flooder, *(h for h, _ in viewers)]:
        await http.close()
    print(json.dumps({"sent": sent, "stats": stats}), flush=True)


# -- the console (this process) ----------------------------------------------------------
def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--calm", action="store_true", help="no attack: the baseline")
    parser.add_argument("--devices", nargs=2, metavar=("URL", "PORT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.devices:
        asyncio.run(devices(args.devices[0], int(args.devices[1]), args.seconds, args.calm))
        return

    from sqlalchemy import func, select

    from benchkit import machine
    from eventlog import percentile
    from remotekit import Devices, FloorProbe, GuiProbe, open_console
    from tearconsole.platform.open_files import raise_open_file_limit
    from tearconsole.storage.models import Event
    from tearconsole.ui.app import make_application

    raise_open_file_limit()
    app = make_application()
    with tempfile.TemporaryDirectory() as temp:
        bench = open_console(Path(temp), time.monotonic)
        db, console, remote, acted = bench.db, bench.console, bench.remote, bench.acted
        pairing = remote.pairing
        assert pairing is not None and remote.server is not None
        flooded: list[str] = []
        flooded_at: list[float] = []
        remote.flooded.connect(flooded.append)
        remote.flooded.connect(lambda _: flooded_at.append(time.monotonic()))
        extra = [remote.url, str(remote.server.port)]
        phones_process = Devices.start(app, __file__, args.seconds, extra, args.calm, pairing)
        sid = console.runner.session_id

        def events(device: str | None = None) -> int:
            with db.session() as session:
                query = select(func.count()).select_from(Event).where(Event.session_id == sid)
                if device is not None:
                    query = query.where(Event.detail_json.contains(f'"device":"{device}"'))
                return int(session.scalar(query) or 0)

        events_before, rss_before = events(), rss_mb()
        probe, floor = GuiProbe(PROBE_MS), FloorProbe(PROBE_MS)
        probe.start()
        floor.start()
        report = phones_process.run(args.seconds)
        probe.stop()
        floor.stop()
        rss_after = rss_mb()
        sent = report["sent"]
        latencies = [(a - s) * 1000 for s, a in zip(sent, acted, strict=False)]
        flood_events, all_events = events("Flooder"), events() - events_before
        legit_events = events("Facilitator")
        with db.session() as session:
            rows = session.execute(
                select(Event.kind, Event.mono_s, Event.detail_json).where(Event.session_id == sid)
            ).all()
        others = [
            (kind, round(mono, 2))
            for kind, mono, detail in rows
            if '"Facilitator"' not in (detail or "")
        ]
        phones_process.child.wait(30)
        bench.close()
    print(f"machine: {machine()}")
    if args.calm:
        print("calm: no attack (the viewers and the legitimate phone only)")
    print(
        f"attack: {args.seconds:.0f} s; a controller phone flooding, {IDLE_SOCKETS} idle sockets"
        f" from {IDLE_FROM} (re-opened when closed), {VIEWERS} viewer phones; a legitimate"
        f" phone pressing Hold every {PRESS_EVERY_S * 1000:.0f} ms"
    )
    print(
        f"flood: {report['stats']['flood_sent']} messages sent before the server closed it"
        f" (code {report['stats']['flood_close_code']}); console told {len(flooded)} time(s)"
    )
    print(
        f"idle sockets: {report['stats']['opened']} opened, {report['stats']['refused']} could"
        f" not connect; viewers still connected at the end:"
        f" {report['stats']['viewers_connected']}/{VIEWERS}"
    )
    print(
        f"GUI thread: longest stall {probe.stall_ms:.1f} ms"
        f" ({len(probe.gaps)} ticks of {PROBE_MS} ms)"
    )
    print(f"longest gaps (s into the run, ms): {probe.worst()}")
    print(
        f"the machine's own floor (a process sleeping {PROBE_MS} ms at a time): longest"
        f" {floor.stall_ms:.1f} ms late, {floor.late()} of {len(floor.gaps)} late by more"
        " than 16 ms"
    )
    print(
        f"legitimate press -> conductor acted: {len(latencies)}/{len(sent)} presses,"
        f" p50 {percentile(latencies, 0.5):.2f} ms, p99 {percentile(latencies, 0.99):.2f} ms,"
        f" max {max(latencies):.2f} ms"
    )
    print(
        f"session record: +{all_events} events ({flood_events} from the flooding phone,"
        f" {legit_events} from the legitimate one)"
    )
    print(f"events not from the legitimate phone: {others}")
    print(f"flood told at: {[round(t - probe.began, 2) for t in flooded_at]} s into the run")
    print(
        f"garbage collections over 10 ms (s into the run:generation:ms): {probe.slow_collections()}"
    )
    print(
        f"memory (RSS): {rss_before:.0f} MB -> {rss_after:.0f} MB"
        f" ({rss_after - rss_before:+.1f} MB)"
    )


if __name__ == "__main__":
    main()
