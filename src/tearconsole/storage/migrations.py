"""Schema migrations: a numbered list of SQL scripts and SQLite's ``user_version``.

Why not Alembic: the app owns exactly one embedded SQLite file, migrations run at start-up
on the user's machine with no one to resolve a branch, and the whole history must ship in
the wheel. A list of scripts indexed by ``PRAGMA user_version`` does that in a few lines,
with no extra dependency. Each script is frozen once released; the models must always
equal the result of running all of them (tests/test_migrations.py compares the two).
A copy of the database is taken before any migration runs.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from tearconsole.atomic import write_file
from tearconsole.errors import UserError
from tearconsole.i18n.message import Message

_V1 = """
CREATE TABLE "plan" (
    id INTEGER NOT NULL,
    name VARCHAR(200) NOT NULL,
    theme VARCHAR NOT NULL,
    target_s DOUBLE,
    soft_landing_position INTEGER,
    notes VARCHAR NOT NULL,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE stimulus (
    id INTEGER NOT NULL,
    kind VARCHAR(16) NOT NULL,
    title VARCHAR(300) NOT NULL,
    path VARCHAR,
    content_hash VARCHAR(64),
    size_bytes INTEGER,
    text VARCHAR,
    duration_s DOUBLE,
    status VARCHAR(16) NOT NULL,
    status_reason VARCHAR,
    has_video BOOLEAN NOT NULL,
    has_audio BOOLEAN NOT NULL,
    width INTEGER,
    height INTEGER,
    intensity INTEGER NOT NULL,
    content_notes VARCHAR NOT NULL,
    language VARCHAR(16),
    credit VARCHAR NOT NULL,
    licence VARCHAR NOT NULL,
    private_notes VARCHAR NOT NULL,
    narration_path VARCHAR,
    bed_stimulus_id INTEGER,
    thumbnail_path VARCHAR,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(bed_stimulus_id) REFERENCES stimulus (id) ON DELETE SET NULL
);
CREATE INDEX ix_stimulus_content_hash ON stimulus (content_hash);
CREATE TABLE tag (
    id INTEGER NOT NULL,
    name VARCHAR(80) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE cue (
    id INTEGER NOT NULL,
    plan_id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    kind VARCHAR(16) NOT NULL,
    stimulus_id INTEGER,
    in_s DOUBLE NOT NULL,
    out_s DOUBLE,
    fade_in_s DOUBLE NOT NULL,
    fade_out_s DOUBLE NOT NULL,
    level_db DOUBLE NOT NULL,
    pre_wait_s DOUBLE NOT NULL,
    continue_mode VARCHAR(16) NOT NULL,
    post_wait_s DOUBLE NOT NULL,
    duration_s DOUBLE,
    tone BOOLEAN NOT NULL,
    text VARCHAR,
    notes VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(plan_id) REFERENCES "plan" (id) ON DELETE CASCADE,
    FOREIGN KEY(stimulus_id) REFERENCES stimulus (id) ON DELETE SET NULL
);
CREATE INDEX ix_cue_plan_position ON cue (plan_id, position);
CREATE TABLE session (
    id INTEGER NOT NULL,
    plan_id INTEGER,
    plan_name VARCHAR NOT NULL,
    mode VARCHAR(16) NOT NULL,
    state VARCHAR(16) NOT NULL,
    started_at DATETIME NOT NULL,
    ended_at DATETIME,
    speed DOUBLE NOT NULL,
    group_size INTEGER,
    checkin_json VARCHAR,
    checkout_json VARCHAR,
    notes VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(plan_id) REFERENCES "plan" (id) ON DELETE SET NULL
);
CREATE TABLE stimulus_tag (
    stimulus_id INTEGER NOT NULL,
    tag_id INTEGER NOT NULL,
    PRIMARY KEY (stimulus_id, tag_id),
    FOREIGN KEY(stimulus_id) REFERENCES stimulus (id) ON DELETE CASCADE,
    FOREIGN KEY(tag_id) REFERENCES tag (id) ON DELETE CASCADE
);
CREATE TABLE event (
    id INTEGER NOT NULL,
    session_id INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    kind VARCHAR(24) NOT NULL,
    wall_time DATETIME NOT NULL,
    mono_s DOUBLE NOT NULL,
    cue_position INTEGER,
    position_s DOUBLE,
    detail_json VARCHAR NOT NULL,
    private BOOLEAN NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (session_id, seq),
    FOREIGN KEY(session_id) REFERENCES session (id) ON DELETE CASCADE
);
"""

# The plan as it was run (cue titles, kinds and times), so that a session's report stays
# true after its plan is edited or deleted.
_V2 = """
ALTER TABLE session ADD COLUMN plan_json VARCHAR;
"""

# The process that conducts an open session, so that only that one reads as running
# while any tearconsole holds the data folder (storage.sessions.session_state).
_V3 = """
ALTER TABLE session ADD COLUMN owner_pid INTEGER;
"""

# Whether a person has reviewed an item (set its intensity or content notes), so that
# preflight can name plans of items nobody has looked at. Items already in a library
# count as reviewed: nothing tells which were.
_V4 = """
ALTER TABLE stimulus ADD COLUMN reviewed BOOLEAN NOT NULL DEFAULT 1;
"""

# A stimulus's status reason kept as a message (context, English template, words; JSON)
# beside its English sentence, so that it is shown in the chosen language without
# guessing the template back from the English (library.reasons).
_V5 = """
ALTER TABLE stimulus ADD COLUMN status_message VARCHAR;
"""

#: MIGRATIONS[n] brings a database from version n to version n + 1.
MIGRATIONS: list[str] = [_V1, _V2, _V3, _V4, _V5]

SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def has_tables(conn: sqlite3.Connection) -> bool:
    """False for a new, empty database (nothing to back up)."""
    return bool(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0)


def refuse_newer(version: int, known: int = SCHEMA_VERSION) -> None:
    """Raise for a database written by a newer tearconsole (``version`` above ``known``)."""
    if version > known:
        raise UserError(
            Message.translate(
                "Storage",
                "This data was written by a newer tearconsole (schema {schema}); "
                "update tearconsole to open it.",
            ).format(schema=version)
        )


def backup(conn: sqlite3.Connection, backup_dir: Path, version: int) -> Path:
    """Copy the live database (WAL included) to ``backup_dir`` with SQLite's backup API."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"before-v{version + 1}-{stamp}.sqlite3"

    def write(temporary: Path) -> None:
        copy = sqlite3.connect(temporary)
        try:
            conn.backup(copy)
        finally:
            copy.close()

    write_file(target, write)
    return target


def migrate(
    conn: sqlite3.Connection,
    backup_dir: Path,
    migrations: list[str] | None = None,
    on_backup: Callable[[Path], None] | None = None,
) -> int:
    """Bring the database up to date; return the version it is now at.

    A non-empty database is copied to ``backup_dir`` first. Each script runs in one
    transaction with its version bump, so a failure leaves the previous version intact.
    """
    steps = MIGRATIONS if migrations is None else migrations
    current = schema_version(conn)
    refuse_newer(current, len(steps))
    if current == len(steps):
        return current
    if has_tables(conn):
        saved = backup(conn, backup_dir, current)
        if on_backup is not None:
            on_backup(saved)
    for version in range(current, len(steps)):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(steps[version]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return len(steps)


def _statements(script: str) -> list[str]:
    return [part.strip() for part in script.split(";") if part.strip()]
