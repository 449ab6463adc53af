"""Server mode accounts: argon2 passwords, server-side sessions, API tokens and login limits.

Nothing is kept in the process but a bound on concurrent password hashes: sessions, tokens,
accounts and attempt counters are rows, so several workers serve one database. The cookie only
carries a random session id (its SHA-256 is stored), so signing out ends a session for good.
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from crampcheck.errors import InputError, NotFoundError
from crampcheck.storage.accounts import Account, SessionLife, ThrottleRule, username_key
from crampcheck.web.context import WebContext, now
from crampcheck.web.deps import (
    AccountDep,
    CtxDep,
    check_csrf,
    client_address,
    csrf_token,
    session_token,
    token_hash,
)
from crampcheck.web.errors import AuthError, Busy, TooManyRequests
from crampcheck.web.inputs import EntryId, StrictRoute

USERNAME = re.compile(r"^[A-Za-z0-9_.@-]{3,64}$")
MIN_PASSWORD = 10
MAX_PASSWORD = 1024
MIN_DISTINCT = 4
"""A password needs at least this many different characters (no ``aaaaaaaaaa``)."""
IP_FACTOR = 4
"""A client address may make this many times more attempts than one user name + address."""
REGISTRATIONS_PER_WINDOW = 10
HASH_WAIT_S = 10.0
DELETE_CONFIRMATION = "delete my account"


def _hasher() -> Any:
    from argon2 import PasswordHasher

    return PasswordHasher()


@contextmanager
def hashing(ctx: WebContext) -> Iterator[Any]:
    """A password hasher, within the worker's bound on concurrent hashes (memory-hard work)."""
    if not ctx.hash_slots.acquire(timeout=HASH_WAIT_S):
        raise Busy("the server is busy checking passwords; try again in a moment")
    try:
        yield _hasher()
    finally:
        ctx.hash_slots.release()


def normal_username(raw: str) -> str:
    """The user name as shown: NFKC-normalised and trimmed (``ａｌｉｃｅ`` → ``alice``)."""
    return unicodedata.normalize("NFKC", raw).strip()


def check_credentials(username: str, password: str) -> None:
    if not USERNAME.match(username):
        raise InputError("the user name needs 3-64 letters, digits or . _ @ -")
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise InputError(
            f"the password needs at least {MIN_PASSWORD} characters, at most {MAX_PASSWORD} "
            "(a few words work)"
        )
    if not password.strip() or len(set(password)) < MIN_DISTINCT:
        raise InputError(f"the password needs at least {MIN_DISTINCT} different characters")
    if username_key(password) == username_key(username):
        raise InputError("the password cannot be the user name")


def _rules(ctx: WebContext) -> dict[str, ThrottleRule]:
    s = ctx.settings
    window = timedelta(seconds=s.login_window_s)
    return {
        "pair": ThrottleRule(window, limit=s.login_attempts),
        "ip": ThrottleRule(window, limit=s.login_attempts * IP_FACTOR),
        "user": ThrottleRule(window, delay_after=s.login_attempts),
        "register": ThrottleRule(window * 4, limit=REGISTRATIONS_PER_WINDOW),
    }


def _reserve(ctx: WebContext, rule_keys: list[tuple[str, str]]) -> None:
    """Reserve one attempt on every key (atomically each), refusing as soon as one says no."""
    rules, store = _rules(ctx), ctx.accounts()
    for rule_name, key in rule_keys:
        verdict = store.reserve_attempt(key, now(), rules[rule_name])
        if not verdict.allowed:
            wait = verdict.retry_after_s
            when = f"{wait} seconds" if wait < 120 else f"{round(wait / 60)} minutes"
            raise TooManyRequests(f"too many attempts; wait {when} and try again", wait)


def register(ctx: WebContext, username: str, password: str, client: str) -> Account:
    """Create an account (server mode only); a few per address per hour."""
    if not ctx.settings.server:
        raise NotFoundError("accounts exist only in server mode")
    username = normal_username(username)
    check_credentials(username, password)
    _reserve(ctx, [("register", f"register:{client}")])
    with hashing(ctx) as hasher:
        password_hash = hasher.hash(password)
    return ctx.accounts().create_account(username, password_hash, now())


def authenticate(ctx: WebContext, username: str, password: str, client: str) -> Account:
    """The account for a correct user name and password, within the login limits.

    Each attempt is reserved (counted) before the password is checked, in one transaction per
    counter: per user name + address (a hard limit), per address (a larger one) and per user
    name from anywhere (growing delays), so concurrent guesses cannot overrun the limits and
    nobody can lock the owner out from another address.
    """
    if not ctx.settings.server:
        raise NotFoundError("there is no login in local mode")
    from argon2.exceptions import InvalidHashError, VerificationError

    key = username_key(username)
    pair, user = f"pair:{key}|{client}", f"user:{key}"
    _reserve(ctx, [("pair", pair), ("ip", f"ip:{client}"), ("user", user)])
    store = ctx.accounts()
    found = store.find_account(username)
    with hashing(ctx) as hasher:
        try:
            if found is None:
                hasher.hash(password)  # the same work as a real check: no timing oracle
                raise VerificationError()
            account, stored = found
            hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            store.prune_attempts(now() - timedelta(seconds=ctx.settings.login_window_s * 4))
            raise AuthError("wrong user name or password") from None
        if hasher.check_needs_rehash(stored):
            store.set_password_hash(account.id, hasher.hash(password))
    store.reset_attempts(pair, user)
    return account


def session_life(ctx: WebContext) -> SessionLife:
    s = ctx.settings
    return SessionLife(timedelta(seconds=s.session_max_age_s), timedelta(seconds=s.session_idle_s))


def start_session(ctx: WebContext, request: Request, account: Account) -> None:
    """A new server-side session for ``account`` (a fresh id and CSRF token in the cookie)."""
    end_session(ctx, request)
    token = secrets.token_urlsafe(32)
    ctx.accounts().add_session(account.id, token_hash(token), now())
    request.session.clear()
    request.session["sid"] = token
    csrf_token(request)


def end_session(ctx: WebContext, request: Request) -> None:
    """Sign this browser out: the session row is deleted, so a replayed cookie is worthless."""
    token = session_token(request)
    if token is not None and ctx.settings.server:
        ctx.accounts().end_session(token_hash(token))
    request.session.clear()


def change_password(
    ctx: WebContext, request: Request, account: Account, current: str, new: str
) -> int:
    """Set a new password after checking the current one; every other session ends."""
    authenticate(ctx, account.username, current, client_address(request))
    check_credentials(account.username, new)
    with hashing(ctx) as hasher:
        ctx.accounts().set_password_hash(account.id, hasher.hash(new))
    token = session_token(request)
    return ctx.accounts().end_sessions(
        account.id, keep=None if token is None else token_hash(token)
    )


def sign_out_everywhere(ctx: WebContext, request: Request, account: Account) -> int:
    """End every session of the account, this one included (API tokens stay until revoked)."""
    ended = ctx.accounts().end_sessions(account.id)
    request.session.clear()
    return ended


def delete_account(
    ctx: WebContext, request: Request, account: Account, password: str, confirm: str
) -> None:
    """Delete the account and all its data, after the password and a typed confirmation."""
    if confirm.strip().casefold() != DELETE_CONFIRMATION:
        raise InputError(f"type '{DELETE_CONFIRMATION}' to confirm")
    authenticate(ctx, account.username, password, client_address(request))
    ctx.accounts().delete_account(account.id)
    request.session.clear()


def new_token(ctx: WebContext, account: Account, name: str) -> tuple[str, int]:
    token = "cc_" + secrets.token_urlsafe(32)
    info = ctx.accounts().add_token(account.id, token_hash(token), name, now())
    return token, info.id


# --- REST -------------------------------------------------------------------------------------

router = APIRouter(prefix="/api/v1/auth", tags=["auth"], route_class=StrictRoute)


class Credentials(BaseModel):
    model_config = ConfigDict(extra="forbid")

    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=MAX_PASSWORD)


class PasswordChange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    current_password: str = Field(min_length=1, max_length=MAX_PASSWORD)
    new_password: str = Field(min_length=1, max_length=MAX_PASSWORD)


class AccountDeletion(BaseModel):
    model_config = ConfigDict(extra="forbid")

    password: str = Field(min_length=1, max_length=MAX_PASSWORD)
    confirm: str = Field(max_length=64, description=f"the words '{DELETE_CONFIRMATION}'")


class TokenRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(default="", max_length=64)


def signed_in(account: Account | None) -> Account:
    if account is None:
        raise AuthError("sign in first")
    return account


@router.post("/register", status_code=201)
def api_register(ctx: CtxDep, request: Request, body: Credentials) -> JSONResponse:
    """Create an account (server mode)."""
    account = register(ctx, body.username, body.password, client_address(request))
    return JSONResponse({"username": account.username}, 201)


@router.post("/login")
def api_login(ctx: CtxDep, request: Request, body: Credentials) -> JSONResponse:
    """Start a session (cookie). Send the returned ``csrf_token`` as ``X-CSRF-Token``."""
    account = authenticate(ctx, body.username, body.password, client_address(request))
    start_session(ctx, request, account)
    return JSONResponse({"username": account.username, "csrf_token": csrf_token(request)})


@router.post("/logout", dependencies=[Depends(check_csrf)])
def api_logout(ctx: CtxDep, request: Request) -> JSONResponse:
    """End this session (the cookie no longer signs anyone in, even if replayed)."""
    end_session(ctx, request)
    return JSONResponse({"signed_out": True})


@router.post("/logout-everywhere", dependencies=[Depends(check_csrf)])
def api_logout_everywhere(ctx: CtxDep, request: Request, account: AccountDep) -> JSONResponse:
    """End every session of this account, on every device (API tokens stay until revoked)."""
    ended = sign_out_everywhere(ctx, request, signed_in(account))
    return JSONResponse({"signed_out": True, "sessions_ended": ended})


@router.post("/password", dependencies=[Depends(check_csrf)])
def api_change_password(
    ctx: CtxDep, request: Request, account: AccountDep, body: PasswordChange
) -> JSONResponse:
    """Change the password; every other session of the account ends."""
    ended = change_password(
        ctx, request, signed_in(account), body.current_password, body.new_password
    )
    return JSONResponse({"changed": True, "other_sessions_ended": ended})


@router.delete("/account", dependencies=[Depends(check_csrf)])
def api_delete_account(
    ctx: CtxDep, request: Request, account: AccountDep, body: AccountDeletion
) -> JSONResponse:
    """Delete the account with all its profiles and diaries, sessions and tokens."""
    delete_account(ctx, request, signed_in(account), body.password, body.confirm)
    return JSONResponse({"deleted": True})


@router.get("/me")
def me(account: AccountDep) -> JSONResponse:
    return JSONResponse({"username": signed_in(account).username})


@router.post("/tokens", status_code=201, dependencies=[Depends(check_csrf)])
def create_token(ctx: CtxDep, account: AccountDep, body: TokenRequest) -> JSONResponse:
    """An API token for programs (shown once): send ``Authorization: Bearer <token>``."""
    token, token_id = new_token(ctx, signed_in(account), body.name)
    return JSONResponse({"id": token_id, "name": body.name, "token": token}, 201)


@router.get("/tokens")
def list_tokens(ctx: CtxDep, account: AccountDep) -> JSONResponse:
    rows = ctx.accounts().list_tokens(signed_in(account).id)
    return JSONResponse(
        [{"id": r.id, "name": r.name, "created_at": r.created_at.isoformat()} for r in rows]
    )


@router.delete("/tokens/{token_id}", status_code=204, dependencies=[Depends(check_csrf)])
def revoke_token(ctx: CtxDep, account: AccountDep, token_id: EntryId) -> Response:
    if not ctx.accounts().delete_token(signed_in(account).id, token_id):
        raise NotFoundError(f"no token {token_id}")
    return Response(status_code=204)
