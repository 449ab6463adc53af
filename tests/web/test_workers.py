"""Server mode with two uvicorn workers on one database: no state lives in a process.

Uses ``CRAMPCHECK_TEST_POSTGRES_URL`` when set (the deployment the issue asks for), else SQLite.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import httpx
import pytest

from tests.web.test_live_limits import fresh_postgres, serve

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def two_workers(tmp_path: Path) -> Iterator[str]:
    with ExitStack() as stack:
        pg = os.environ.get("CRAMPCHECK_TEST_POSTGRES_URL")
        url = stack.enter_context(fresh_postgres(pg)) if pg else f"sqlite:///{tmp_path / 's.db'}"
        with serve(url, "--workers", "2") as base:
            yield base


def test_two_workers_share_sessions_and_data(two_workers: str) -> None:
    base = two_workers
    creds = {"username": "ann", "password": "correct horse battery"}
    assert httpx.post(base + "/api/v1/auth/register", json=creds).status_code == 201
    login = httpx.post(base + "/api/v1/auth/login", json=creds)
    assert login.status_code == 200
    headers = {"X-CSRF-Token": login.json()["csrf_token"]}
    cookies = login.cookies
    r = httpx.post(
        base + "/api/v1/profiles",
        json={"name": "me", "age": 40, "sex": "female"},
        headers=headers,
        cookies=cookies,
    )
    assert r.status_code == 201
    workers = set()
    for severity in range(10):
        # a new connection each time, so the kernel spreads them over both workers
        with httpx.Client(base_url=base, cookies=cookies, headers=headers) as c:
            workers.add(c.get("/healthz").json()["worker"])
            r = c.post("/api/v1/profiles/me/cramps", json={"severity": severity})
            assert r.status_code == 201, r.text
            assert c.get("/api/v1/auth/me").json() == {"username": "ann"}
    for _ in range(100):  # the kernel picks the worker; ask until both have answered
        if len(workers) == 2:
            break
        workers.add(httpx.get(base + "/healthz").json()["worker"])
    assert len(workers) == 2, "both workers should have answered"
    with httpx.Client(base_url=base, cookies=cookies) as c:
        assert len(c.get("/api/v1/profiles/me/cramps").json()) == 10
    # Throttling is shared too: failures on any worker count.
    for _ in range(5):
        bad = httpx.post(base + "/api/v1/auth/login", json={**creds, "password": "wrong-one!"})
        assert bad.status_code == 401
    assert httpx.post(base + "/api/v1/auth/login", json=creds).status_code == 429
