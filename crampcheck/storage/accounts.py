"""Accounts, API tokens, profile ownership and login throttling for the web server mode.

Also the few writes the diary store does not offer (update and delete), used by the REST API.
Everything lives in the database, so any number of web workers can share it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, select, update
from sqlalchemy.exc import DataError, IntegrityError, OperationalError

from crampcheck.errors import InputError, StorageError
from crampcheck.storage import tables as t

ENTRY_TABLES = {
    "food": t.food_entries,
    "fluids": t.fluid_entries,
    "cramps": t.cramp_episodes,
    "medications": t.medications,
    "labs": t.lab_results,
    "weights": t.weights,
}
"""Diary entity name (as in the REST paths) → table."""


@dataclass(frozen=True, slots=True)
class Account:
    id: int
    username: str


@dataclass(frozen=True, slots=True)
class TokenInfo:
    id: int
    name: str
    created_at: datetime


class AccountStore:
    """Accounts and ownership on the diary database's engine."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @contextmanager
    def _begin(self) -> Iterator[Connection]:
        try:
            with self.engine.begin() as connection:
                yield connection
        except IntegrityError as error:
            raise InputError(f"the database refused the change: {error.orig}") from error
        except DataError as error:  # a value the column cannot hold (PostgreSQL: length, NUL)
            raise InputError(f"the database cannot store that value: {error.orig}") from error
        except OperationalError as error:
            raise StorageError(f"the database cannot be used: {error.orig}") from error

    # --- accounts ---------------------------------------------------------------------------

    def create_account(self, username: str, password_hash: str, now: datetime) -> Account:
        with self._begin() as c:
            if c.execute(select(t.accounts.c.id).where(t.accounts.c.username == username)).first():
                raise InputError(f"the user name {username!r} is taken; choose another")
            row = c.execute(
                insert(t.accounts).returning(t.accounts.c.id),
                {"username": username, "password_hash": password_hash, "created_at": now},
            )
            return Account(int(row.scalar_one()), username)

    def find_account(self, username: str) -> tuple[Account, str] | None:
        """The account and its password hash."""
        query = select(t.accounts).where(t.accounts.c.username == username)
        with self._begin() as c:
            row = c.execute(query).mappings().first()
        if row is None:
            return None
        return Account(row["id"], row["username"]), row["password_hash"]

    def get_account(self, account_id: int) -> Account | None:
        query = select(t.accounts.c.username).where(t.accounts.c.id == account_id)
        with self._begin() as c:
            name = c.execute(query).scalar_one_or_none()
        return None if name is None else Account(account_id, name)

    def set_password_hash(self, account_id: int, password_hash: str) -> None:
        with self._begin() as c:
            c.execute(
                update(t.accounts)
                .where(t.accounts.c.id == account_id)
                .values(password_hash=password_hash)
            )

    def shared_setting(self, key: str, proposed: str) -> str:
        """The stored value of ``key``; ``proposed`` is stored first if none (race-safe)."""
        try:
            with self.engine.begin() as c:
                c.execute(insert(t.settings), {"key": key, "value": proposed})
        except IntegrityError:
            pass  # another worker stored it first: use theirs
        query = select(t.settings.c.value).where(t.settings.c.key == key)
        with self._begin() as c:
            return str(c.execute(query).scalar_one())

    # --- API tokens -------------------------------------------------------------------------

    def add_token(self, account_id: int, token_hash: str, name: str, now: datetime) -> TokenInfo:
        values = {"account_id": account_id, "token_hash": token_hash, "name": name}
        with self._begin() as c:
            row = c.execute(
                insert(t.api_tokens).returning(t.api_tokens.c.id), {**values, "created_at": now}
            )
            return TokenInfo(int(row.scalar_one()), name, now)

    def account_for_token(self, token_hash: str) -> Account | None:
        query = (
            select(t.accounts.c.id, t.accounts.c.username)
            .join(t.api_tokens, t.api_tokens.c.account_id == t.accounts.c.id)
            .where(t.api_tokens.c.token_hash == token_hash)
        )
        with self._begin() as c:
            row = c.execute(query).first()
        return None if row is None else Account(row[0], row[1])

    def list_tokens(self, account_id: int) -> list[TokenInfo]:
        table = t.api_tokens
        query = select(table).where(table.c.account_id == account_id).order_by(table.c.id)
        with self._begin() as c:
            rows = c.execute(query).mappings().all()
        return [TokenInfo(r["id"], r["name"], r["created_at"]) for r in rows]

    def delete_token(self, account_id: int, token_id: int) -> bool:
        table = t.api_tokens
        where = (table.c.id == token_id, table.c.account_id == account_id)
        with self._begin() as c:
            return bool(c.execute(delete(table).where(*where)).rowcount)

    # --- login throttling -------------------------------------------------------------------

    def record_failure(self, key: str, now: datetime) -> None:
        with self._begin() as c:
            c.execute(insert(t.login_failures), {"key": key[:200], "at": now})

    def count_failures(self, key: str, since: datetime) -> int:
        table = t.login_failures
        query = select(func.count()).where(table.c.key == key[:200], table.c.at >= since)
        with self._begin() as c:
            return int(c.execute(query).scalar_one())

    def clear_failures(self, key: str, before: datetime | None = None) -> None:
        """Forget the failures of ``key``; with ``before``, everyone's failures before then."""
        table = t.login_failures
        where: list[Any] = [table.c.key == key[:200]]
        if before is not None:
            where = [table.c.at < before]
        with self._begin() as c:
            c.execute(delete(table).where(*where))

    # --- ownership --------------------------------------------------------------------------

    def claim_profile(self, profile_id: int, account_id: int) -> None:
        with self._begin() as c:
            c.execute(
                insert(t.account_profiles), {"profile_id": profile_id, "account_id": account_id}
            )

    def owned_profile_ids(self, account_id: int) -> set[int]:
        table = t.account_profiles
        query = select(table.c.profile_id).where(table.c.account_id == account_id)
        with self._begin() as c:
            return {int(v) for v in c.execute(query).scalars()}

    def unowned_profile_ids(self) -> set[int]:
        query = select(t.profiles.c.id).where(
            t.profiles.c.id.not_in(select(t.account_profiles.c.profile_id))
        )
        with self._begin() as c:
            return {int(v) for v in c.execute(query).scalars()}

    # --- updates and deletes the diary store lacks -------------------------------------------

    def update_profile(self, profile_id: int, values: dict[str, Any]) -> None:
        with self._begin() as c:
            c.execute(update(t.profiles).where(t.profiles.c.id == profile_id).values(**values))

    def delete_profile(self, profile_id: int) -> None:
        with self._begin() as c:
            entry_ids = select(t.food_entries.c.id).where(t.food_entries.c.profile_id == profile_id)
            c.execute(delete(t.food_items).where(t.food_items.c.entry_id.in_(entry_ids)))
            for table in ENTRY_TABLES.values():
                c.execute(delete(table).where(table.c.profile_id == profile_id))
            c.execute(
                delete(t.account_profiles).where(t.account_profiles.c.profile_id == profile_id)
            )
            c.execute(delete(t.profiles).where(t.profiles.c.id == profile_id))

    def delete_entry(self, kind: str, profile_id: int, entry_id: int) -> bool:
        """Delete one diary entry of ``profile_id``; False when it does not exist there."""
        table = ENTRY_TABLES[kind]
        where = (table.c.id == entry_id, table.c.profile_id == profile_id)
        with self._begin() as c:
            if kind == "food":
                owned = c.execute(select(table.c.id).where(*where)).first()
                if owned is None:
                    return False
                c.execute(delete(t.food_items).where(t.food_items.c.entry_id == entry_id))
            return bool(c.execute(delete(table).where(*where)).rowcount)
