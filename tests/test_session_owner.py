"""Which open session is running: only the one its own process conducts while it holds the
data folder; one left open by a process that died is interrupted, whoever holds the folder."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tearconsole.core.conductor.log import LoggedEvent, Snapshot
from tearconsole.core.kinds import EventKind, SessionMode, SessionState
from tearconsole.core.plan import PlanSpec
from tearconsole.paths import AppPaths
from tearconsole.storage.db import Database
from tearconsole.storage.eventlog import EventLog
from tearconsole.storage.sessions import (
    claim_session,
    create_session,
    list_sessions,
    mark_live,
)
from tests.cli import run_json

_CONDUCTOR = textwrap.dedent(
    """
    import sys
    from tearconsole.core.kinds import SessionMode
    from tearconsole.core.plan import PlanSpec
    from tearconsole.paths import AppPaths
    from tearconsole.storage.db import Database
    from tearconsole.storage.sessions import claim_session, create_session, mark_live
    db = Database.open(AppPaths.resolve(sys.argv[1]), write=True)
    with db.session() as session:
        sid = create_session(session, PlanSpec(None, "Now"), SessionMode.LIVE).id
        claim_session(session, sid)
    mark_live(sid)
    print(sid, flush=True)
    sys.stdin.read()  # conducting until the test lets go
    db.close()
    """
)


def _dead_pid() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    return int(done.stdout)


def _left_open_by_a_dead_process(db: Database) -> int:
    with db.session() as session:
        record = create_session(session, PlanSpec(None, "Earlier"), SessionMode.LIVE)
        record.owner_pid = _dead_pid()
        sid = record.id
    events = EventLog(db.paths.db_path, sid, checkpoint_every_s=None)
    snap = Snapshot(main=2, main_s=1.5, standby=3, bed=None)
    events.record(LoggedEvent(EventKind.CHECKPOINT, 4.0, 2, 1.5, snap))
    events.close()
    return sid


def _states(paths: AppPaths) -> dict[str, tuple[str, int | None, float | None]]:
    listed = run_json("sessions", "list", data_dir=paths.data_dir)
    return {s["plan"]: (s["state"], s["position"], s["position_s"]) for s in listed}


def test_a_crashed_session_is_interrupted_while_another_tearconsole_holds_the_folder(
    paths: AppPaths,
) -> None:
    db = Database.open(paths, write=True)  # the window is open here...
    _left_open_by_a_dead_process(db)
    with db.session() as session:
        (info,) = list_sessions(session, paths.lock_path)
    assert (info.state, info.position, info.position_s) == (SessionState.INTERRUPTED, 2, 1.5)
    db.close()

    conductor = subprocess.Popen(
        [sys.executable, "-c", _CONDUCTOR, str(paths.data_dir)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert conductor.stdout is not None and conductor.stdout.readline().strip()
        # ... and now another tearconsole holds it and conducts a session of its own
        states = _states(paths)
        assert states["Earlier"] == ("interrupted", 2, 1.5)
        assert states["Now"] == ("open", None, None)
        reader = Database.open(paths, write=False)
        with reader.session() as session:
            here = {i.plan: i.state for i in list_sessions(session, paths.lock_path)}
        reader.close()
        assert here == {"Earlier": SessionState.INTERRUPTED, "Now": SessionState.OPEN}
    finally:
        conductor.communicate("", timeout=30)
    assert conductor.returncode == 0
    assert _states(paths)["Now"][0] == "interrupted"  # its process closed without ending it


def test_the_session_this_process_conducts_is_open_until_it_lets_go(db: Database) -> None:
    with db.session() as session:
        sid = create_session(session, PlanSpec(None, "Here"), SessionMode.LIVE).id
        claim_session(session, sid)
    mark_live(sid)
    try:
        with db.session() as session:
            assert list_sessions(session, db.paths.lock_path)[0].state is SessionState.OPEN
    finally:
        mark_live(sid, False)
    with db.session() as session:
        assert list_sessions(session, db.paths.lock_path)[0].state is SessionState.INTERRUPTED
