"""Back up the diary database: SQLite with ``VACUUM INTO`` (safe while in use); PostgreSQL
is backed up with its own tool, ``pg_dump``."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine

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
    raw = engine.raw_connection()  # VACUUM cannot run inside the transaction SQLAlchemy opens
    try:
        raw.driver_connection.execute("VACUUM INTO ?", (str(target),))  # type: ignore[union-attr]
    except sqlite3.Error as error:
        raise StorageError(f"backup failed: {error}") from error
    finally:
        raw.close()
    return target
