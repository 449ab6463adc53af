"""Server mode accounts: argon2 password hashes, signed session cookies, API tokens, throttling.

Nothing is kept in the process: sessions are signed cookies (the key is shared through the
database), and tokens, accounts and failed logins are rows, so several workers serve one database.
"""

from __future__ import annotations

import re
import secrets
from datetime import timedelta
from typing import Any

from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from crampcheck.errors import InputError, NotFoundError
from crampcheck.storage.accounts import Account
from crampcheck.web.context import WebContext, now
from crampcheck.web.deps import AccountDep, CtxDep, check_csrf, csrf_token, token_hash
from crampcheck.web.errors import AuthError, TooManyRequests
from crampcheck.web.inputs import EntryId, StrictRoute

USERNAME = re.compile(r"^[A-Za-z0-9_.@-]{3,64}$")
MIN_PASSWORD = 10
MAX_PASSWORD = 1024
IP_FACTOR = 4
"""A client address may fail this many times more often than one user name."""


def _hasher() -> Any:
    from argon2 import PasswordHasher

    return PasswordHasher()


def check_credentials(username: str, password: str) -> None:
    if not USERNAME.match(username):
        raise InputError("the user name needs 3-64 letters, digits or . _ @ -")
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise InputError(f"the password needs at least {MIN_PASSWORD} characters")


def register(ctx: WebContext, username: str, password: str) -> Account:
    """Create an account (server mode only)."""
    if not ctx.settings.server:
        raise NotFoundError("accounts exist only in server mode")
    username = username.strip()
    check_credentials(username, password)
    return ctx.accounts().create_account(username, _hasher().hash(password), now())


def authenticate(ctx: WebContext, username: str, password: str, client: str) -> Account:
    """The account for a correct user name and password; throttled after repeated failures."""
    if not ctx.settings.server:
        raise NotFoundError("there is no login in local mode")
    from argon2.exceptions import InvalidHashError, VerificationError

    store, s = ctx.accounts(), ctx.settings
    since = now() - timedelta(seconds=s.login_window_s)
    keys = (f"user:{username.strip().lower()}", f"ip:{client}")
    if (
        store.count_failures(keys[0], since) >= s.login_attempts
        or store.count_failures(keys[1], since) >= s.login_attempts * IP_FACTOR
    ):
        minutes = s.login_window_s // 60
        raise TooManyRequests(f"too many failed logins; wait {minutes} minutes and try again")
    found = store.find_account(username.strip())
    hasher = _hasher()
    try:
        if found is None:
            hasher.hash(password)  # the same work as a real check: no timing oracle
            raise VerificationError()
        account, stored = found
        hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        for key in keys:
            store.record_failure(key, now())
        store.clear_failures("", before=since)  # forget failures older than the window
        raise AuthError("wrong user name or password") from None
    if hasher.check_needs_rehash(stored):
        store.set_password_hash(account.id, hasher.hash(password))
    store.clear_failures(keys[0])
    return account


def start_session(request: Request, account: Account) -> None:
    request.session.clear()
    request.session["aid"] = account.id
    csrf_token(request)


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


class TokenRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(default="", max_length=64)


def _signed_in(account: Account | None) -> Account:
    if account is None:
        raise AuthError("sign in first")
    return account


@router.post("/register", status_code=201)
def api_register(ctx: CtxDep, body: Credentials) -> JSONResponse:
    """Create an account (server mode)."""
    account = register(ctx, body.username, body.password)
    return JSONResponse({"username": account.username}, 201)


@router.post("/login")
def api_login(ctx: CtxDep, request: Request, body: Credentials) -> JSONResponse:
    """Start a session (cookie). Send the returned ``csrf_token`` as ``X-CSRF-Token``."""
    client = request.client.host if request.client else "unknown"
    account = authenticate(ctx, body.username, body.password, client)
    start_session(request, account)
    return JSONResponse({"username": account.username, "csrf_token": csrf_token(request)})


@router.post("/logout", dependencies=[Depends(check_csrf)])
def api_logout(request: Request) -> JSONResponse:
    request.session.clear()
    return JSONResponse({"signed_out": True})


@router.get("/me")
def me(account: AccountDep) -> JSONResponse:
    signed = _signed_in(account)
    return JSONResponse({"username": signed.username})


@router.post("/tokens", status_code=201, dependencies=[Depends(check_csrf)])
def create_token(ctx: CtxDep, account: AccountDep, body: TokenRequest) -> JSONResponse:
    """An API token for programs (shown once): send ``Authorization: Bearer <token>``."""
    token, token_id = new_token(ctx, _signed_in(account), body.name)
    return JSONResponse({"id": token_id, "name": body.name, "token": token}, 201)


@router.get("/tokens")
def list_tokens(ctx: CtxDep, account: AccountDep) -> JSONResponse:
    rows = ctx.accounts().list_tokens(_signed_in(account).id)
    return JSONResponse(
        [{"id": r.id, "name": r.name, "created_at": r.created_at.isoformat()} for r in rows]
    )


@router.delete("/tokens/{token_id}", status_code=204, dependencies=[Depends(check_csrf)])
def revoke_token(ctx: CtxDep, account: AccountDep, token_id: EntryId) -> Response:
    if not ctx.accounts().delete_token(_signed_in(account).id, token_id):
        raise NotFoundError(f"no token {token_id}")
    return Response(status_code=204)
