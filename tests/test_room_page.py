"""The participants' page in a real browser (Chromium through Playwright, phones 320 and
390 CSS pixels wide, in English and Japanese): twelve phones join from the QR's link,
give a check-in score, signal, give a check-out score and keep the care card, which
stays readable with the server gone; the room's cap is said in a sentence."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tearconsole.remote.audit import AuditLog
from tearconsole.remote.participants import Phase, Room, Signal
from tearconsole.remote.room_words import said
from tearconsole.remote.server import RemoteServer, start_room_server
from tests.phone import NARROW, USUAL, chromium, open_phone

HOST = "127.0.0.1"
PHONES = 12
WAIT_MS = 10_000
JA_HOTLINE = "0120-279-338"  # よりそいホットライン, from the Japanese demo's closing card


@pytest.fixture
def room() -> Room:
    # every phone here comes from 127.0.0.1, as if behind one venue router
    return Room(joins_per_address=PHONES)


@pytest.fixture
def served(room: Room, tmp_path: Path) -> Iterator[RemoteServer]:
    server = start_room_server(HOST, room, audit=AuditLog(tmp_path / "remote.log"))
    yield server
    server.stop()


def text(language: str, source: str) -> str:
    return said(language, source)


def live_says(page: Any, sentence: str) -> None:
    page.wait_for_function(
        "(s) => document.getElementById('live').textContent === s", arg=sentence, timeout=WAIT_MS
    )


def join(page: Any, language: str, code: str) -> None:
    assert "#" not in page.url  # the code left the address (and the history) at once
    field = page.get_by_label(text(language, "The room's code, on the screen"))
    field.wait_for(timeout=WAIT_MS)
    assert field.input_value() == code  # prefilled from the link
    page.get_by_role("button", name=text(language, "Join"), exact=True).click()
    page.get_by_role(
        "heading", name=text(language, "Before we begin: how much distress do you feel right now?")
    ).wait_for(timeout=WAIT_MS)


def fits(page: Any) -> None:
    """Nothing wider than the phone, every target big (12 of them at least)."""
    width = page.evaluate("innerWidth")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    buttons = page.locator("#signals button:visible, #scores button:visible").all()
    assert len(buttons) >= 3
    for button in buttons:
        box = button.bounding_box()
        assert box["height"] >= 44 and box["width"] >= 44, box


def dark(page: Any) -> None:
    """A dim room: the page and every button dark (no channel over 80 of 255)."""
    colours = page.evaluate(
        """[document.body, ...document.querySelectorAll('button')].map(
             (e) => getComputedStyle(e).backgroundColor)"""
    )
    for colour in colours:
        channels = [int(c) for c in colour[colour.index("(") + 1 : -1].split(",")[:3]]
        assert max(channels) <= 80, colour


def in_reach(page: Any) -> None:
    """The signals in the lower half (the thumb's reach, the phone held in one hand)."""
    height = page.evaluate("innerHeight")
    for button in page.locator("#signals button").all():
        box = button.bounding_box()
        assert height / 2 <= box["y"] and box["y"] + box["height"] <= height, (box, height)


def test_twelve_phones_join_score_signal_and_keep_the_care_card(
    served: RemoteServer, room: Room, tmp_path: Path
) -> None:
    link = f"{served.room_url}#room={room.code}"
    phones: list[tuple[Any, str]] = []
    with chromium() as browser:
        for n in range(PHONES):
            language = "ja" if n % 2 else "en"
            page = open_phone(browser, link, language, NARROW if n % 3 == 0 else USUAL)
            join(page, language, room.code)
            fits(page)
            dark(page)
            phones.append((page, language))
            if n == 3:  # the session is in Japan: the care card's hotlines, even for
                room.set_state(language="ja")  # the phones that opened the page before
        assert page.evaluate("document.documentElement.lang") == "ja"

        for n, (page, language) in enumerate(phones):  # check-in: 0..10, one declines
            name = (
                text(language, "I'd rather not say")
                if n == 11
                else text(language, "{n} out of 10").format(n=n % 11)
            )
            page.get_by_role("button", name=name, exact=True).click()
            live_says(page, text(language, "Thank you. Your answer is in."))
            assert page.locator("#score").is_hidden()
            in_reach(page)
        for n, (page, language) in enumerate(phones):
            signal = ("Softer, please", "I need a short break", "I'm OK")[n % 3]
            page.get_by_role("button", name=text(language, signal)).click()
            live_says(page, text(language, "Heard"))
            assert page.get_by_role("button", name=text(language, signal)).is_disabled()

        room.set_state(phase=Phase.CHECK_OUT)
        for page, language in phones:
            question = text(language, "Before you go: how much distress do you feel right now?")
            page.get_by_role("heading", name=question).wait_for(timeout=WAIT_MS)
            page.get_by_role("button", name=text(language, "{n} out of 10").format(n=2)).click()
            live_says(page, text(language, "Thank you. Your answer is in."))

        room.set_state(phase=None, ended=True)
        saved: list[str] = []
        for n, (page, language) in enumerate(phones):
            page.get_by_role("heading", name=text(language, "Your care card")).wait_for(
                timeout=WAIT_MS
            )
            assert JA_HOTLINE in page.locator("#care").inner_text()
            if n < 2:  # "Save this card": a file that opens without the network
                with page.expect_download(timeout=WAIT_MS) as download:
                    page.get_by_role("button", name=text(language, "Save this card")).click()
                path = tmp_path / f"care-{n}.html"
                download.value.save_as(path)
                saved.append(path.read_text("utf-8"))

        served.stop()  # the network is gone: the card stays, on the page and kept
        for page, language in phones:
            assert page.locator("#care").is_visible()
            kept = page.evaluate("localStorage.getItem('tearconsole-care-card')")
            assert JA_HOTLINE in kept and text(language, "Where to find help") in kept
        card = phones[0][0].context.new_page()
        card.goto((tmp_path / "care-1.html").as_uri())
        assert JA_HOTLINE in card.locator("body").inner_text()
        assert card.locator("script").count() == 0

    assert all(JA_HOTLINE in file for file in saved)
    assert text("ja", "Where to find help") in saved[1]
    tally = room.tally()
    assert tally.phones == PHONES
    assert tally.scores[Phase.CHECK_IN] == (1,) * 11 and tally.declined[Phase.CHECK_IN] == 1
    assert tally.scores[Phase.CHECK_OUT][2] == PHONES
    assert sorted(said for _, said in tally.signals) == sorted(
        [Signal.SOFTER, Signal.BREAK, Signal.OK] * (PHONES // 3)
    )


def test_a_full_room_says_so_and_a_wrong_code_too(tmp_path: Path) -> None:
    room = Room(max_phones=1)
    server = start_room_server(HOST, room, audit=AuditLog(tmp_path / "remote.log"))
    try:
        with chromium() as browser:
            first = open_phone(browser, f"{server.room_url}#room={room.code}", "en", NARROW)
            join(first, "en", room.code)
            wrong = open_phone(browser, f"{server.room_url}#room=XXXXX", "ja", NARROW)
            wrong.get_by_role("button", name=text("ja", "Join"), exact=True).click()
            wrong.get_by_text(text("ja", "That is not the room's code.")).wait_for(timeout=WAIT_MS)
            late = open_phone(browser, f"{server.room_url}#room={room.code}", "en", USUAL)
            late.get_by_role("button", name="Join", exact=True).click()
            late.get_by_role("alert").get_by_text(
                "The room is full for phones; thank you for trying."
            ).wait_for(timeout=WAIT_MS)
            assert late.locator("#signals").is_hidden()
    finally:
        server.stop()
    assert room.tally().phones == 1


def test_the_english_session_card_points_to_local_help(served: RemoteServer, room: Room) -> None:
    with chromium() as browser:
        page = open_phone(browser, f"{served.room_url}#room={room.code}", "en", NARROW)
        join(page, "en", room.code)
        page.get_by_role("button", name="Care card").click()
        care = page.locator("#care").inner_text()
        assert "crisis line" in care and "In the next hours" in care
        assert page.get_by_role("status").first.is_visible()
