"""Migrations: empty → head → base → head on each engine, head matches ``tables.metadata``, and
data in an older shape moves forward and back."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text

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
from crampcheck.storage.store import DiaryStore


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


# --- 0009_profile_owner: ``u<id>-name`` profiles move to an owner column and back -------------

BEFORE_OWNER = "0008_my_foods"
OLD_PROFILES = [  # (id, stored name, owning account or None): the shape before 0009
    (1, "ann", None),
    (2, "u1-me", 1),
    (3, "u2-me", 2),
    (4, "u2-u1-odd", 2),
]
NEW_PROFILES = [(1, "ann", None), (2, "me", 1), (3, "me", 2), (4, "u1-odd", 2)]


def _old_shape(engine: Engine) -> None:
    """Two accounts, a local profile and owned profiles as revisions 0003-0008 stored them."""
    at = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
    with engine.begin() as c:
        for account_id in (1, 2):
            name = f"user{account_id}"
            c.execute(
                text(
                    "INSERT INTO accounts (id, username, username_key, password_hash, created_at)"
                    " VALUES (:id, :name, :name, 'x', :at)"
                ),
                {"id": account_id, "name": name, "at": at.replace(tzinfo=None)},
            )
        for profile_id, name, owner in OLD_PROFILES:
            c.execute(
                text(
                    "INSERT INTO profiles (id, name, age_years, sex)"
                    " VALUES (:id, :name, 40, 'male')"
                ),
                {"id": profile_id, "name": name},
            )
            if owner is not None:
                c.execute(
                    text("INSERT INTO account_profiles VALUES (:p, :a)"),
                    {"p": profile_id, "a": owner},
                )
            c.execute(
                text("INSERT INTO weights (profile_id, at, kg) VALUES (:p, :at, :kg)"),
                {"p": profile_id, "at": at.replace(tzinfo=None), "kg": 60.0 + profile_id},
            )


OWNERS_AFTER = "SELECT id, name, owner_account_id FROM profiles ORDER BY id"
OWNERS_BEFORE = (
    "SELECT p.id, p.name, o.account_id FROM profiles p"
    " LEFT JOIN account_profiles o ON o.profile_id = p.id ORDER BY p.id"
)


def _profiles(engine: Engine, query: str) -> list[tuple[int, str, int | None]]:
    with engine.connect() as c:
        rows = c.execute(text(query))
        return [(int(i), str(n), None if o is None else int(o)) for i, n, o in rows]


def _weights(engine: Engine) -> list[tuple[int, float]]:
    with engine.connect() as c:
        rows = c.execute(text("SELECT profile_id, kg FROM weights ORDER BY profile_id"))
        return [(int(p), float(kg)) for p, kg in rows]


def test_profile_owner_migrates_forward_and_back(db_url: str) -> None:
    engine = open_engine(db_url)
    try:
        upgrade(engine, BEFORE_OWNER)
        _old_shape(engine)
        weights = _weights(engine)
        upgrade(engine)
        assert _profiles(engine, OWNERS_AFTER) == NEW_PROFILES
        assert "account_profiles" not in inspect(engine).get_table_names()
        assert _weights(engine) == weights
        downgrade(engine, BEFORE_OWNER)
        assert _profiles(engine, OWNERS_BEFORE) == OLD_PROFILES
        assert "owner_account_id" not in {
            c["name"] for c in inspect(engine).get_columns("profiles")
        }
        assert _weights(engine) == weights
    finally:
        engine.dispose()


def test_migrated_profiles_belong_to_their_owner(db_url: str) -> None:
    engine = open_engine(db_url)
    try:
        upgrade(engine, BEFORE_OWNER)
        _old_shape(engine)
        upgrade(engine)
        local, first, second = (
            DiaryStore(engine),
            DiaryStore(engine, owner=1),
            DiaryStore(engine, owner=2),
        )
        assert [r.name for r in local.list_profiles()] == ["ann"]
        assert [r.name for r in first.list_profiles()] == ["me"]
        assert [r.name for r in second.list_profiles()] == ["me", "u1-odd"]
        me = second.find_profile("ME")
        assert me is not None
        assert me.id == 3
        assert [w.kg for w in second.list_weights(3)] == [63.0]
    finally:
        engine.dispose()
