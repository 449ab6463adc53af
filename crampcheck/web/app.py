"""The app factory: ``create_app(settings)`` builds a new FastAPI app; nothing happens at import."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware

from crampcheck import __version__
from crampcheck.errors import StorageError
from crampcheck.web import errors
from crampcheck.web.context import HERE, WebContext, make_templates
from crampcheck.web.deps import optional_account
from crampcheck.web.limits import (
    BodyLimitMiddleware,
    LoopbackOnlyMiddleware,
    SecurityHeadersMiddleware,
)
from crampcheck.web.settings import WebSettings

SECRET_SETTING = "web_secret_key"
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")


def shared_secret(ctx: WebContext) -> str:
    """The cookie-signing key: given, or one kept in the database so that all workers share it."""
    if ctx.settings.secret_key:
        return ctx.settings.secret_key
    try:
        return ctx.accounts().shared_setting(SECRET_SETTING, secrets.token_urlsafe(48))
    except StorageError:
        if ctx.settings.server:
            raise
        return secrets.token_urlsafe(32)  # local mode still analyses food without a database


def create_app(settings: WebSettings | None = None) -> FastAPI:
    """A new app: local mode (one person, no login) unless ``settings.mode == "server"``."""
    from crampcheck.web import (
        api_analysis,
        api_diary,
        api_docs,
        api_my_foods,
        api_questions,
        auth,
        guided,
        my_foods_pages,
        pages,
    )

    config = settings or WebSettings()
    ctx = WebContext(config, make_templates())

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        ctx.close()

    app = FastAPI(
        title="crampcheck",
        version=__version__,
        summary="What am I lacking that gives me leg cramps? REST API and web pages.",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        # every request: a bad bearer token is a 401, and the session is checked server-side
        dependencies=[Depends(optional_account)],
    )
    app.state.ctx = ctx
    app.state.templates = ctx.templates
    errors.install(app)
    app.include_router(api_analysis.router)
    app.include_router(api_questions.router)
    app.include_router(api_diary.router)
    app.include_router(api_my_foods.router)
    app.include_router(auth.router)
    app.include_router(pages.router)
    app.include_router(my_foods_pages.router)
    app.include_router(guided.router)
    app.include_router(api_docs.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.add_middleware(
        SessionMiddleware,
        secret_key=shared_secret(ctx),
        session_cookie="crampcheck_session",
        max_age=config.session_max_age_s,
        same_site="lax",
        https_only=config.secure_cookies,
    )
    if not config.server:
        # No login in local mode: answer only to loopback names (defeats DNS rebinding) and
        # only to connections from this computer, whatever started the app.
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(LOCAL_HOSTS))
        app.add_middleware(LoopbackOnlyMiddleware)
    app.add_middleware(BodyLimitMiddleware, max_bytes=config.max_body_bytes)
    app.add_middleware(SecurityHeadersMiddleware)
    return app


def app_from_env() -> FastAPI:
    """The factory uvicorn calls in each worker (``crampcheck serve`` sets the environment)."""
    from crampcheck.web.settings import settings_from_env

    return create_app(settings_from_env())
