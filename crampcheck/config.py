"""Settings from the environment (prefix ``CRAMPCHECK_``), built by :func:`get_settings`."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_database_url() -> str:
    """A SQLite file in the user's data directory (e.g. ``~/.local/share/crampcheck``)."""
    from platformdirs import user_data_dir

    return f"sqlite:///{Path(user_data_dir('crampcheck')) / 'crampcheck.db'}"


class Settings(BaseSettings):
    """Every setting crampcheck reads from the environment."""

    model_config = SettingsConfigDict(env_prefix="CRAMPCHECK_", extra="ignore")

    database_url: str = Field(
        default_factory=default_database_url,
        description=(
            "SQLAlchemy URL of the diary database: sqlite:///path.db (the default is a file in "
            "the user's data directory) or postgresql+psycopg://user:password@host/db."
        ),
    )


@cache
def get_settings() -> Settings:
    """The settings, read once from the environment."""
    return Settings()


def database_url(override: str | None = None) -> str:
    """``--db`` if given, else ``CRAMPCHECK_DATABASE_URL``, else the SQLite default."""
    if override:
        return override
    return Settings().database_url


def pint_ml() -> float:
    """The pint of this computer's locale (LC_ALL, LC_MEASUREMENT, LANG): 568 ml in the UK and
    Ireland, 473 ml elsewhere."""
    import os

    from crampcheck.core.fluids import pint_for_locale

    for name in ("LC_ALL", "LC_MEASUREMENT", "LANG"):
        if value := os.environ.get(name):
            return pint_for_locale(value)
    return pint_for_locale(None)
