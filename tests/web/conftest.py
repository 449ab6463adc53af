"""Fixtures for the web tests: apps in local and server mode on a fresh SQLite file."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

with warnings.catch_warnings():
    # Starlette 1.10 suggests httpx2 for its test client; httpx is what we have.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from crampcheck.web.app import create_app
from crampcheck.web.settings import WebSettings

PASSWORD = "correct horse battery"
LOOPBACK = {"base_url": "http://127.0.0.1", "client": ("127.0.0.1", 50000)}
"""Local mode answers only loopback names and connections from this computer."""


class AsIfLocal:
    """Wraps an app so every request arrives as from a browser on this computer (loopback peer,
    ``Host: 127.0.0.1``): for tools that bring their own ASGI client, such as schemathesis."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] in ("http", "websocket"):
            headers = [(k, v) for k, v in scope.get("headers", []) if k != b"host"]
            headers.append((b"host", b"127.0.0.1"))
            scope = {**scope, "client": ("127.0.0.1", 50000), "headers": headers}
        await self.app(scope, receive, send)


def local_client(app: Any) -> TestClient:
    """A test client for a local-mode app, as a browser on this computer connects."""
    return TestClient(app, **LOOPBACK)  # type: ignore[arg-type]


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'web.db'}"


@pytest.fixture
def client(db_url: str) -> Iterator[TestClient]:
    """Local mode: one person, no login."""
    with local_client(create_app(WebSettings(database_url=db_url))) as c:
        yield c


@pytest.fixture
def server_app(db_url: str) -> Any:
    return create_app(WebSettings(mode="server", database_url=db_url, login_attempts=3))


@pytest.fixture
def make_user(server_app: Any) -> Iterator[Callable[[str], TestClient]]:
    """A factory: a signed-in client for a new account (session cookie + CSRF header)."""
    clients: list[TestClient] = []

    def make(name: str) -> TestClient:
        c = TestClient(server_app)
        clients.append(c)
        c.__enter__()
        body = {"username": name, "password": PASSWORD}
        assert c.post("/api/v1/auth/register", json=body).status_code == 201
        r = c.post("/api/v1/auth/login", json=body)
        assert r.status_code == 200, r.text
        c.headers["X-CSRF-Token"] = r.json()["csrf_token"]
        return c

    yield make
    for c in clients:
        c.__exit__(None, None, None)
