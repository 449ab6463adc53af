"""Alembic environment: the engine comes from ``config.attributes['engine']`` (set in code)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine, create_engine

from crampcheck.storage.tables import metadata

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
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("crampcheck runs migrations online only")
run_migrations_online()
