"""Settings of the web app: local (one person, no login) or server (accounts) mode."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Literal

Mode = Literal["local", "server"]

DEFAULT_MAX_BODY_BYTES = 256 * 1024
"""Largest request body accepted (a long diary is a few kilobytes)."""


@dataclass(frozen=True, slots=True)
class WebSettings:
    """How one web app instance runs.

    ``secret_key`` signs session cookies. In server mode every worker must share it: give it
    (``CRAMPCHECK_SECRET_KEY``) or let the app keep one in the database, where all workers read it.
    """

    mode: Mode = "local"
    database_url: str | None = None
    secret_key: str | None = None
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    login_attempts: int = 5
    """Password checks allowed per user name and client address in ``login_window_s`` (an
    address may make four times as many over all user names; after this many attempts on one
    user name from anywhere, each further attempt waits a growing delay of up to a minute)."""
    login_window_s: int = 900
    session_max_age_s: int = 14 * 24 * 3600
    """A web session ends this long after sign-in, however much it is used."""
    session_idle_s: int = 2 * 24 * 3600
    """A web session also ends when it has not been used for this long."""
    max_concurrent_hashes: int = 4
    """Password hashes (argon2, 64 MiB each) computed at once per worker; more wait or get 503."""
    anonymous_per_minute: int = 30
    """Server mode: analysis requests (intake, assess, suggest) per minute from one address
    without signing in (per worker)."""
    secure_cookies: bool = False
    """Send cookies only over HTTPS (turn on behind a TLS proxy)."""
    instance_token: str = field(default_factory=lambda: secrets.token_hex(8))

    @property
    def server(self) -> bool:
        return self.mode == "server"


def settings_from_env() -> WebSettings:
    """Settings from the environment (how ``crampcheck serve`` hands them to its workers).

    ``CRAMPCHECK_WEB_MODE``, ``CRAMPCHECK_DATABASE_URL``, ``CRAMPCHECK_SECRET_KEY``,
    ``CRAMPCHECK_MAX_BODY_BYTES`` and ``CRAMPCHECK_SECURE_COOKIES``.
    """
    import os

    mode = os.environ.get("CRAMPCHECK_WEB_MODE", "local")
    if mode not in ("local", "server"):
        raise ValueError(f"CRAMPCHECK_WEB_MODE must be local or server, not {mode!r}")
    return WebSettings(
        mode="server" if mode == "server" else "local",
        database_url=os.environ.get("CRAMPCHECK_DATABASE_URL") or None,
        secret_key=os.environ.get("CRAMPCHECK_SECRET_KEY") or None,
        max_body_bytes=int(os.environ.get("CRAMPCHECK_MAX_BODY_BYTES", DEFAULT_MAX_BODY_BYTES)),
        secure_cookies=os.environ.get("CRAMPCHECK_SECURE_COOKIES", "") in ("1", "true", "yes"),
    )
