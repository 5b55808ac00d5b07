"""``tearconsole live PLAN --participants`` as a real process under Xvfb: the start form
answered from the keyboard (as a facilitator would), then one line on stdout starting
``Participants:`` with the page's address and the room's code, and the page answers
there."""

from __future__ import annotations

import ctypes
import http.client
import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from tearconsole.paths import AppPaths
from tearconsole.storage.db import Database
from tests.live_plans import Step, make_plan
from tests.test_room_in_front_xvfb import window_manager  # noqa: F401  (a fixture)

pytestmark = pytest.mark.xvfb
RETURN = 0xFF0D  # an X keysym
LINE = re.compile(
    r"^Participants: open (http://127\.0\.0\.1:(\d+)/room) on a phone and type the room's "
    r"code ([A-Z]{5})$"
)


def _active_title() -> str:
    """The title of the window the window manager made active (``xprop``)."""
    root = subprocess.run(
        ["xprop", "-root", "_NET_ACTIVE_WINDOW"], capture_output=True, text=True
    ).stdout
    found = re.search(r"window id # (0x[0-9a-f]+)", root)
    if found is None or int(found[1], 16) == 0:
        return ""
    name = subprocess.run(
        ["xprop", "-id", found[1], "_NET_WM_NAME"], capture_output=True, text=True
    ).stdout
    return name.split("=", 1)[1].strip().strip('"') if "=" in name else ""


def _press(*keysyms: int) -> None:
    """Keys on the X server's keyboard, as a hand would (XTest, no tool needed)."""
    x11 = ctypes.CDLL("libX11.so.6")
    xtest = ctypes.CDLL("libXtst.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    display = x11.XOpenDisplay(None)
    assert display, "no X display"
    for keysym in keysyms:
        keycode = x11.XKeysymToKeycode(ctypes.c_void_p(display), keysym)
        for down in (True, False):
            xtest.XTestFakeKeyEvent(ctypes.c_void_p(display), keycode, down, 0)
        x11.XSync(ctypes.c_void_p(display), False)
    x11.XCloseDisplay(ctypes.c_void_p(display))


@pytest.fixture
def live(paths: AppPaths) -> Iterator[tuple[subprocess.Popen[str], list[str]]]:
    db = Database.open(paths)
    make_plan(db, "With phones", [Step("card", seconds=60, cue={"continue_mode": "go"})])
    db.close()
    command = [sys.executable, "-m", "tearconsole", "--data-dir", str(paths.data_dir)]
    command += ["live", "With phones", "--participants", "--remote-address", "127.0.0.1"]
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "TEARCONSOLE_VLC_OPTIONS": "--aout=dummy"}
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    lines: list[str] = []
    assert process.stdout is not None
    reader = threading.Thread(target=lambda: lines.extend(process.stdout or ()), daemon=True)
    reader.start()
    try:
        yield process, lines
    finally:
        process.terminate()
        process.wait(20)
        reader.join(5)


def test_participants_flag_prints_where_the_page_is(
    qtbot: QtBot,
    window_manager: None,  # noqa: F811
    live: tuple[subprocess.Popen[str], list[str]],
) -> None:
    process, lines = live
    qtbot.waitUntil(lambda: _active_title().startswith("Before you begin"), timeout=60_000)
    # Without a sound output chosen the form offers the Room check too, but the group
    # size has the focus and Enter starts the session, as in any form.
    _press(RETURN)
    qtbot.waitUntil(lambda: any(line.startswith("Participants:") for line in lines), timeout=30_000)
    said = [line.rstrip("\n") for line in lines if line.startswith("Participants:")]
    assert len(said) == 1
    match = LINE.match(said[0])
    assert match is not None, said[0]
    connection = http.client.HTTPConnection("127.0.0.1", int(match[2]), timeout=5)
    connection.request("GET", "/room")
    answer = connection.getresponse()
    assert answer.status == 200 and b"<html" in answer.read().lower()
    connection.close()
    assert process.poll() is None  # the console runs on
