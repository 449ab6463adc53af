"""Every setting crampcheck reads, in one object: :class:`Settings` (see :func:`load_settings`).

The environment (prefix ``CRAMPCHECK_``) is read in one place, here. Commands and the web app
receive the settings as an object; ``crampcheck serve`` hands the exact object to its worker
processes as JSON in one variable (``CRAMPCHECK_SETTINGS_JSON``), never setting by setting.
``docs/configuration.md`` lists every field, and a test keeps the two in step.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

SETTINGS_JSON = "CRAMPCHECK_SETTINGS_JSON"
"""The variable through which ``crampcheck serve`` hands its settings to worker processes."""


def default_database_url() -> str:
    """A SQLite file in the user's data directory (e.g. ``~/.local/share/crampcheck``)."""
    from platformdirs import user_data_dir

    return f"sqlite:///{Path(user_data_dir('crampcheck')) / 'crampcheck.db'}"


class Settings(BaseSettings):
    """Every setting crampcheck reads from the environment (``CRAMPCHECK_<NAME>``)."""

    model_config = SettingsConfigDict(env_prefix="CRAMPCHECK_", extra="ignore", frozen=True)

    database_url: str = Field(
        default_factory=default_database_url,
        description=(
            "SQLAlchemy URL of the diary database: sqlite:///path.db (the default is a file in "
            "the user's data directory) or postgresql+psycopg://user:password@host/db."
        ),
    )
    debug: bool = Field(
        default=False,
        description="Show the traceback of an unexpected error (never with user data in logs).",
    )
    web_mode: Literal["local", "server"] = Field(
        default="local",
        description="serve: local (one person, no login, this computer only) or server (accounts).",
    )
    secret_key: str | None = Field(
        default=None,
        description=(
            "serve: the key that signs session cookies; without it one is generated and kept in "
            "the database, so every worker shares it."
        ),
    )
    secure_cookies: bool = Field(
        default=False, description="serve: send cookies only over HTTPS (set behind TLS)."
    )
    max_body_bytes: int = Field(
        default=256 * 1024, ge=1024, description="serve: the largest request body accepted."
    )
    login_attempts: int = Field(
        default=5,
        ge=1,
        description=(
            "serve: password checks per user name and client address in login_window_s (an "
            "address may make four times as many; more on one name wait growing delays)."
        ),
    )
    login_window_s: int = Field(
        default=900, ge=1, description="serve: the window of the login limits, in seconds."
    )
    session_max_age_s: int = Field(
        default=14 * 24 * 3600, ge=60, description="serve: a session ends this long after sign-in."
    )
    session_idle_s: int = Field(
        default=2 * 24 * 3600, ge=60, description="serve: a session ends after this long unused."
    )
    max_concurrent_hashes: int = Field(
        default=4,
        ge=1,
        description="serve: password hashes (argon2, 64 MiB each) computed at once per worker.",
    )
    anonymous_per_minute: int = Field(
        default=30,
        ge=1,
        description=(
            "serve, server mode: analysis requests per minute per address without signing in."
        ),
    )


def load_settings(**overrides: object) -> Settings:
    """The settings: what ``crampcheck serve`` handed over, else the environment; then overrides."""
    handed = os.environ.get(SETTINGS_JSON)
    base = Settings.model_validate_json(handed) if handed else Settings()
    return base.model_copy(update=overrides) if overrides else base


def get_settings() -> Settings:
    """The settings as the environment gives them now."""
    return load_settings()


def database_url(override: str | None = None) -> str:
    """``--db`` if given, else ``CRAMPCHECK_DATABASE_URL``, else the SQLite default."""
    if override:
        return override
    return load_settings().database_url
