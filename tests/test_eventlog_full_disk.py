"""The disk fills before a session closes: nothing is dropped. What could not be saved
waits in a file beside the database, the session does not read finished, and the next
start saves every step, in order, and only then the session is finished."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

from tearconsole.core.kinds import SessionState
from tearconsole.paths import AppPaths
from tearconsole.storage.db import Database
from tearconsole.storage.sessions import list_sessions
from tests.cli import run_json
from tests.live_plans import Step, make_plan

_CHILD = """
import json, resource, signal, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from tearconsole.core.kinds import SessionMode
from tearconsole.live.runner import LiveRunner
from tearconsole.live.session import LiveSession, RunOptions
from tearconsole.paths import AppPaths
from tearconsole.playback.engine import VlcOutput
from tearconsole.playback.vlcenv import make_instance
from tearconsole.storage.db import Database
from tearconsole.storage.plans import find_plan, plan_spec

paths = AppPaths.resolve(sys.argv[1])
db = Database.open(paths, write=True)
with db.session() as session:
    plan = plan_spec(find_plan(session, "Full disk"))
app = QCoreApplication([])
instance = make_instance(headless=True)
output = VlcOutput(instance)
options = RunOptions(SessionMode.REHEARSAL, 20.0, autopilot=True)
runner = LiveRunner(LiveSession(db, plan, output, options))
notices = []
runner.notice.connect(notices.append)
runner.log_notice.connect(notices.append)
full = []
wal = Path(str(paths.db_path) + "-wal")

def fill(snapshot):
    # from the third cue on, no file may grow: the disk is full
    if snapshot.standby_position == 3 and not full:
        full.append(runner.session.events.last_seq)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        resource.setrlimit(resource.RLIMIT_FSIZE, (wal.stat().st_size, hard))

runner.published.connect(fill)
loop = QEventLoop()
runner.ended.connect(lambda _sid: loop.quit())
QTimer.singleShot(60_000, loop.quit)
runner.start()
loop.exec()
output.shutdown()
print(json.dumps({
    "session_id": runner.session_id, "full_after": full,
    "last_seq": runner.session.events.last_seq, "waiting": runner.session.events.waiting,
    "path": str(runner.session.events.waiting_path),
    "notices": notices, "waiting_notice": runner.waiting_notice,
}))
"""


def test_a_full_disk_at_the_end_keeps_every_step_for_the_next_start(paths: AppPaths) -> None:
    db = Database.open(paths, write=True)
    steps = [Step("card", seconds=1.0, text=f"Card {i}") for i in range(6)]
    make_plan(db, "Full disk", steps)
    db.close()
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(paths.data_dir)],
        capture_output=True, text=True, timeout=120, env=os.environ.copy(),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    run = json.loads(done.stdout.strip().splitlines()[-1])
    sid, last_seq, waiting = run["session_id"], run["last_seq"], run["waiting"]
    assert run["full_after"] and waiting >= 5  # the last cues, their ends and the end
    assert run["path"] == str(paths.data_dir / f"events-waiting-{sid}.jsonl")
    assert any("cannot be saved just now" in n for n in run["notices"])
    assert f"{waiting} step(s) of session {sid} could not be saved yet" in run["waiting_notice"]
    assert "not marked finished" in run["waiting_notice"]
    assert not any("saved again" in n for n in run["notices"])

    with sqlite3.connect(paths.db_path) as conn:
        saved = conn.execute("SELECT COUNT(*) FROM event WHERE session_id = ?", (sid,))
        assert saved.fetchone()[0] == last_seq - waiting
    reader = Database.open(paths, write=False)  # reading merges nothing
    with reader.session() as session:
        info = list_sessions(session, paths.lock_path, paths.db_path)[0]
    reader.close()
    assert info.state is not SessionState.FINISHED and info.waiting == waiting

    listed = run_json("sessions", "list", data_dir=paths.data_dir)  # a reader says so too
    assert listed[0]["state"] != "finished" and listed[0]["waiting"] == waiting
    Database.open(paths, write=True).close()  # the next start
    listed = run_json("sessions", "list", data_dir=paths.data_dir)
    assert listed[0]["state"] == "finished" and listed[0]["waiting"] == 0
    assert not (paths.data_dir / f"events-waiting-{sid}.jsonl").exists()
    with sqlite3.connect(paths.db_path) as conn:
        rows = conn.execute(
            "SELECT seq, kind FROM event WHERE session_id = ? ORDER BY rowid", (sid,)
        ).fetchall()
        ended_at = conn.execute("SELECT ended_at FROM session WHERE id = ?", (sid,)).fetchone()
    assert [seq for seq, _kind in rows] == list(range(1, last_seq + 1))
    kinds = [kind for _seq, kind in rows]
    assert kinds[-1] == "ended" and kinds.count("cue_started") == 6
    assert ended_at[0] is not None
