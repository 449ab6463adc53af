"""Per-app state: settings, templates and the lazily opened database (no module globals)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi.templating import Jinja2Templates

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


def make_templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    env = templates.env
    env.trim_blocks = True
    env.lstrip_blocks = True
    env.filters["amount"] = amount
    return templates


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
