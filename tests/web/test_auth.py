"""Server mode: accounts, sessions, CSRF, API tokens, throttling and strict isolation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from crampcheck.storage import tables as t
from crampcheck.web.app import create_app
from crampcheck.web.settings import WebSettings
from tests.web.conftest import PASSWORD
from tests.web.test_api import ENTRIES

MakeUser = Callable[[str], TestClient]
PROFILE = {"age": 40, "sex": "female"}


def fill(c: TestClient, name: str = "me") -> dict[str, int]:
    """A profile with one entry of every kind; their ids."""
    assert c.post("/api/v1/profiles", json={"name": name, **PROFILE}).status_code == 201
    ids = {}
    for kind, body in ENTRIES.items():
        r = c.post(f"/api/v1/profiles/{name}/{kind}", json=body)
        assert r.status_code == 201, r.text
        ids[kind] = r.json()["id"]
    return ids


def test_signed_out_requests_are_401(server_app: Any) -> None:
    with TestClient(server_app) as c:
        for method, path in [
            ("GET", "/api/v1/profiles"),
            ("POST", "/api/v1/profiles"),
            ("GET", "/api/v1/profiles/me/diary"),
            ("GET", "/api/v1/export"),
            ("GET", "/api/v1/auth/me"),
            ("GET", "/api/v1/auth/tokens"),
        ]:
            r = c.request(method, path, json={})
            assert r.status_code == 401, (method, path, r.text)
            assert "sign in" in r.json()["error"]["message"]


def test_diary_page_redirects_to_login(server_app: Any) -> None:
    with TestClient(server_app) as c:
        r = c.get("/diary", follow_redirects=False)
        assert r.status_code == 303
        assert r.headers["location"] == "/login"


def test_password_is_hashed_with_argon2(make_user: MakeUser, server_app: Any) -> None:
    make_user("ann")
    engine = server_app.state.ctx.store().engine
    with engine.connect() as conn:
        stored = conn.execute(select(t.accounts.c.password_hash)).scalar_one()
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored


def test_isolation_every_resource(make_user: MakeUser) -> None:
    ann, bob = make_user("ann"), make_user("bob")
    fill(ann, "me")
    fill(bob, "me")  # the same profile name is fine: names are per account
    assert [p["name"] for p in bob.get("/api/v1/profiles").json()] == ["me"]
    assert bob.get("/api/v1/profiles/me/diary").json()["profile"]["name"] == "me"
    ann_only = make_user("cat")
    cat_ids = fill(ann_only, "cats-diary")
    for kind, entry_id in cat_ids.items():
        for method in ("GET", "DELETE"):
            r = bob.request(method, f"/api/v1/profiles/cats-diary/{kind}/{entry_id}")
            assert r.status_code in (403, 404), (kind, method, r.text)
        r = bob.post(f"/api/v1/profiles/cats-diary/{kind}", json=ENTRIES[kind])
        assert r.status_code in (403, 404)
        assert bob.get(f"/api/v1/profiles/cats-diary/{kind}").status_code in (403, 404)
    for method, path, body in [
        ("GET", "/api/v1/profiles/cats-diary", None),
        ("PATCH", "/api/v1/profiles/cats-diary", {"age": 80}),
        ("DELETE", "/api/v1/profiles/cats-diary", None),
        ("GET", "/api/v1/profiles/cats-diary/diary", None),
        ("GET", "/api/v1/profiles/cats-diary/trends", None),
        ("GET", "/api/v1/profiles/cats-diary/report", None),
        ("PATCH", f"/api/v1/profiles/cats-diary/food/{cat_ids['food']}/items/1", {"grams": 1}),
    ]:
        r = bob.request(method, path, json=body)
        assert r.status_code in (403, 404), (method, path, r.text)
    assert len(ann.get("/api/v1/profiles/me/cramps").json()) == 1
    # Cat's data is intact, and nobody else's shows up in Bob's export.
    diary = ann_only.get("/api/v1/profiles/cats-diary/diary").json()
    assert all(len(diary[kind]) == 1 for kind in ENTRIES)
    assert ann_only.get("/api/v1/profiles/cats-diary").json()["age"] == 40
    export = bob.get("/api/v1/export").json()
    assert [p["name"] for p in export["profiles"]] == ["me"]
    assert export["current_profile"] is None
    assert "cats-diary" not in bob.get("/api/v1/export", params={"format": "csv"}).text


def test_profiles_are_stored_with_their_owner(make_user: MakeUser, server_app: Any) -> None:
    ann, bob = make_user("ann"), make_user("bob")
    for client, names in ((ann, ("me", "mum")), (bob, ("me", "dad"))):
        for name in names:
            r = client.post("/api/v1/profiles", json={"name": name, **PROFILE})
            assert r.status_code == 201
    assert bob.patch("/api/v1/profiles/dad", json={"name": "mum"}).status_code == 200
    r = bob.patch("/api/v1/profiles/mum", json={"name": "ME"})
    assert r.status_code == 422
    assert "already exists" in r.json()["error"]["message"]
    assert [p["name"] for p in ann.get("/api/v1/profiles").json()] == ["me", "mum"]
    engine = server_app.state.ctx.store().engine
    query = (
        select(t.accounts.c.username, t.profiles.c.name)
        .join(t.profiles, t.profiles.c.owner_account_id == t.accounts.c.id)
        .order_by(t.accounts.c.username, t.profiles.c.name)
    )
    with engine.connect() as conn:
        stored = [tuple(row) for row in conn.execute(query)]
    assert stored == [("ann", "me"), ("ann", "mum"), ("bob", "me"), ("bob", "mum")]


def test_bob_cannot_reach_ann_entries_by_id_in_his_own_profile(make_user: MakeUser) -> None:
    ann, bob = make_user("ann"), make_user("bob")
    assert bob.post("/api/v1/profiles", json={"name": "me", **PROFILE}).status_code == 201
    ann_ids = fill(ann, "annie")
    for kind, entry_id in ann_ids.items():
        assert bob.get(f"/api/v1/profiles/me/{kind}/{entry_id}").status_code == 404
        assert bob.delete(f"/api/v1/profiles/me/{kind}/{entry_id}").status_code == 404
        assert ann.get(f"/api/v1/profiles/annie/{kind}/{entry_id}").status_code == 200
    r = bob.patch(f"/api/v1/profiles/me/food/{ann_ids['food']}/items/1", json={"grams": 5})
    assert r.status_code == 404


def test_csrf_required_with_session_cookie(make_user: MakeUser) -> None:
    ann = make_user("ann")
    token = ann.headers.pop("X-CSRF-Token")
    r = ann.post("/api/v1/profiles", json={"name": "me", **PROFILE})
    assert r.status_code == 403
    ann.headers["X-CSRF-Token"] = "forged"
    assert ann.post("/api/v1/profiles", json={"name": "me", **PROFILE}).status_code == 403
    ann.headers["X-CSRF-Token"] = token
    assert ann.post("/api/v1/profiles", json={"name": "me", **PROFILE}).status_code == 201


def test_api_tokens(make_user: MakeUser, server_app: Any) -> None:
    ann = make_user("ann")
    r = ann.post("/api/v1/auth/tokens", json={"name": "script"})
    assert r.status_code == 201
    token, token_id = r.json()["token"], r.json()["id"]
    with TestClient(server_app) as program:
        program.headers["Authorization"] = f"Bearer {token}"
        # no cookie and no CSRF header needed with a token
        assert program.post("/api/v1/profiles", json={"name": "me", **PROFILE}).status_code == 201
        assert program.get("/api/v1/auth/me").json() == {"username": "ann"}
        assert [x["id"] for x in ann.get("/api/v1/auth/tokens").json()] == [token_id]
        assert ann.delete(f"/api/v1/auth/tokens/{token_id}").status_code == 204
        assert program.get("/api/v1/profiles").status_code == 401
        program.headers["Authorization"] = "Bearer cc_not-a-token"
        assert program.get("/api/v1/profiles").status_code == 401


def test_other_users_token_cannot_be_revoked(make_user: MakeUser) -> None:
    ann, bob = make_user("ann"), make_user("bob")
    token_id = ann.post("/api/v1/auth/tokens", json={}).json()["id"]
    assert bob.delete(f"/api/v1/auth/tokens/{token_id}").status_code == 404
    assert len(ann.get("/api/v1/auth/tokens").json()) == 1


def test_login_throttling(make_user: MakeUser, server_app: Any) -> None:
    make_user("ann")
    with TestClient(server_app) as c:
        for _ in range(3):
            r = c.post("/api/v1/auth/login", json={"username": "ann", "password": "wrong-password"})
            assert r.status_code == 401
        r = c.post("/api/v1/auth/login", json={"username": "ann", "password": PASSWORD})
        assert r.status_code == 429
        assert "too many" in r.json()["error"]["message"]


def test_unknown_user_and_wrong_password_look_the_same(
    make_user: MakeUser, server_app: Any
) -> None:
    make_user("ann")
    with TestClient(server_app) as c:
        a = c.post("/api/v1/auth/login", json={"username": "ann", "password": "wrong-password"})
        b = c.post("/api/v1/auth/login", json={"username": "zed", "password": "wrong-password"})
        assert a.status_code == b.status_code == 401
        assert a.json() == b.json()


@pytest.mark.parametrize(
    ("username", "password"),
    [("ab", PASSWORD), ("ann", "short"), ("bad name!", PASSWORD), ("x" * 65, PASSWORD)],
)
def test_register_rejects_bad_credentials(server_app: Any, username: str, password: str) -> None:
    with TestClient(server_app) as c:
        r = c.post("/api/v1/auth/register", json={"username": username, "password": password})
        assert r.status_code == 422
        assert r.json()["error"]["message"]


def test_duplicate_user(make_user: MakeUser, server_app: Any) -> None:
    make_user("ann")
    with TestClient(server_app) as c:
        r = c.post("/api/v1/auth/register", json={"username": "ann", "password": PASSWORD})
        assert r.status_code == 422


def test_sessions_work_across_workers(make_user: MakeUser, db_url: str) -> None:
    """A second app on the same database (another worker) accepts the first one's session."""
    ann = make_user("ann")
    assert ann.post("/api/v1/profiles", json={"name": "me", **PROFILE}).status_code == 201
    other = create_app(WebSettings(mode="server", database_url=db_url))
    with TestClient(other) as worker2:
        worker2.cookies.update(ann.cookies)
        worker2.headers["X-CSRF-Token"] = ann.headers["X-CSRF-Token"]
        assert [p["name"] for p in worker2.get("/api/v1/profiles").json()] == ["me"]
        r = worker2.post("/api/v1/profiles/me/cramps", json={"severity": 4})
        assert r.status_code == 201


def test_logout(make_user: MakeUser) -> None:
    ann = make_user("ann")
    assert ann.post("/api/v1/auth/logout").status_code == 200
    assert ann.get("/api/v1/profiles").status_code == 401


def test_login_page_flow(make_user: MakeUser, server_app: Any) -> None:
    make_user("ann")
    with TestClient(server_app) as c:
        page = c.get("/login")
        assert page.status_code == 200
        csrf = page.text.split('name="csrf_token" value="')[1].split('"')[0]
        form = {"username": "ann", "password": PASSWORD, "csrf_token": csrf}
        r = c.post("/login", data=form, follow_redirects=False)
        assert r.status_code == 303
        assert c.get("/diary").status_code == 200
        bad = c.post("/login", data={"username": "ann", "password": PASSWORD})
        assert bad.status_code == 403


def test_account_page_tokens(make_user: MakeUser, server_app: Any) -> None:
    ann = make_user("ann")
    page = ann.get("/account")
    assert page.status_code == 200
    assert "Account: ann" in page.text
    csrf = page.text.split('name="csrf_token" value="')[1].split('"')[0]
    r = ann.post("/account/tokens", data={"name": "script", "csrf_token": csrf})
    token = r.text.split('id="new-token" readonly value="')[1].split('"')[0]
    with TestClient(server_app) as program:
        program.headers["Authorization"] = f"Bearer {token}"
        assert program.get("/api/v1/auth/me").json() == {"username": "ann"}
        token_id = ann.get("/api/v1/auth/tokens").json()[0]["id"]
        ann.post(f"/account/tokens/{token_id}/delete", data={"csrf_token": csrf})
        assert program.get("/api/v1/auth/me").status_code == 401
    with TestClient(server_app) as anonymous:
        assert anonymous.get("/account", follow_redirects=False).status_code == 303


def test_page_forms_respect_isolation(make_user: MakeUser) -> None:
    ann, bob = make_user("ann"), make_user("bob")
    ids = fill(ann, "annie")
    bob_csrf = bob.headers["X-CSRF-Token"]
    assert bob.post("/api/v1/profiles", json={"name": "me", **PROFILE}).status_code == 201
    for kind, entry_id in ids.items():
        for profile in ("annie", "me"):
            r = bob.post(
                f"/diary/delete/{kind}/{entry_id}",
                data={"profile": profile, "csrf_token": bob_csrf},
            )
            assert r.status_code == 404, (kind, profile)
    for action in ("save", "delete"):
        data = {"profile": "annie", "age": "90", "action": action, "confirm": "yes"}
        r = bob.post("/diary/profile/edit", data={**data, "csrf_token": bob_csrf})
        assert r.status_code == 404
    r = bob.post(
        "/diary/log/cramps", data={"profile": "annie", "severity": "3", "csrf_token": bob_csrf}
    )
    assert r.status_code == 404
    assert "annie" not in bob.get("/diary").text
    diary = ann.get("/api/v1/profiles/annie/diary").json()
    assert all(len(diary[kind]) == 1 for kind in ENTRIES)
    assert ann.get("/api/v1/profiles/annie").json()["age"] == 40
