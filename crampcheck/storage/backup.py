"""Back up the diary database: SQLite with ``VACUUM INTO`` (safe while in use); PostgreSQL
is backed up with its own tool, ``pg_dump``."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from crampcheck.errors import InputError, StorageError


def backup(engine: Engine, target: Path) -> Path:
    """Write a consistent copy of a SQLite diary to ``target`` (which must not exist)."""
    if engine.dialect.name != "sqlite":
        raise StorageError(
            "crampcheck backs up SQLite files only; for PostgreSQL run "
            "pg_dump --format=custom --file=crampcheck.dump DBNAME (restore with pg_restore)"
        )
    if target.exists():
        raise InputError(f"{target} already exists; choose a new file name")
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with engine.connect() as connection:
            connection.execute(text("VACUUM INTO :target"), {"target": str(target)})
    except OperationalError as error:
        raise StorageError(f"backup failed: {error.orig}") from error
    return target
