"""SQLAlchemy Core tables of the diary database. Migrations in ``migrations/versions`` match this.

Times are stored as UTC instants (:class:`UtcDateTime`) together with the offset in minutes they
were logged with, so they read back as the same instant shown the way they were written.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
    text,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)


class UtcDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as UTC; always read back aware (UTC).

    SQLite has no time zone type and silently drops offsets, so the value is converted to UTC
    before it is written (naive on SQLite) and marked UTC when it is read.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value.isoformat()} cannot be stored")
        utc = value.astimezone(UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def _profile_fk() -> Column[int]:
    return Column(
        "profile_id",
        Integer,
        ForeignKey("profiles.id", ondelete="CASCADE"),
        nullable=False,
    )


def _uid(table: str) -> list[Any]:
    """A stable id (UUID string) that survives export and import."""
    return [Column("uid", String(36)), Index(f"ix_{table}_uid", "uid", unique=True)]


def _timed(name: str) -> list[Column[Any]]:
    return [
        Column(name, UtcDateTime(), nullable=False),
        Column(f"{name}_offset_min", Integer, nullable=False, server_default="0"),
    ]


profiles = Table(
    "profiles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(64), nullable=False),
    Column("age_years", Float, nullable=False),
    Column("sex", String(6), nullable=False),
    Column("pregnant", Boolean, nullable=False, server_default=false()),
    Column("lactating", Boolean, nullable=False, server_default=false()),
    Column("birth_year", Integer),
    Column("birth_date", Date),
    Column("due_date", Date),
    # the account it belongs to in the web server mode; null in the local mode (migration 0009)
    Column("owner_account_id", Integer, ForeignKey("accounts.id", ondelete="CASCADE")),
    CheckConstraint("sex in ('female', 'male')", name="sex"),
    UniqueConstraint("owner_account_id", "name"),
    # null owners never clash in a unique constraint: the local mode's names get their own index
    Index(
        "uq_profiles_local_name",
        "name",
        unique=True,
        sqlite_where=text("owner_account_id IS NULL"),
        postgresql_where=text("owner_account_id IS NULL"),
    ),
)

settings = Table(
    "settings",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

food_entries = Table(
    "food_entries",
    metadata,
    Column("id", Integer, primary_key=True),
    _profile_fk(),
    *_timed("at"),
    Column("text", Text, nullable=False),
    Column("totals", JSON, nullable=False),  # sum of the items' nutrients; unknown = absent
    *_uid("food_entries"),
    Index("ix_food_entries_profile_at", "profile_id", "at"),
)

food_items = Table(
    "food_items",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("entry_id", Integer, ForeignKey("food_entries.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("food_id", String(16)),
    Column("name", Text),
    Column("grams", Float),
    Column("nutrients", JSON, nullable=False),
    Column("corrected", Boolean, nullable=False, server_default=false()),
    Column("source", String(64)),  # the app whose values the item carries (migration 0005)
    Column("meal", String(16)),  # breakfast, lunch, ... as the diary text said (0007_item_meal)
    Column("meal_time", String(16)),  # the time written for the item ("7am", "6:30")
    # food or supplement, as the item was read (0010_item_kind)
    Column("kind", String(16), nullable=False, server_default="food"),
    CheckConstraint("grams is null or grams > 0", name="grams_positive"),
    CheckConstraint("kind in ('food', 'supplement')", name="item_kind"),
    Index("ix_food_items_entry", "entry_id", "position", unique=True),
)

fluid_entries = Table(
    "fluid_entries",
    metadata,
    Column("id", Integer, primary_key=True),
    _profile_fk(),
    *_timed("at"),
    Column("millilitres", Float, nullable=False),
    Column("kind", String(64), nullable=False),
    *_uid("fluid_entries"),
    CheckConstraint("millilitres > 0", name="millilitres_positive"),
    Index("ix_fluid_entries_profile_at", "profile_id", "at"),
)

medications = Table(
    "medications",
    metadata,
    Column("id", Integer, primary_key=True),
    _profile_fk(),
    Column("name", Text, nullable=False),
    Column("started", Date),
    Column("stopped", Date),
    Column("notes", Text, nullable=False, server_default=""),
    Column("history", JSON, nullable=False, server_default=text("'[]'")),
    *_uid("medications"),
    CheckConstraint("stopped is null or started is null or stopped >= started", name="dates"),
)

cramp_episodes = Table(
    "cramp_episodes",
    metadata,
    Column("id", Integer, primary_key=True),
    _profile_fk(),
    *_timed("at"),
    Column("severity", Integer, nullable=False),
    Column("count", Integer, nullable=False, server_default="1"),
    Column("duration_min", Float),
    Column("sleep", Integer),
    Column("location", Text, nullable=False, server_default=""),
    Column("trigger", Text, nullable=False, server_default=""),
    Column("notes", Text, nullable=False, server_default=""),
    *_uid("cramp_episodes"),
    CheckConstraint("severity between 0 and 10", name="severity"),
    CheckConstraint("sleep is null or sleep between 0 and 10", name="sleep"),
    CheckConstraint("count >= 1", name="count_positive"),
    Index("ix_cramp_episodes_profile_at", "profile_id", "at"),
)

lab_results = Table(
    "lab_results",
    metadata,
    Column("id", Integer, primary_key=True),
    _profile_fk(),
    Column("taken_on", Date, nullable=False),
    Column("name", Text, nullable=False),
    Column("value", Float, nullable=False),
    Column("unit", String(32), nullable=False),
    *_uid("lab_results"),
)

weights = Table(
    "weights",
    metadata,
    Column("id", Integer, primary_key=True),
    _profile_fk(),
    *_timed("at"),
    Column("kg", Float, nullable=False),
    Column("notes", Text, nullable=False, server_default=""),
    *_uid("weights"),
    CheckConstraint("kg > 0", name="kg_positive"),
)

# --- accounts (web server mode; migration 0003) -----------------------------------------------

accounts = Table(
    "accounts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("username_key", String(128), nullable=False, unique=True),
    # the user name as matched: NFKC, case-folded (migration 0004)
    Column("password_hash", Text, nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
)

api_tokens = Table(
    "api_tokens",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "account_id",
        Integer,
        ForeignKey("accounts.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("name", String(64), nullable=False, server_default=""),
    Column("created_at", UtcDateTime(), nullable=False),
)

# --- sessions and login limits (migration 0004) ------------------------------------------------

web_sessions = Table(
    "web_sessions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column(
        "account_id",
        Integer,
        ForeignKey("accounts.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("last_seen_at", UtcDateTime(), nullable=False),
)

login_throttle = Table(
    "login_throttle",
    metadata,
    Column("key", String(200), primary_key=True),
    Column("attempts", Integer, nullable=False),
    Column("window_start", UtcDateTime(), nullable=False),
    Column("next_at", UtcDateTime(), nullable=True),
)

# --- imports from other apps (migration 0005) -------------------------------------------------

import_keys = Table(
    "import_keys",
    metadata,
    Column(
        "profile_id",
        Integer,
        ForeignKey("profiles.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("key", String(96), primary_key=True),  # source + sha256 of the normalised record
    Column("source", String(64), nullable=False),
    Column("imported_at", UtcDateTime(), nullable=False),
)


ENTRY_TABLES: dict[str, Table] = {
    "food": food_entries,
    "fluids": fluid_entries,
    "cramps": cramp_episodes,
    "medications": medications,
    "labs": lab_results,
    "weights": weights,
}
"""Diary entry kind (as in the REST paths and ``EntryKind``) → its table: the one copy."""


# --- each profile's own foods, recipes and remembered choices (migration 0008_my_foods) ------

my_foods = Table(
    "my_foods",
    metadata,
    Column(
        "profile_id",
        Integer,
        ForeignKey("profiles.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("kind", String(16), primary_key=True),  # food (foods and recipes) or choice
    Column("key", String(240), primary_key=True),  # the name or phrase as compared
    Column("data", JSON, nullable=False),
)
