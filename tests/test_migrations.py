"""Migrations: from an empty file, from an older schema with data, with a backup first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

from tearconsole.errors import UserError
from tearconsole.paths import AppPaths
from tearconsole.storage import migrations
from tearconsole.storage.db import Database
from tearconsole.storage.models import Base


def test_empty_file_migrates_to_current_and_matches_the_models(paths: AppPaths) -> None:
    database = Database.open(paths)
    try:
        assert database.schema_version() == migrations.SCHEMA_VERSION
    finally:
        database.close()
    inspector = inspect(create_engine(f"sqlite:///{paths.db_path}"))
    assert set(inspector.get_table_names()) == set(Base.metadata.tables)
    for name, table in Base.metadata.tables.items():
        migrated = {c["name"]: c for c in inspector.get_columns(name)}
        assert set(migrated) == set(table.columns.keys()), name
        for column in table.columns:
            assert migrated[column.name]["nullable"] == column.nullable, (name, column.name)
        indexes = {i["name"] for i in inspector.get_indexes(name)}
        assert {i.name for i in table.indexes} <= indexes, name
    # A fresh database has nothing to back up.
    assert not paths.backup_dir.exists() or not any(paths.backup_dir.iterdir())


def _v1_database_with_a_plan(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.migrate(conn, path.parent / "unused", migrations.MIGRATIONS[:1])
    conn.execute(
        "INSERT INTO plan (name, theme, notes, created_at, updated_at) "
        "VALUES ('Evening', '', '', '2026-01-01', '2026-01-01')"
    )
    return conn


def test_an_older_schema_is_backed_up_then_migrated(tmp_path: Path) -> None:
    conn = _v1_database_with_a_plan(tmp_path / "db.sqlite3")
    backups: list[Path] = []
    steps = [*migrations.MIGRATIONS[:1], "ALTER TABLE plan ADD COLUMN colour VARCHAR"]
    assert migrations.migrate(conn, tmp_path / "backups", steps, on_backup=backups.append) == 2
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    assert conn.execute("SELECT name, colour FROM plan").fetchall() == [("Evening", None)]
    assert len(backups) == 1 and backups[0].parent == tmp_path / "backups"
    saved = sqlite3.connect(backups[0])
    assert saved.execute("PRAGMA user_version").fetchone()[0] == 1
    assert saved.execute("SELECT name FROM plan").fetchall() == [("Evening",)]
    assert oct(backups[0].stat().st_mode & 0o777) == "0o600"


def test_a_failing_migration_leaves_the_previous_version_intact(tmp_path: Path) -> None:
    conn = _v1_database_with_a_plan(tmp_path / "db.sqlite3")
    steps = [*migrations.MIGRATIONS[:1], "ALTER TABLE plan ADD COLUMN ok INT; NOT SQL AT ALL"]
    with pytest.raises(sqlite3.OperationalError):
        migrations.migrate(conn, tmp_path / "backups", steps)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    columns = [row[1] for row in conn.execute("PRAGMA table_info(plan)")]
    assert "ok" not in columns
    assert conn.execute("SELECT count(*) FROM plan").fetchone()[0] == 1


def test_a_newer_schema_is_refused_with_a_sentence(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "db.sqlite3", isolation_level=None)
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 5}")
    with pytest.raises(UserError, match="newer tearconsole"):
        migrations.migrate(conn, tmp_path / "backups")


def test_a_real_version_1_database_opens_at_the_current_schema(paths: AppPaths) -> None:
    conn = sqlite3.connect(paths.db_path, isolation_level=None)
    migrations.migrate(conn, paths.backup_dir, migrations.MIGRATIONS[:1])
    conn.execute(
        "INSERT INTO plan (name, theme, notes, created_at, updated_at) "
        "VALUES ('Evening', '', '', '2026-01-01', '2026-01-01')"
    )
    conn.execute(
        "INSERT INTO session (plan_id, plan_name, mode, state, started_at, speed, notes) "
        "VALUES (1, 'Evening', 'live', 'finished', '2026-01-01 19:00:00', 1.0, 'kept')"
    )
    conn.close()
    database = Database.open(paths)
    try:
        assert database.schema_version() == migrations.SCHEMA_VERSION > 1
        with database.engine.connect() as db_conn:
            rows = db_conn.exec_driver_sql("SELECT plan_name, notes FROM session").all()
        assert [tuple(r) for r in rows] == [("Evening", "kept")]
    finally:
        database.close()
    saved = list(paths.backup_dir.glob("before-v2-*.sqlite3"))
    assert len(saved) == 1
    backup = sqlite3.connect(saved[0])
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 1
    assert backup.execute("SELECT notes FROM session").fetchall() == [("kept",)]
