"""The libVLC engine behind ``Output``: layers, preload, out points, failures, softening.

Real libVLC with dummy outputs; every player's audio captured through amem, so "it
plays" means decoded samples arrived, not that a flag was set.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tearconsole.core.ports import Layer, MediaRequest
from tearconsole.playback.capture import now_us
from tests.enginekit import Rig, make_rig, points, sounded_until, start_preloaded
from tests.media import MediaFactory

MAIN, BED = Layer.MAIN, Layer.BED


@pytest.fixture
def rig(qtbot: QtBot, vlc_instance: Any) -> Iterator[Rig]:
    yield from make_rig(vlc_instance)


def _gaps_ms(rig: Rig, name: str, since_us: int) -> float:
    """The longest stretch (ms) without audio in player ``name`` after ``since_us``."""
    blocks = [b for b in rig.capture.blocks(name) if b.pts_us >= since_us]
    ends = [(b.pts_us, b.pts_us + b.frames * 1e6 / rig.capture.rate) for b in blocks]
    return max((nxt[0] - cur[1]) / 1000 for cur, nxt in zip(ends, ends[1:], strict=False))


def test_preload_parks_silently_and_start_is_immediate(
    rig: Rig, qtbot: QtBot, make_media: MediaFactory
) -> None:
    request = MediaRequest(7, str(make_media.tone("preload.wav", 4)), in_s=1.0)
    rig.out.preload(MAIN, request)
    qtbot.waitUntil(lambda: rig.out.ready(MAIN, 7), timeout=5000)
    parked = now_us()
    assert rig.out.position_s(MAIN) is None  # nothing is the layer's cue yet
    go = now_us()
    rig.out.start(MAIN, request, 0.0)
    assert not rig.heard.calls  # listeners are told later, never inside the call
    qtbot.waitUntil(lambda: rig.heard.saw("started", 7), timeout=3000)
    qtbot.waitUntil(lambda: sounded_until(rig, "main-1", go + 300_000), timeout=3000)
    after = points(rig.capture.blocks("main-1"), parked)
    assert all(p.peak == 0 for p in after if p.arrived_s * 1e6 < go)  # silent while parked
    first = next(p for p in after if p.arrived_s * 1e6 >= go)
    assert first.pts_s * 1e6 - go < 200_000 and first.peak > 0.02
    position = rig.out.position_s(MAIN)
    # From the in-point (libVLC lands on a sample boundary, microseconds before it).
    assert position is not None and 0.99 <= position < 2.0


def test_bed_keeps_playing_while_main_starts_and_stops(
    rig: Rig, qtbot: QtBot, make_media: MediaFactory
) -> None:
    bed = MediaRequest(1, str(make_media.tone("bed.wav", 2, freq=220)), loop=True)
    story = MediaRequest(2, str(make_media.tone("story.ogg", 3, freq=550)))
    began = start_preloaded(rig, qtbot, BED, bed, 0.3)
    rig.out.start(MAIN, story, 0.2)  # cold: not preloaded
    qtbot.waitUntil(lambda: rig.heard.saw("started", 2), timeout=3000)
    qtbot.waitUntil(lambda: sounded_until(rig, "main-1", now_us() + 100_000), timeout=3000)
    rig.out.stop(MAIN, 0.3)
    qtbot.waitUntil(lambda: sounded_until(rig, "bed-1", began + 2_600_000), timeout=6000)
    assert not rig.heard.saw("ended", 1)  # the 2 s bed looped past its end
    assert _gaps_ms(rig, "bed-1", began) < 60  # no hole in the bed (a loop may seam)
    bed_after = [p.peak for p in points(rig.capture.blocks("bed-1"), began + 600_000)]
    assert min(bed_after) > 0.9 * max(bed_after)  # nor a dip
    assert rig.out.position_s(MAIN) is None
    main_peaks = [b.peaks for b in rig.capture.blocks("main-1")]
    assert any(max(p) > 0.02 for p in main_peaks)  # MAIN did sound meanwhile


def test_out_point_ends_the_media_there(rig: Rig, qtbot: QtBot, make_media: MediaFactory) -> None:
    request = MediaRequest(3, str(make_media.tone("outpoint.wav", 6)), in_s=0.5, out_s=1.5)
    go = start_preloaded(rig, qtbot, MAIN, request, 0.0)
    qtbot.waitUntil(lambda: rig.heard.saw("ended", 3), timeout=5000)
    sounded = [p for p in points(rig.capture.blocks("main-1"), go) if p.peak > 0]
    length = sounded[-1].pts_s - sounded[0].pts_s + 0.05
    assert abs(length - 1.0) < 0.15
    assert rig.out.position_s(MAIN) is None  # the layer is free again
    assert [c[0] for c in rig.heard.calls] == ["started", "ended"]


def test_missing_removed_and_garbage_files_fail_in_words(
    rig: Rig, qtbot: QtBot, make_media: MediaFactory, tmp_path: Path
) -> None:
    rig.out.start(MAIN, MediaRequest(1, str(tmp_path / "gone.wav")), 0.0)
    removed = tmp_path / "removed.wav"
    removed.write_bytes(make_media.tone("removed.wav", 1).read_bytes())
    request = MediaRequest(2, str(removed))
    removed.unlink()
    rig.out.preload(MAIN, request)
    garbage = tmp_path / "noise.mp3"
    garbage.write_bytes(bytes(range(256)) * 80)
    rig.out.start(BED, MediaRequest(3, str(garbage)), 0.0)
    qtbot.waitUntil(lambda: all(rig.heard.saw("failed", t) for t in (1, 2, 3)), timeout=5000)
    reasons = {c[1]: c[2] for c in rig.heard.calls if c[0] == "failed"}
    assert "gone.wav is missing" in reasons[1] and "removed.wav is missing" in reasons[2]
    assert "noise.mp3" in reasons[3] and "could not play" in reasons[3]
    for reason in reasons.values():
        assert reason.endswith(".") and reason.count(". ") == 0 and "Traceback" not in reason
    # and the engine goes on
    fine = MediaRequest(4, str(make_media.tone("after-failure.wav", 2)))
    rig.out.start(MAIN, fine, 0.0)
    qtbot.waitUntil(lambda: rig.heard.saw("started", 4), timeout=3000)


def test_a_file_removed_after_its_preload_still_plays(
    rig: Rig, qtbot: QtBot, make_media: MediaFactory, tmp_path: Path
) -> None:
    path = tmp_path / "opened.ogg"
    path.write_bytes(make_media.tone("opened.ogg", 2).read_bytes())
    request = MediaRequest(5, str(path))
    rig.out.preload(MAIN, request)
    qtbot.waitUntil(lambda: rig.out.ready(MAIN, 5), timeout=5000)
    path.unlink()
    rig.out.start(MAIN, request, 0.0)
    qtbot.waitUntil(lambda: rig.heard.saw("ended", 5), timeout=5000)
    assert not rig.heard.saw("failed", 5)


def test_softening_lowers_the_level_and_dims_the_picture(
    rig: Rig, qtbot: QtBot, make_media: MediaFactory
) -> None:
    film = MediaRequest(6, str(make_media.film("soften.mp4", 4)), has_video=True)
    go = start_preloaded(rig, qtbot, MAIN, film, 0.0)
    qtbot.waitUntil(lambda: sounded_until(rig, "main-1", go + 400_000), timeout=5000)
    rig.out.set_master(-12.0, 0.6, 0.2)
    qtbot.waitUntil(lambda: abs(rig.out.level_db(MAIN) + 12.0) < 0.01, timeout=3000)
    softened = now_us()
    qtbot.waitUntil(lambda: sounded_until(rig, "main-1", softened + 500_000), timeout=5000)
    heard = points(rig.capture.blocks("main-1"), go)
    before = max(p.peak for p in heard if p.arrived_s * 1e6 < go + 300_000)
    after = max(p.peak for p in heard if p.arrived_s * 1e6 > softened + 100_000)
    assert abs(20 * math.log10(after / before) + 12.0) < 1.0  # the listener hears -12 dB
    brightness = rig.out.brightness(MAIN)
    assert brightness is not None and abs(brightness - 0.6) < 0.01


def test_pause_fades_out_freezes_the_clock_and_resumes(
    rig: Rig, qtbot: QtBot, make_media: MediaFactory
) -> None:
    request = MediaRequest(8, str(make_media.tone("pause-engine.wav", 6)))
    go = start_preloaded(rig, qtbot, MAIN, request, 0.0)
    qtbot.waitUntil(lambda: sounded_until(rig, "main-1", go + 500_000), timeout=5000)
    rig.out.set_paused(True, 0.3)
    qtbot.waitUntil(lambda: rig.out.level_db(MAIN) < -100, timeout=3000)
    held = rig.out.position_s(MAIN)
    qtbot.waitUntil(rig.out.held, timeout=3000)
    frozen = rig.out.position_s(MAIN)
    assert held is not None and frozen is not None and frozen - held < 0.1
    quiet = len(rig.capture.blocks("main-1"))
    rig.out.set_paused(False, 0.3)
    resumed = now_us()
    qtbot.waitUntil(lambda: sounded_until(rig, "main-1", resumed + 600_000), timeout=5000)
    assert len(rig.capture.blocks("main-1")) > quiet
    assert max(p.peak for p in points(rig.capture.blocks("main-1"), resumed + 400_000)) > 0.03
    position = rig.out.position_s(MAIN)
    assert position is not None and frozen <= position < frozen + 1.0
    assert [c[0] for c in rig.heard.calls] == ["started"]  # a resume is no new start


def test_position_is_smooth_and_follows_the_rate(
    rig: Rig, qtbot: QtBot, make_media: MediaFactory
) -> None:
    request = MediaRequest(9, str(make_media.tone("rate.ogg", 20)))
    start_preloaded(rig, qtbot, MAIN, request, 0.0)
    rig.out.set_rate(4.0)
    seen: list[float] = []

    def sample() -> bool:
        position = rig.out.position_s(MAIN)
        if position is not None:
            seen.append(position)
        return len(seen) >= 2 and seen[-1] >= 4.0

    qtbot.waitUntil(sample, timeout=5000)
    steps = [b - a for a, b in zip(seen, seen[1:], strict=False)]
    assert len(set(round(s, 3) for s in steps)) > 3  # moves between libVLC's updates
    assert min(steps) > -0.3  # and hardly ever back
    rig.out.seek(MAIN, 12.0)
    position = rig.out.position_s(MAIN)
    assert position is not None and 11.9 <= position < 12.5


def test_a_cue_started_while_softened_starts_softened(
    rig: Rig, qtbot: QtBot, make_media: MediaFactory
) -> None:
    rig.out.set_master(-12.0, 0.6, 0.0)
    request = MediaRequest(10, str(make_media.tone("softened-start.wav", 3)), level_db=-3.0)
    go = start_preloaded(rig, qtbot, MAIN, request, 0.0)
    assert abs(rig.out.level_db(MAIN) + 15.0) < 0.01  # its own -3 dB under the -12 dB
    qtbot.waitUntil(lambda: sounded_until(rig, "main-1", go + 300_000), timeout=3000)
    first = next(p for p in points(rig.capture.blocks("main-1")) if p.arrived_s * 1e6 >= go)
    assert abs(20 * math.log10(first.peak / 0.0442) + 15.0) < 0.6  # 0 dB: 1/8 x 0.5 x -3 dB


def test_libvlc_stops_players_off_the_gui_thread_and_reuses_them_once_stopped(
    qtbot: QtBot, vlc_instance: Any, make_media: MediaFactory
) -> None:
    """A crossfade, a stop and a film's end stop libVLC players on the stopper's thread
    (libVLC's stop waits for its threads: a frame or more on the GUI thread)."""
    import threading

    from tearconsole.playback.engine import VlcOutput
    from tearconsole.playback.voice import VoiceState
    from tests.enginekit import Recorder

    stops: list[str] = []

    def watch(player: Any, name: str) -> None:
        real = player.stop

        def stop() -> None:
            stops.append(threading.current_thread().name)
            real()

        player.stop = stop

    out = VlcOutput(vlc_instance, on_new_player=watch)
    heard = Recorder()
    out.set_listener(heard)
    try:
        first = MediaRequest(1, str(make_media.tone("stop-a.wav", 4)))
        second = MediaRequest(2, str(make_media.tone("stop-b.wav", 4)))
        out.start(MAIN, first, 0.0)
        qtbot.waitUntil(lambda: heard.saw("started", 1), timeout=5000)
        out.start(MAIN, second, 0.0)  # the first is cut: stopped at once
        qtbot.waitUntil(lambda: heard.saw("started", 2), timeout=5000)
        qtbot.waitUntil(lambda: len(stops) >= 1, timeout=5000)
        out.stop(MAIN, 0.0)
        qtbot.waitUntil(lambda: len(stops) >= 2, timeout=5000)
        assert stops and all(name == "tearconsole-vlc-stop" for name in stops)
        assert threading.current_thread() is threading.main_thread()
        voices = out._voices[MAIN]
        qtbot.waitUntil(lambda: all(v.state is VoiceState.IDLE for v in voices), timeout=5000)
        # Once stopped, a player is used again rather than a new one made.
        made = len(voices)
        third = MediaRequest(3, str(make_media.tone("stop-c.wav", 2)))
        out.start(MAIN, third, 0.0)
        qtbot.waitUntil(lambda: heard.saw("started", 3), timeout=5000)
        assert len(out._voices[MAIN]) == made
    finally:
        out.shutdown()
