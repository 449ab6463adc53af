"""``db_url``: a fresh SQLite file always, and a clean PostgreSQL database when configured."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from crampcheck.storage.store import DiaryStore, open_store

POSTGRES_ENV = "CRAMPCHECK_TEST_POSTGRES_URL"


def reset_postgres(url: str) -> None:
    """Drop everything in the public schema so each test starts from an empty database."""
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()


ENGINES = [
    "sqlite",
    pytest.param(
        "postgres",
        marks=[
            pytest.mark.postgres,
            pytest.mark.skipif(not os.environ.get(POSTGRES_ENV), reason=f"set {POSTGRES_ENV}"),
        ],
    ),
]
"""Fixture params: every engine (PostgreSQL when ``CRAMPCHECK_TEST_POSTGRES_URL`` is set)."""


def empty_database(engine: str, tmp_path: Path, filename: str = "diary.db") -> str:
    """A database URL with nothing in it: a new SQLite file, or the PostgreSQL test database
    emptied."""
    if engine == "sqlite":
        return f"sqlite:///{tmp_path / filename}"
    url = os.environ[POSTGRES_ENV]
    reset_postgres(url)
    return url


@pytest.fixture(params=ENGINES)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database URL with nothing in it."""
    return empty_database(request.param, tmp_path)


@pytest.fixture
def store(db_url: str) -> Iterator[DiaryStore]:
    """A migrated, empty store."""
    opened = open_store(db_url)
    yield opened
    opened.close()
