"""Persistence adapter: SQLAlchemy Core tables, Alembic migrations, the diary store.

SQLite (the default, in the user's data directory) and PostgreSQL share one implementation.
Import :func:`crampcheck.storage.store.open_store` (kept out of this module so that importing
``crampcheck.storage.tables`` from a migration stays light).
"""
