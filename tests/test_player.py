"""The libVLC player adapter, against real libVLC with dummy outputs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from tearconsole.paths import AppPaths
from tearconsole.playback.player import Player, PlayerState
from tearconsole.playback.probe import probe_file
from tearconsole.storage.db import Database
from tearconsole.storage.stimuli import all_stimuli
from tests.media import MediaFactory


def _demo_music(paths: AppPaths) -> Path:
    database = Database.open(paths, write=False)
    try:
        with database.session() as session:
            music = [s for s in all_stimuli(session) if s.kind == "music"]
    finally:
        database.close()
    assert music, "the demo has music"
    shortest = min(music, key=lambda s: s.duration_s or 0)
    return Path(shortest.path or "")


def test_demo_music_plays_to_its_end(qtbot: QtBot, demo_paths: AppPaths, vlc_instance: Any) -> None:
    player = Player(vlc_instance)
    states: list[str] = []
    positions: list[float] = []
    player.state_changed.connect(states.append)
    player.position_changed.connect(positions.append)
    player.load(_demo_music(demo_paths))
    player.set_rate(8.0)  # the whole piece, quickly
    with qtbot.waitSignal(player.ended, timeout=60_000):
        player.play()
    assert "playing" in states and states[-1] == "ended"
    assert player.state is PlayerState.ENDED
    assert positions and max(positions) > 10
    assert positions == sorted(positions)
    player.release()


def test_pause_and_resume_are_reported(
    qtbot: QtBot, make_media: MediaFactory, vlc_instance: Any
) -> None:
    player = Player(vlc_instance)
    player.load(make_media.tone("pause.wav", 5))
    with qtbot.waitSignal(player.state_changed, check_params_cb=lambda s: s == "playing"):
        player.play()
    with qtbot.waitSignal(player.state_changed, check_params_cb=lambda s: s == "paused"):
        player.set_paused(True)
    with qtbot.waitSignal(player.state_changed, check_params_cb=lambda s: s == "playing"):
        player.set_paused(False)
    player.release()


def test_probe_reads_durations_and_tracks(make_media: MediaFactory, vlc_instance: Any) -> None:
    film = probe_file(vlc_instance, make_media.film("probe.mp4", 3))
    assert film.playable and film.has_video and film.has_audio
    assert (film.width, film.height) == (320, 240)
    assert abs((film.duration_s or 0) - 3.0) < 0.3
    tone = probe_file(vlc_instance, make_media.tone("probe.ogg", 2))
    assert tone.has_audio and not tone.has_video and abs((tone.duration_s or 0) - 2.0) < 0.3


def test_probe_says_why_garbage_cannot_play(tmp_path: Path, vlc_instance: Any) -> None:
    junk = tmp_path / "junk.mp3"
    junk.write_text("this is text, not sound\n" * 50)
    result = probe_file(vlc_instance, junk)
    assert not result.playable and result.error
