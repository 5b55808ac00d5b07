"""Opening the database: file permissions, WAL, migrations, the writer lock, and errors.

One engine per process. ``NullPool``: SQLite connections to a file are cheap to open, and
a pool would keep connections alive across threads (the event-log writer has its own).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from tearconsole import atomic
from tearconsole.errors import DatabaseDamaged, DataDirBusy, UserError
from tearconsole.i18n import translate
from tearconsole.paths import AppPaths
from tearconsole.storage import backups, event_files, migrations
from tearconsole.storage.datapaths import relativize_rows, set_data_dir
from tearconsole.storage.lock import DataDirLock

BUSY_TIMEOUT_MS = 5000
log = logging.getLogger(__name__)


def human_db_error(exc: BaseException, db_path: Path) -> UserError:
    """Turn a SQLite failure into one sentence that says what happened and what to do."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "disk is full" in text:
        return UserError(
            translate(
                "Errors",
                "The disk is full, so tearconsole could not save; nothing already saved was "
                "lost. Free some space and try again.",
            )
        )
    if "locked" in text or "busy" in text:
        return UserError(
            translate(
                "Storage",
                "The database {path} is locked by another program; close it and try again.",
            ).format(path=db_path)
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DatabaseDamaged(damaged_sentence(db_path))
    if "readonly" in text or "read-only" in text or "permission" in text:
        return UserError(
            translate(
                "Storage",
                "tearconsole may not write to {path}; check that the folder is yours and "
                "not read-only.",
            ).format(path=db_path)
        )
    return UserError(
        translate("Storage", "The database {path} could not be used ({reason}).").format(
            path=db_path, reason=text
        )
    )


def damaged_sentence(db_path: Path) -> str:
    """What every command says about a database that failed SQLite's check."""
    newest = backups.newest_backup(db_path.parent / "backups")
    if newest is None:
        return translate(
            "Storage",
            "The database {path} is damaged, so tearconsole only reads it; there is no "
            "backup to restore, so move the file aside to start afresh.",
        ).format(path=db_path)
    return translate(
        "Storage",
        "The database {path} is damaged, so tearconsole only reads it until you run "
        "`tearconsole restore`, which brings back the newest backup ({backup}).",
    ).format(path=db_path, backup=newest.describe())


def _create_private_file(path: Path) -> None:
    """Create the database file readable by its owner only (SQLite gives -wal/-shm the same)."""
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    os.chmod(path, 0o600)


def _connect_raw(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def _migrate_unless_busy(conn: sqlite3.Connection, paths: AppPaths) -> None:
    """A reader found an old (or new, empty) schema: migrate it if no writer is running."""
    lock = DataDirLock(paths.lock_path)
    try:
        lock.acquire()
    except DataDirBusy:
        raise UserError(
            translate(
                "Storage",
                "The database is being updated by the tearconsole that is open; try again in "
                "a moment.",
            )
        ) from None
    try:
        migrations.migrate(conn, paths.backup_dir)
    finally:
        lock.release()


class Database:
    """The open database of one data folder."""

    def __init__(
        self,
        paths: AppPaths,
        engine: Engine,
        lock: DataDirLock | None,
        damaged: str | None = None,
    ) -> None:
        self.paths = paths
        self.engine = engine
        self.lock = lock
        #: The damaged-database sentence when SQLite's check failed: then nothing writes.
        self.damaged = damaged
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, paths: AppPaths, *, write: bool = True) -> Database:
        """Open (creating and migrating as needed) the database of ``paths``.

        ``write=True`` takes the data folder's writer lock first, so a second copy of the
        app is refused with a clear message. Read-only callers skip the lock but still
        need the schema to be current.
        """
        paths.ensure()
        lock = DataDirLock(paths.lock_path).acquire() if write else None
        try:
            problem = backups.problem_of(paths.db_path)
            if problem is not None:
                log.info("database %s failed SQLite's quick_check: %s", paths.db_path, problem)
                sentence = damaged_sentence(paths.db_path)
                if write:
                    raise DatabaseDamaged(sentence)
                return cls._read_only(paths, sentence)
            if write:
                atomic.sweep_leftovers(paths.data_dir)
                atomic.sweep_leftovers(paths.backup_dir)
                atomic.sweep_leftovers(paths.media_dir)
                backups.take_daily_backup(paths.db_path, paths.backup_dir)
            _create_private_file(paths.db_path)
            conn = _connect_raw(paths.db_path)
            try:
                if write:
                    migrations.migrate(conn, paths.backup_dir)
                    relativize_rows(conn, paths.data_dir)
                    event_files.merge_waiting(conn, paths.db_path)  # left by a full disk
                elif migrations.schema_version(conn) != migrations.SCHEMA_VERSION:
                    _migrate_unless_busy(conn, paths)
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:
            if lock is not None:
                lock.release()
            raise human_db_error(exc, paths.db_path) from exc
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        engine = create_engine(f"sqlite:///{paths.db_path}", poolclass=NullPool)
        event.listen(engine, "connect", _on_connect)
        set_data_dir(engine, paths.data_dir)
        return cls(paths, engine, lock)

    @classmethod
    def _read_only(cls, paths: AppPaths, sentence: str) -> Database:
        """A damaged database, opened so that nothing can write to it."""
        engine = create_engine(
            f"sqlite:///file:{paths.db_path}?mode=ro&uri=true", poolclass=NullPool
        )
        set_data_dir(engine, paths.data_dir)
        return cls(paths, engine, None, damaged=sentence)

    def take_backup(self, kind: str) -> Path:
        """A rolling backup now (e.g. ``session`` before a live session starts)."""
        if self.damaged is not None:
            raise DatabaseDamaged(self.damaged)
        return backups.take_backup(self.paths.db_path, self.paths.backup_dir, kind)

    def backup_before_session(self) -> Path | None:
        """The rolling backup before a live session; a failure is logged, never in the way."""
        try:
            return self.take_backup("session")
        except (UserError, OSError, sqlite3.Error):
            log.exception("no backup before the session")
            return None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A short unit of work: commits on success, rolls back on error."""
        with self._sessions() as session:
            try:
                yield session
                session.commit()
            except DBAPIError as exc:
                session.rollback()
                if self.damaged is not None:
                    raise DatabaseDamaged(self.damaged) from exc
                raise human_db_error(exc, self.paths.db_path) from exc
            except BaseException:
                session.rollback()
                raise

    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.exec_driver_sql("PRAGMA user_version").scalar_one())

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
