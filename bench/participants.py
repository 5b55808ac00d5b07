"""Participants' phones at their limits, measured from the live console's side.

The real Live page and console (conductor, libVLC with dummy outputs, the event log in
SQLite, offscreen Qt) run a plan whose first cue is a long card, with the phone remote
on 127.0.0.1 and the participants' room served beside it (``start_room_server``, the
same address). The room's ``on_change`` reaches the GUI thread as the console's
``Nudge``, whose slot reads ``Room.tally()``: the way the console hears the room. Another process
(so that its own work does not take the console's CPU or Python's lock) plays:

- 40 participant phones, each from its own loopback address (127.0.1.1 ...): join, give
  a check-in score, then press a signal every ``PRESS_EVERY_S`` (one each 30 s is heard,
  the rest refused "too soon": every phone signals at its rate limit);
- a paired controller phone at 127.0.0.3 pressing Hold every 300 ms.

Measured in the console's process: the longest stall of its GUI thread (a 5 ms
``PreciseTimer``: the largest gap minus 5 ms); each heard signal from the phone's send to
the GUI thread's ``tally()`` first showing it (one clock for both processes:
``time.monotonic``, system-wide; signals matched in order of arrival) and from the
server's receipt to the GUI thread; each controller press to ``Conductor.hold`` returning.

    .venv/bin/python bench/participants.py --seconds 65
    .venv/bin/python bench/participants.py --seconds 65 --calm   # no participants: the floor
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

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TEARCONSOLE_VLC_OPTIONS", "--aout=dummy")

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent))

from remote_attack import _pair, _press  # noqa: E402 (after the path)

PHONES = 40
PRESS_EVERY_S = 1.0
PROBE_MS = 5
SIGNALS = ("softer", "break", "ok")


# -- the phones (their own process) ------------------------------------------------------
async def _participant(n: int, url: str, code: str, until: float, heard: list[float]) -> None:
    import aiohttp

    origin = {"Origin": url.removesuffix("/room")}
    source = f"127.0.1.{n + 1}"
    async with aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(local_addr=(source, 0))
    ) as http:
        async with http.post(
            origin["Origin"] + "/api/room/join", json={"code": code}, headers=origin
        ) as joined:
            assert joined.status == 200, await joined.text()
            phone = joined.cookies["tearconsole_room"].value
        headers = {**origin, "Cookie": f"tearconsole_room={phone}"}
        async with http.ws_connect(origin["Origin"] + "/api/room/live", headers=headers) as ws:
            await ws.receive_str()  # the room's state
            await ws.send_json({"id": 0, "type": "score", "phase": "check_in", "value": n % 11})
            await ws.receive_str()
            await asyncio.sleep(n * PRESS_EVERY_S / PHONES)  # the phones spread over a second
            ref = 1
            while time.monotonic() < until:
                sent = time.monotonic()
                signal = SIGNALS[(n + ref) % 3]
                await ws.send_json({"id": ref, "type": "signal", "signal": signal})
                answer = json.loads(await ws.receive_str())
                if answer.get("ok"):
                    heard.append(sent)
                ref += 1
                await asyncio.sleep(max(0.0, sent + PRESS_EVERY_S - time.monotonic()))


async def devices(remote_url: str, room_url: str, code: str, seconds: float, phones: int) -> None:
    legit, legit_headers = await _pair(remote_url, "127.0.0.3", "Facilitator", "controller")
    legit_ws = await legit.ws_connect(remote_url + "api/live", headers=legit_headers)
    print(json.dumps({"ready": True}), flush=True)
    await asyncio.to_thread(sys.stdin.readline)  # the console's probe is running
    until = time.monotonic() + seconds
    heard: list[float] = []
    pressed: list[float] = []
    await asyncio.gather(
        _press(legit_ws, until, pressed),
        *(_participant(n, room_url, code, until, heard) for n in range(phones)),
    )
    await legit_ws.close()
    await legit.close()
    print(json.dumps({"heard": sorted(heard), "pressed": pressed}), flush=True)


# -- the console (this process) ----------------------------------------------------------
def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=65.0)
    parser.add_argument("--calm", action="store_true", help="the controller phone only")
    parser.add_argument("--devices", nargs=3, metavar=("REMOTE", "ROOM", "CODE"))
    args = parser.parse_args()
    phones = 0 if args.calm else PHONES
    if args.devices:
        asyncio.run(devices(*args.devices, args.seconds, phones))
        return

    from benchkit import machine, run_until
    from eventlog import percentile
    from remotekit import Devices, FloorProbe, GuiProbe, open_console
    from tearconsole.platform.open_files import raise_open_file_limit
    from tearconsole.remote.participants import Phase, Room
    from tearconsole.remote.server import start_room_server
    from tearconsole.ui.app import make_application
    from tearconsole.ui.nudge import Nudge

    raise_open_file_limit()
    app = make_application()
    with tempfile.TemporaryDirectory() as temp:
        bench = open_console(Path(temp), time.monotonic)
        remote, acted = bench.remote, bench.acted
        pairing = remote.pairing
        assert pairing is not None and remote.server is not None
        seen: list[tuple[float, float]] = []  # (the room heard it, the GUI thread saw it)

        def on_gui_thread() -> None:
            now = time.monotonic()
            for at, _ in room.tally().signals[len(seen) :]:
                seen.append((at, now))

        room = Room(on_change=Nudge(on_gui_thread))
        room_server = start_room_server("127.0.0.1", room)
        extra = [remote.url, room_server.room_url, room.code]
        phones_process = Devices.start(app, __file__, args.seconds, extra, args.calm, pairing)
        probe, floor = GuiProbe(PROBE_MS), FloorProbe(PROBE_MS)
        probe.start()
        floor.start()
        report = phones_process.run(args.seconds)
        run_until(lambda: len(seen) >= len(report["heard"]), timeout_s=5, check_ms=10)
        probe.stop()
        floor.stop()
        tally = room.tally()
        phones_process.child.wait(30)
        room_server.stop()
        bench.close()
    to_gui = [(gui - sent) * 1000 for sent, (_, gui) in zip(report["heard"], seen, strict=True)]
    server_to_gui = [(gui - at) * 1000 for at, gui in seen]
    pressed = report["pressed"]
    presses = [(a - s) * 1000 for s, a in zip(pressed, acted, strict=False)]
    print(f"machine: {machine()}")
    print(
        f"{args.seconds:.0f} s; {phones} participant phones (one loopback address each) pressing"
        f" a signal every {PRESS_EVERY_S:.0f} s (one per 30 s heard), a controller phone"
        " pressing Hold every 300 ms"
    )
    print(
        f"room: {tally.phones} phones, {tally.count(Phase.CHECK_IN)} check-in scores,"
        f" {len(tally.signals)} signals heard"
    )
    print(f"GUI thread: longest stall {probe.stall_ms:.1f} ms ({len(probe.gaps)} ticks)")
    print(f"longest gaps (s into the run, ms): {probe.worst()}")
    over = sum(1 for gap in probe.gaps if gap - PROBE_MS > 16)
    print(f"ticks late by more than 16 ms: {over}")
    print(
        f"the machine's own floor (a process sleeping {PROBE_MS} ms at a time): longest"
        f" {floor.stall_ms:.1f} ms late, {floor.late()} of {len(floor.gaps)} late by more"
        " than 16 ms"
    )
    print(f"garbage collections over 10 ms (s:generation:ms): {probe.slow_collections()}")
    print(
        f"signal sent -> GUI thread's tally(): {len(to_gui)} signals,"
        f" p50 {percentile(to_gui, 0.5):.2f} ms, p99 {percentile(to_gui, 0.99):.2f} ms,"
        f" max {max(to_gui):.2f} ms (server -> GUI p99"
        f" {percentile(server_to_gui, 0.99):.2f} ms)"
        if to_gui
        else "signal sent -> GUI thread's tally(): no participants"
    )
    print(
        f"controller press -> conductor acted: {len(presses)}/{len(pressed)},"
        f" p50 {percentile(presses, 0.5):.2f} ms, p99 {percentile(presses, 0.99):.2f} ms"
    )


if __name__ == "__main__":
    main()
