"""The live console fits a small laptop screen, in English and in Japanese: at 1280x720
(maximised, a title bar and a status bar taken off) every button's and label's text fits
inside it, nothing widens the window past the screen, GO and Safe stop are at least 44 px
high and the largest targets, and the cue list shows at least five rows at 1366x768; in
every state the banner can be in (standing by, running, paused, softened, held,
safe-stopped, a story being read)."""

from __future__ import annotations

import asyncio
import http.client
import threading
from collections.abc import Iterator
from typing import Any

import aiohttp
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect
from PySide6.QtWidgets import QLabel, QPushButton, QStyle, QStyleOptionButton, QWidget
from pytestqt.qtbot import QtBot

from tearconsole.core.checkin import StartInfo
from tearconsole.core.conductor.table import Action
from tearconsole.paths import AppPaths
from tearconsole.remote.server import COOKIE
from tearconsole.ui.app import make_application, open_window
from tearconsole.ui.i18n import install_language
from tearconsole.ui.live.banner import ROOM_CHIPS
from tearconsole.ui.live.console import LiveConsole
from tearconsole.ui.main_window import MainWindow
from tearconsole.ui.remote.control import RemoteControl

TITLE_BAR_PX = 24  # openbox's title bar: what a maximised window loses of the screen


@pytest.fixture(params=["en", "ja"])
def window(
    request: pytest.FixtureRequest, qtbot: QtBot, demo_paths: AppPaths, vlc_instance: Any
) -> Iterator[MainWindow]:
    make_application()
    install_language(request.param)
    window = open_window(demo_paths)
    qtbot.addWidget(window)
    page = window.live
    assert page is not None
    page.ask_start = lambda *_: StartInfo(group_size=9)
    page._vlc = vlc_instance
    page._owns_vlc = False
    yield window
    window.live.shutdown()
    window.db.close()
    install_language("en")


def _open(window: MainWindow, qtbot: QtBot, width: int, height: int) -> LiveConsole:
    window.resize(width, height - TITLE_BAR_PX)
    window.show()
    qtbot.waitExposed(window)
    window.open_live("First tears")
    console = window.live.console
    assert console is not None
    qtbot.waitUntil(lambda: console.isVisible(), timeout=5000)
    return console


def _text_problems(root: QWidget) -> list[str]:
    """Every visible button or label under ``root`` whose text does not fit its contents."""
    problems = []
    for button in root.findChildren(QPushButton):
        if not button.isVisible() or not button.text():
            continue
        option = QStyleOptionButton()
        button.initStyleOption(option)
        inside = button.style().subElementRect(
            QStyle.SubElement.SE_PushButtonContents, option, button
        )
        metrics = button.fontMetrics()
        lines = button.text().split("\n")
        wide = max(metrics.horizontalAdvance(line) for line in lines)
        high = len(lines) * metrics.lineSpacing() - metrics.leading()
        if wide > inside.width() or high > inside.height():
            problems.append(f"button {button.text()!r}: {wide}x{high} in {inside.size()}")
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        inside = label.contentsRect()
        metrics = label.fontMetrics()
        if label.wordWrap():
            high = label.heightForWidth(label.width())
            if high > label.height():
                problems.append(f"label {label.text()!r}: {high} high in {label.height()}")
            continue
        lines = label.text().split("\n")
        wide = max(metrics.horizontalAdvance(line) for line in lines)
        high = len(lines) * metrics.lineSpacing() - metrics.leading()
        if wide > inside.width() or high > inside.height():
            problems.append(f"label {label.text()!r}: {wide}x{high} in {inside.size()}")
    return problems


def _past_go_guard(console: LiveConsole, qtbot: QtBot) -> None:
    """Wait until a GO would be taken (the guard against a double press has passed)."""
    conductor = console.runner.conductor
    qtbot.waitUntil(lambda: conductor.go_wait_s() == 0, timeout=5000)


def _check(
    console: LiveConsole, qtbot: QtBot, what: str, screen: tuple[int, int] = (1280, 720)
) -> None:
    console.refresh()
    # The texts just changed: deliver the layout requests they posted (a relayout can post
    # more, a level further up) before measuring.
    for _ in range(4):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    problems = _text_problems(console)
    assert not problems, f"{what}: " + "; ".join(problems)
    controls = console.controls
    assert controls.go.height() >= 44, what
    assert controls.safe_stop.height() >= 44, what
    # GO and Safe stop stay the largest targets of the panel.
    others = [
        b
        for b in controls.findChildren(QPushButton)
        if b not in (controls.go, controls.safe_stop) and b.isVisibleTo(controls)
    ]
    largest_other = max(b.width() * b.height() for b in others)
    for big in (controls.go, controls.safe_stop):
        assert big.width() * big.height() > largest_other, what
    assert console.width() <= console.window().width(), what
    # Nothing (a long pace line, the banner's chips, the room level and the remote) made
    # the window larger than the screen it is maximised on.
    window = console.window()
    assert window.width() <= screen[0], f"{what}: {window.width()} px wide"
    assert window.height() <= screen[1] - TITLE_BAR_PX, f"{what}: {window.height()} px high"


def test_every_text_fits_at_1280x720_in_every_state(window: MainWindow, qtbot: QtBot) -> None:
    console = _open(window, qtbot, 1280, 720)
    _check(console, qtbot, "standing by")
    for action, what in (
        (Action.GO, "the welcome card"),
        (Action.SOFTEN, "softened"),
        (Action.HOLD, "held"),
        (Action.PAUSE, "paused"),
        (Action.SAFE_STOP, "safe-stopped"),
        (Action.SKIP, "a bed cue next"),
    ):
        _past_go_guard(console, qtbot)
        console.handle(action)
        _check(console, qtbot, what)
    # A notice (a file gone missing, say) beside it all: wrapped, never cut off.
    console.session.tell(
        "The media file first-light-sunrise-over-the-harbour.mp4 is missing (moved, renamed "
        "or deleted?). The room sees the calm card; the session goes on from the next cue."
    )
    _check(console, qtbot, "a long notice")
    assert console.state.stopped and console.state.paused is False or console.state.stopped


def test_a_long_plan_name_is_shortened_not_cut(window: MainWindow, qtbot: QtBot) -> None:
    from tearconsole.storage.models import Plan

    name = "An autumn evening of letters never sent, at the community hall, second floor"
    with window.db.session() as session:
        plan = session.query(Plan).filter_by(name="First tears").one()
        plan.name = name
    window.resize(1280, 720 - TITLE_BAR_PX)
    window.show()
    qtbot.waitExposed(window)
    window.open_live(name)
    console = window.live.console
    assert console is not None
    qtbot.waitUntil(console.isVisible, timeout=5000)
    assert console.title.text().endswith("…") and console.title.toolTip() == name
    _check(console, qtbot, "a long plan name")


def test_a_rehearsal_fits_at_1280x720_too(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(1280, 720 - TITLE_BAR_PX)
    window.show()
    qtbot.waitExposed(window)
    window.open_live("First tears", rehearsal=True)
    console = window.live.console
    assert console is not None and console.rehearsal_bar is not None
    qtbot.waitUntil(console.isVisible, timeout=5000)
    _check(console, qtbot, "rehearsal standing by")
    _past_go_guard(console, qtbot)
    console.handle(Action.GO)
    console.handle(Action.SAFE_STOP)
    _check(console, qtbot, "rehearsal safe-stopped")


def test_the_cue_list_shows_five_rows_at_1366x768(window: MainWindow, qtbot: QtBot) -> None:
    console = _open(window, qtbot, 1366, 768)
    table = console.cue_table
    rows = table.viewport().height() / table.verticalHeader().defaultSectionSize()
    assert rows >= 5, rows
    _check(console, qtbot, "standing by at 1366x768", screen=(1366, 768))


def test_a_story_being_read_fits_at_1280x720(window: MainWindow, qtbot: QtBot) -> None:
    """The teleprompter's title and pace line (longer in Japanese, longer still while
    softened) wrap in the width the cue list leaves them, and its text is small enough
    for more than one line to show."""
    console = _open(window, qtbot, 1280, 720)
    console.handle(Action.SOFTEN)
    while not any(row.kind == "story" for row in console.state.running_rows):
        _past_go_guard(console, qtbot)
        console.handle(Action.GO)
    qtbot.waitUntil(lambda: console.teleprompter.running, timeout=5000)
    _check(console, qtbot, "a story being read, softened")
    # More than a line of the story shows: the reader sees what comes next.
    view = console.teleprompter.view
    assert view.layout_ is not None and view.layout_.lines
    lines = view.text_rect.height() / view.layout_.lines[0].height
    assert lines >= 2, lines


PHONE = "Kim's phone at the back, by the tea urn"  # a name as long as a pairing keeps


class _Phone:
    """A paired phone holding the remote's live connection open (its name shows in the
    console's line about the remote), on a thread of its own."""

    def __init__(self, remote: RemoteControl) -> None:
        server = remote.server
        assert server is not None
        self.url, self.code = server.url, remote.code
        self._done = threading.Event()
        self._thread = threading.Thread(target=lambda: asyncio.run(self._run()), daemon=True)
        self._thread.start()

    async def _run(self) -> None:
        origin = {"Origin": self.url.rstrip("/")}
        async with aiohttp.ClientSession() as http:
            pair = {"code": self.code, "name": PHONE}
            async with http.post(self.url + "api/pair", json=pair, headers=origin) as answer:
                assert answer.status == 200, await answer.text()
                cookie = {"Cookie": f"{COOKIE}={answer.cookies[COOKIE].value}"}
            async with http.ws_connect(self.url + "api/live", headers={**origin, **cookie}):
                await asyncio.get_running_loop().run_in_executor(None, self._done.wait, 20)

    def leave(self) -> None:
        self._done.set()
        self._thread.join(10)


def _remote_at_its_longest(window: MainWindow, qtbot: QtBot) -> _Phone:
    """The remote on, a phone with a long name connected, and a request refused (someone
    on the network with a wrong address): its line in the console at its widest."""
    page = window.live
    remote = page.start_remote("127.0.0.1")
    assert remote.server is not None and page.remote_status is not None
    phone = _Phone(remote)
    qtbot.waitUntil(lambda: remote.connected == [PHONE], timeout=10000)
    connection = http.client.HTTPConnection("127.0.0.1", remote.server.port, timeout=5)
    connection.request("GET", "/", headers={"Host": "elsewhere.example"})
    assert connection.getresponse().status == 421
    connection.close()
    status = page.remote_status
    qtbot.waitUntil(lambda: status.text().endswith(("1 refused", "1件を拒否")), timeout=5000)
    return phone


def _every_chip_shows(
    console: LiveConsole, qtbot: QtBot, what: str, screen: tuple[int, int]
) -> None:
    _check(console, qtbot, what, screen)
    banner = console.banner
    shown = list(zip(banner.chips, banner._labels, strict=False))
    hidden = [chip.text for chip, label in shown if not label.isVisible()]
    assert not hidden, f"{what} at {screen}: {hidden} stepped aside"
    room = [label for chip, label in shown if chip.kind in ROOM_CHIPS]
    assert len(room) == 1 and room[0].isVisible(), what
    # Inside the banner (a chip past its edge would be cut off), and clear of Finish.
    finish = console.finish_button
    row = console.state_row
    beside = QRect(finish.mapTo(row, QPoint(0, 0)), finish.size())
    for chip, label in shown:
        assert label.geometry().right() < banner.width(), f"{what}: {chip.text!r} cut off"
        chip_area = QRect(label.mapTo(row, QPoint(0, 0)), label.size())
        assert not (finish.isVisible() and chip_area.intersects(beside)), what


@pytest.mark.parametrize("screen", [(1280, 720), (1366, 768)])
def test_no_chip_steps_aside_with_the_remote_on(
    window: MainWindow, qtbot: QtBot, screen: tuple[int, int]
) -> None:
    """With the phone remote on (a phone with a long name connected, a refusal counted),
    every chip of every state shows, the room's screen's above all: paused while held and
    softened, then safe-stopped so; and a rehearsal with the room's screen shown, landed
    softly, held and safe-stopped."""
    console = _open(window, qtbot, *screen)
    phone = _remote_at_its_longest(window, qtbot)
    try:
        _every_chip_shows(console, qtbot, "standing by", screen)
        for action, what in (
            (Action.GO, "the welcome card"),
            (Action.SOFTEN, "softened"),
            (Action.HOLD, "held"),
            (Action.PAUSE, "paused, held, softened"),
            (Action.SAFE_STOP, "safe-stopped, held, softened"),
        ):
            _past_go_guard(console, qtbot)
            console.handle(action)
            _every_chip_shows(console, qtbot, what, screen)
        assert [chip.kind for chip in console.banner.chips] == [
            "stopped",
            "holding",
            "softened",
            "room_off",
        ]
    finally:
        phone.leave()
    page = window.live
    page.close_console()
    window.open_live("First tears", rehearsal=True)
    console = page.console
    assert console is not None
    qtbot.waitUntil(console.isVisible, timeout=5000)
    phone = _remote_at_its_longest(window, qtbot)
    try:
        console.show_audience(True)  # asked for: the room's screen shows in a rehearsal
        for action in (Action.GO, Action.SOFTEN, Action.SOFTEN, Action.SOFTEN, Action.HOLD):
            _past_go_guard(console, qtbot)
            console.handle(action)
        _every_chip_shows(console, qtbot, "a rehearsal, shown, landed softly, held", screen)
        console.handle(Action.SAFE_STOP)
        _every_chip_shows(
            console, qtbot, "a rehearsal, shown, landed softly, held, stopped", screen
        )
        assert [chip.kind for chip in console.banner.chips] == [
            "stopped",
            "holding",
            "softened",
            "rehearsal",
            "room_on",
        ]
    finally:
        phone.leave()
        console.show_audience(False)
