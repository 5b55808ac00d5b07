"""Make docs/screenshots/remote-panel.png: the live console with the phone remote on, two
phones connected (a controller, then a viewer), and the remote's panel (QR code, the
code for the next phone, the paired phones with their address, role and pairing time).

Run under Xvfb with a window manager, from the repository root:
    xvfb-run -a -s "-screen 0 1366x768x24" bash -c 'openbox & sleep 1; \
        QT_QPA_PLATFORM=xcb TEARCONSOLE_VLC_OPTIONS= .venv/bin/python scripts/screenshot_remote.py'
(a PulseAudio of its own with null sinks, as on a laptop, so no "no sound output" line).
The phone's own screenshots (docs/screenshots/remote-*.png) come from the end-to-end
test: TEARCONSOLE_REMOTE_SHOTS=docs/screenshots .venv/bin/python -m pytest \
    tests/test_remote_e2e.py -k goes
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import aiohttp  # noqa: E402
from shotkit import demo_folder, wait  # noqa: E402

from tearconsole.core.checkin import StartInfo  # noqa: E402
from tearconsole.remote.network import LOOPBACK, default_route_address  # noqa: E402
from tearconsole.remote.server import COOKIE  # noqa: E402
from tearconsole.ui.app import make_application, open_window  # noqa: E402
from tests.pulsekit import PulseServer  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


async def phone(url: str, code: str, name: str, stay: threading.Event) -> None:
    origin = {"Origin": url.rstrip("/")}
    async with aiohttp.ClientSession() as http:
        async with http.post(
            url + "api/pair", json={"code": code, "name": name}, headers=origin
        ) as paired:
            token = paired.cookies[COOKIE].value
        headers = {**origin, "Cookie": f"{COOKIE}={token}"}
        async with http.ws_connect(url + "api/live", headers=headers):
            while not stay.is_set():
                await asyncio.sleep(0.1)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    app = make_application()
    with tempfile.TemporaryDirectory() as temp:
        pulse = PulseServer(Path(temp) / "pulse")
        os.environ["PULSE_SERVER"] = pulse.server
        paths = demo_folder(Path(temp) / "data")
        window = open_window(paths)
        window.showMaximized()
        page = window.live
        assert page is not None
        page.ask_start = lambda *_: StartInfo(group_size=12)
        window.open_live("First tears")
        wait(800)
        remote = page.start_remote(default_route_address() or LOOPBACK)
        done = threading.Event()
        clients = []
        for name in ("Kim's phone", "Sam's phone"):  # the second one a viewer, by default
            if not remote.code:
                remote.new_code()  # the facilitator's "Pair another phone"
            client = threading.Thread(
                target=asyncio.run, args=(phone(remote.url, remote.code, name, done),)
            )
            client.start()
            clients.append(client)
            wait(800)
        remote.new_code()  # a code for a third phone, shown in the panel
        assert page.remote_status is not None
        page.remote_status.open_panel()
        wait(1500)
        subprocess.run(["import", "-window", "root", str(OUT / "remote-panel.png")], check=True)
        done.set()
        for client in clients:
            client.join(5)
        page.shutdown()
        window.db.close()
        pulse.stop()
    app.quit()


if __name__ == "__main__":
    main()
