"""Sound outputs through a real PulseAudio server with two null sinks (hdmi, speakers):
listed by their names, the chosen one gets the samples and the other none, and one
unplugged mid-cue is told to the facilitator while the session goes on."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tearconsole.core.conductor.view import Mode
from tearconsole.core.ports import Layer, MediaRequest
from tearconsole.playback.audio_outputs import find_output, list_outputs
from tearconsole.playback.audio_system import (
    AudioSystem,
    default_aout_options,
    remember_names,
    remembered_names,
)
from tearconsole.playback.audio_watch import AudioWatch
from tearconsole.playback.engine import VlcOutput
from tearconsole.settings import Settings
from tearconsole.storage.db import Database
from tearconsole.storage.models import Event
from tests.live_plans import Step
from tests.media import MediaFactory
from tests.pulsekit import HEARD, SILENT, PulseServer, peak, seconds, watched_session


@pytest.fixture
def plugged(pulse: PulseServer) -> Iterator[PulseServer]:
    """Both sinks present before and after the test."""
    yield pulse
    for sink in ("hdmi", "speakers"):
        if pulse.module_of(sink) is None:
            pulse.plug(sink)


def test_both_outputs_are_listed_by_name(pulse: PulseServer, pulse_vlc: Any) -> None:
    assert default_aout_options() == ["--aout=pulse"]  # the server is found
    outputs = list_outputs(pulse_vlc, AudioSystem.PULSE)
    assert {(o.device, o.name) for o in outputs} == {("hdmi", "HDMI"), ("speakers", "Speakers")}
    assert find_output(outputs, "speakers") == find_output(outputs, "SPEAKERS")
    assert find_output(outputs, "hdmi") is not None and find_output(outputs, "usb") is None


def test_the_chosen_output_gets_the_samples_and_the_other_none(
    qtbot: QtBot, plugged: PulseServer, pulse_vlc: Any, make_media: MediaFactory, tmp_path: Path
) -> None:
    tone = make_media.tone("pulse-tone.wav", 8)
    output = VlcOutput(pulse_vlc)
    output.set_audio_device("speakers")
    speakers, hdmi = tmp_path / "speakers.raw", tmp_path / "hdmi.raw"
    try:
        with plugged.recording("speakers", speakers), plugged.recording("hdmi", hdmi):
            output.start(Layer.MAIN, MediaRequest(1, str(tone)), 0.0)
            qtbot.waitUntil(
                lambda: seconds(speakers) > 1.5 and peak(speakers) > HEARD, timeout=15_000
            )
        assert peak(hdmi) < SILENT
        assert set(output.audio_devices()) == {"speakers"}
        # chosen again while it plays: the sound moves at once
        moved, left = tmp_path / "hdmi-2.raw", tmp_path / "speakers-2.raw"
        output.set_audio_device("hdmi")
        qtbot.waitUntil(lambda: set(output.audio_devices()) == {"hdmi"}, timeout=5_000)
        with plugged.recording("hdmi", moved), plugged.recording("speakers", left):
            qtbot.waitUntil(lambda: seconds(moved) > 1.0 and peak(moved) > HEARD, timeout=15_000)
        assert peak(left) < SILENT
    finally:
        output.shutdown()


def test_the_chosen_output_unplugged_mid_cue_is_told_and_the_session_goes_on(
    qtbot: QtBot,
    db: Database,
    plugged: PulseServer,
    pulse_vlc: Any,
    make_media: MediaFactory,
    tmp_path: Path,
) -> None:
    steps = [Step("music", make_media.tone("pulse-long.wav", 12), seconds=12.0)]
    with watched_session(db, pulse_vlc, "Unplugged", steps, "hdmi") as session:
        runner, output, notices = session.runner, session.output, session.notices
        assert notices == []  # the chosen output is there: nothing to say
        runner.start()
        runner.conductor.go()
        qtbot.waitUntil(lambda: (output.position_s(Layer.MAIN) or 0) > 0.5, timeout=10_000)
        assert set(output.audio_devices()) == {"hdmi"}
        plugged.unplug("hdmi")
        qtbot.waitUntil(lambda: any("HDMI" in n and "gone" in n for n in notices), timeout=5_000)
        assert "Speakers" in notices[-1]  # PulseAudio moved the sound there, and it says so
        at = output.position_s(Layer.MAIN) or 0.0
        qtbot.waitUntil(lambda: (output.position_s(Layer.MAIN) or 0) > at + 1.0, timeout=10_000)
        assert runner.conductor.mode is Mode.RUNNING  # the session went on
        plugged.plug("hdmi")
        qtbot.waitUntil(lambda: any("back" in n for n in notices), timeout=5_000)
        qtbot.waitUntil(lambda: set(output.audio_devices()) == {"hdmi"}, timeout=5_000)
        back = tmp_path / "back.raw"
        with plugged.recording("hdmi", back):
            qtbot.waitUntil(lambda: seconds(back) > 0.5 and peak(back) > HEARD, timeout=10_000)
        with db.session() as session:
            logged = list(
                session.scalars(
                    select(Event).where(Event.kind == "audio_output").order_by(Event.seq)
                )
            )
        states = [json.loads(event.detail_json) for event in logged]
        assert [state["state"] for state in states] == ["lost", "back"]
        assert states[0]["now"] == "speakers"  # where PulseAudio moved the sound
        assert states[1]["now"] == "hdmi" and states[1]["name"] == "HDMI"


def test_no_output_at_all_is_one_sentence(
    qtbot: QtBot, plugged: PulseServer, pulse_vlc: Any
) -> None:
    watch = AudioWatch(pulse_vlc, AudioSystem.PULSE, None, every_ms=100)
    try:
        assert watch.problem() is None
        with qtbot.waitSignal(watch.notice, timeout=5_000) as said:
            plugged.unplug("hdmi")
            plugged.unplug("speakers")
        assert "no sound output" in said.args[0]
        assert watch.problem() is not None
    finally:
        watch.stop()


def test_an_output_gone_before_the_session_is_named_as_remembered(
    plugged: PulseServer, pulse_vlc: Any, tmp_path: Path
) -> None:
    settings = Settings(tmp_path / "settings.json")
    remember_names(settings, list_outputs(pulse_vlc, AudioSystem.PULSE))
    plugged.unplug("hdmi")
    watch = AudioWatch(pulse_vlc, AudioSystem.PULSE, "hdmi", names=remembered_names(settings))
    try:
        assert watch.problem() == "The sound output HDMI is gone: reconnect it."
    finally:
        watch.stop()


def test_a_chosen_output_missing_at_the_start_plays_on_the_default_and_says_so(
    qtbot: QtBot,
    db: Database,
    plugged: PulseServer,
    pulse_vlc: Any,
    make_media: MediaFactory,
    tmp_path: Path,
) -> None:
    """libVLC's PulseAudio output plays nothing at all on a sink that is not there: the
    session must not ask for it, and then sound goes to the default, as the notice says."""
    steps = [Step("music", make_media.tone("pulse-missing.wav", 12), seconds=12.0)]
    plugged.unplug("hdmi")
    speakers = tmp_path / "speakers.raw"
    with watched_session(
        db, pulse_vlc, "Missing at start", steps, "hdmi", names={"hdmi": "HDMI"}
    ) as session:
        runner, output, notices = session.runner, session.output, session.notices
        qtbot.waitUntil(lambda: any("HDMI is gone" in n for n in notices), timeout=5_000)
        runner.start()
        with plugged.recording("speakers", speakers):
            runner.conductor.go()
            qtbot.waitUntil(
                lambda: seconds(speakers) > 1.0 and peak(speakers) > HEARD, timeout=10_000
            )
        # HDMI back: the sound goes there, as chosen
        plugged.plug("hdmi")
        qtbot.waitUntil(lambda: set(output.audio_devices(sounding_only=True)) == {"hdmi"})
