"""Accounts, API tokens, profile ownership and login throttling for the web server mode.

Also the few writes the diary store does not offer (update and delete), used by the REST API.
Everything lives in the database, so any number of web workers can share it.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, select, update
from sqlalchemy.exc import DataError, IntegrityError, OperationalError

from crampcheck.errors import InputError, StorageError
from crampcheck.storage import tables as t
from crampcheck.storage.store import delete_profile_rows


def username_key(name: str) -> str:
    """The user name as accounts are matched: NFKC-normalised, trimmed and case-folded."""
    return unicodedata.normalize("NFKC", name).strip().casefold()


@dataclass(frozen=True, slots=True)
class SessionLife:
    """How long a web session lives: at most ``absolute`` since sign-in, ``idle`` unused."""

    absolute: timedelta
    idle: timedelta
    touch_every: timedelta = timedelta(minutes=1)


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether one attempt may go ahead; if not, how many seconds until it may."""

    allowed: bool
    retry_after_s: int = 0


@dataclass(frozen=True, slots=True)
class ThrottleRule:
    """A limit on attempts per key: a hard ``limit`` per ``window``, and/or growing delays.

    After ``delay_after`` attempts in a window, each further attempt must wait
    ``2 ** (attempts - delay_after)`` seconds (at most ``max_delay``) after the previous one:
    it slows a guesser down without ever refusing the right password for long.
    """

    window: timedelta
    limit: int | None = None
    delay_after: int = 1_000_000
    max_delay: timedelta = timedelta(seconds=60)

    def verdict(self, attempts: int, window_start: datetime, now: datetime) -> Verdict:
        if self.limit is not None and attempts > self.limit:
            return Verdict(False, _seconds(window_start + self.window - now))
        return Verdict(True)

    def delay(self, attempts: int) -> timedelta:
        exponent = min(attempts - self.delay_after, 20)
        return min(timedelta(seconds=2**exponent), self.max_delay)


def _seconds(delta: timedelta) -> int:
    return max(1, math.ceil(delta.total_seconds()))


def _insert_missing(c: Connection, key: str, now: datetime) -> None:
    """A zero counter row for ``key`` unless there is one (race-safe on both engines)."""
    values = {"key": key, "attempts": 0, "window_start": now, "next_at": None}
    if c.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as upsert
    else:
        from sqlalchemy.dialects.sqlite import insert as upsert  # type: ignore[assignment]
    c.execute(upsert(t.login_throttle).values(**values).on_conflict_do_nothing())


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
        key = username_key(username)
        with self._begin() as c:
            taken = select(t.accounts.c.id).where(t.accounts.c.username_key == key)
            if c.execute(taken).first():
                raise InputError("that user name is not available; choose another")
            row = c.execute(
                insert(t.accounts).returning(t.accounts.c.id),
                {
                    "username": username,
                    "username_key": key,
                    "password_hash": password_hash,
                    "created_at": now,
                },
            )
            return Account(int(row.scalar_one()), username)

    def find_account(self, username: str) -> tuple[Account, str] | None:
        """The account and its password hash (the name matched as :func:`username_key`)."""
        query = select(t.accounts).where(t.accounts.c.username_key == username_key(username))
        with self._begin() as c:
            row = c.execute(query).mappings().first()
        if row is None:
            return None
        return Account(row["id"], row["username"]), row["password_hash"]

    def password_hash(self, account_id: int) -> str | None:
        query = select(t.accounts.c.password_hash).where(t.accounts.c.id == account_id)
        with self._begin() as c:
            value = c.execute(query).scalar_one_or_none()
        return None if value is None else str(value)

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

    def delete_account(self, account_id: int) -> None:
        """The account, its profiles with their whole diaries, its sessions and its tokens."""
        owned = self.owned_profile_ids(account_id)
        with self._begin() as c:
            for profile_id in owned:
                delete_profile_rows(c, profile_id)
            c.execute(delete(t.web_sessions).where(t.web_sessions.c.account_id == account_id))
            c.execute(delete(t.api_tokens).where(t.api_tokens.c.account_id == account_id))
            c.execute(delete(t.accounts).where(t.accounts.c.id == account_id))

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

    # --- sessions ---------------------------------------------------------------------------

    def add_session(self, account_id: int, token_hash: str, now: datetime) -> None:
        values = {"account_id": account_id, "token_hash": token_hash}
        with self._begin() as c:
            c.execute(insert(t.web_sessions), {**values, "created_at": now, "last_seen_at": now})

    def session_account(self, token_hash: str, now: datetime, life: SessionLife) -> Account | None:
        """The account of a live session (touched now); None when ended, expired or idle."""
        table = t.web_sessions
        query = (
            select(
                table.c.id,
                table.c.created_at,
                table.c.last_seen_at,
                t.accounts.c.id,
                t.accounts.c.username,
            )
            .join(t.accounts, t.accounts.c.id == table.c.account_id)
            .where(table.c.token_hash == token_hash)
        )
        with self._begin() as c:
            row = c.execute(query).first()
            if row is None:
                return None
            session_id, created, seen, account_id, username = row
            if now - created > life.absolute or now - seen > life.idle:
                c.execute(delete(table).where(table.c.id == session_id))
                return None
            if now - seen > life.touch_every:
                c.execute(update(table).where(table.c.id == session_id).values(last_seen_at=now))
        return Account(int(account_id), str(username))

    def end_session(self, token_hash: str) -> None:
        with self._begin() as c:
            c.execute(delete(t.web_sessions).where(t.web_sessions.c.token_hash == token_hash))

    def end_sessions(self, account_id: int, keep: str | None = None) -> int:
        """End every session of the account except the one whose hash is ``keep``."""
        table = t.web_sessions
        where: list[Any] = [table.c.account_id == account_id]
        if keep is not None:
            where.append(table.c.token_hash != keep)
        with self._begin() as c:
            return int(c.execute(delete(table).where(*where)).rowcount)

    def count_sessions(self, account_id: int) -> int:
        query = select(func.count()).where(t.web_sessions.c.account_id == account_id)
        with self._begin() as c:
            return int(c.execute(query).scalar_one())

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

    # --- login limits -----------------------------------------------------------------------

    def reserve_attempt(self, key: str, now: datetime, rule: ThrottleRule) -> Verdict:
        """Count one attempt for ``key`` and say whether it may go ahead — in one transaction.

        The counter row is locked (``FOR UPDATE``; SQLite's ``BEGIN IMMEDIATE`` serialises
        writers) between reading and writing it, so concurrent attempts cannot all see the
        same old count: at most ``rule.limit`` attempts per window ever go ahead.
        """
        table = t.login_throttle
        key = key[:200]
        with self._begin() as c:
            _insert_missing(c, key, now)
            row = c.execute(
                select(table.c.attempts, table.c.window_start, table.c.next_at)
                .where(table.c.key == key)
                .with_for_update()
            ).one()
            attempts, window_start, next_at = row
            if now - window_start >= rule.window:
                attempts, window_start, next_at = 0, now, None
            if next_at is not None and now < next_at:
                return Verdict(False, _seconds(next_at - now))
            attempts += 1
            verdict = rule.verdict(attempts, window_start, now)
            values = {"attempts": attempts, "window_start": window_start, "next_at": None}
            if verdict.allowed and attempts > rule.delay_after:
                values["next_at"] = now + rule.delay(attempts)
            c.execute(update(table).where(table.c.key == key).values(**values))
            return verdict

    def reset_attempts(self, *keys: str) -> None:
        table = t.login_throttle
        with self._begin() as c:
            c.execute(delete(table).where(table.c.key.in_([k[:200] for k in keys])))

    def prune_attempts(self, before: datetime) -> None:
        """Forget counters whose window started before ``before``."""
        with self._begin() as c:
            c.execute(delete(t.login_throttle).where(t.login_throttle.c.window_start < before))

    # --- ownership --------------------------------------------------------------------------

    def owned_profile_ids(self, account_id: int) -> set[int]:
        """The profiles of one account (``profiles.owner_account_id``)."""
        query = select(t.profiles.c.id).where(t.profiles.c.owner_account_id == account_id)
        with self._begin() as c:
            return {int(v) for v in c.execute(query).scalars()}
