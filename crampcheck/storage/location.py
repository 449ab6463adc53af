"""Where the diary lives: refuse the places that would silently lose or damage data.

Two checks, both raising :class:`StorageError` with one line a person can act on:

- :func:`check_url` runs before an engine exists: no in-memory database (everything would be
  gone when the command ends), a known driver, and for SQLite a path that is a SQLite file (or
  missing, when the command may create it), whose folder is not a file and can be written.
- :func:`check_contents` runs on a connected engine: the database must be empty, or a
  crampcheck diary (it has our ``alembic_version``) at a revision this version knows. Another
  program's database is never written to, and a diary from a newer crampcheck is reported as
  such (export and backup may still read it: ``allow_newer``).
"""

from __future__ import annotations

import os
import sqlite3
from enum import Enum
from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from crampcheck.errors import StorageError

SQLITE_HEADER = b"SQLite format 3\x00"
"""The first 16 bytes of every SQLite database file."""

BACKENDS = ("sqlite", "postgresql")


class SchemaState(Enum):
    """What :func:`check_contents` found."""

    EMPTY = "empty"
    CURRENT = "current"
    OLDER = "older"
    NEWER = "newer"


def check_url(url: str, *, create: bool, allow_memory: bool = False) -> URL:
    """The parsed URL, after refusing what cannot hold a diary safely.

    ``create`` says whether the command may create a missing SQLite file (write commands);
    read commands never create files or folders. ``allow_memory`` lets library callers (tests)
    use an in-memory SQLite database on purpose; a URL from a person never gets it.
    """
    parsed = _parse(url)
    backend = parsed.get_backend_name()
    if backend not in BACKENDS:
        raise StorageError(
            f"unsupported database {backend!r}; use sqlite:///FILE or postgresql+psycopg://..."
        )
    if backend == "sqlite":
        if allow_memory and is_in_memory(parsed):
            return parsed
        check_sqlite_path(_sqlite_path(parsed), create=create)
    return parsed


def is_in_memory(parsed: URL) -> bool:
    """Whether a SQLite URL names no file (``sqlite://``, ``sqlite:///``, ``:memory:``)."""
    database = parsed.database or ""
    return (
        database in ("", ":memory:")
        or database.startswith("file::memory:")
        or parsed.query.get("mode") == "memory"
    )


def _parse(url: str) -> URL:
    if not url.strip():
        raise StorageError("the database URL is empty; give sqlite:///FILE or a PostgreSQL URL")
    try:
        return make_url(url.strip())
    except (ArgumentError, ValueError) as error:
        raise StorageError("not a database URL; give sqlite:///FILE or a PostgreSQL URL") from error


def _sqlite_path(parsed: URL) -> Path:
    database = parsed.database or ""
    if is_in_memory(parsed):
        raise StorageError(
            "the database URL names no file (an in-memory database would lose everything); "
            "give sqlite:///path/to/diary.db"
        )
    if database.startswith("file:"):
        raise StorageError("SQLite URI file names are not supported; give sqlite:///path/to/file")
    return Path(database).expanduser()


def check_sqlite_path(path: Path, *, create: bool) -> None:
    """Refuse a path that is not a SQLite file, or that cannot be created when it is missing."""
    if path.is_dir():
        raise StorageError(f"{path} is a folder, not a diary database file")
    if path.exists():
        _check_sqlite_file(path, writable=create)
        return
    if not create:
        raise StorageError(
            f"there is no diary database at {path}; check the path, or log something first "
            "(or run 'crampcheck db upgrade') to create one"
        )
    if not path.parent.exists() and not _is_default(path):
        raise StorageError(
            f"the folder {path.parent} does not exist; check the --db path for a typo, or "
            "create the folder first"
        )
    folder = _nearest_existing(path.parent)
    if not folder.is_dir():
        raise StorageError(f"cannot create {path}: {folder} is a file, not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StorageError(f"cannot create {path}: {folder} is not writable")


def _is_default(path: Path) -> bool:
    """Whether ``path`` is the default diary in the user's data folder (created on first use)."""
    from crampcheck.config import default_database_url

    return path.resolve() == _sqlite_path(_parse(default_database_url())).resolve()


def _nearest_existing(folder: Path) -> Path:
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def _check_sqlite_file(path: Path, *, writable: bool) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise StorageError(f"cannot read {path}: {error.strerror or error}") from error
    if header and header != SQLITE_HEADER:
        raise StorageError(f"{path} is not a SQLite database (a damaged or another kind of file)")
    if header:
        _check_sqlite_tables(path)
    if writable and not os.access(path, os.W_OK):
        raise StorageError(f"{path} is read-only; crampcheck cannot write to it")


def unwritable(path: Path) -> bool:
    """An existing database file that cannot be written (read-only file, folder or filesystem)."""
    if not path.is_file():
        return False
    try:
        read_only_fs = bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except OSError:
        read_only_fs = False
    return read_only_fs or not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)


def _check_sqlite_tables(path: Path) -> None:
    """Look inside without changing a byte (read-only, before WAL mode is switched on). A file
    that cannot be written is opened ``immutable``, as the store then reads it: SQLite cannot
    create a WAL diary's -shm file in a read-only folder."""
    mode = "ro&immutable=1" if unwritable(path) else "ro"
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True)
    except sqlite3.Error as error:
        raise StorageError(f"cannot open {path}: {error}") from error
    try:
        names = [
            str(row[0])
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type IN "
                "('table', 'view') AND name NOT LIKE 'sqlite_%'"
            )
        ]
    except sqlite3.DatabaseError as error:
        raise StorageError(f"{path} is not a usable SQLite database ({error})") from error
    finally:
        connection.close()
    if names and "alembic_version" not in names:
        raise StorageError(_foreign_message(names))


def _foreign_message(names: list[str]) -> str:
    shown = ", ".join(sorted(names)[:3]) + (", ..." if len(names) > 3 else "")
    return (
        f"this database is not a crampcheck diary (it holds other tables: {shown}); "
        "crampcheck will not write to it; give a new file or an empty database"
    )


def check_contents(engine: Engine, *, allow_newer: bool = False) -> SchemaState:
    """Whether the database is empty, a crampcheck diary (current, older or newer), or refused."""
    from crampcheck.storage.engine import HEAD_REVISION, stored_revision

    revision = stored_revision(engine)
    if revision is None:
        tables = _table_names(engine)
        if not tables:
            return SchemaState.EMPTY
        # another process may have migrated the empty database between the two reads: its
        # migration commits the tables and the revision at once, so a second read settles it
        revision = stored_revision(engine)
        if revision is None:
            raise StorageError(_foreign_message(tables))
    if revision == HEAD_REVISION:
        return SchemaState.CURRENT
    if _known_revision(engine, revision):
        return SchemaState.OLDER
    if allow_newer:
        return SchemaState.NEWER
    raise StorageError(
        f"this diary was written by a newer crampcheck (schema revision {revision}); "
        "upgrade crampcheck to use it ('crampcheck export' and 'crampcheck db backup' still work)"
    )


def _table_names(engine: Engine) -> list[str]:
    with engine.connect() as connection:
        names = inspect(connection).get_table_names()
        if engine.dialect.name == "sqlite":
            views = connection.execute(text("SELECT name FROM sqlite_master WHERE type='view'"))
            names += [str(name) for name in views.scalars()]
    return names


def _known_revision(engine: Engine, revision: str) -> bool:
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    from crampcheck.storage.engine import alembic_config

    try:
        return (
            ScriptDirectory.from_config(alembic_config(engine)).get_revision(revision) is not None
        )
    except CommandError:
        return False
