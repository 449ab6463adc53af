"""Server mode sessions and login limits, on SQLite and PostgreSQL.

Sign-out ends a session for good (a replayed cookie is worthless), sessions have absolute and
idle lifetimes, a password change and "sign out everywhere" end the others, account deletion
removes everything, login limits hold per user name + address without locking the owner out,
user names are one normalised name, and anonymous analysis is rate limited.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select, update

from crampcheck.storage import tables as t
from crampcheck.web import auth
from crampcheck.web.app import create_app
from crampcheck.web.context import now
from crampcheck.web.settings import WebSettings
from tests.storage.conftest import ENGINES, empty_database
from tests.web.conftest import PASSWORD, local_client

CREDS = {"username": "alice", "password": PASSWORD}


@pytest.fixture(params=ENGINES)
def engine_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return empty_database(request.param, tmp_path, "web.db")


def server(url: str, **settings: Any) -> Any:
    return create_app(WebSettings(mode="server", database_url=url, **settings))


def client_from(app: Any, address: str) -> TestClient:
    c = TestClient(app, client=(address, 40000))
    c.__enter__()
    return c


def signed_in(app: Any, address: str = "198.51.100.1", creds: dict[str, str] = CREDS) -> TestClient:
    c = client_from(app, address)
    r = c.post("/api/v1/auth/login", json=creds)
    assert r.status_code == 200, r.text
    c.headers["X-CSRF-Token"] = r.json()["csrf_token"]
    return c


@pytest.fixture
def app(engine_url: str) -> Iterator[Any]:
    application = server(engine_url)
    with TestClient(application, client=("192.0.2.9", 1)) as c:
        assert c.post("/api/v1/auth/register", json=CREDS).status_code == 201
    yield application
    application.state.ctx.close()


def rows(app: Any, table: Any) -> int:
    with app.state.ctx.store().engine.connect() as c:
        return int(c.execute(select(func.count()).select_from(table)).scalar_one())


# --- sessions -----------------------------------------------------------------------------------


def test_replayed_cookie_after_logout_is_refused(app: Any) -> None:
    c = signed_in(app)
    cookie = c.cookies.get("crampcheck_session")
    csrf = c.headers["X-CSRF-Token"]
    assert c.get("/api/v1/auth/me").status_code == 200
    assert c.post("/api/v1/auth/logout").status_code == 200
    assert rows(app, t.web_sessions) == 0
    replay = client_from(app, "198.51.100.1")
    replay.cookies.set("crampcheck_session", cookie)
    replay.headers["X-CSRF-Token"] = csrf
    for method, path, body in [
        ("GET", "/api/v1/auth/me", None),
        ("GET", "/api/v1/export", None),
        ("POST", "/api/v1/profiles", {"name": "me", "age": 40, "sex": "female"}),
    ]:
        r = replay.request(method, path, json=body)
        assert r.status_code in (401, 403), (path, r.status_code, r.text)
    assert rows(app, t.profiles) == 0


def test_page_logout_ends_the_session_too(app: Any) -> None:
    c = signed_in(app)
    cookie = c.cookies.get("crampcheck_session")
    token = c.headers["X-CSRF-Token"]
    assert c.post("/logout", data={"csrf_token": token}, follow_redirects=False).status_code == 303
    replay = client_from(app, "198.51.100.1")
    replay.cookies.set("crampcheck_session", cookie)
    assert replay.get("/api/v1/auth/me").status_code == 401
    assert replay.get("/diary", follow_redirects=False).headers["location"] == "/login"


@pytest.mark.parametrize("column", ["created_at", "last_seen_at"])
def test_sessions_expire(app: Any, column: str) -> None:
    c = signed_in(app)
    assert c.get("/api/v1/auth/me").status_code == 200
    settings = app.state.ctx.settings
    age = settings.session_max_age_s if column == "created_at" else settings.session_idle_s
    past = now() - timedelta(seconds=age + 5)
    with app.state.ctx.store().engine.begin() as conn:
        conn.execute(update(t.web_sessions).values({column: past}))
    assert c.get("/api/v1/auth/me").status_code == 401
    assert rows(app, t.web_sessions) == 0


def test_session_is_touched_while_used(app: Any) -> None:
    c = signed_in(app)
    idle = timedelta(seconds=app.state.ctx.settings.session_idle_s)
    earlier = now() - idle + timedelta(minutes=5)  # nearly idle
    with app.state.ctx.store().engine.begin() as conn:
        conn.execute(update(t.web_sessions).values(last_seen_at=earlier))
    assert c.get("/api/v1/auth/me").status_code == 200
    with app.state.ctx.store().engine.connect() as conn:
        seen = conn.execute(select(t.web_sessions.c.last_seen_at)).scalar_one()
    assert seen > earlier + timedelta(minutes=4)


def test_password_change_ends_other_sessions(app: Any) -> None:
    laptop, phone = signed_in(app, "198.51.100.1"), signed_in(app, "198.51.100.2")
    new = "a brand new passphrase"
    r = laptop.post(
        "/api/v1/auth/password", json={"current_password": PASSWORD, "new_password": new}
    )
    assert r.status_code == 200, r.text
    assert r.json()["other_sessions_ended"] == 1
    assert laptop.get("/api/v1/auth/me").status_code == 200
    assert phone.get("/api/v1/auth/me").status_code == 401
    fresh = client_from(app, "198.51.100.3")
    assert fresh.post("/api/v1/auth/login", json=CREDS).status_code == 401
    assert fresh.post("/api/v1/auth/login", json={**CREDS, "password": new}).status_code == 200


def test_password_change_needs_the_current_password(app: Any) -> None:
    c = signed_in(app)
    r = c.post(
        "/api/v1/auth/password",
        json={"current_password": "not my password", "new_password": "another passphrase"},
    )
    assert r.status_code == 401
    assert client_from(app, "203.0.113.1").post("/api/v1/auth/login", json=CREDS).is_success


def test_sign_out_everywhere(app: Any) -> None:
    devices = [signed_in(app, f"198.51.100.{i}") for i in range(1, 4)]
    r = devices[0].post("/api/v1/auth/logout-everywhere")
    assert r.json() == {"signed_out": True, "sessions_ended": 3}
    assert all(d.get("/api/v1/auth/me").status_code == 401 for d in devices)


def test_account_deletion_removes_everything(app: Any) -> None:
    c = signed_in(app)
    assert c.post("/api/v1/profiles", json={"name": "me", "age": 40, "sex": "female"}).is_success
    assert c.post("/api/v1/profiles/me/cramps", json={"severity": 4}).is_success
    assert c.post("/api/v1/auth/tokens", json={"name": "script"}).status_code == 201
    body = {"password": PASSWORD, "confirm": "no"}
    assert c.request("DELETE", "/api/v1/auth/account", json=body).status_code == 422
    assert rows(app, t.accounts) == 1
    body["confirm"] = "delete my account"
    assert c.request("DELETE", "/api/v1/auth/account", json=body).status_code == 200
    for table in (t.accounts, t.profiles, t.cramp_episodes, t.api_tokens, t.web_sessions):
        assert rows(app, table) == 0, table.name
    assert c.get("/api/v1/auth/me").status_code == 401
    again = client_from(app, "203.0.113.1")
    assert again.post("/api/v1/auth/login", json=CREDS).status_code == 401


def test_account_page_forms(app: Any) -> None:
    c = signed_in(app)
    csrf = c.headers.pop("X-CSRF-Token")
    page = c.get("/account").text
    assert "Change password" in page
    assert "Sign out everywhere" in page
    r = c.post("/account/delete", data={"csrf_token": csrf, "password": PASSWORD, "confirm": "x"})
    assert r.status_code == 422
    assert "delete my account" in r.text
    r = c.post(
        "/account/delete",
        data={"csrf_token": csrf, "password": PASSWORD, "confirm": "delete my account"},
        follow_redirects=False,
    )
    assert r.status_code == 303
    assert rows(app, t.accounts) == 0


# --- login limits -------------------------------------------------------------------------------


def wrong(c: TestClient, name: str = "alice") -> int:
    r = c.post("/api/v1/auth/login", json={"username": name, "password": "wrong password!"})
    return int(r.status_code)


def test_five_failures_do_not_lock_the_owner_out(app: Any) -> None:
    attacker = client_from(app, "203.0.113.66")
    assert [wrong(attacker) for _ in range(5)] == [401] * 5
    assert wrong(attacker) == 429
    r = attacker.post("/api/v1/auth/login", json=CREDS)
    assert r.status_code == 429  # the attacker's address may not try any more
    assert int(r.headers["retry-after"]) > 0
    owner = client_from(app, "198.51.100.7")
    assert owner.post("/api/v1/auth/login", json=CREDS).status_code == 200


def test_many_addresses_meet_growing_delays_not_a_lockout(app: Any) -> None:
    limit = app.state.ctx.settings.login_attempts
    for i in range(limit):
        assert wrong(client_from(app, f"203.0.113.{i + 1}")) == 401
    slowed = client_from(app, "203.0.113.99")
    r = slowed.post("/api/v1/auth/login", json=CREDS)
    assert r.status_code == 200  # the first attempt past the threshold goes ahead...
    for i in range(limit):
        assert wrong(client_from(app, f"203.0.113.{i + 20}")) == 401
    assert wrong(client_from(app, "203.0.113.50")) == 401  # past the threshold: sets a delay
    r = client_from(app, "203.0.113.51").post("/api/v1/auth/login", json=CREDS)
    assert r.status_code == 429  # ...so the next attempt waits a short, growing delay
    assert 1 <= int(r.headers["retry-after"]) <= 60


def test_user_names_are_one_normalised_name(app: Any) -> None:
    c = client_from(app, "198.51.100.9")
    for variant in ("ALICE", "Alice", " alice ", "ａｌｉｃｅ"):
        r = c.post("/api/v1/auth/register", json={"username": variant, "password": PASSWORD})
        assert r.status_code == 422, variant
        assert "not available" in r.json()["error"]["message"]
    assert rows(app, t.accounts) == 1
    r = c.post("/api/v1/auth/login", json={"username": "ALICE", "password": PASSWORD})
    assert r.status_code == 200
    assert r.json()["username"] == "alice"
    other = client_from(app, "198.51.100.10")
    assert [wrong(other, "ALICE") for _ in range(3)] + [wrong(other, "alice") for _ in range(2)]
    assert wrong(other, "Alice") == 429  # one counter for every spelling


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        (" " * 10, "different characters"),
        ("aaaaaaaaaaaa", "different characters"),
        ("short", "at least 10"),
        ("bobbybobby1", ""),
    ],
)
def test_weak_passwords_are_refused(engine_url: str, password: str, reason: str) -> None:
    application = server(engine_url)
    with TestClient(application) as c:
        body = {"username": "bobbybobby1", "password": password}
        r = c.post("/api/v1/auth/register", json=body)
        assert r.status_code == 422, password
        assert reason in r.json()["error"]["message"]
    application.state.ctx.close()


def test_registrations_are_limited_per_address(engine_url: str) -> None:
    application = server(engine_url)
    with TestClient(application) as c:
        codes = [
            c.post(
                "/api/v1/auth/register", json={"username": f"user{i}", "password": PASSWORD}
            ).status_code
            for i in range(auth.REGISTRATIONS_PER_WINDOW + 2)
        ]
    assert codes[: auth.REGISTRATIONS_PER_WINDOW] == [201] * auth.REGISTRATIONS_PER_WINDOW
    assert codes[-1] == 429
    application.state.ctx.close()


def test_password_hashes_are_bounded(app: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "HASH_WAIT_S", 0.05)
    slots = app.state.ctx.hash_slots
    held = [
        slots.acquire(blocking=False) for _ in range(app.state.ctx.settings.max_concurrent_hashes)
    ]
    assert all(held)
    try:
        r = client_from(app, "198.51.100.1").post("/api/v1/auth/login", json=CREDS)
        assert r.status_code == 503
        assert "busy" in r.json()["error"]["message"]
    finally:
        for _ in held:
            slots.release()
    assert client_from(app, "198.51.100.2").post("/api/v1/auth/login", json=CREDS).is_success


# --- bearer tokens and anonymous use --------------------------------------------------------------


def test_invalid_or_revoked_bearer_token_is_401_everywhere(app: Any) -> None:
    c = signed_in(app)
    made = c.post("/api/v1/auth/tokens", json={"name": "t"}).json()
    program = client_from(app, "198.51.100.5")
    program.headers["Authorization"] = f"Bearer {made['token']}"
    body = {"text": "a banana"}
    assert program.post("/api/v1/intake", json=body).status_code == 200
    assert c.delete(f"/api/v1/auth/tokens/{made['id']}").status_code == 204
    for headers in ({}, {"Authorization": "Bearer cc_nonsense"}, {"Authorization": "Basic x"}):
        if headers:
            program.headers.update(headers)
        for method, path in [("POST", "/api/v1/intake"), ("GET", "/api/v1/foods/search?q=egg")]:
            r = program.request(method, path, json=body if method == "POST" else None)
            assert r.status_code == 401, (headers, path)


def test_anonymous_analysis_is_rate_limited(engine_url: str) -> None:
    application = server(engine_url, anonymous_per_minute=3)
    with TestClient(application, client=("198.51.100.77", 1)) as c:
        codes = [c.post("/api/v1/intake", json={"text": "an egg"}).status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        r = c.post("/api/v1/assess", json={"profile": {"age": 40, "sex": "male"}})
        assert r.status_code == 429
        assert int(r.headers["retry-after"]) >= 1
        assert c.post("/api/v1/auth/register", json=CREDS).status_code == 201
        login = c.post("/api/v1/auth/login", json=CREDS).json()
        c.headers["X-CSRF-Token"] = login["csrf_token"]
        assert c.post("/api/v1/intake", json={"text": "an egg"}).status_code == 200
    application.state.ctx.close()


# --- local mode ---------------------------------------------------------------------------------


def test_local_mode_answers_only_this_computer(tmp_path: Path) -> None:
    app = create_app(WebSettings(database_url=f"sqlite:///{tmp_path / 'l.db'}"))
    with local_client(app) as c:
        assert c.get("/healthz").status_code == 200
    with TestClient(app, client=("127.0.0.1", 1)) as c:  # Host: testserver
        assert c.get("/healthz").status_code == 400
    with TestClient(app, base_url="http://127.0.0.1", client=("192.168.1.20", 1)) as c:
        r = c.get("/healthz")
        assert r.status_code == 403
        assert "local mode" in r.json()["error"]["message"]
