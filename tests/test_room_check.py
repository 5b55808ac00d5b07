"""``tearconsole room check`` through a real PulseAudio server: the outputs by name, the
test tone on the chosen one (remembered) with its level measured from decoded samples,
a plan's missing and unreadable media found; no output at all is exit 1 with one
sentence; the C libraries' stderr goes to the log, not the terminal."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tearconsole.core.media_reach import Reach, Storage, check_media, parse_mounts, storage_of
from tearconsole.paths import AppPaths
from tearconsole.playback.audio_system import chosen_device, plan_settings_key
from tearconsole.settings import Settings
from tearconsole.storage.db import Database
from tearconsole.storage.plans import find_plan, plan_spec
from tests.cli import run_cli
from tests.live_plans import Step, make_plan
from tests.media import MediaFactory
from tests.pulsekit import PulseServer, peak

TONE_PEAK = 10 ** (-18 / 20)  # the test tone is made at -18 dBFS


def _plan_with_trouble(db: Database, make_media: MediaFactory, tmp_path: Path) -> int:
    gone = tmp_path / "gone.wav"
    shutil.copyfile(make_media.tone("room-gone.wav", 1), gone)
    folder_not_file = tmp_path / "not-a-file.wav"  # unreadable even for root
    folder_not_file.mkdir()
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    steps = [
        Step("music", make_media.tone("room-ok.wav", 1), seconds=1.0),
        Step("music", gone, seconds=1.0),
        Step("music", folder_not_file, seconds=1.0),
        Step("music", empty, seconds=1.0),
    ]
    plan_id = make_plan(db, "Room", steps)
    gone.unlink()
    return plan_id


def test_room_check_finds_missing_and_unreadable_media(
    db: Database, make_media: MediaFactory, tmp_path: Path
) -> None:
    plan_id = _plan_with_trouble(db, make_media, tmp_path)
    with db.session() as session:
        spec = plan_spec(find_plan(session, plan_id))
    checks = check_media(spec)
    assert [c.reach for c in checks] == [
        Reach.OK,
        Reach.MISSING,
        Reach.UNREADABLE,
        Reach.UNREADABLE,
    ]
    assert all(c.advice for c in checks[1:]) and checks[0].advice == ""


def test_storage_is_told_from_the_mount_table() -> None:
    mounts = parse_mounts(
        "/dev/sda1 / ext4 rw 0 0\n"
        "/dev/sdb1 /media/me/STICK vfat rw 0 0\n"
        "server:/films /srv/films nfs4 rw 0 0\n"
        "/dev/sdc1 /data/my\\040disk ext4 rw 0 0\n"
    )
    assert storage_of("/media/me/STICK/film.mp4", mounts) is Storage.REMOVABLE
    assert storage_of("/srv/films/a.mp4", mounts) is Storage.NETWORK
    assert storage_of("/home/me/a.mp4", mounts) is Storage.LOCAL
    assert storage_of("/data/my disk/a.mp4", mounts) is Storage.LOCAL
    assert storage_of("/mnt/usb/a.mp4", mounts) is Storage.REMOVABLE  # by where it is


def test_room_check_plays_the_tone_on_the_chosen_output_and_reports(
    pulse: PulseServer, paths: AppPaths, db: Database, make_media: MediaFactory, tmp_path: Path
) -> None:
    plan_id = _plan_with_trouble(db, make_media, tmp_path)
    db.close()  # the command opens it itself
    env = {"PULSE_SERVER": pulse.server, "TEARCONSOLE_VLC_OPTIONS": ""}
    settings = Settings.for_paths(paths)
    settings.set(plan_settings_key(plan_id), "speakers")  # this plan's own, from before
    hdmi, speakers = tmp_path / "hdmi.raw", tmp_path / "speakers.raw"
    with pulse.recording("hdmi", hdmi), pulse.recording("speakers", speakers):
        done = run_cli(
            "room", "check", str(plan_id), "--output", "HDMI", "--json",
            data_dir=paths.data_dir, env=env,
        )  # fmt: skip
    assert done.returncode == 1, done.stderr  # media are missing
    report = json.loads(done.stdout)
    names = {o["name"] for o in report["outputs"]}
    assert names == {"HDMI", "Speakers"}
    assert report["output"] == {"device": "hdmi", "name": "HDMI"}
    assert chosen_device(Settings.for_paths(paths), plan_id) == "hdmi"  # the choice takes
    assert abs(report["tone"]["peak_dbfs"] - (-18.0)) < 1.0  # measured from decoded samples
    assert report["tone"]["seconds"] > 1.5
    # and it really sounded there, never louder than made; its level is measured exactly
    # from the decoded samples above (a loaded audio server may deliver only the tone's
    # first moments before the check ends, still inside its 50 ms fade-in)
    assert TONE_PEAK / 2 < peak(hdmi) < TONE_PEAK + 0.02
    assert peak(speakers) < 0.001
    assert [m["reach"] for m in report["unreachable"]] == ["missing", "unreadable", "unreadable"]
    assert "cannot be read now" in done.stderr
    # remembered for this machine: the next check plays on HDMI without being told
    again = run_cli("room", "check", "--json", data_dir=paths.data_dir, env=env)
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["output"]["device"] == "hdmi"
    pulse.unplug("hdmi")  # the remembered output is gone: said, and played on the default
    try:
        gone = run_cli("room", "check", data_dir=paths.data_dir, env=env)
    finally:
        pulse.plug("hdmi")
    assert gone.returncode == 0, gone.stderr
    assert "the output chosen before, HDMI, is not here now" in gone.stdout
    doctor = run_cli("doctor", "--json", data_dir=paths.data_dir, env=env)
    audio = json.loads(doctor.stdout)["audio"]
    assert audio["chosen"] == "hdmi" and len(audio["outputs"]) == 2


def test_no_sound_output_is_exit_1_with_one_sentence(paths: AppPaths) -> None:
    env = {"TEARCONSOLE_VLC_OPTIONS": "--aout=dummy"}
    done = run_cli("room", "check", data_dir=paths.data_dir, env=env)
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0 and "no sound output" in done.stderr
    doctor = run_cli("doctor", data_dir=paths.data_dir, env=env)
    assert "no sound output" in doctor.stdout
    unknown = run_cli("room", "check", "--output", "Nowhere", data_dir=paths.data_dir, env=env)
    assert unknown.returncode == 1 and "no sound output called 'Nowhere'" in unknown.stderr


def test_the_c_libraries_stderr_goes_to_the_log(tmp_path: Path, make_media: MediaFactory) -> None:
    """libVLC's ALSA output with no sound card: hundreds of lines a second, none seen."""
    tone = make_media.tone("flood.wav", 1)
    script = f"""
import sys, threading
from pathlib import Path
from tearconsole.playback.vlcenv import keep_native_stderr_in, make_instance
log = keep_native_stderr_in(Path({str(tmp_path / "logs")!r}))
instance = make_instance(extra=["--aout=alsa", "--vout=dummy", "--verbose=2"])
player = instance.media_player_new()
player.set_media(instance.media_new_path({str(tone)!r}))
player.play()
# Until libVLC and ALSA have written their lines (the C library's own writes: no event
# tells of them), read back from the log, with a deadline.
written = threading.Event()
for _ in range(600):
    if log is not None and log.read_text(errors="replace").count("\\n") > 5:
        break
    written.wait(0.05)
print("our own sentence", file=sys.stderr)
"""
    env = {"TEARCONSOLE_VLC_OPTIONS": "", "PULSE_SERVER": "unix:/nonexistent"}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
        env={**os.environ, **env},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == "our own sentence"
    logged = (tmp_path / "logs" / "media-engine.log").read_text(errors="replace")
    assert logged.count("\n") > 5  # libVLC's and ALSA's lines are kept, in the log
