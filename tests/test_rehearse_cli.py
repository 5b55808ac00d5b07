"""``tearconsole rehearse --headless`` and ``sessions list`` through the real command:
real libVLC (dummy outputs), a real SQLite file, real media."""

from __future__ import annotations

import sqlite3

from tearconsole.paths import AppPaths
from tearconsole.storage.db import Database
from tests.cli import run_cli, run_json
from tests.live_plans import Step, make_plan
from tests.media import MediaFactory


def test_a_plan_of_real_media_runs_to_the_end_with_its_timings(
    paths: AppPaths, make_media: MediaFactory
) -> None:
    db = Database.open(paths, write=True)
    steps = [
        Step("card", seconds=2.0, text="Welcome"),
        Step("film", make_media.film("r-film.mp4", 4), seconds=4.0),
        Step("pause", seconds=2.0),
        Step("music", make_media.tone("r-tone.ogg", 4), seconds=4.0, cue={"fade_in_s": 1.0}),
        Step("story", seconds=4.0, text="Once there was a lamp that kept a window warm."),
        Step(
            "music",
            make_media.tone("r-tone.wav", 4, freq=330),
            seconds=4.0,
            cue={"continue_mode": "post_wait", "post_wait_s": 2.0},
        ),
        Step("card", seconds=2.0, text="Thank you", cue={"continue_mode": "go"}),
    ]
    make_plan(db, "Real media", steps)
    db.close()
    report = run_json(
        "rehearse", "Real media", "--headless", "--speed", "4", data_dir=paths.data_dir
    )
    cues = report["cues"]
    assert [c["status"] for c in cues] == ["played"] * len(steps)
    assert [c["planned_s"] for c in cues] == [2.0, 4.0, 2.0, 4.0, 4.0, 6.0, 2.0]
    for cue in cues:  # plan seconds at x4: a 20 ms tick is 0.08 s; media end a little late
        assert abs(cue["actual_s"] - cue["planned_s"]) <= 0.8, cue
    assert abs(report["actual_s"] - report["planned_s"]) <= 2.0
    assert report["media_errors"] == [] and report["speed"] == 4.0
    sid = report["session_id"]
    with sqlite3.connect(paths.db_path) as conn:
        kinds = [
            k
            for (k,) in conn.execute(
                "SELECT kind FROM event WHERE session_id=? ORDER BY seq", (sid,)
            )
        ]
    assert kinds[0] == "started" and kinds[-1] == "ended"
    assert kinds.count("cue_started") == len(steps) and kinds.count("cue_ended") == len(steps)
    sessions = run_json("sessions", "list", data_dir=paths.data_dir)
    assert sessions[0]["id"] == sid and sessions[0]["state"] == "finished"
    assert sessions[0]["mode"] == "rehearsal" and sessions[0]["ended_at"]


def test_rehearse_explains_what_it_cannot_do(paths: AppPaths) -> None:
    db = Database.open(paths, write=True)
    make_plan(db, "Cards", [Step("card", seconds=1.0)])
    db.close()
    no_screen = run_cli("rehearse", "Cards", data_dir=paths.data_dir)
    assert no_screen.returncode == 1 and "--headless" in no_screen.stderr
    assert "Traceback" not in no_screen.stderr
    missing = run_cli("rehearse", "Nope", "--headless", data_dir=paths.data_dir)
    assert missing.returncode == 1 and "no plan called" in missing.stderr
    too_fast = run_cli("rehearse", "Cards", "--headless", "--speed", "0", data_dir=paths.data_dir)
    assert too_fast.returncode == 2
    not_a_session = run_cli(
        "rehearse", "Cards", "--headless", "--resume", "99", data_dir=paths.data_dir
    )
    assert not_a_session.returncode == 1 and "no session" in not_a_session.stderr


def test_sessions_list_is_empty_json_on_a_new_data_folder(paths: AppPaths) -> None:
    assert run_json("sessions", "list", data_dir=paths.data_dir) == []


def test_cue_numbers_read_the_same_in_the_cli_as_in_the_gui(paths: AppPaths) -> None:
    """People count cues from 1 everywhere (the console's list, the plan editor, the
    preflight's sentences); ``position`` in --json stays the data's own, from 0."""
    from tearconsole.live.snapshot import CueRow
    from tearconsole.ui.live.cue_model import CueListModel

    db = Database.open(paths, write=True)
    make_plan(db, "Two cards", [Step("card", seconds=0.5), Step("card", seconds=0.5)])
    db.close()
    done = run_cli("rehearse", "Two cards", "--headless", "--speed", "4", data_dir=paths.data_dir)
    assert done.returncode == 0, done.stderr
    lines = [line.split() for line in done.stdout.splitlines()]
    numbers = [row[0] for row in lines if row and row[0].isdigit() and "card" in row]
    shown = run_cli("plan", "show", "Two cards", data_dir=paths.data_dir).stdout
    model = CueListModel()
    model.set_rows((CueRow(0, "card 0", "card", 0.5),))
    assert numbers == ["1", "2"] and model.data(model.index(0, 1)) == "1"
    assert any(line.split()[:1] == ["1"] for line in shown.splitlines())
    cues = run_json("plan", "show", "Two cards", data_dir=paths.data_dir)["cues"]
    assert [c["position"] for c in cues] == [0, 1]
