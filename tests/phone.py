"""A phone for the remote's end-to-end tests: Debian's Chromium at a phone's size, driven
by Playwright on a thread of its own, so the Qt event loop keeps running on the test's
thread while the phone waits (Playwright's calls block)."""

from __future__ import annotations

import concurrent.futures
import gc
import queue
import shutil
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import pytest
from pytestqt.qtbot import QtBot

T = TypeVar("T")
CHROMIUM = "/usr/bin/chromium"
#: A 6.1" phone held upright (CSS pixels), at its usual density.
VIEWPORT = {"width": 390, "height": 844}


def chromium_path() -> str:
    path = shutil.which("chromium") or CHROMIUM
    if not shutil.which(path):
        pytest.skip("Chromium is not installed (scripts/setup.sh test installs it)")
    return path


class Phone:
    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        # Python's cyclic collector, run on the test's thread while Playwright's greenlets
        # are alive on the phone's, crashed the process now and then (a segfault while
        # "Garbage-collecting"): it waits until the phone's thread has ended.
        executable = chromium_path()  # skips the test where there is none
        gc.disable()
        self._jobs: queue.Queue[Any] = queue.Queue()
        self._thread = threading.Thread(target=self._run, args=(executable,), daemon=True)
        self._thread.start()

    def _run(self, executable: str) -> None:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=executable)
            context = browser.new_context(
                viewport=VIEWPORT, device_scale_factor=2, is_mobile=True, has_touch=True
            )
            page = context.new_page()
            while True:
                job = self._jobs.get()
                if job is None:
                    break
                fn, future = job
                if not future.set_running_or_notify_cancel():
                    continue
                try:
                    future.set_result(fn(page))
                except BaseException as exc:
                    future.set_exception(exc)
            context.close()
            browser.close()

    def do(self, fn: Callable[[Any], T], timeout_ms: int = 15000) -> T:
        """Run ``fn(page)`` on the phone's thread; the Qt loop runs meanwhile."""
        future: concurrent.futures.Future[T] = concurrent.futures.Future()
        self._jobs.put((fn, future))
        self.qtbot.waitUntil(future.done, timeout=timeout_ms)
        return future.result()

    def close(self) -> None:
        self._jobs.put(None)
        self._thread.join(20)
        gc.enable()
        gc.collect()


# -- participants' phones (the room's tests): one browser context per phone, its own
# cookies, language and screen size; no Qt, so Playwright's blocking calls run directly --
NARROW = {"width": 320, "height": 640}  # the smallest phone still sold
USUAL = {"width": 390, "height": 844}
LOCALES = {"en": "en-GB", "ja": "ja-JP"}


@contextmanager
def chromium() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    executable = chromium_path()  # skips the test where there is none
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable)
        try:
            yield browser
        finally:
            browser.close()


def open_phone(browser: Any, url: str, language: str, viewport: dict[str, int]) -> Any:
    """A phone whose browser asks for ``language``, at ``url``; its page."""
    context = browser.new_context(
        viewport=viewport,
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
        locale=LOCALES[language],
        accept_downloads=True,
    )
    page = context.new_page()
    page.goto(url)
    return page
