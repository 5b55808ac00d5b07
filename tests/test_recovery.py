"""Crash recovery: a real headless session (real libVLC, dummy outputs) killed with
SIGKILL mid-cue is found interrupted and resumes PAUSED at the cue and position it was at."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from typing import Any

from pytestqt.qtbot import QtBot

from tearconsole.core.conductor.view import Mode
from tearconsole.core.ports import Layer
from tearconsole.live.recovery import resume_runner
from tearconsole.paths import AppPaths
from tearconsole.playback.engine import VlcOutput
from tearconsole.storage.db import Database
from tests.cli import run_cli, run_json
from tests.live_plans import Step, make_plan
from tests.media import MediaFactory


def _last_checkpoint(db_path: str) -> tuple[int, int | None, float | None] | None:
    """(seq, cue, position_s) of the newest checkpoint, read as another program would."""
    try:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute(
                "SELECT seq, cue_position, position_s FROM event "
                "WHERE kind = 'checkpoint' ORDER BY seq DESC LIMIT 1"
            ).fetchone()
    except sqlite3.Error:
        return None


def _kill_mid_cue(qtbot: QtBot, paths: AppPaths, plan: str) -> tuple[int, float]:
    """Run ``plan`` headless in a subprocess; SIGKILL it 3 s into cue 1. (seq, position)."""
    command = [sys.executable, "-m", "tearconsole", "--data-dir", str(paths.data_dir)]
    process = subprocess.Popen(
        [*command, "rehearse", plan, "--headless", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=os.environ.copy(),
    )
    try:

        def deep_enough() -> bool:
            row = _last_checkpoint(str(paths.db_path))
            return row is not None and row[1] == 1 and (row[2] or 0) >= 3.0

        qtbot.waitUntil(deep_enough, timeout=30_000)
        running = run_json("sessions", "list", data_dir=paths.data_dir)
        assert running[0]["state"] == "open" and running[0]["position"] is None
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL
    row = _last_checkpoint(str(paths.db_path))
    assert row is not None
    return row[0], float(row[2] or 0.0)


def _plan(paths: AppPaths, make_media: MediaFactory) -> None:
    db = Database.open(paths, write=True)
    steps = [
        Step("card", seconds=0.5, text="Welcome"),
        Step("music", make_media.tone("long-20.wav", 20, freq=262), seconds=20.0),
        Step("card", seconds=1.0, text="Thank you", cue={"continue_mode": "go"}),
    ]
    make_plan(db, "Long", steps)
    db.close()


def test_a_killed_session_is_interrupted_and_resumes_paused_where_it_was(
    qtbot: QtBot, paths: AppPaths, make_media: MediaFactory, vlc_instance: Any
) -> None:
    _plan(paths, make_media)
    seen_seq, seen_position = _kill_mid_cue(qtbot, paths, "Long")

    listed = run_json("sessions", "list", data_dir=paths.data_dir)
    assert len(listed) == 1 and listed[0]["state"] == "interrupted"
    assert listed[0]["ended_at"] is None and listed[0]["position"] == 1
    resume_from = listed[0]["position_s"]
    assert seen_position - 0.01 <= resume_from < seen_position + 1.5  # no logged action lost

    db = Database.open(paths, write=True)
    with sqlite3.connect(paths.db_path) as conn:
        seqs = [s for (s,) in conn.execute("SELECT seq FROM event ORDER BY seq")]
    assert seqs == list(range(1, len(seqs) + 1)) and seqs[-1] >= seen_seq

    output = VlcOutput(vlc_instance)
    runner = resume_runner(db, listed[0]["id"], output)
    runner.start()
    c = runner.conductor
    assert c.mode is Mode.RECOVERED
    main = c.view().main
    assert main is not None and main.position == 1
    assert abs(main.elapsed_s - resume_from) < 0.01
    assert output.position_s(Layer.MAIN) is None  # silent until the facilitator resumes
    c.resume()
    qtbot.waitUntil(lambda: (output.position_s(Layer.MAIN) or 0) > 0, timeout=10_000)
    playing_at = output.position_s(Layer.MAIN) or 0.0
    assert resume_from - 0.2 <= playing_at <= resume_from + 1.0  # within about a second
    with sqlite3.connect(paths.db_path) as conn:
        kinds = [k for (k, d) in conn.execute("SELECT kind, detail_json FROM event ORDER BY seq")]
        recovered = conn.execute(
            "SELECT cue_position, position_s, detail_json FROM event WHERE kind='recovered'"
        ).fetchone()
    assert kinds[-2:] == ["recovered", "resumed"]
    assert recovered[0] == 1 and abs(recovered[1] - resume_from) < 0.01
    assert json.loads(recovered[2])["snap"]["paused"] is True
    runner.close()
    output.shutdown()
    db.close()


def test_rehearse_resume_goes_on_to_the_end(
    qtbot: QtBot, paths: AppPaths, make_media: MediaFactory
) -> None:
    _plan(paths, make_media)
    _kill_mid_cue(qtbot, paths, "Long")
    sid = run_json("sessions", "list", data_dir=paths.data_dir)[0]["id"]
    done = run_cli(
        "rehearse", "Long", "--headless", "--resume", str(sid), "--speed", "8", "--json",
        data_dir=paths.data_dir,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["session_id"] == sid and report["resumed"] is True
    statuses = [c["status"] for c in report["cues"]]
    assert statuses == ["not reached", "played", "played"]  # cue 0 ran before the crash
    rest = report["cues"][1]["actual_s"]
    assert 12.0 <= rest <= 18.5  # what was left of the 20 s after ~3-4 s, in plan seconds
    listed = run_json("sessions", "list", data_dir=paths.data_dir)
    assert listed[0]["state"] == "finished"
    again = run_cli("rehearse", "Long", "--headless", "--resume", str(sid), data_dir=paths.data_dir)
    assert again.returncode == 1 and "finished" in again.stderr


_SOFTENED_CHILD = """
import os, signal, sys
from PySide6.QtCore import QCoreApplication, QTimer
from tearconsole.core.kinds import SessionMode
from tearconsole.live.runner import LiveRunner
from tearconsole.live.session import LiveSession, RunOptions
from tearconsole.paths import AppPaths
from tearconsole.playback.engine import VlcOutput
from tearconsole.playback.vlcenv import make_instance
from tearconsole.storage.db import Database
from tearconsole.storage.plans import find_plan, plan_spec

app = QCoreApplication([])
db = Database.open(AppPaths.resolve(sys.argv[1]), write=True)
with db.session() as session:
    plan = plan_spec(find_plan(session, "Long"))
output = VlcOutput(make_instance(headless=True, extra=["--file-caching=0"]))
options = RunOptions(SessionMode.REHEARSAL, autopilot=True)
runner = LiveRunner(LiveSession(db, plan, output, options))
runner.start()
c = runner.conductor
c.soften()
c.soften()
c.set_pace(1.5)

def poll():
    main = c.view().main
    if main is not None and main.position == 1 and main.elapsed_s >= 1.0:
        c.hold()  # logged (and durable) before it returns
        print("held", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)

timer = QTimer()
timer.timeout.connect(poll)
timer.start(50)
app.exec()
"""


def test_a_softened_session_killed_resumes_softened_never_at_full_level(
    qtbot: QtBot, paths: AppPaths, make_media: MediaFactory, vlc_instance: Any
) -> None:
    _plan(paths, make_media)
    child = subprocess.run(
        [sys.executable, "-c", _SOFTENED_CHILD, str(paths.data_dir)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert child.returncode == -signal.SIGKILL and "held" in child.stdout, child.stderr
    listed = run_json("sessions", "list", data_dir=paths.data_dir)
    assert listed[0]["state"] == "interrupted" and listed[0]["position"] == 1

    db = Database.open(paths, write=True)
    output = VlcOutput(vlc_instance)
    runner = resume_runner(db, listed[0]["id"], output)
    runner.start()
    c = runner.conductor
    view = c.view()
    assert (view.soften_level, view.pace, view.held) == (2, 1.5, True)
    c.resume()
    loudest: list[float] = []

    def playing_softly() -> bool:
        if (output.position_s(Layer.MAIN) or 0) <= 0:
            return False
        loudest.append(output.level_db(Layer.MAIN))
        settled = len(loudest) >= 2 and abs(loudest[-1] - loudest[-2]) < 0.01
        return settled and loudest[-1] > -40.0  # faded in from the pause

    qtbot.waitUntil(playing_softly, timeout=10_000)
    assert max(loudest) <= -11.5  # the room never hears it at full level
    assert loudest[-1] >= -13.0  # ... but hears it, at soften level 2 (-12 dB)
    runner.close()
    output.shutdown()
    db.close()
