"""One writer per data folder, and reading never makes the window refuse: `sessions list`
run in a loop (and a probe of the lock, hammered) while the window starts; the window
opens every time, and the probe never writes to the lock or its holder's name."""

from __future__ import annotations

import os
import threading

from tearconsole.paths import AppPaths
from tearconsole.storage.db import Database
from tearconsole.storage.lock import DataDirLock, pid_path
from tearconsole.storage.models import SessionRecord
from tests.cli import run_cli


def _crashed_session(paths: AppPaths) -> None:
    """An open session of a process that is gone: listing it asks who holds the lock."""
    db = Database.open(paths, write=True)
    with db.session() as session:
        session.add(SessionRecord(plan_name="Gone", mode="live", owner_pid=2**22 + 7))
    db.close()


def test_sessions_list_in_a_loop_never_makes_the_window_refuse(paths: AppPaths) -> None:
    _crashed_session(paths)
    stop = threading.Event()
    listed: list[int] = []
    probes: list[bool] = []

    def list_in_a_loop() -> None:
        while not stop.is_set():
            done = run_cli("sessions", "list", "--json", data_dir=paths.data_dir)
            listed.append(done.returncode)

    def probe_in_a_loop() -> None:
        while not stop.is_set():
            probes.append(DataDirLock.held_elsewhere(paths.lock_path))

    threads = [threading.Thread(target=list_in_a_loop), threading.Thread(target=probe_in_a_loop)]
    for thread in threads:
        thread.start()
    try:
        for _ in range(2):
            shown = run_cli(
                data_dir=paths.data_dir,
                env={"TEARCONSOLE_QUIT_WHEN_SHOWN": "1", "QT_QPA_PLATFORM": "offscreen"},
            )
            assert shown.returncode == 0, shown.stderr
            assert "\nphase painted " in shown.stdout, shown.stdout  # the window was up
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=120)
    assert listed and set(listed) == {0}
    assert len(probes) > 100 and True in probes  # it did meet the window holding the lock
    assert paths.lock_path.read_bytes() == b""  # nobody ever wrote into the lock itself
    assert not pid_path(paths.lock_path).exists()  # the window named itself, then left


def test_the_holder_is_named_by_a_second_writer_and_a_probe_changes_nothing(
    db: Database,
) -> None:
    assert DataDirLock.holder_pid(db.paths.lock_path) == os.getpid()
    before = pid_path(db.paths.lock_path).read_bytes()
    done = run_cli(
        "library", "import", str(db.paths.data_dir / "nothing-here"), data_dir=db.paths.data_dir
    )
    assert done.returncode == 1 and f"process {os.getpid()}" in done.stderr
    assert pid_path(db.paths.lock_path).read_bytes() == before


HOLD = """
import sys, time
from tearconsole.paths import AppPaths
from tearconsole.storage.db import Database
db = Database.open(AppPaths.resolve(sys.argv[1]), write=True)
print("holding", flush=True)
time.sleep(120)
"""


def test_a_writer_that_dies_leaves_no_lock_behind(paths: AppPaths) -> None:
    """Killed outright (no cleanup runs), its lock goes with it: the next start opens."""
    import subprocess
    import sys

    from tearconsole.errors import DataDirBusy

    Database.open(paths, write=True).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(paths.data_dir)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        assert DataDirLock.held_elsewhere(paths.lock_path)
        try:
            DataDirLock(paths.lock_path).acquire(wait_s=0.2)
        except DataDirBusy as exc:
            assert f"process {holder.pid}" in str(exc)
        else:
            raise AssertionError("a second writer took the lock")
    finally:
        holder.kill()  # SIGKILL
        holder.wait(timeout=30)
    assert not DataDirLock.held_elsewhere(paths.lock_path)
    Database.open(paths, write=True).close()
