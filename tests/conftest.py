"""Shared fixtures: Qt's platform chosen before any QApplication, real data folders,
real libVLC with dummy outputs, and real media made on the spot."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

# Tests marked ``xvfb`` run in their own pytest pass under Xvfb with the X11 platform
# (scripts/test); everything else uses the offscreen platform. Must be set before Qt loads.
if os.environ.get("TEARCONSOLE_TEST_PLATFORM") == "xcb":
    os.environ["QT_QPA_PLATFORM"] = "xcb"
else:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TEARCONSOLE_VLC_OPTIONS", "--aout=dummy")
os.environ.pop("TEARCONSOLE_DATA_DIR", None)
# The tests expect the English interface (tests/test_i18n*.py choose Japanese themselves):
# a machine whose locale asks for Japanese must not change that.
for _variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
    if os.environ.get(_variable, "").lower().startswith("ja"):
        os.environ[_variable] = "C.UTF-8"

from tearconsole.paths import AppPaths  # noqa: E402
from tearconsole.storage.db import Database  # noqa: E402
from tests import media  # noqa: E402

if TYPE_CHECKING:
    from tearconsole.core.checkin import StartInfo
    from tearconsole.ui.live.page import AskEnd, LivePage
    from tearconsole.ui.main_window import MainWindow

#: ``make_live_page``: (start=, end=, size=, shown=) -> a Live page.
MakeLivePage = Callable[..., "LivePage"]
#: ``show_window``: (paths, size=) -> the main window, shown.
ShowWindow = Callable[..., "MainWindow"]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    on_x = os.environ.get("QT_QPA_PLATFORM") == "xcb" and os.environ.get("DISPLAY")
    skip = pytest.mark.skip(reason="needs Xvfb: run through scripts/test")
    for item in items:
        if "xvfb" in item.keywords and not on_x:
            item.add_marker(skip)


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.resolve(tmp_path / "data").ensure()


@pytest.fixture
def db(paths: AppPaths) -> Iterator[Database]:
    database = Database.open(paths, write=True)
    yield database
    database.close()


@pytest.fixture(autouse=True)
def english_interface(request: pytest.FixtureRequest) -> None:
    """Qt tests see the interface as the app shows it in English: with the English
    catalogue's plural forms ("1 cue", "2 cues") loaded, as ``run_gui`` loads it."""
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        return
    from tearconsole import i18n
    from tearconsole.ui.i18n import install_language

    request.getfixturevalue("qapp")
    if i18n.current_language() != "en" or not getattr(english_interface, "done", False):
        install_language("en")
        english_interface.done = True  # type: ignore[attr-defined]


@pytest.fixture(scope="session")
def vlc_instance() -> Iterator[Any]:
    from tearconsole.playback.vlcenv import make_instance

    instance = make_instance(headless=True, extra=["--file-caching=0"])
    yield instance
    instance.release()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory, vlc_instance: Any) -> AppPaths:
    """One data folder with the demo installed, made once and copied by ``demo_paths``."""
    from tearconsole.demo import install_demo

    template = AppPaths.resolve(tmp_path_factory.mktemp("demo") / "data")
    database = Database.open(template, write=True)
    try:
        install_demo(database, vlc_instance)
    finally:
        database.close()
    return template


@pytest.fixture
def demo_paths(demo_template: AppPaths, tmp_path: Path) -> AppPaths:
    """A private copy of the demo data folder (its media paths are relative, so they are
    the copy's own)."""
    target = tmp_path / "demo-data"
    shutil.copytree(demo_template.data_dir, target, ignore=shutil.ignore_patterns("*.lock"))
    return AppPaths.resolve(target)


@pytest.fixture
def show_window(qtbot: Any) -> ShowWindow:
    """Opens the main window on a data folder and shows it (at ``size``, if given),
    returning once it is shown."""
    from tearconsole.ui.app import make_application, open_window

    def show(paths: AppPaths, size: tuple[int, int] | None = None) -> MainWindow:
        make_application()
        window = open_window(paths)
        qtbot.addWidget(window)
        if size is not None:
            window.resize(*size)
        with qtbot.waitSignal(window.shown):
            window.show()
        return window

    return show


@pytest.fixture
def make_live_page(qtbot: Any, db: Database, vlc_instance: Any) -> Iterator[MakeLivePage]:
    """Makes the Live page on the test's database and the shared libVLC: the start dialog
    answers ``start`` (a plain start by default), the end dialog is ``end`` if given;
    shown (at ``size``, if given) until its window is exposed, unless ``shown=False``.
    Each page made is shut down after the test."""
    from tearconsole.core.checkin import StartInfo
    from tearconsole.ui.app import make_application
    from tearconsole.ui.live.page import LivePage, ask_end_dialog

    made: list[LivePage] = []

    def make(
        start: StartInfo | None = None,
        end: AskEnd | None = None,
        size: tuple[int, int] | None = None,
        shown: bool = True,
    ) -> LivePage:
        make_application()
        answer = start or StartInfo()
        ask_end = end or ask_end_dialog
        page = LivePage(db, ask_start=lambda *_: answer, ask_end=ask_end, vlc_instance=vlc_instance)
        qtbot.addWidget(page)
        made.append(page)
        if size is not None:
            page.resize(*size)
        if shown:
            page.show()
            qtbot.waitExposed(page)
        return page

    yield make
    for page in made:
        page.shutdown()


@pytest.fixture
def live_page(make_live_page: MakeLivePage) -> LivePage:
    """The Live page as ``make_live_page`` makes it by default (modules needing other
    answers or a size define their own ``live_page``)."""
    return make_live_page()


@pytest.fixture(scope="session")
def media_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder for media made by ``tests.media`` once per test run."""
    return tmp_path_factory.mktemp("media")


@pytest.fixture(scope="session")
def make_media(media_dir: Path) -> media.MediaFactory:
    return media.MediaFactory(media_dir)


@pytest.fixture(scope="module")
def pulse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A real PulseAudio server with the null sinks ``hdmi`` and ``speakers`` for the
    module's tests (``tests.pulsekit``); libVLC and pactl find it through PULSE_SERVER."""
    from tests.pulsekit import PulseServer

    server = PulseServer(tmp_path_factory.mktemp("pulse"))
    before = os.environ.get("PULSE_SERVER")
    os.environ["PULSE_SERVER"] = server.server
    try:
        yield server
    finally:
        if before is None:
            os.environ.pop("PULSE_SERVER", None)
        else:
            os.environ["PULSE_SERVER"] = before
        server.stop()


@pytest.fixture(scope="module")
def pulse_vlc(pulse: Any) -> Iterator[Any]:
    """libVLC playing through the module's PulseAudio (``pulse``), no picture."""
    from tearconsole.playback.vlcenv import make_instance

    instance = make_instance(extra=["--aout=pulse", "--vout=dummy", "--file-caching=0"])
    yield instance
    instance.release()


@pytest.fixture
def japanese() -> Iterator[None]:
    """This process speaks Japanese for the test (no Qt), and English again after it."""
    from tearconsole import i18n

    i18n.set_language("ja")
    try:
        yield
    finally:
        i18n.set_language("en")
