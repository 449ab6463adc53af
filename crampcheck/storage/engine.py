"""Open a database engine (SQLite pragmas on connect) and run the packaged Alembic migrations."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from crampcheck.errors import StorageError
from crampcheck.storage.location import check_url, unwritable

HEAD = "head"

HEAD_REVISION = "0010_item_kind"
"""The newest migration; a test checks it against Alembic. Lets commands skip importing Alembic
(≈170 ms) when the database is already up to date."""


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # let SQLAlchemy, not the sqlite3 module, decide where transactions start (see _sqlite_begin)
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA journal_mode=WAL")
    finally:
        cursor.close()


READ_ONLY = {"crampcheck_read_only": True, "postgresql_readonly": True}
"""Execution options of a read-only transaction (see :func:`read_connection`)."""


def _sqlite_begin(connection: Any) -> None:
    """Start write transactions with BEGIN IMMEDIATE and read-only ones with a plain BEGIN.

    The sqlite3 module otherwise runs DDL outside transactions (so two processes could both
    start migrating an empty file) and starts read-then-write transactions as readers (which fail
    with SQLITE_BUSY instead of waiting when another writer commits first). IMMEDIATE takes the
    write lock up front and waits up to busy_timeout. A read-only transaction takes no lock, so
    in WAL mode it is never blocked by a writer (a long import does not stop ``profile list``).
    """
    if connection.get_execution_options().get("crampcheck_read_only"):
        connection.exec_driver_sql("BEGIN")
    else:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def read_connection(engine: Engine) -> Any:
    """A connection whose transactions are read-only (never take SQLite's write lock)."""
    return engine.connect().execution_options(**READ_ONLY)


def open_engine(url: str, *, create: bool = True, allow_memory: bool = False) -> Engine:
    """An engine for ``url``: SQLite with WAL, foreign keys and a busy timeout, or PostgreSQL.

    The URL is checked first (:func:`crampcheck.storage.location.check_url`). With ``create``
    a missing SQLite file's folder is created; without it a missing file is an error.
    """
    parsed = check_url(url, create=create, allow_memory=allow_memory)
    backend = parsed.get_backend_name()
    if backend == "sqlite" and parsed.database and unwritable(Path(parsed.database).expanduser()):
        return read_only_engine(Path(parsed.database).expanduser())
    if backend == "sqlite":
        if create and parsed.database:
            try:
                Path(parsed.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise StorageError(f"cannot create the database folder: {error}") from error
        try:
            engine = create_engine(parsed)
        except ArgumentError as error:
            raise StorageError(f"unsupported SQLite driver {parsed.drivername!r}") from error
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if backend == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        try:
            return create_engine(parsed, pool_pre_ping=True)
        except ModuleNotFoundError as error:
            raise StorageError(
                "PostgreSQL needs psycopg: pip install 'crampcheck[postgres]'"
            ) from error
        except ArgumentError as error:
            raise StorageError(f"unsupported PostgreSQL driver {parsed.drivername!r}") from error
    raise StorageError(f"unsupported database {backend!r}; use sqlite:/// or postgresql+psycopg://")


def read_only_engine(path: Path) -> Engine:
    """Read a SQLite diary that cannot be written (e.g. on a read-only filesystem).

    Opened ``immutable`` (no -wal/-shm files are created, no lock is taken) with plain BEGIN;
    any write fails with "attempt to write a readonly database", which the store turns into a
    one-line error.
    """
    import sqlite3

    def connect() -> sqlite3.Connection:
        uri = f"file:{path.resolve().as_posix()}?mode=ro&immutable=1"
        connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
        connection.isolation_level = None
        connection.execute("PRAGMA foreign_keys=ON")
        return connection

    engine = create_engine("sqlite://", creator=connect)
    event.listen(engine, "begin", lambda c: c.exec_driver_sql("BEGIN"))
    return engine


def alembic_config(engine: Engine) -> Any:
    """An Alembic Config pointing at the migrations shipped inside the package."""
    from alembic.config import Config

    config = Config()
    location = resources.files("crampcheck.storage") / "migrations"
    config.set_main_option("script_location", str(location))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = HEAD) -> None:
    """Migrate the database to ``revision`` (the latest by default)."""
    from alembic import command

    try:
        command.upgrade(alembic_config(engine), revision)
    except SQLAlchemyError as error:
        raise StorageError(f"cannot migrate the database: {error.__class__.__name__}") from error


def downgrade(engine: Engine, revision: str) -> None:
    """Migrate the database down to ``revision`` (``base`` removes every table)."""
    from alembic import command

    command.downgrade(alembic_config(engine), revision)


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or ``None`` for an empty database."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def stored_revision(engine: Engine) -> str | None:
    """The revision recorded in the database, read without Alembic (``None`` when empty)."""
    from sqlalchemy import inspect, text

    with read_connection(engine) as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        value = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        return None if value is None else str(value)


def head_revision(engine: Engine) -> str | None:
    """The newest revision shipped with this version of crampcheck."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
