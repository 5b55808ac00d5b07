"""The pause cue's optional soft tone: requested once at the pause's start when the cue
asks for it (logged first, on MAIN, the bed left alone), never otherwise; the bundled
file is small and remade byte for byte by its script; and through real libVLC it sounds,
softly, while a bed plays on without a gap."""

from __future__ import annotations

import importlib.util
import wave
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tearconsole.assets import pause_tone_path
from tearconsole.core.clock import MonotonicClock
from tearconsole.core.conductor import Conductor
from tearconsole.core.conductor.cues import LiveSettings
from tearconsole.core.kinds import ContinueMode, CueKind, EventKind
from tearconsole.core.plan import CueSpec, PlanSpec
from tearconsole.core.ports import Layer, MediaRequest
from tearconsole.playback.capture import now_us
from tests.conductor_fakes import BED, MUSIC, MemorySink, Rig
from tests.enginekit import Rig as EngineRig
from tests.enginekit import make_rig, points
from tests.media import MediaFactory

FOLLOW, GO = ContinueMode.FOLLOW, ContinueMode.GO


def _plan(tone: bool, bed: Any = BED) -> PlanSpec:
    cues = (
        CueSpec(0, CueKind.BED_START, bed, continue_mode=FOLLOW),
        CueSpec(1, CueKind.STIMULUS, MUSIC, continue_mode=FOLLOW),
        CueSpec(2, CueKind.PAUSE, duration_s=4.0, text="Breathe", tone=tone, continue_mode=GO),
    )
    return PlanSpec(id=1, name="Tone", cues=cues)


def _starts(rig: Rig) -> list[tuple[Layer, MediaRequest, float, float]]:
    return [call.args for call in rig.output.calls if call.name == "start"]  # type: ignore[misc]


def test_a_pause_with_tone_plays_it_once_on_main_logged_first_and_leaves_the_bed() -> None:
    rig = Rig(_plan(tone=True))
    c = rig.conductor
    c.begin()
    c.go()  # the bed, then the music follows; the pause follows the music
    rig.run(5.5)
    tone_events = rig.events(EventKind.TONE)
    assert len(tone_events) == 1 and tone_events[0].cue_position == 2
    layer, request, fade_in, crossfade = _starts(rig)[-1]
    assert layer is Layer.MAIN and request.path == str(pause_tone_path())
    assert not request.loop and fade_in == 0.0 and crossfade == 0.0
    call = next(x for x in rig.output.calls if x.name == "start" and x.args[1] is request)
    assert call.events_logged >= rig.sink.events.index(tone_events[0]) + 1  # logged first
    assert [a[0] for a in _starts(rig)].count(Layer.BED) == 1  # the bed was not restarted
    assert not [call for call in rig.output.calls if call.name == "stop"]  # nor stopped
    assert Layer.BED in rig.output.audible()
    rig.output.lengths[request.path] = 2.5
    rig.run(4.0)  # the tone ends: the pause is not cut short by it, nor the session moved on
    assert c.view().standing_by is None and not rig.events(EventKind.MEDIA_ERROR)
    assert len(rig.events(EventKind.TONE)) == 1


def test_no_tone_without_the_option_or_without_a_tone_file() -> None:
    for rig in (Rig(_plan(tone=False)), _rig_without_tone_file()):
        rig.conductor.begin()
        rig.conductor.go()
        rig.run(5.5)
        assert rig.conductor.view().scene.kind.value == "breathing"
        assert not rig.events(EventKind.TONE)
        assert [a[1].path for a in _starts(rig)] == ["bed.ogg", "music.ogg"]


def _rig_without_tone_file() -> Rig:
    rig = Rig(_plan(tone=True))
    rig.conductor = Conductor(
        rig.plan, rig.output, rig.clock, rig.sink, rig.listener,
        settings=LiveSettings(pause_tone=None),
    )  # fmt: skip
    return rig


def test_a_tone_that_cannot_play_is_told_and_the_pause_goes_on() -> None:
    rig = Rig(_plan(tone=True))
    rig.output.broken.add(str(pause_tone_path()))
    rig.conductor.begin()
    rig.conductor.go()
    rig.run(5.5)
    errors = rig.events(EventKind.MEDIA_ERROR)
    assert len(errors) == 1 and errors[0].detail["tone"] is True
    assert any("soft tone" in notice for notice in rig.listener.notices)
    assert rig.conductor.view().scene.kind.value == "breathing"  # the room sees nothing


def test_the_bundled_tone_is_small_soft_and_remade_byte_for_byte(tmp_path: Path) -> None:
    bundled = pause_tone_path()
    assert bundled.is_file() and bundled.stat().st_size < 100_000
    with wave.open(str(bundled), "rb") as tone:
        seconds = tone.getnframes() / tone.getframerate()
        assert 2.0 <= seconds <= 3.0 and tone.getnchannels() == 1
    script = Path(__file__).resolve().parents[1] / "scripts" / "make_pause_tone.py"
    spec = importlib.util.spec_from_file_location("make_pause_tone", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.write(tmp_path / "again.wav")
    assert (tmp_path / "again.wav").read_bytes() == bundled.read_bytes()
    assert "sounds/pause-tone.wav" in (bundled.parents[1] / "CREDITS.md").read_text("utf-8")


@pytest.fixture
def engine(qtbot: QtBot, vlc_instance: Any) -> Iterator[EngineRig]:
    yield from make_rig(vlc_instance)


def test_real_libvlc_sounds_the_tone_softly_while_the_bed_plays_on(
    engine: EngineRig, qtbot: QtBot, make_media: MediaFactory
) -> None:
    bed = replace(BED, path=str(make_media.tone("tone-bed.wav", 3, freq=220)), duration_s=3.0)
    cues = (
        CueSpec(0, CueKind.BED_START, bed, continue_mode=FOLLOW),
        CueSpec(1, CueKind.PAUSE, duration_s=4.0, tone=True, continue_mode=GO),
    )
    sink = MemorySink()
    c = Conductor(PlanSpec(id=1, name="Tone", cues=cues), engine.out, MonotonicClock(), sink)
    c.begin()
    go = now_us()
    c.go()  # the bed starts and the pause follows at once, with its tone
    assert [e.kind for e in sink.events].count(EventKind.TONE) == 1
    assert engine.out.player_name(Layer.MAIN) == "main-1"
    qtbot.waitUntil(lambda: engine.capture.first_pts_after("main-1", go) is not None, timeout=5000)
    qtbot.waitUntil(
        lambda: (
            max((p.pts_s for p in points(engine.capture.blocks("main-1"), go)), default=0)
            >= go / 1e6 + 1.5
        ),
        timeout=6000,
    )
    tone = points(engine.capture.blocks("main-1"), go)
    heard = [p for p in tone if p.peak > 0.01]
    assert heard and heard[0].pts_s - go / 1e6 < 1.0  # it sounds at the pause's start
    assert max(p.peak for p in tone) < 0.3  # softly (the file peaks at -14 dBFS)
    assert tone[-1].peak < max(p.peak for p in tone) / 2  # ... and dies away like a bell
    bed_blocks = [b for b in engine.capture.blocks("bed-1") if b.pts_us >= go + 300_000]
    ends = [(b.pts_us, b.pts_us + b.frames * 1e6 / engine.capture.rate) for b in bed_blocks]
    gaps = [(nxt[0] - cur[1]) / 1000 for cur, nxt in zip(ends, ends[1:], strict=False)]
    assert gaps and max(gaps) < 60  # the bed played on under it without a hole
    assert min(max(b.peaks) for b in bed_blocks) > 0.02
    c.end()
