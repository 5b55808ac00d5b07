"""The phone's page speaks the app's language: every word it shows comes from the
catalogue (no browser here: the served page, its words and its script are read as text;
tests/test_remote_e2e.py looks at it in Chromium)."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import aiohttp
import pytest

from tearconsole import i18n
from tearconsole.remote.audit import AuditLog
from tearconsole.remote.guard import check_role, parse_command
from tearconsole.remote.pairing import Device, Pairing, Refusal, Role
from tearconsole.remote.server import RemoteServer
from tearconsole.remote.words import page_template, page_words, render_page
from tests.test_remote_server import Recorder

#: Latin words the Japanese page may show: the console's key word and the app's name.
ALLOWED = {"GO", "tearconsole"}
WORD = re.compile(r"[A-Za-z][A-Za-z']+")
PLACEHOLDER = re.compile(r"\{\w+\}")


@pytest.fixture
def japanese() -> Iterator[None]:
    before = i18n.current_language()
    i18n.set_language("ja")
    yield
    i18n.set_language(before)


class Shown(HTMLParser):
    """What a reader sees of a page: its text (not its script or style) and the values
    of the attributes a browser shows; the script and the words block kept aside."""

    SHOWN_ATTRIBUTES = ("value", "placeholder", "title", "aria-label", "alt")

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.scripts: dict[str, str] = {}
        self.lang = ""
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "html":
            self.lang = found.get("lang") or ""
        if tag in ("script", "style"):
            self._in = f"{tag}:{found.get('id') or ''}"
        self.text += [found[a] or "" for a in self.SHOWN_ATTRIBUTES if a in found]

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in is None:
            self.text.append(data)
        else:
            self.scripts[self._in] = self.scripts.get(self._in, "") + data


def _english(texts: list[str]) -> set[str]:
    words = set()
    for text in texts:
        words |= set(WORD.findall(PLACEHOLDER.sub("", text))) - ALLOWED
    return words


def _served(tmp_path: Path) -> tuple[str, str]:
    server = RemoteServer("127.0.0.1", Pairing(), AuditLog(tmp_path / "remote.log"), Recorder())
    server.start()

    async def main() -> tuple[str, str]:
        async with aiohttp.ClientSession() as http, http.get(server.url) as response:
            assert response.status == 200
            return await response.text(), response.headers["Content-Security-Policy"]

    try:
        return asyncio.run(main())
    finally:
        server.stop()


def test_the_japanese_page_shows_no_english_of_its_own(japanese: None, tmp_path: Path) -> None:
    page, csp = _served(tmp_path)
    shown = Shown()
    shown.feed(page)
    assert shown.lang == "ja"
    assert "{{" not in page  # every marker filled
    assert _english(shown.text) == set()
    assert "このスマートフォンをつなぐ" in page and "長押しで安全に止める" in page
    words = json.loads(shown.scripts["script:words"])
    assert words == page_words()
    assert _english(list(words.values())) == set()
    assert words["pause"] == "一時停止" and words["stopped"] == "安全停止"
    # the served script is the one the page's CSP lets run (the words changed none of it)
    script = shown.scripts["script:"]
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in csp
    assert not {s for s in i18n.untranslated() if s[0] == "RemotePage"}


def test_the_script_writes_only_words_from_the_catalogue() -> None:
    shown = Shown()
    shown.feed(page_template())
    script = shown.scripts["script:"]
    literals = re.findall(r'"((?:[^"\\]|\\.)*)"', script)
    sentences = {s for s in literals if re.search(r"[A-Za-z]{2,}", s) and " " in s.strip()}
    # a directive, a class name and the app's name: nothing written for a reader
    assert sentences == {"use strict", "on stop", " · tearconsole"}
    capitalised = {s for s in literals if re.match(r"[A-Z][a-z]", s)}
    assert capitalised <= {"Content-Type", "Enter"}  # a header and a key, never shown
    keys = set(page_words())
    assert set(re.findall(r"\bT\.(\w+)", script)) <= keys
    for listed in ("ROLES", "STATES"):  # the machine words the page looks up in T
        names = re.search(listed + r" = \[([^\]]*)\]", script)
        assert names is not None and set(re.findall(r'"(\w+)"', names.group(1))) <= keys
    markers = set(re.findall(r"\{\{(\w+)\}\}", page_template()))
    assert markers - {"lang", "words"} <= keys


def test_the_english_page_reads_as_before() -> None:
    assert i18n.current_language() == "en"
    shown = Shown()
    shown.feed(render_page(page_template()))
    assert shown.lang == "en"
    assert "Pair this phone" in shown.text and "Hold for safe stop" in shown.text
    assert 'value="Phone"' in render_page(page_template())


def test_what_the_phone_is_refused_is_said_in_japanese(japanese: None) -> None:
    pairing = Pairing()
    wrong = "000000" if pairing.code != "000000" else "111111"
    with pytest.raises(Refusal) as refused:
        pairing.pair(wrong, "Kim")
    assert refused.value.reason == "wrong_code"  # the log's word stays English
    assert refused.value.sentence == "そのコードは、パソコンに表示されているものと違います。"
    viewer = Device("ab12cd", "Sam", Role.VIEWER, 0.0)
    with pytest.raises(Refusal) as watching:
        check_role(viewer)
    assert watching.value.sentence == "Sam はセッションを見ることはできますが、操作はできません。"
    with pytest.raises(Refusal) as empty:
        parse_command({"action": "note", "text": "  "})
    assert _english([empty.value.sentence]) == set()
