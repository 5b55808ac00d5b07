"""The phone remote end to end: the real app (offscreen Qt, real libVLC with dummy
output, a real database), its real server on loopback, and Debian's Chromium at a
phone's size driven by Playwright: pair with the code, see the cue standing by, GO,
safe stop by press and hold, and the session's end turning the remote off."""

from __future__ import annotations

import asyncio
import json
import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from playwright.sync_api import expect
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tearconsole.core.checkin import StartInfo
from tearconsole.core.conductor.table import Action
from tearconsole.live.snapshot import RowState
from tearconsole.paths import AppPaths
from tearconsole.remote.pairing import Role
from tearconsole.storage.db import Database
from tearconsole.storage.models import Event
from tearconsole.ui import app
from tearconsole.ui.app import make_application, open_window
from tearconsole.ui.i18n import install_language
from tearconsole.ui.live.console import LiveConsole
from tearconsole.ui.live.page import LivePage
from tearconsole.ui.main_window import MainWindow
from tests.live_plans import Step, make_plan
from tests.media import MediaFactory
from tests.phone import Phone
from tests.remote_client import flood, pair

#: Set to a folder to keep the phone's screenshots there (scripts/screenshot_remote.sh).
SHOTS_ENV = "TEARCONSOLE_REMOTE_SHOTS"
#: The page must show what the conductor did within this long.
SHOWN_WITHIN_MS = 1000

pytestmark = pytest.mark.slow


def _evening_circle(make_media: MediaFactory) -> list[Step]:
    return [
        Step("card", seconds=40, text="Welcome. Take a seat.", cue={"continue_mode": "go"}),
        Step("music", make_media.tone("remote.wav", 20), seconds=20, cue={"continue_mode": "go"}),
        Step("card", seconds=30, text="Thank you.", cue={"continue_mode": "go"}),
    ]


@pytest.fixture
def window(qtbot: QtBot, paths: AppPaths, make_media: MediaFactory) -> Iterator[MainWindow]:
    yield from _window(qtbot, paths, "Evening circle", _evening_circle(make_media))


@pytest.fixture
def japanese_window(
    qtbot: QtBot, paths: AppPaths, make_media: MediaFactory
) -> Iterator[MainWindow]:
    """The app as a Japanese facilitator runs it: the Japanese choice made before the
    window opens (as ``run_gui`` loads it from the settings)."""
    make_application()
    install_language("ja")
    try:
        yield from _window(qtbot, paths, "Evening circle", _evening_circle(make_media))
    finally:
        install_language("en")


@pytest.fixture
def follow_on_window(qtbot: QtBot, paths: AppPaths) -> Iterator[MainWindow]:
    """A card that follows on by itself after 7 s, then one that waits for GO."""
    steps = [
        Step("card", seconds=7, text="Breathe.", cue={"continue_mode": "follow"}),
        Step("card", seconds=30, text="Welcome back.", cue={"continue_mode": "go"}),
    ]
    yield from _window(qtbot, paths, "Follow on", steps)


def _window(qtbot: QtBot, paths: AppPaths, plan: str, steps: list[Step]) -> Iterator[MainWindow]:
    """The app's window over ``plan`` alone, its Live page's start dialog answered with a
    plain start and its end dialog closed without a note."""
    make_application()
    db = Database.open(paths)
    make_plan(db, plan, steps)
    db.close()
    main = open_window(paths)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    main.live.ask_start = lambda *_: StartInfo()
    main.live.ask_end = lambda *_: None
    yield main
    page = main.live
    if page is not None:
        page.shutdown()
    main.db.close()


@pytest.fixture
def phone(qtbot: QtBot) -> Iterator[Phone]:
    device = Phone(qtbot)
    yield device
    device.close()


def _listening(address: str, port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(1.0)
        return probe.connect_ex((address, port)) == 0


def _our_listeners() -> set[int]:
    """The TCP ports this process listens on (its sockets, by inode, in LISTEN state)."""
    inodes = set()
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    ports = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == "0A" and fields[9] in inodes:  # 0A: LISTEN
                ports.add(int(fields[1].rsplit(":", 1)[1], 16))
    return ports


def _live(window: MainWindow, plan: str = "Evening circle") -> tuple[LivePage, LiveConsole]:
    """The window's Live page with ``plan`` standing by in its console (the remote there,
    not yet asked to listen), and the console."""
    page = window.open_live(plan)
    assert page is window.live and page.console is not None and page.remote is not None
    return page, page.console


def _remote_events(db: Database, session_id: int) -> list[tuple[str, dict[str, Any]]]:
    with db.session() as session:
        rows = session.scalars(
            select(Event).where(Event.session_id == session_id).order_by(Event.seq)
        ).all()
        found = [(row.kind, json.loads(row.detail_json or "{}")) for row in rows]
    return [(kind, detail) for kind, detail in found if detail.get("via") == "remote"]


def _shows(page: Any, selector: str, text: str) -> None:
    """The phone shows ``text`` at ``selector`` within ``SHOWN_WITHIN_MS``."""
    expect(page.locator(selector)).to_have_text(text, timeout=SHOWN_WITHIN_MS)


def _press_and_hold(p: Any, selector: str) -> None:
    """On the phone: a finger on ``selector`` for 1.5 s (the page's hold is 1.2 s)."""
    box = p.locator(selector).bounding_box()
    p.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    p.mouse.down()
    p.wait_for_timeout(1500)
    p.mouse.up()


def _pair_and_go(p: Any, url: str, code: str) -> None:
    """On the phone: open the remote, pair with ``code``, press GO; the first card runs."""
    p.goto(url)
    p.fill("#code", code)
    p.tap("#pairGo")
    expect(p.locator("#next")).to_have_text("card 0", timeout=5000)
    p.tap("#go")
    expect(p.locator("#cue")).to_have_text("card 0", timeout=3000)


def _shot(page: Any, name: str) -> None:
    folder = os.environ.get(SHOTS_ENV)
    if folder:
        page.screenshot(path=str(Path(folder) / f"remote-{name}.png"))


def test_a_phone_pairs_goes_and_safe_stops_through_the_console(
    qtbot: QtBot, window: MainWindow, phone: Phone
) -> None:
    page, console = _live(window)
    assert page.remote is not None
    assert not page.remote.on  # off by default: no listener until asked
    assert _our_listeners() == set()
    sid = console.runner.session_id
    assert sid is not None

    remote = page.start_remote("127.0.0.1")
    url, code, port = remote.url, remote.code, remote.server.port  # type: ignore[union-attr]
    assert _listening("127.0.0.1", port)
    assert _our_listeners() == {port}
    assert page.remote_status is not None
    assert page.remote_status.text() == "Remote: on, no phone"

    # pair: the address, then the code typed in
    def pair(p: Any) -> str:
        p.goto(url)
        p.wait_for_selector("#code")
        _shot(p, "pair")
        p.fill("#code", code)
        p.fill("#name", "Kim's phone")
        p.tap("#pairGo")
        expect(p.locator("#next")).to_have_text("card 0", timeout=5000)
        _shot(p, "standing-by")
        return str(p.text_content("#who"))

    assert phone.do(pair) == "Kim's phone · controller"
    qtbot.waitUntil(lambda: remote.connected == ["Kim's phone"], timeout=3000)
    assert page.remote_status.text() == "Remote: Kim's phone"
    assert [d.name for d in remote.devices()] == ["Kim's phone"]

    # GO on the phone: the card starts in the conductor, logged as from the phone
    phone.do(lambda p: p.tap("#go"))
    qtbot.waitUntil(
        lambda: any(r.position == 0 and r.state is RowState.RUNNING for r in console.state.rows),
        timeout=3000,
    )
    started = [d for kind, d in _remote_events(window.db, sid) if kind == "cue_started"]
    assert started and started[0]["device"] == "Kim's phone" and started[0]["action"] == "go"

    def card_playing(p: Any) -> None:
        _shows(p, "#cue", "card 0")
        _shows(p, "#next", "music 1")

    phone.do(card_playing)

    # GO for the music, pressed twice at once: the second press is the same press (the
    # phone's own debounce, as the key's; the laptop's is its own), the phone is told why,
    # and the refused repeat never reaches the console or the session's record
    conductor = page.console.runner.conductor  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: conductor.go_wait_s("Kim's phone") == 0, timeout=2000)

    def go_twice(p: Any) -> str:
        p.evaluate("const go = document.getElementById('go'); go.click(); go.click();")
        expect(p.locator("#message")).not_to_be_empty()
        return str(p.text_content("#message"))

    assert "twice in quick succession" in phone.do(go_twice)
    qtbot.waitUntil(
        lambda: any(r.position == 1 and r.state is RowState.RUNNING for r in console.state.rows),
        timeout=3000,
    )
    assert console.state.standby_position == 2  # one GO taken, not two
    assert [kind for kind, _ in _remote_events(window.db, sid)].count("ignored") == 0

    # a quick tap on safe stop does nothing; a press and hold stops
    phone.do(lambda p: _shows(p, "#cue", "music 1"))
    phone.do(lambda p: _shot(p, "running"))

    def tap_stop(p: Any) -> str:
        p.tap("#stop")
        expect(p.locator("#message")).to_contain_text("hold")
        return str(p.text_content("#message"))

    assert "press and hold" in phone.do(tap_stop)
    assert not console.state.stopped

    def hold_stop(p: Any) -> None:
        _press_and_hold(p, "#stop")

    phone.do(hold_stop)
    qtbot.waitUntil(lambda: console.state.stopped, timeout=3000)
    stops = [d for kind, d in _remote_events(window.db, sid) if kind == "safe_stop"]
    assert stops and stops[0]["device"] == "Kim's phone"
    phone.do(
        lambda p: expect(p.locator("#state")).to_contain_text(
            "Safe-stopped", timeout=SHOWN_WITHIN_MS
        )
    )
    phone.do(lambda p: _shot(p, "safe-stopped"))

    # a private note from the phone
    def note(p: Any) -> None:
        p.tap("#noteOpen")
        p.fill("#note", "Row two needs tissues")
        p.tap("#noteSend")

    phone.do(note)
    qtbot.waitUntil(
        lambda: any(k == "note" for k, _ in _remote_events(window.db, sid)), timeout=3000
    )

    # the connection drops: the page says so, and comes back by itself
    phone.do(lambda p: p.evaluate("ws.close()"))
    qtbot.waitUntil(lambda: remote.connected == [], timeout=3000)
    qtbot.waitUntil(lambda: remote.connected == ["Kim's phone"], timeout=5000)
    phone.do(lambda p: expect(p.locator("#link")).to_have_text("Connected to the laptop"))

    # the session ends: the remote is off, nothing listens, the phone says so
    page._finish()
    qtbot.waitUntil(lambda: page.console is None, timeout=5000)
    assert page.remote is None
    assert not _listening("127.0.0.1", port)
    assert _our_listeners() == set()
    phone.do(lambda p: expect(p.locator("#lost")).to_be_visible(timeout=SHOWN_WITHIN_MS * 3))
    phone.do(lambda p: _shot(p, "lost"))


def _pair_over_http(url: str, code: str, name: str) -> int:
    """A phone's pairing request, from a plain HTTP client; its status."""

    async def main() -> int:
        async with (
            aiohttp.ClientSession() as http,
            http.post(
                url + "api/pair", json={"code": code, "name": name}, headers={"Origin": url[:-1]}
            ) as response,
        ):
            return response.status

    return asyncio.run(main())


def test_the_panel_turns_it_on_pairs_by_role_and_withdraws_one_phone(
    qtbot: QtBot, window: MainWindow
) -> None:
    page, _ = _live(window)
    assert page.remote is not None and page.remote_status is not None
    assert page.remote_status.text() == "Remote: off"
    panel = page.remote_status.open_panel()
    assert panel.interface.itemData(panel.interface.count() - 1) == "127.0.0.1"
    panel.interface.setCurrentIndex(panel.interface.count() - 1)  # this laptop only
    qtbot.mouseClick(panel.switch, Qt.MouseButton.LeftButton)
    remote = page.remote
    assert remote.on and not panel.qr.pixmap().isNull()
    assert panel.code.text() == remote.code and remote.url in remote.pairing_url()

    assert panel.new_code.text() == "New code"
    assert _pair_over_http(remote.url, remote.code, "Kim") == 200
    # one phone at a time: no code until the facilitator asks, and the next only watches
    qtbot.waitUntil(lambda: panel.code.text() == "(ask for a new code)", timeout=3000)
    assert panel.qr.isHidden() and remote.code == ""
    assert panel.new_code.text() == "Pair another phone"
    assert panel.role.currentData() == Role.VIEWER.value
    qtbot.mouseClick(panel.new_code, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.code.text() == remote.code != "", timeout=3000)
    assert _pair_over_http(remote.url, remote.code, "KIM") == 409  # the name is taken
    assert _pair_over_http(remote.url, remote.code, "<b>Sam</b>") == 200
    qtbot.waitUntil(lambda: len(remote.devices()) == 2, timeout=3000)
    assert [(d.name, d.role) for d in remote.devices()] == [
        ("Kim", Role.CONTROLLER),
        ("<b>Sam</b>", Role.VIEWER),
    ]
    # each phone with its address, role and pairing time; control given on the laptop
    sam = remote.devices()[1]
    qtbot.waitUntil(lambda: panel.findChild(QLabel, f"about-{sam.id}") is not None, timeout=3000)
    about = panel.findChild(QLabel, f"about-{sam.id}")
    assert about is not None and about.text().startswith("127.0.0.1 · only watches · paired ")
    give = panel.findChild(QPushButton, f"role-{sam.id}")
    assert give is not None and give.text() == "Give control"
    qtbot.mouseClick(give, Qt.MouseButton.LeftButton)
    assert remote.devices()[1].role is Role.CONTROLLER
    kim = remote.devices()[0]
    withdraw = panel.findChild(QPushButton, f"revoke-{kim.id}")
    assert withdraw is not None
    qtbot.mouseClick(withdraw, Qt.MouseButton.LeftButton)
    assert [d.name for d in remote.devices()] == ["<b>Sam</b>"]

    remote.new_code()
    wrong = "000000" if remote.code != "000000" else "111111"
    assert _pair_over_http(remote.url, wrong, "Guess") == 403
    qtbot.waitUntil(lambda: panel.refused.text().startswith("1 request"), timeout=3000)
    qtbot.waitUntil(lambda: page.remote_status.text().endswith(" · 1 refused"), timeout=3000)

    qtbot.mouseClick(panel.switch, Qt.MouseButton.LeftButton)  # off again, mid-session
    assert not remote.on and page.remote_status.text() == "Remote: off"


def test_live_remote_prints_the_address_and_code_and_quitting_turns_it_off(
    qtbot: QtBot, window: MainWindow, capsys: pytest.CaptureFixture[str]
) -> None:
    page = window.live
    app._open_live(window, "Evening circle", False, "127.0.0.1")
    remote = page.remote
    assert remote is not None and remote.on
    out = capsys.readouterr().out
    assert f"open {remote.url} on the phone and type the code {remote.code}" in out
    assert page.remote_status is not None and page.remote_status.panel is not None
    assert page.remote_status.panel.interface.currentData() == "127.0.0.1"  # where it listens
    port = remote.server.port  # type: ignore[union-attr]
    assert _listening("127.0.0.1", port)
    page.shutdown()  # what the app does when it quits (aboutToQuit)
    assert not _listening("127.0.0.1", port)
    assert page.remote is None


def test_the_phone_vibrates_shortly_before_an_automatic_step(
    follow_on_window: MainWindow, phone: Phone
) -> None:
    page, console = _live(follow_on_window, "Follow on")
    remote = page.start_remote("127.0.0.1")
    url, code = remote.url, remote.code

    def pair(p: Any) -> None:
        # the browser's vibration, recorded (a desktop Chromium has no motor)
        p.add_init_script("navigator.vibrate = (p) => { window.vibrated = p; return true; }")
        p.goto(url)
        p.fill("#code", code)
        p.tap("#pairGo")
        expect(p.locator("#next")).to_have_text("card 0", timeout=5000)
        assert p.evaluate("window.vibrated === undefined")
        p.tap("#go")
        expect(p.locator("#cue")).to_have_text("card 0", timeout=3000)

    phone.do(pair)
    assert phone.do(lambda p: p.evaluate("window.vibrated === undefined"))  # 7 s to go
    # the card follows on by itself: the phone buzzes in its last 5 s, before it moves on
    buzz = (
        "new Promise((done) => { const t = setInterval(() => {"
        " if (window.vibrated) { clearInterval(t); done(window.vibrated); } }, 50); })"
    )
    assert phone.do(lambda p: p.evaluate(buzz)) == [120, 80, 120]
    assert page.console is console
    assert any(r.position == 0 and r.state is RowState.RUNNING for r in console.state.rows)


def test_a_viewer_phone_sees_the_session_without_controls(
    qtbot: QtBot, window: MainWindow, phone: Phone
) -> None:
    page, _ = _live(window)
    assert page.remote is not None
    page.remote.set_next_role(Role.VIEWER)
    remote = page.start_remote("127.0.0.1")
    url, code = remote.url, remote.code

    def pair(p: Any) -> tuple[bool, str]:
        p.goto(url + "#pair=" + code)  # as the QR code opens it: the code filled in
        expect(p.locator("#code")).to_have_value(code)
        p.fill("#name", "Co-facilitator")
        p.tap("#pairGo")
        expect(p.locator("#next")).to_have_text("card 0", timeout=5000)
        _shot(p, "viewer")
        return p.locator("#controls").is_visible(), str(p.text_content("#who"))

    visible, who = phone.do(pair)
    assert not visible and who == "Co-facilitator · viewer"
    assert [(d.name, d.role) for d in remote.devices()] == [("Co-facilitator", Role.VIEWER)]

    # withdrawn on the laptop: the phone is told at once, and can pair again
    qtbot.waitUntil(lambda: remote.connected == ["Co-facilitator"], timeout=3000)
    remote.revoke(remote.devices()[0].id)
    phone.do(lambda p: expect(p.locator("#pairMessage")).to_contain_text("withdrawn"))
    remote.new_code()  # the facilitator lets it pair again
    code = remote.code

    def pair_again(p: Any) -> None:
        p.fill("#code", code)
        p.tap("#pairGo")
        expect(p.locator("#next")).to_have_text("card 0", timeout=5000)

    phone.do(pair_again)
    qtbot.waitUntil(lambda: remote.connected == ["Co-facilitator"], timeout=3000)


def test_space_is_go_while_the_remote_panel_has_the_keyboard(
    qtbot: QtBot, window: MainWindow
) -> None:
    page, console = _live(window)
    assert page.remote_status is not None
    remote = page.start_remote("127.0.0.1")
    panel = page.remote_status.open_panel()
    panel.activateWindow()
    qtbot.keyClick(panel, Qt.Key.Key_Space)
    assert page.console is console
    assert any(r.position == 0 and r.state is RowState.RUNNING for r in console.state.rows)
    assert remote.on  # the key did not press a button in the panel
    sid = console.runner.session_id
    with window.db.session() as session:
        kinds = [e.kind for e in session.scalars(select(Event).where(Event.session_id == sid))]
    assert kinds.count("cue_started") == 1 and "ignored" not in kinds  # one GO, not two


def test_the_gentle_controls_from_the_phone_act_and_show(
    qtbot: QtBot, window: MainWindow, phone: Phone
) -> None:
    page, console = _live(window)
    remote = page.start_remote("127.0.0.1")
    sid = console.runner.session_id
    assert sid is not None
    url, code = remote.url, remote.code

    phone.do(lambda p: _pair_and_go(p, url, code))

    def press(button: str, chips: str) -> None:
        def tap(p: Any) -> None:
            p.tap(button)
            expect(p.locator("#state")).to_have_text(chips, timeout=SHOWN_WITHIN_MS)

        phone.do(tap)

    press("#soften", "RunningSoftened 1")
    assert console.state.soften_level == 1
    press("#restore", "Running")
    press("#hold", "RunningHeld")
    assert console.state.held
    press("#hold", "Running")
    press("#pause", "Paused")
    assert console.state.paused
    press("#pause", "Running")
    phone.do(lambda p: p.tap("#extend"))
    qtbot.waitUntil(
        lambda: "extended" in [k for k, _ in _remote_events(window.db, sid)], timeout=3000
    )
    kinds = [k for k, d in _remote_events(window.db, sid) if d["device"] == "Phone"]
    for kind in ("softened", "restored", "held", "released", "paused", "resumed", "extended"):
        assert kind in kinds


def test_a_japanese_facilitators_phone_shows_the_remote_in_japanese(
    qtbot: QtBot, japanese_window: MainWindow, phone: Phone
) -> None:
    page, console = _live(japanese_window)
    remote = page.start_remote("127.0.0.1")
    url, code = remote.url, remote.code

    def pair(p: Any) -> dict[str, str]:
        p.goto(url)
        expect(p.locator("html")).to_have_attribute("lang", "ja")
        _shows(p, "#pairGo", "つなぐ")
        expect(p.locator("#name")).to_have_value("スマートフォン")
        _shot(p, "pair-ja")
        p.fill("#code", code)
        p.tap("#pairGo")
        expect(p.locator("#next")).to_have_text("card 0", timeout=5000)
        _shows(p, "#state", "準備完了")
        _shows(p, "#cueLabel", "再生中のものはありません")
        _shows(p, "#link", "パソコンと接続中")
        controls = ("#go", "#pause", "#hold", "#soften", "#restore", "#extend", "#stop")
        shown = {c: str(p.text_content(c)).strip() for c in controls}
        shown["font"] = str(p.evaluate("getComputedStyle(document.body).fontFamily"))
        shown["who"] = str(p.text_content("#who"))
        return shown

    shown = phone.do(pair)
    assert shown["#go"] == "GO" and shown["#pause"] == "一時停止"
    assert shown["#hold"] == "待機" and shown["#soften"] == "やわらげる"
    assert shown["#restore"] == "元に戻す" and shown["#extend"] == "30秒延ばす"
    assert shown["#stop"] == "長押しで安全に止める"
    assert shown["who"] == "スマートフォン · 操作できる"
    assert "Noto Sans CJK JP" in shown["font"]

    def go_and_soften(p: Any) -> None:
        p.tap("#go")
        _shows(p, "#cue", "card 0")
        _shows(p, "#state", "進行中")
        _shows(p, "#cueLabel", "再生中")
        _shows(p, "#next", "music 1")

    phone.do(go_and_soften)
    conductor = console.runner.conductor
    qtbot.waitUntil(lambda: conductor.go_wait_s("スマートフォン") == 0, timeout=2000)

    def music_softened(p: Any) -> None:
        p.tap("#go")
        _shows(p, "#cue", "music 1")
        p.tap("#soften")
        _shows(p, "#state", "進行中やわらげ（1）")
        _shows(p, "#pause", "一時停止")
        _shot(p, "running-ja")

    phone.do(music_softened)
    assert console.state.soften_level == 1

    def tap_then_hold_stop(p: Any) -> str:
        p.tap("#stop")
        expect(p.locator("#message")).to_have_text(
            "安全に止めるには、ボタンを長押ししてください。", timeout=SHOWN_WITHIN_MS
        )
        _press_and_hold(p, "#stop")
        expect(p.locator("#state")).to_contain_text("安全停止", timeout=SHOWN_WITHIN_MS)
        return str(p.text_content("#state"))

    assert phone.do(tap_then_hold_stop).startswith("安全停止")
    assert console.state.stopped

    page._finish()
    qtbot.waitUntil(lambda: page.console is None, timeout=5000)
    phone.do(
        lambda p: expect(p.locator("#lost")).to_have_text(
            "セッションが終わりました。リモコンはオフです。", timeout=SHOWN_WITHIN_MS * 3
        )
    )


def test_the_pairing_code_never_stays_in_the_browsers_history(
    window: MainWindow, phone: Phone
) -> None:
    page, _ = _live(window)
    remote = page.start_remote("127.0.0.1")
    url, code = remote.url, remote.code

    def open_the_qr_link(p: Any) -> list[str]:
        p.goto("about:blank")
        p.goto(url + "#pair=" + code)  # as the QR code opens it
        expect(p.locator("#code")).to_have_value(code)
        seen = [p.url]
        p.goto("about:blank")
        p.go_back()  # the history's entry for the page
        seen.append(p.url)
        return seen

    for seen in phone.do(open_the_qr_link):
        assert code not in seen and "pair=" not in seen


def test_soften_to_the_soft_landing_needs_a_hold_on_the_phone(
    qtbot: QtBot, window: MainWindow, phone: Phone
) -> None:
    page, console = _live(window)
    remote = page.start_remote("127.0.0.1")
    url, code = remote.url, remote.code

    def pair_go_and_soften_twice(p: Any) -> None:
        _pair_and_go(p, url, code)
        p.tap("#soften")
        _shows(p, "#state", "RunningSoftened 1")
        p.tap("#soften")
        _shows(p, "#state", "RunningSoftened 2")
        _shows(p, "#soften", "Hold for the soft landing")
        _shot(p, "soft-landing-hold")

    phone.do(pair_go_and_soften_twice)

    def tap_soften(p: Any) -> str:
        p.tap("#soften")
        expect(p.locator("#message")).to_have_text(
            "The soft landing needs a press and hold.", timeout=SHOWN_WITHIN_MS
        )
        return str(p.text_content("#state"))

    assert phone.do(tap_soften) == "RunningSoftened 2"
    assert console.state.soften_level == 2  # a tap does not land

    def hold_soften(p: Any) -> None:
        _press_and_hold(p, "#soften")
        expect(p.locator("#state")).to_contain_text("Soft landing", timeout=SHOWN_WITHIN_MS)

    phone.do(hold_soften)
    qtbot.waitUntil(lambda: console.state.soften_level == 3, timeout=3000)


def test_a_flooding_phone_is_dropped_and_the_console_told_once(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A paired phone sending thousands of messages: the console's GUI thread is handed
    a few at most, the session's record grows by a few events, the phone is dropped and
    the facilitator told once; the laptop's own GO works straight after."""
    page, console = _live(window)
    remote = page.start_remote("127.0.0.1")
    assert page.remote_status is not None
    panel = page.remote_status.open_panel()
    sid = console.runner.session_id
    told: list[str] = []
    remote.flooded.connect(told.append)

    async def flood_it() -> int | None:
        async with aiohttp.ClientSession() as http:
            headers = await pair(http, remote.url, remote.code, "Flooder")
            return await flood(http, remote.url, headers, ("go", "hold", "soften", "extend"))

    with qtbot.waitSignal(remote.flooded, timeout=10000):
        close_code = asyncio.run(flood_it())
    assert close_code == 4429
    qtbot.waitUntil(lambda: remote.devices() == [], timeout=3000)
    assert told == ["Flooder is sending too much; it was disconnected."]
    assert panel.message.text() == told[0]
    recorded = _remote_events(window.db, sid)
    assert len(recorded) <= 8, recorded
    conductor = console.runner.conductor
    qtbot.waitUntil(lambda: conductor.go_wait_s() == 0, timeout=2000)
    before = console.state.standby_position
    console.handle(Action.GO)  # the laptop's GO, straight after
    qtbot.waitUntil(lambda: console.state.standby_position != before, timeout=3000)
