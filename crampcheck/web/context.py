"""Per-app state: settings, templates and the lazily opened database (no module globals)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2
from fastapi.templating import Jinja2Templates

from crampcheck.web.limits import RateLimiter
from crampcheck.web.settings import WebSettings

if TYPE_CHECKING:
    from crampcheck.storage.accounts import AccountStore
    from crampcheck.storage.store import DiaryStore

HERE = Path(__file__).resolve().parent


@dataclass
class WebContext:
    """Everything one app instance shares between requests. Holds no per-user state."""

    settings: WebSettings
    templates: Jinja2Templates
    _store: DiaryStore | None = None
    _accounts: AccountStore | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    hash_slots: threading.BoundedSemaphore = field(init=False)
    """Bounds the password hashes computed at once (argon2 takes 64 MiB each)."""
    anonymous: RateLimiter = field(init=False)
    """Server mode: analysis requests per minute per address without signing in."""

    def __post_init__(self) -> None:
        self.hash_slots = threading.BoundedSemaphore(max(1, self.settings.max_concurrent_hashes))
        self.anonymous = RateLimiter(self.settings.anonymous_per_minute)

    def store(self) -> DiaryStore:
        """The diary database, opened (and migrated) on first use."""
        if self._store is None:
            with self._lock:
                if self._store is None:
                    from crampcheck.config import database_url
                    from crampcheck.storage.store import open_store

                    self._store = open_store(database_url(self.settings.database_url))
        return self._store

    def accounts(self) -> AccountStore:
        if self._accounts is None:
            from crampcheck.storage.accounts import AccountStore

            self._accounts = AccountStore(self.store().engine)
        return self._accounts

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
            self._accounts = None


def now() -> datetime:
    """The current time, aware, in this computer's time zone."""
    return datetime.now().astimezone()


TEMPLATE_SUFFIXES = ("html", "htm", "xml", "j2")
"""Every page template (``*.html.j2``) is HTML: all of them autoescape."""


def make_environment() -> jinja2.Environment:
    """The one Jinja environment of the web pages: autoescaping on for every template.

    Starlette's own ``Jinja2Templates(directory=...)`` escapes only ``.html``/``.htm``/``.xml``
    files; ours end in ``.j2``, so the environment is made here with escaping on by default.
    """
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(HERE / "templates")),
        autoescape=jinja2.select_autoescape(
            enabled_extensions=TEMPLATE_SUFFIXES, default_for_string=True, default=True
        ),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["amount"] = amount
    env.filters["source_label"] = source_label
    return env


def make_templates() -> Jinja2Templates:
    return Jinja2Templates(env=make_environment())


def source_label(source: str | None) -> str:
    """Where an imported food item came from, for people (``cronometer`` → ``Cronometer``)."""
    from crampcheck.services.imports import source_label as label

    return label(source)


def amount(value: float | None) -> str:
    """A quantity for people: 1,234 / 56 / 7.8 / 0.42; a dash when unknown."""
    if value is None:
        return "–"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.0f}"
    if abs(value) >= 1:
        return f"{value:.1f}"
    return f"{value:.2f}"
