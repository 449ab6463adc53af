"""Alembic environment: the engine comes from ``config.attributes['engine']`` (set in code)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine, create_engine, text

from crampcheck.storage.tables import metadata

LOCK_KEY = 0x6372616D70  # "cramp"
config = context.config
target_metadata = metadata


def _engine() -> Engine:
    engine = config.attributes.get("engine")
    if engine is not None:
        assert isinstance(engine, Engine)
        return engine
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("set config.attributes['engine'] or sqlalchemy.url")
    return create_engine(url)


def run_migrations_online() -> None:
    engine = _engine()
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        driver = connection.connection.driver_connection
        if sqlite and driver is not None:
            # a batch ALTER copies a table; with foreign keys on, dropping the old copy would
            # cascade into its children. The pragma only changes outside a transaction.
            driver.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                if connection.dialect.name == "postgresql":
                    # several servers or CLI calls may find an empty database at once: one
                    # migrates, the others wait here and then find nothing left to do
                    connection.execute(
                        text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY}
                    )
                context.configure(
                    connection=connection,
                    target_metadata=target_metadata,
                    render_as_batch=sqlite,
                    compare_type=True,
                )
                with context.begin_transaction():
                    context.run_migrations()
                if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first():
                    raise RuntimeError("a migration left rows that break a foreign key")
        finally:
            if sqlite and driver is not None:
                driver.execute("PRAGMA foreign_keys=ON")


if context.is_offline_mode():
    raise RuntimeError("crampcheck runs migrations online only")
run_migrations_online()
