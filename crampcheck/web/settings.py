"""Settings of one web app instance, taken from :class:`crampcheck.config.Settings`.

``WebSettings`` is what :func:`crampcheck.web.app.create_app` is given (tests build it directly);
its defaults and meanings are those of the one settings object, ``crampcheck.config.Settings``,
and :func:`web_settings` is the only conversion.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Any, Literal

from crampcheck.config import Settings, load_settings

Mode = Literal["local", "server"]


def _default(name: str) -> Any:
    return Settings.model_fields[name].default


_MODE: Mode = _default("web_mode")
_ATTEMPTS: int = _default("login_attempts")
_WINDOW: int = _default("login_window_s")
_MAX_AGE: int = _default("session_max_age_s")
_IDLE: int = _default("session_idle_s")
_HASHES: int = _default("max_concurrent_hashes")
_ANONYMOUS: int = _default("anonymous_per_minute")
_SECURE: bool = _default("secure_cookies")


DEFAULT_MAX_BODY_BYTES: int = _default("max_body_bytes")
"""Largest request body accepted (a long diary is a few kilobytes)."""


@dataclass(frozen=True, slots=True)
class WebSettings:
    """How one web app instance runs (each field is the ``Settings`` field of the same name;
    ``mode`` is ``web_mode``). In server mode every worker must share ``secret_key``: give it or
    let the app keep one in the database, where all workers read it."""

    mode: Mode = _MODE
    database_url: str | None = None
    secret_key: str | None = None
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    login_attempts: int = _ATTEMPTS
    login_window_s: int = _WINDOW
    session_max_age_s: int = _MAX_AGE
    session_idle_s: int = _IDLE
    max_concurrent_hashes: int = _HASHES
    anonymous_per_minute: int = _ANONYMOUS
    secure_cookies: bool = _SECURE
    instance_token: str = field(default_factory=lambda: secrets.token_hex(8))

    @property
    def server(self) -> bool:
        return self.mode == "server"


def web_settings(settings: Settings) -> WebSettings:
    """The web app's view of the settings."""
    return WebSettings(
        mode=settings.web_mode,
        database_url=settings.database_url,
        secret_key=settings.secret_key,
        max_body_bytes=settings.max_body_bytes,
        login_attempts=settings.login_attempts,
        login_window_s=settings.login_window_s,
        session_max_age_s=settings.session_max_age_s,
        session_idle_s=settings.session_idle_s,
        max_concurrent_hashes=settings.max_concurrent_hashes,
        anonymous_per_minute=settings.anonymous_per_minute,
        secure_cookies=settings.secure_cookies,
    )


def settings_from_env() -> WebSettings:
    """What each worker runs with: the settings ``crampcheck serve`` handed over, else the
    environment (see :func:`crampcheck.config.load_settings`)."""
    return web_settings(load_settings())
