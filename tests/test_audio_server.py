"""The audio server itself going away mid-session: a real PulseAudio with two null sinks
(hdmi, speakers), killed with SIGKILL during a cue and started again. The server's side
(``pulse_watch``: pactl's connection, the socket) and libVLC's side (its log's errors)
each notice; the engine opens its outputs anew on the chosen sink, the cue goes on from
where it was, the console's notice line says each moment and the event log keeps it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tearconsole.core.conductor.view import Mode
from tearconsole.core.ports import Layer
from tearconsole.playback.pulse_watch import PulseServerWatch
from tearconsole.playback.vlc_log import audio_errors, release_audio_errors
from tearconsole.storage.db import Database
from tearconsole.storage.models import Event
from tests.live_plans import Step
from tests.media import MediaFactory
from tests.pulsekit import PulseServer, heard_only_on, watched_session


@pytest.fixture
def server(pulse: PulseServer) -> Iterator[PulseServer]:
    """The server, running again after the test whatever the test did to it."""
    yield pulse
    if pulse.process.poll() is not None:
        pulse.restart()


@pytest.mark.parametrize("use_pactl", [True, False], ids=["pactl", "socket"])
def test_the_server_watch_sees_it_go_and_come_back(
    qtbot: QtBot, server: PulseServer, use_pactl: bool
) -> None:
    watch = PulseServerWatch(use_pactl=use_pactl)
    try:
        assert watch.up
        if use_pactl:  # a sink unplugged is told at once (the sound's watch looks then)
            # pactl subscribe is a client of the server (besides the pactl that asks)
            qtbot.waitUntil(lambda: server.pactl("list", "short", "clients").count("pactl") >= 2)
            with qtbot.waitSignal(watch.changed, timeout=3_000):
                server.unplug("hdmi")
            server.plug("hdmi")
        with qtbot.waitSignal(watch.left, timeout=3_000):
            server.kill()
        assert not watch.up
        with qtbot.waitSignal(watch.returned, timeout=3_000):
            server.restart()
        assert watch.up
        # and again: it follows the new server as it did the first
        with qtbot.waitSignal(watch.left, timeout=3_000):
            server.kill()
        with qtbot.waitSignal(watch.returned, timeout=3_000):
            server.restart()
    finally:
        watch.stop()


def test_libvlc_says_its_output_failed_when_the_server_dies(
    qtbot: QtBot, server: PulseServer, pulse_vlc: Any, make_media: MediaFactory
) -> None:
    tone = make_media.tone("server-errors.wav", 20)
    errors = audio_errors(pulse_vlc)
    said: list[str] = []
    errors.failed.connect(said.append)
    player = pulse_vlc.media_player_new()
    try:
        player.set_media(pulse_vlc.media_new_path(str(tone)))
        player.play()
        qtbot.waitUntil(lambda: server.input_sinks() != [], timeout=10_000)
        qtbot.waitUntil(lambda: player.get_time() > 300, timeout=10_000)
        assert said == []  # playing well: nothing from libVLC's audio output
        with qtbot.waitSignal(errors.failed, timeout=3_000) as failed:
            server.kill()
        assert "pulse" in failed.args[0]
    finally:
        release_audio_errors(pulse_vlc)
        player.stop()
        player.release()


def test_the_server_killed_mid_cue_comes_back_on_the_chosen_sink(
    qtbot: QtBot,
    db: Database,
    server: PulseServer,
    pulse_vlc: Any,
    make_media: MediaFactory,
    tmp_path: Path,
) -> None:
    steps = [
        Step("music", make_media.tone("server-long.wav", 30), seconds=30.0),
        Step("music", make_media.tone("server-next.wav", 20, freq=330), seconds=20.0),
    ]
    # speakers first in PulseAudio's eyes: a new stream there would be the default's fault
    server.pactl("set-default-sink", "speakers")
    with watched_session(db, pulse_vlc, "Server restarts", steps, "hdmi") as session:
        runner, output, notices = session.runner, session.output, session.notices
        runner.start()
        runner.conductor.go()
        qtbot.waitUntil(lambda: (output.position_s(Layer.MAIN) or 0) > 0.5, timeout=10_000)
        qtbot.waitUntil(lambda: set(server.input_sinks()) == {"hdmi"}, timeout=5_000)

        session.watch.remind.setInterval(300)  # said again while it lasts (10 s in use)
        server.kill()
        qtbot.waitUntil(lambda: any("sound server stopped" in n for n in notices), timeout=3_000)
        at = output.position_s(Layer.MAIN) or 0.0
        qtbot.waitUntil(lambda: (output.position_s(Layer.MAIN) or 0) > at + 0.5, timeout=5_000)
        assert runner.conductor.mode is Mode.RUNNING  # the session goes on, silently
        qtbot.waitUntil(lambda: sum("sound server stopped" in n for n in notices) >= 2)

        server.restart()
        server.pactl("set-default-sink", "speakers")
        qtbot.waitUntil(lambda: "sound server is back" in notices[-1], timeout=3_000)
        assert "HDMI" in notices[-1]
        qtbot.waitUntil(lambda: set(server.input_sinks()) == {"hdmi"}, timeout=3_000)
        back_at = output.position_s(Layer.MAIN) or 0.0
        assert back_at > at  # the cue went on from where it was, not from its start
        heard_only_on(qtbot, server, "hdmi", "speakers", tmp_path, "same-cue")
        assert runner.conductor.mode is Mode.RUNNING

        runner.conductor.go()  # a fresh cue after the restart: there too
        qtbot.waitUntil(lambda: output.player_name(Layer.MAIN) is not None, timeout=5_000)
        qtbot.waitUntil(lambda: (output.position_s(Layer.MAIN) or 0) > 0.3, timeout=10_000)
        heard_only_on(qtbot, server, "hdmi", "speakers", tmp_path, "next-cue")

        with db.session() as session:
            logged = [
                json.loads(event.detail_json)
                for event in session.scalars(
                    select(Event).where(Event.kind == "audio_output").order_by(Event.seq)
                )
            ]
        assert [event["state"] for event in logged] == ["server_lost", "server_back"]
        assert logged[1]["device"] == "hdmi" and logged[1]["name"] == "HDMI"
        assert logged[1]["now"] == "hdmi"


def test_a_server_back_without_the_chosen_sink_says_where_the_sound_goes(
    qtbot: QtBot,
    db: Database,
    server: PulseServer,
    pulse_vlc: Any,
    make_media: MediaFactory,
) -> None:
    steps = [Step("music", make_media.tone("server-usb.wav", 20), seconds=20.0)]
    names = {"usb": "USB speakers"}  # chosen on another day; not here now
    with watched_session(db, pulse_vlc, "No USB", steps, "usb", names=names) as session:
        runner, notices = session.runner, session.notices
        runner.start()
        runner.conductor.go()
        qtbot.waitUntil(lambda: server.input_sinks() != [], timeout=10_000)
        server.kill()
        qtbot.waitUntil(lambda: any("sound server stopped" in n for n in notices), timeout=3_000)
        server.restart()
        qtbot.waitUntil(lambda: "USB speakers" in notices[-1], timeout=3_000)
        assert "gone" in notices[-1]
        qtbot.waitUntil(lambda: server.input_sinks() != [], timeout=3_000)  # heard somewhere
