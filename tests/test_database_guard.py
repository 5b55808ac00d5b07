"""A damaged database is never written to; rolling backups bring the data back."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from tearconsole.errors import DatabaseDamaged
from tearconsole.paths import AppPaths
from tearconsole.storage import backups
from tearconsole.storage.db import Database
from tearconsole.storage.models import Stimulus
from tests.cli import run_cli, run_json


def _digest(folder: Path) -> tuple[str, int]:
    """The database file's hash and how much its write-ahead log holds (readers may
    create an empty one; any write would fill it)."""
    wal = folder / "tearconsole.sqlite3-wal"
    content = (folder / "tearconsole.sqlite3").read_bytes()
    return hashlib.sha256(content).hexdigest(), wal.stat().st_size if wal.exists() else 0


def corrupt_one_page(db_path: Path) -> None:
    """Checkpoint the WAL into the file, then write 4 KB of garbage over the page that
    holds the root of the stimulus table."""
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'stimulus'").fetchone()[0]
    conn.close()
    with db_path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(os.urandom(page_size))


def test_a_damaged_database_is_only_read_until_the_newest_backup_is_restored(
    demo_paths: AppPaths, tmp_path: Path
) -> None:
    data = demo_paths.data_dir
    before = run_json("library", "list", data_dir=data)
    plans_before = run_json("plan", "list", data_dir=data)
    assert len(before) >= 5
    taken = run_cli("backup", data_dir=data)
    assert taken.returncode == 0, taken.stderr
    corrupt_one_page(demo_paths.db_path)
    frozen = _digest(data)

    doctor = run_cli("doctor", data_dir=data)
    assert doctor.returncode == 1
    assert "is damaged" in doctor.stderr and "integrity_check" in doctor.stderr

    clips = tmp_path / "clips"
    clips.mkdir()
    (clips / "a.txt").write_text("A short story to import.\n", encoding="utf-8")
    bundle = tmp_path / "first.tearplan"
    writers = [
        ("library", "import", str(clips)),
        ("library", "relink", str(clips)),
        ("demo", "install"),
        ("plan", "create", "Another", "--stimuli", "1"),
        ("plan", "import", str(bundle)),
        ("rehearse", "First tears", "--headless", "--speed", "20"),
        ("backup",),
    ]
    newest = backups.newest_backup(demo_paths.backup_dir)
    assert newest is not None
    for command in writers:
        done = run_cli(*command, data_dir=data)
        assert done.returncode == 1, (command, done.stdout, done.stderr)
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and "is damaged" in lines[0], (command, done.stderr)
        assert newest.path.name in lines[0] and "tearconsole restore" in lines[0]
        assert "Traceback" not in done.stderr
        assert _digest(data) == frozen, command

    readers = [("library", "list"), ("plan", "list"), ("sessions", "list"), ("check", "1")]
    for command in readers:  # what can still be read is read, after one sentence
        done = run_cli(*command, data_dir=data)
        lines = done.stderr.strip().splitlines()
        assert lines and "is damaged" in lines[0] and newest.path.name in lines[0], command
        assert sum("is damaged" in line for line in lines) == 1, (command, done.stderr)
        assert "Traceback" not in done.stderr and _digest(data) == frozen, command

    restored = run_cli("restore", data_dir=data)
    assert restored.returncode == 0, restored.stderr
    assert newest.path.name in restored.stdout
    assert list(demo_paths.backup_dir.glob("set-aside-*.sqlite3")), "the damaged file is kept"
    assert run_cli("doctor", data_dir=data).returncode == 0
    assert run_json("library", "list", data_dir=data) == before
    assert run_json("plan", "list", data_dir=data) == plans_before


def test_a_damaged_database_opens_for_reading_only(demo_paths: AppPaths) -> None:
    corrupt_one_page(demo_paths.db_path)
    try:
        Database.open(demo_paths, write=True)
    except DatabaseDamaged as exc:
        assert "is damaged" in str(exc)
    else:
        raise AssertionError("a damaged database opened for writing")
    reader = Database.open(demo_paths, write=False)
    try:
        assert reader.damaged is not None and reader.lock is None
    finally:
        reader.close()


def test_rolling_backups_one_a_day_and_the_last_few_before_sessions(paths: AppPaths) -> None:
    Database.open(paths, write=True).close()  # an empty, new database: nothing to save
    assert not list(paths.backup_dir.glob("daily-*"))
    database = Database.open(paths, write=True)
    database.close()
    database = Database.open(paths, write=True)
    try:
        today = f"daily-{datetime.now():%Y%m%d}-"
        assert len([p for p in paths.backup_dir.glob("daily-*") if p.name.startswith(today)]) == 1
        for _ in range(backups.KEEP_SESSION + 3):
            database.take_backup("session")
    finally:
        database.close()
    kept = sorted(paths.backup_dir.glob("session-*.sqlite3"))
    assert len(kept) == backups.KEEP_SESSION
    assert all(backups.problem_of(p) is None for p in kept)
    assert not list(paths.backup_dir.glob(".tearconsole-*"))


def test_a_live_session_takes_a_backup_first_and_a_rehearsal_does_not(
    qtbot: object, db: Database, vlc_instance: object
) -> None:
    from tearconsole.core.kinds import SessionMode
    from tearconsole.live.runner import LiveRunner
    from tearconsole.live.session import LiveSession, RunOptions
    from tearconsole.playback.engine import VlcOutput
    from tearconsole.storage.plans import find_plan, plan_spec
    from tests.live_plans import Step, make_plan

    plan_id = make_plan(db, "Backed up", [Step("card", seconds=2.0, text="Welcome.")])
    with db.session() as session:
        spec = plan_spec(find_plan(session, plan_id))
    for mode, expected in ((SessionMode.REHEARSAL, 0), (SessionMode.LIVE, 1)):
        runner = LiveRunner(LiveSession(db, spec, VlcOutput(vlc_instance), RunOptions(mode, 1.0)))
        runner.close()
        taken = list(db.paths.backup_dir.glob("session-*.sqlite3"))
        assert len(taken) == expected, mode
    assert backups.problem_of(taken[0]) is None


def test_the_window_offers_the_newest_backup_and_restores_it(
    qtbot: object, demo_paths: AppPaths
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from tearconsole.ui.app import make_application
    from tearconsole.ui.database_restore import offer_restore

    make_application()
    database = Database.open(demo_paths, write=True)
    database.take_backup("manual")
    database.close()
    corrupt_one_page(demo_paths.db_path)
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        wanted = [b for b in box.buttons() if b.text() == "Restore the newest backup"]
        (wanted or box.buttons())[0].click()
        if not wanted:
            return
        QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    assert offer_restore(demo_paths, "The database is damaged.")
    assert seen[0] == "The database is damaged." and seen[1].startswith("Restored the database")
    assert backups.problem_of(demo_paths.db_path) is None
    Database.open(demo_paths, write=True).close()  # writable again


def test_a_new_day_takes_a_new_backup_and_only_the_last_week_is_kept(paths: AppPaths) -> None:
    Database.open(paths, write=True).close()
    Database.open(paths, write=True).close()  # today's
    (today,) = paths.backup_dir.glob("daily-*.sqlite3")
    earlier = [datetime.now() - timedelta(days=n) for n in range(1, 10)]  # nine days
    for day in earlier:
        (paths.backup_dir / f"daily-{day:%Y%m%d}-080000-000000.sqlite3").write_bytes(
            today.read_bytes()
        )
    today.unlink()
    Database.open(paths, write=True).close()  # the first open of "today" again
    kept = sorted(p.name for p in paths.backup_dir.glob("daily-*.sqlite3"))
    assert len(kept) == backups.KEEP_DAILY
    assert kept[-1].startswith(f"daily-{datetime.now():%Y%m%d}-")
    assert kept[0] == f"daily-{earlier[5]:%Y%m%d}-080000-000000.sqlite3"  # oldest went first


def test_a_database_locked_by_another_program_is_not_called_damaged(db: Database) -> None:
    with db.session() as session:
        session.add(Stimulus(kind="card", title="Welcome", text="Welcome."))
    other = sqlite3.connect(db.paths.db_path, isolation_level=None)
    try:
        other.execute("PRAGMA locking_mode=EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        assert backups.problem_of(db.paths.db_path) is None
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert backups.problem_of(db.paths.db_path) is None
    (db.paths.data_dir / "not-a-db.sqlite3").write_bytes(b"x" * 8192)
    assert backups.problem_of(db.paths.data_dir / "not-a-db.sqlite3") is not None
