"""Back up the diary database: SQLite with ``VACUUM INTO`` (safe while in use); PostgreSQL
is backed up with its own tool, ``pg_dump``.

The copy is written to a temporary name next to the target and renamed only when it is
complete, so a failed or killed backup never leaves a partial file under the target's name.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

from sqlalchemy import Engine

from crampcheck.errors import InputError, StorageError

PARTIAL_SUFFIX = ".partial"
"""The temporary copy's name ends with this (``.NAME.XXXX.partial`` in the target's folder)."""


def backup(engine: Engine, target: Path) -> Path:
    """Write a consistent copy of a SQLite diary to ``target`` (which must not exist)."""
    if engine.dialect.name != "sqlite":
        raise StorageError(
            "crampcheck backs up SQLite files only; for PostgreSQL run "
            "pg_dump --format=custom --file=crampcheck.dump DBNAME (restore with pg_restore)"
        )
    if target.exists() or target.is_symlink():
        raise InputError(f"{target} already exists; choose a new file name")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = _partial_name(target)
    except OSError as error:
        raise StorageError(f"backup failed: cannot write to {target.parent}: {error}") from error
    try:
        _vacuum_into(engine, partial)
        _publish(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def _partial_name(target: Path) -> Path:
    """A new, empty-named slot next to ``target`` (created and removed again: VACUUM INTO
    refuses an existing file)."""
    handle, name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=PARTIAL_SUFFIX, dir=target.parent
    )
    os.close(handle)
    os.unlink(name)
    return Path(name)


def _vacuum_into(engine: Engine, partial: Path) -> None:
    raw = engine.raw_connection()  # VACUUM cannot run inside the transaction SQLAlchemy opens
    try:
        raw.driver_connection.execute("VACUUM INTO ?", (str(partial),))  # type: ignore[union-attr]
    except sqlite3.Error as error:
        raise StorageError(f"backup failed: {error}") from error
    finally:
        raw.close()


def _publish(partial: Path, target: Path) -> None:
    """Give the finished copy the target's name, never replacing a file that appeared since."""
    try:
        with partial.open("rb") as handle:
            os.fsync(handle.fileno())
        os.link(partial, target)  # fails if target exists (unlike rename)
    except FileExistsError as error:
        raise InputError(f"{target} already exists; choose a new file name") from error
    except OSError as error:  # a file system without hard links
        if target.exists():
            raise InputError(f"{target} already exists; choose a new file name") from error
        try:
            os.rename(partial, target)
        except OSError as rename_error:
            raise StorageError(f"backup failed: cannot name the copy {target}") from rename_error
