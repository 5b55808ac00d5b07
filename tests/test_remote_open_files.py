"""The remote under a low open-file limit: 400 idle sockets from one loopback address
against a server in a process held to 256 open files. The process keeps room for what
its event loops need (a pipe), a phone at another address pairs and is served, nothing
is printed per request, and the idle sockets are closed. And the app raises its own soft
limit at start-up."""

from __future__ import annotations

import asyncio
import contextlib
import json
import resource
import socket
import subprocess
import sys
import textwrap
from typing import Any

import aiohttp

from tearconsole.platform.open_files import WANTED, raise_open_file_limit
from tearconsole.remote.connections import Limits
from tearconsole.remote.server import COOKIE

LOW_LIMIT = 256
IDLE_SOCKETS = 400
IDLE_S = 3.0

SERVER = textwrap.dedent(
    f"""
    import concurrent.futures, json, os, resource, sys
    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    resource.setrlimit(resource.RLIMIT_NOFILE, ({LOW_LIMIT}, hard))
    from tearconsole.remote.audit import AuditLog
    from tearconsole.remote.connections import Limits
    from tearconsole.remote.pairing import Pairing
    from tearconsole.remote.server import RemoteServer

    def handler(device, command):
        future = concurrent.futures.Future()
        future.set_result(None)
        return future

    limits = Limits(idle_s={IDLE_S})
    server = RemoteServer("127.0.0.1", Pairing(), AuditLog(None), handler, limits=limits)
    server.start()
    started = {{"url": server.url, "port": server.port, "code": server.pairing.code}}
    print(json.dumps(started), flush=True)
    for line in sys.stdin:
        if line.strip() != "check":
            break
        fds = len(os.listdir("/proc/self/fd"))
        read, write = os.pipe()  # what Qt's (GLib's) event loop needs to wake up
        os.close(read)
        os.close(write)
        gate = server.gate
        seen = {{"fds": fds, "open": gate.open, "turned_away": gate.turned_away}}
        print(json.dumps(seen), flush=True)
    server.stop()
    """
)


def _run(script: str) -> subprocess.Popen[str]:
    """``script`` in a Python of its own, talked to over its stdin and stdout."""
    return subprocess.Popen(
        [sys.executable, "-c", script],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _ask(process: subprocess.Popen[str]) -> dict[str, Any]:
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write("check\n")
    process.stdin.flush()
    return dict(json.loads(process.stdout.readline()))


def _pair_and_me(url: str, code: str) -> tuple[int, int]:
    async def main() -> tuple[int, int]:
        phone = aiohttp.TCPConnector(local_addr=("127.0.0.3", 0))
        async with aiohttp.ClientSession(connector=phone) as http:
            async with http.post(
                url + "api/pair", json={"code": code, "name": "Kim"}, headers={"Origin": url[:-1]}
            ) as paired:
                token = paired.cookies[COOKIE].value
            async with http.get(url + "api/me", headers={"Cookie": f"{COOKIE}={token}"}) as me:
                return paired.status, me.status

    return asyncio.run(main())


def test_400_idle_sockets_do_not_starve_a_process_held_to_256_files() -> None:
    raise_open_file_limit(IDLE_SOCKETS + 200)  # this test's own side needs the room
    process = _run(SERVER)
    idle: list[socket.socket] = []
    try:
        assert process.stdout is not None
        started = json.loads(process.stdout.readline())
        for _ in range(IDLE_SOCKETS):
            raw = socket.socket()
            raw.settimeout(5)
            raw.bind(("127.0.0.2", 0))
            try:
                raw.connect(("127.0.0.1", started["port"]))
            except OSError:  # turned away while connecting: as good as closed
                raw.close()
                continue
            idle.append(raw)
        under_siege = _ask(process)
        assert under_siege["fds"] < LOW_LIMIT // 2  # the process keeps its room
        assert under_siege["open"] <= Limits().per_address  # all from one address
        assert _pair_and_me(started["url"], started["code"]) == (200, 200)
        # every idle socket is closed by the server within its idle time (and a bit)
        for raw in idle:
            raw.settimeout(IDLE_S + 5)
            with contextlib.suppress(ConnectionResetError):
                assert raw.recv(1) == b""
        assert _ask(process)["open"] == 0
    finally:
        for raw in idle:
            raw.close()
        if process.stdin is not None:
            process.stdin.close()
        process.wait(20)
    assert process.stderr is not None
    err = process.stderr.read()
    assert "Traceback" not in err
    assert len(err.splitlines()) <= 3  # an episode or two, a line each


def test_the_soft_open_file_limit_is_raised_up_to_the_hard_limit() -> None:
    script = (
        "import resource\n"
        "hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]\n"
        f"resource.setrlimit(resource.RLIMIT_NOFILE, ({LOW_LIMIT}, hard))\n"
        "from tearconsole.platform.open_files import raise_open_file_limit\n"
        "print(raise_open_file_limit(), resource.getrlimit(resource.RLIMIT_NOFILE)[0], hard)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True)
    said, soft, hard = (int(word) for word in out.stdout.split())
    expected = WANTED if hard == resource.RLIM_INFINITY else min(WANTED, hard)
    assert said == soft == expected


STARVED = textwrap.dedent(
    """
    import concurrent.futures, json, os, sys
    from tearconsole.remote.audit import AuditLog
    from tearconsole.remote.pairing import Pairing
    from tearconsole.remote.server import RemoteServer

    server = RemoteServer("127.0.0.1", Pairing(), AuditLog(None), lambda d, c: None)
    server.start()
    print(json.dumps({"port": server.port}), flush=True)
    held = []
    for line in sys.stdin:
        if line.strip() == "fill":  # every file descriptor taken, as by a leak elsewhere
            while True:
                try:
                    held.append(os.open("/dev/null", os.O_RDONLY))
                except OSError:
                    break
            os.close(held.pop())  # one for the answer to the test
            print(json.dumps({"held": len(held)}), flush=True)
        elif line.strip() == "free":
            for fd in held:
                os.close(fd)
            held = []
            print(json.dumps({"freed": True}), flush=True)
        else:
            break
    server.stop()
    """
)


def test_accepting_without_file_descriptors_is_one_line_and_recovers() -> None:
    process = _run(STARVED)
    assert process.stdin is not None and process.stdout is not None
    assert process.stderr is not None
    waiting: list[socket.socket] = []
    try:
        port = json.loads(process.stdout.readline())["port"]
        process.stdin.write("fill\n")
        process.stdin.flush()
        assert json.loads(process.stdout.readline())["held"] > 0
        for _ in range(10):  # the kernel completes them; the server cannot accept them
            waiting.append(socket.create_connection(("127.0.0.1", port), timeout=5))
        first = process.stderr.readline()  # waits for the episode's one line
        assert "accept_failed" in first and "Traceback" not in first
        process.stdin.write("free\n")
        process.stdin.flush()
        assert json.loads(process.stdout.readline())["freed"]
        # accepting resumes by itself: a waiting connection is answered
        request = f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode()
        waiting[0].settimeout(10)
        waiting[0].sendall(request)
        assert waiting[0].recv(12).startswith(b"HTTP/1.1 200")
    finally:
        for raw in waiting:
            raw.close()
        process.stdin.close()
        process.wait(20)
    rest = process.stderr.read()
    assert "Traceback" not in rest and "accept_failed" not in rest  # one line per episode
