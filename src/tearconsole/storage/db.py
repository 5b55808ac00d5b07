"""Opening the database: file permissions, WAL, migrations, the writer lock, and errors.

One engine per process. ``NullPool``: SQLite connections to a file are cheap to open, and
a pool would keep connections alive across threads (the event-log writer has its own).

Opening checks, backs up and migrates through the sqlite3 driver alone; SQLAlchemy is
imported, and the engine made, at the first ``session()`` (or ``engine``). The window
reads its first screenful through ``read()`` and shows it before SQLAlchemy's ~200 ms
of imports (docs/benchmarks.md, start-up).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tearconsole import atomic
from tearconsole.errors import DatabaseDamaged, DataDirBusy, UserError
from tearconsole.i18n.message import Message
from tearconsole.paths import AppPaths
from tearconsole.storage import (
    backups,
    event_files,
    media_orphans,
    migrations,
    open_checks,
    permissions,
)
from tearconsole.storage.datapaths import folder_roots, relativize_rows, set_data_dir
from tearconsole.storage.lock import DataDirLock

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 5000
#: The folder where saves outside the data folder note their temporary files.
PARTIALS = "partials"
log = logging.getLogger(__name__)


def human_db_error(exc: BaseException, db_path: Path) -> UserError:
    """Turn a SQLite failure into one sentence that says what happened and what to do."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "disk is full" in text:
        return UserError(
            Message.translate(
                "Errors",
                "The disk is full, so tearconsole could not save; nothing already saved was "
                "lost. Free some space and try again.",
            )
        )
    if "locked" in text or "busy" in text:
        return UserError(
            Message.translate(
                "Storage",
                "The database {path} is locked by another program; close it and try again.",
            ).format(path=db_path)
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DatabaseDamaged(damaged_sentence(db_path))
    if "readonly" in text or "read-only" in text or "permission" in text:
        for path in permissions.database_files(db_path):
            if permissions.read_only(path):
                return permissions.read_only_error(path)
        return UserError(
            Message.translate(
                "Storage",
                "tearconsole may not write to {path}; check that the folder is yours and "
                "not read-only.",
            ).format(path=db_path)
        )
    return UserError(
        Message.translate("Storage", "The database {path} could not be used ({reason}).").format(
            path=db_path, reason=text
        )
    )


def damaged_sentence(db_path: Path) -> Message:
    """What every command says about a database that failed SQLite's check."""
    newest = backups.newest_backup(db_path.parent / "backups")
    if newest is None:
        return Message.translate(
            "Storage",
            "The database {path} is damaged, so tearconsole only reads it; there is no "
            "backup to restore, so move the file aside to start afresh.",
        ).format(path=db_path)
    return Message.translate(
        "Storage",
        "The database {path} is damaged, so tearconsole only reads it until you run "
        "`tearconsole restore`, which brings back the newest backup ({backup}).",
    ).format(path=db_path, backup=newest.describe())


def _create_private_file(path: Path) -> None:
    """Create the database file readable by its owner only (SQLite gives -wal/-shm the
    same); an existing one keeps its permissions (``permissions``)."""
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)


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
            Message.translate(
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
        lock: DataDirLock | None,
        damaged: Message | None = None,
    ) -> None:
        self.paths = paths
        self.lock = lock
        #: The damaged-database sentence when SQLite's check failed: then nothing writes.
        self.damaged = damaged
        self._engine: Engine | None = None
        self._making_engine = threading.Lock()  # pages read from worker threads too
        self._sessions: sessionmaker[Session] | None = None
        #: The data folder as the stored relative paths are read against (``datapaths``).
        self.roots = folder_roots(paths.data_dir)

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, made (and SQLAlchemy imported) when first asked for."""
        with self._making_engine:
            if self._engine is None:
                self._engine = self._make_engine()
        return self._engine

    def _make_engine(self) -> Engine:
        # SQLAlchemy (~100 ms): not for the quick reads at start
        from sqlalchemy import create_engine, event
        from sqlalchemy.pool import NullPool  # SQLAlchemy: as above

        if self.damaged is not None:  # nothing can write to it
            url = f"sqlite:///file:{self.paths.db_path}?mode=ro&uri=true"
        else:
            url = f"sqlite:///{self.paths.db_path}"
        engine = create_engine(url, poolclass=NullPool)
        if self.damaged is None:
            event.listen(engine, "connect", _on_connect)
        set_data_dir(engine, self.paths.data_dir)
        return engine

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A plain sqlite3 connection for a quick read, without SQLAlchemy (the window's
        first screenful, the check for an interrupted session at start). Read-only."""
        conn = sqlite3.connect(
            self.paths.db_path.absolute().as_uri() + "?mode=ro",
            uri=True,
            isolation_level=None,
            timeout=BUSY_TIMEOUT_MS / 1000,
        )
        try:
            yield conn
        except sqlite3.DatabaseError as exc:
            if self.damaged is not None:
                raise DatabaseDamaged(self.damaged) from exc
            raise human_db_error(exc, self.paths.db_path) from exc
        finally:
            conn.close()

    @classmethod
    def open(cls, paths: AppPaths, *, write: bool = True) -> Database:
        """Open (creating and migrating as needed) the database of ``paths``.

        ``write=True`` takes the data folder's writer lock first, so a second copy of the
        app is refused with a clear message. Read-only callers skip the lock but still
        need the schema to be current.
        """
        paths.ensure()
        permissions.refuse_read_only(*permissions.database_files(paths.db_path))
        lock = DataDirLock(paths.lock_path).acquire() if write else None
        try:
            atomic.note_partials_in(paths.data_dir / PARTIALS)  # exports, reports
            open_checks.finish_restore(paths, lock)
            open_checks.refuse_before_opening(paths, writer=write)
            problem = backups.problem_of(paths.db_path)
            if problem is not None:
                log.info("database %s failed SQLite's quick_check: %s", paths.db_path, problem)
                sentence = damaged_sentence(paths.db_path)
                if write:
                    raise DatabaseDamaged(sentence)
                return cls._read_only(paths, sentence)
            if write:  # what killed writes left: nothing else writes now (the lock)
                atomic.sweep_leftovers(paths.data_dir)
                atomic.sweep_leftovers(paths.backup_dir)
                atomic.sweep_tree(paths.media_dir)
                atomic.sweep_tree(paths.thumbnail_dir)
                event_files.sweep_temporaries(paths.db_path)
            _create_private_file(paths.db_path)
            conn = _connect_raw(paths.db_path)
            try:
                if write:
                    migrations.refuse_newer(migrations.schema_version(conn))
                    if migrations.has_tables(conn):  # checked, not newer: a good one
                        backups.take_daily_backup(paths.db_path, paths.backup_dir)
                    migrations.migrate(conn, paths.backup_dir)
                    relativize_rows(conn, paths.data_dir)
                    media_orphans.remove_unreferenced(conn, paths.data_dir, paths.media_dir)
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
        return cls(paths, lock)

    @classmethod
    def _read_only(cls, paths: AppPaths, sentence: Message) -> Database:
        """A damaged database, opened so that nothing can write to it."""
        return cls(paths, None, damaged=sentence)

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
        from sqlalchemy.exc import DBAPIError  # SQLAlchemy: not for the quick reads at start

        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker  # SQLAlchemy: as above

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
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
        if self._engine is not None:
            self._engine.dispose()
        if self.lock is not None:
            self.lock.release()


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
