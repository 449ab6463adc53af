"""FastAPI dependencies: the app context, the signed-in account, the tenant, CSRF checks."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Annotated

from fastapi import Depends, Request

from crampcheck.storage.accounts import Account
from crampcheck.web.context import WebContext
from crampcheck.web.errors import AuthError
from crampcheck.web.tenancy import Tenant

UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"


def get_ctx(request: Request) -> WebContext:
    ctx = request.app.state.ctx
    assert isinstance(ctx, WebContext)
    return ctx


CtxDep = Annotated[WebContext, Depends(get_ctx)]


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def bearer_token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def client_address(request: Request) -> str:
    """The client's address (behind a trusted proxy, the one it forwarded; see ``serve``)."""
    return request.client.host if request.client else "unknown"


def session_token(request: Request) -> str | None:
    """The random session id this browser's cookie carries (server mode), if any."""
    token = request.session.get("sid")
    return token if isinstance(token, str) and token else None


def optional_account(request: Request, ctx: CtxDep) -> Account | None:
    """The signed-in account (API token or session cookie); None in local mode or signed out.

    A bearer token that is not valid is refused (401) rather than ignored, and a session is
    valid only while its row exists and is within its absolute and idle lifetimes.
    """
    if not ctx.settings.server:
        return None
    cached = getattr(request.state, "account", None)
    if isinstance(cached, Account):
        return cached
    account = _token_account(request, ctx) or _session_account(request, ctx)
    request.state.account = account
    return account


def _token_account(request: Request, ctx: WebContext) -> Account | None:
    if "authorization" not in request.headers:
        return None
    token = bearer_token(request)
    account = None if token is None else ctx.accounts().account_for_token(token_hash(token))
    if account is None:
        raise AuthError("the API token is not valid (it may have been revoked)")
    request.state.auth_via = "token"
    return account


def _session_account(request: Request, ctx: WebContext) -> Account | None:
    token = session_token(request)
    if token is None:
        return None
    from crampcheck.web.auth import session_life
    from crampcheck.web.context import now

    account = ctx.accounts().session_account(token_hash(token), now(), session_life(ctx))
    if account is None:
        request.session.clear()  # ended, expired or idle: the cookie signs nobody in
        return None
    request.state.auth_via = "session"
    return account


OptionalAccountDep = Annotated[Account | None, Depends(optional_account)]


def required_account(request: Request, ctx: CtxDep, account: OptionalAccountDep) -> Account | None:
    """Like :func:`optional_account`, but server mode needs someone signed in (else 401)."""
    if ctx.settings.server and account is None:
        raise AuthError("sign in first (session cookie or 'Authorization: Bearer <token>')")
    return account


AccountDep = Annotated[Account | None, Depends(required_account)]


def csrf_token(request: Request) -> str:
    """This session's CSRF token (created on first use)."""
    token = request.session.get("csrf")
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


async def check_csrf(request: Request, account: OptionalAccountDep) -> None:
    """Unsafe requests made with a session cookie must echo the session's CSRF token."""
    if request.method not in UNSAFE or getattr(request.state, "auth_via", "") == "token":
        return
    if request.url.path.startswith("/api/") and session_token(request) is None:
        return  # the API without a session cookie (local mode) has nothing to forge
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        value = (await request.form()).get(CSRF_FIELD)
        sent = value if isinstance(value, str) else None
    expected = request.session.get("csrf")
    if not (isinstance(expected, str) and sent and hmac.compare_digest(sent, expected)):
        await request.close()  # an uploaded file is spooled to a temporary file: release it
        raise AuthError("the form expired or came from another site; reload the page", 403)


def anonymous_limit(request: Request, ctx: CtxDep, account: OptionalAccountDep) -> None:
    """Server mode: analysis without signing in is limited per address (per worker)."""
    if not ctx.settings.server or account is not None:
        return
    wait = ctx.anonymous.hit(client_address(request))
    if wait:
        from crampcheck.web.errors import TooManyRequests

        raise TooManyRequests(
            f"too many requests without signing in; wait {wait} seconds or sign in", wait
        )


def get_tenant(ctx: CtxDep, account: AccountDep) -> Tenant:
    return Tenant.of(ctx.store(), account)


TenantDep = Annotated[Tenant, Depends(get_tenant)]
