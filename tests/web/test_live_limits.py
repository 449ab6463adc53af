"""Against a real ``crampcheck serve``: login limits under concurrency, and trusted proxies.

40 simultaneous logins for one user name from one address (39 wrong, the right one last) may
check at most ``login_attempts`` passwords; with ``--forwarded-allow-ips`` the limits see the
address the proxy forwarded, and without it a forwarded header is ignored.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import httpx
import pytest

from tests.web.conftest import PASSWORD
from tests.web.test_browser import free_port

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
CREDS = {"username": "alice", "password": PASSWORD}
LIMIT = 5
"""``WebSettings.login_attempts``: password checks per user name + address per window."""


@contextmanager
def serve(url: str, *extra: str) -> Iterator[str]:
    """A real ``crampcheck serve --mode server`` on a free loopback port; its base URL."""
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "crampcheck", "serve", "--mode", "server", "--port", str(port)]
    proc = subprocess.Popen([*cmd, "--db", url, *extra], env=env, stdout=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@contextmanager
def fresh_postgres(url: str) -> Iterator[str]:
    """A new, empty database next to the one in ``url`` (dropped afterwards)."""
    from sqlalchemy import create_engine, make_url, text

    base = make_url(url)
    name = f"crampcheck_web_{os.getpid()}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f"drop database if exists {name}"))
        c.execute(text(f"create database {name}"))
    try:
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as c:
            c.execute(text(f"drop database if exists {name} with (force)"))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with ExitStack() as stack:
        if request.param == "sqlite":
            yield f"sqlite:///{tmp_path / 'live.db'}"
            return
        pg = os.environ.get("CRAMPCHECK_TEST_POSTGRES_URL")
        if not pg:
            pytest.skip("set CRAMPCHECK_TEST_POSTGRES_URL")
        yield stack.enter_context(fresh_postgres(pg))


async def _logins(base: str, passwords: list[str]) -> list[int]:
    limits = httpx.Limits(max_connections=len(passwords))
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as client:
        calls = [
            client.post("/api/v1/auth/login", json={"username": "alice", "password": p})
            for p in passwords
        ]
        return [r.status_code for r in await asyncio.gather(*calls)]


def test_concurrent_logins_check_at_most_the_limit(database: str) -> None:
    with serve(database) as base:
        assert httpx.post(base + "/api/v1/auth/register", json=CREDS).status_code == 201
        passwords = [f"wrong guess {i}" for i in range(39)] + [PASSWORD]
        codes = asyncio.run(_logins(base, passwords))
    checked = [c for c in codes if c in (200, 401)]
    assert len(checked) <= LIMIT, codes
    assert set(codes) <= {200, 401, 429}
    assert codes.count(429) >= len(codes) - LIMIT


def test_forwarded_address_is_used_only_from_a_trusted_proxy(database: str) -> None:
    def wrong(base: str, address: str) -> int:
        body = {"username": "alice", "password": "wrong password!"}
        headers = {"X-Forwarded-For": address}
        return httpx.post(base + "/api/v1/auth/login", json=body, headers=headers).status_code

    def right(base: str, address: str) -> int:
        headers = {"X-Forwarded-For": address}
        return httpx.post(base + "/api/v1/auth/login", json=CREDS, headers=headers).status_code

    with serve(database, "--forwarded-allow-ips", "127.0.0.1") as base:
        assert httpx.post(base + "/api/v1/auth/register", json=CREDS).status_code == 201
        assert [wrong(base, "203.0.113.5") for _ in range(LIMIT)] == [401] * LIMIT
        assert right(base, "203.0.113.5") == 429  # that client's address is limited...
        assert right(base, "198.51.100.8") == 200  # ...another client behind the proxy is not
    with serve(database) as base:  # no trusted proxy: the header is ignored
        assert [wrong(base, f"203.0.113.{i}") for i in range(LIMIT)] == [401] * LIMIT
        assert right(base, "198.51.100.9") == 429  # all of them are the one peer, 127.0.0.1
