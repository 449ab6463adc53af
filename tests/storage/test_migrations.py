"""Migrations: empty → head → base → head on each engine, and head matches ``tables.metadata``."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from crampcheck.storage import tables
from crampcheck.storage.engine import (
    HEAD_REVISION,
    current_revision,
    downgrade,
    head_revision,
    open_engine,
    stored_revision,
    upgrade,
)


def test_upgrade_downgrade_upgrade(db_url: str) -> None:
    engine = open_engine(db_url)
    try:
        assert current_revision(engine) is None
        assert stored_revision(engine) is None
        upgrade(engine)
        assert current_revision(engine) == head_revision(engine) == HEAD_REVISION
        assert stored_revision(engine) == HEAD_REVISION
        names = set(inspect(engine).get_table_names())
        assert set(tables.metadata.tables) <= names
        downgrade(engine, "0001")
        columns = {c["name"] for c in inspect(engine).get_columns("weights")}
        assert "notes" not in columns
        downgrade(engine, "base")
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        upgrade(engine)
        assert current_revision(engine) == HEAD_REVISION
    finally:
        engine.dispose()


def test_head_matches_metadata(db_url: str) -> None:
    engine = open_engine(db_url)
    try:
        upgrade(engine)
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, tables.metadata) == []
    finally:
        engine.dispose()


def test_sqlite_pragmas(tmp_path: Path) -> None:
    engine = open_engine(f"sqlite:///{tmp_path / 'x.db'}")
    try:
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1
    finally:
        engine.dispose()
