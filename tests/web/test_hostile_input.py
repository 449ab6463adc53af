"""Hostile input at the web boundary: each request that once gave a 500 now gets a clear 4xx.

Every test runs on SQLite and, with ``CRAMPCHECK_TEST_POSTGRES_URL`` set, on PostgreSQL too
(several of these only ever failed there: NUL characters, 32-bit ids, 64-character columns).
"""

from __future__ import annotations

import hashlib
import http.client
import json
import logging
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from crampcheck.web.app import create_app
from crampcheck.web.settings import WebSettings
from tests.storage.conftest import ENGINES, empty_database
from tests.web.conftest import PASSWORD, local_client
from tests.web.test_browser import free_port

STATIC = Path(__file__).resolve().parents[2] / "crampcheck" / "web" / "static"
JSON = {"content-type": "application/json"}
CASE = b'{"profile": {"age": 40, "sex": "female"}, "labs": {"magnesium": %s}}'


@pytest.fixture(params=ENGINES)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Overrides the web conftest's SQLite-only ``db_url``: both engines."""
    return empty_database(request.param, tmp_path, "web.db")


@pytest.fixture
def me(client: TestClient) -> TestClient:
    """Local mode with a profile named "me" that has one food entry."""
    assert client.post(
        "/api/v1/profiles", json={"name": "me", "age": 40, "sex": "female"}
    ).is_success
    assert client.post("/api/v1/profiles/me/food", json={"text": "a banana"}).status_code == 201
    return client


@pytest.fixture
def alice(make_user: Callable[[str], TestClient]) -> TestClient:
    """Server mode, signed in, with a profile named "me"."""
    c = make_user("alice")
    assert c.post("/api/v1/profiles", json={"name": "me", "age": 40, "sex": "female"}).is_success
    return c


def _send(c: TestClient, method: str, path: str, body: Any) -> Any:
    if isinstance(body, bytes):
        return c.request(method, path, content=body, headers=JSON)
    return c.request(method, path, json=body)


# (method, path, body, what the error message says): each row but the two NUL ones answered 500
LOCAL_500S: list[tuple[str, str, Any, str]] = [
    ("POST", "/api/v1/assess", CASE % b'{"value": 1e400, "unit": "mg/dL"}', "1e400"),
    ("POST", "/api/v1/assess", CASE % b'{"value": Infinity, "unit": "mg/dL"}', "Infinity"),
    ("POST", "/api/v1/assess", CASE % b'{"value": NaN, "unit": "mg/dL"}', "NaN"),
    ("POST", "/api/v1/intake", b'{"text": "egg \\ud800"}', "surrogate"),
    ("POST", "/api/v1/intake", b'{"text": "egg \\udfff and toast"}', "surrogate"),
    ("POST", "/api/v1/profiles/me/food", {"text": "egg", "at": "0001-01-01T00:00:00"}, "year"),
    ("POST", "/api/v1/profiles/me/cramps", {"severity": 3, "at": "9999-12-31T23:59:59"}, "year"),
    ("POST", "/api/v1/profiles/me/medications", {"name": "x", "started": "0001-01-01"}, "year"),
    ("GET", "/api/v1/profiles/me/food?from=0001-01-01&to=9999-12-31", None, "year"),
    ("GET", "/api/v1/profiles/me/fluids?from=0001-01-01", None, "year"),
    ("GET", "/api/v1/profiles/me/diary?from=0001-01-01&to=9999-12-31", None, "year"),
    ("GET", "/api/v1/profiles/me/trends?from=0001-01-01&to=9999-12-31", None, "year"),
    ("GET", "/api/v1/profiles/me/report?to=9999-12-31", None, "year"),
    ("GET", "/api/v1/profiles/me/trends?from=1900-01-01&to=2200-12-31", None, "3660 days"),
    ("DELETE", "/api/v1/profiles/me/food/1180591620717411303424", None, "less than"),
    ("DELETE", "/api/v1/profiles/me/food/2147483648", None, "less than"),
    ("GET", "/api/v1/profiles/me/cramps/2147483648", None, "less than"),
    ("PATCH", "/api/v1/profiles/me/food/2147483648/items/1", {"grams": 10}, "less than"),
    ("POST", "/api/v1/profiles/me/fluids", {"amount": "500 ml " + "x" * 70}, "64 characters"),
    ("POST", "/api/v1/profiles/me/food", {"text": "egg \x00 toast"}, "NUL"),
    ("POST", "/api/v1/profiles/me/medications", {"name": "ramipril\x00"}, "NUL"),
    ("POST", "/api/v1/profiles/me/labs", b'{"name": "ck", "value": 1e400, "unit": "U/L"}', "1e400"),
    ("POST", "/api/v1/profiles/me/weights", b'{"kg": 1e999}', "1e999"),
    (
        "POST",
        "/api/v1/profiles",
        b'{"name": "x", "age": 40, "sex": "male", "n": 1' + b"0" * 30 + b"}",
        "integer",
    ),
]


@pytest.mark.parametrize(("method", "path", "body", "says"), LOCAL_500S)
def test_former_500s_are_clear_4xx(
    me: TestClient, method: str, path: str, body: Any, says: str
) -> None:
    r = _send(me, method, path, body)
    assert r.status_code == 422, r.text
    assert says in r.json()["error"]["message"]


# (method, path, body, what the error message says) in server mode, signed in or not
SERVER_500S: list[tuple[str, str, Any, str]] = [
    ("POST", "/api/v1/auth/login", {"username": "a\x00b", "password": PASSWORD}, "NUL"),
    ("POST", "/api/v1/auth/register", {"username": "a\x00b", "password": PASSWORD}, "NUL"),
    ("POST", "/api/v1/auth/tokens", {"name": "laptop\x00"}, "NUL"),
    ("DELETE", "/api/v1/auth/tokens/2147483648", None, "less than"),
    ("DELETE", "/api/v1/profiles/me/weights/9223372036854775808", None, "less than"),
    ("POST", "/api/v1/profiles/me/fluids", {"amount": "2 cups " + "y" * 80}, "64 characters"),
]


@pytest.mark.parametrize(("method", "path", "body", "says"), SERVER_500S)
def test_former_500s_in_server_mode_are_clear_4xx(
    alice: TestClient, method: str, path: str, body: Any, says: str
) -> None:
    r = _send(alice, method, path, body)
    assert r.status_code == 422, r.text
    assert says in r.json()["error"]["message"]


def _csrf(c: TestClient, page: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', c.get(page).text)
    assert found is not None
    return found.group(1)


@pytest.mark.parametrize(
    ("form_page", "form"),
    [
        ("/login", {"username": "bob\x00", "password": PASSWORD, "action": "login"}),
        ("/account", {"name": "phone\x00"}),
    ],
)
def test_nul_in_a_page_form_is_422(alice: TestClient, form_page: str, form: dict[str, str]) -> None:
    target = "/login" if form_page == "/login" else "/account/tokens"
    r = alice.post(target, data={**form, "csrf_token": _csrf(alice, form_page)})
    assert r.status_code == 422
    assert "NUL" in r.text


@pytest.mark.parametrize("month", ["9999-12", "0001-01", "1899-12", "2201-01"])
def test_diary_page_refuses_months_out_of_range(me: TestClient, month: str) -> None:
    r = me.get("/diary", params={"month": month}, headers={"accept": "text/html"})
    assert r.status_code == 422
    assert "between 1900 and 2200" in r.text


def test_diary_page_still_shows_a_real_month(me: TestClient) -> None:
    assert me.get("/diary", params={"month": "2026-02"}).status_code == 200


def test_delete_page_refuses_huge_ids(me: TestClient) -> None:
    form = {"profile": "me", "csrf_token": _csrf(me, "/diary")}
    r = me.post("/diary/delete/food/1180591620717411303424", data=form)
    assert r.status_code == 422


# --- quantities that were silently replaced by a default portion ---------------------------

# (diary text, why it is not counted)
IMPOSSIBLE_FOOD = [
    ("1e308 g banana", "not plausible"),
    ("1/0 cup milk", "not a number"),
    ("-3 bananas", "negative"),
    ("banana (1e308 g)", "not plausible"),
]


@pytest.mark.parametrize(("phrase", "why"), IMPOSSIBLE_FOOD)
def test_impossible_food_amounts_are_flagged_not_defaulted(
    me: TestClient, phrase: str, why: str
) -> None:
    doc = me.post("/api/v1/intake", json={"text": f"{phrase}, 2 eggs"}).json()
    flagged, eggs = doc["items"]
    assert flagged["text"] == phrase
    assert flagged["grams"] is None
    assert flagged["food_id"] is None
    assert not flagged["counted"]
    assert any(why in w for w in flagged["warnings"])
    assert phrase in doc["unparsed"]
    assert eggs["grams"] == pytest.approx(100, abs=1)  # the rest of the diary is still read


def test_absurd_grams_are_left_out_of_the_totals(me: TestClient) -> None:
    doc = me.post("/api/v1/intake", json={"text": "1e5 g banana"}).json()
    [item] = doc["items"]
    assert not item["counted"]
    assert "not a plausible amount" in item["warnings"][0]
    assert doc["totals"]["potassium_mg"] is None


@pytest.mark.parametrize(
    ("amount", "says"),
    [
        ("1e308 l", "not plausible"),
        ("1e400 ml", "not plausible"),
        ("1/0 cup", "not a number"),
        ("-3 ml", "more than zero"),
        ("−3 cups tea", "more than zero"),
        ("20 l", "not plausible"),
    ],
)
def test_impossible_fluid_amounts_are_refused(me: TestClient, amount: str, says: str) -> None:
    r = me.post("/api/v1/profiles/me/fluids", json={"amount": amount})
    assert r.status_code == 422, r.text
    assert says in r.json()["error"]["message"]


@pytest.mark.parametrize(
    ("amount", "ml", "kind"),
    [("1/2 cup tea", 118.294, "tea"), ("1 1/2 l", 1500, "water"), ("1.5e2 ml milk", 150, "milk")],
)
def test_fluid_fractions_and_exponents_are_read(
    me: TestClient, amount: str, ml: float, kind: str
) -> None:
    r = me.post("/api/v1/profiles/me/fluids", json={"amount": amount})
    assert r.status_code == 201, r.text
    assert (r.json()["millilitres"], r.json()["kind"]) == (pytest.approx(ml), kind)


# --- the report with a medicine whose name is matplotlib mathtext ---------------------------


@pytest.mark.parametrize("fmt", ["html", "pdf"])
def test_mathtext_medicine_name_does_not_break_the_report(me: TestClient, fmt: str) -> None:
    if fmt == "pdf":
        pytest.importorskip("weasyprint")
    started = (date.today() - timedelta(days=3)).isoformat()
    medicine = {"name": "$\\foo$ 5 mg", "started": started}
    assert me.post("/api/v1/profiles/me/medications", json=medicine).status_code == 201
    assert me.post("/api/v1/profiles/me/cramps", json={"severity": 6}).status_code == 201
    r = me.get("/api/v1/profiles/me/report", params={"format": fmt})
    assert r.status_code == 200, r.text[:300]
    if fmt == "html":
        assert "$\\foo$ started" in r.text  # the chart's marker label, drawn as plain text


# --- logs: nothing people write reaches them ------------------------------------------------

HOSTILE = "SECRET-DIARY-TEXT rosuvastatin and a panic attack"


def test_a_failing_request_logs_neither_body_nor_parameters(
    db_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    with local_client(create_app(WebSettings(database_url=db_url))) as c:
        body = {"name": "Private Person", "age": 40, "sex": "female"}
        assert c.post("/api/v1/profiles", json=body).status_code == 201
        engine = create_engine(db_url)
        with engine.begin() as connection:  # the schema changed under the running app
            connection.execute(text("ALTER TABLE food_entries RENAME COLUMN text TO gone"))
        engine.dispose()
        with caplog.at_level(logging.DEBUG):
            r = c.post("/api/v1/profiles/Private Person/food", json={"text": HOSTILE})
    assert r.status_code >= 500
    assert HOSTILE not in r.text
    failures = [rec for rec in caplog.records if rec.name == "crampcheck.web"]
    assert failures, "the failure is logged"
    assert failures[0].__dict__["route"] == "/api/v1/profiles/{name}/food"
    assert failures[0].__dict__["error_class"] in ("StorageError", "ProgrammingError")
    for record in caplog.records:
        logged = record.getMessage() + str(record.exc_info or "") + str(record.args)
        assert "SECRET" not in logged
        assert "Private Person" not in logged
        assert "INSERT" not in logged  # no SQL (it would carry the parameters)


def test_a_live_server_keeps_the_connection_and_its_log_clean(db_url: str, tmp_path: Path) -> None:
    """uvicorn as ``crampcheck serve`` runs it: the failure leaves no trace of what was sent."""
    port = free_port()
    env = {**os.environ, "CRAMPCHECK_WEB_MODE": "local", "CRAMPCHECK_DATABASE_URL": db_url}
    env["PYTHONPATH"] = str(STATIC.parents[2])
    cmd = [sys.executable, "-m", "uvicorn", "crampcheck.web.app:app_from_env", "--factory"]
    cmd += ["--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"]
    log_file = tmp_path / "server.log"
    with log_file.open("wb") as log:
        server = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        _wait_until_up(conn)
        profile = json.dumps({"name": "Private Person", "age": 40, "sex": "female"})
        assert _call(conn, "POST", "/api/v1/profiles", profile) == 201
        engine = create_engine(db_url)
        with engine.begin() as connection:
            connection.execute(text("ALTER TABLE food_entries RENAME COLUMN text TO gone"))
        engine.dispose()
        before = conn.sock.getsockname() if conn.sock else None
        path = "/api/v1/profiles/Private%20Person/food"
        assert _call(conn, "POST", path, json.dumps({"text": HOSTILE})) >= 500
        assert _call(conn, "GET", "/api/v1/profiles") == 200  # the same connection still works
        assert conn.sock is not None
        assert conn.sock.getsockname() == before
    finally:
        conn.close()
        server.terminate()
        server.wait(timeout=10)
    logged = log_file.read_text(encoding="utf-8", errors="replace")
    assert "request failed: POST /api/v1/profiles/{name}/food" in logged
    assert "SECRET" not in logged
    assert "Private" not in logged
    assert "Traceback" not in logged


def _call(conn: http.client.HTTPConnection, method: str, path: str, body: str | None = None) -> int:
    conn.request(method, path, body=body, headers=JSON if body else {})
    response = conn.getresponse()
    response.read()
    return response.status


def _wait_until_up(conn: http.client.HTTPConnection) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if _call(conn, "GET", "/healthz") == 200:
                return
        except OSError:
            conn.close()
            time.sleep(0.1)
    raise RuntimeError("the server did not start")


# --- headers: caching, CSP, vendored Swagger UI ---------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/diary",
        "/docs",
        "/docs/swagger",
        "/openapi.json",
        "/api/v1/profiles",
        "/api/v1/profiles/me/food",
        "/api/v1/profiles/me/diary",
        "/api/v1/profiles/me/report",
        "/api/v1/export",
        "/api/v1/export?format=csv",
        "/api/v1/profiles/nobody",
    ],
)
def test_personal_answers_are_not_stored(me: TestClient, path: str) -> None:
    r = me.get(path)
    assert r.headers["cache-control"] == "no-store", (path, r.status_code)


@pytest.mark.parametrize("path", ["/static/app.css", "/static/swagger/swagger-ui-bundle.js"])
def test_static_files_may_be_cached(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200
    assert "no-store" not in r.headers.get("cache-control", "")
    assert "etag" in r.headers


def test_swagger_ui_is_served_locally_under_the_strict_csp(client: TestClient) -> None:
    r = client.get("/docs/swagger")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    scripts = re.findall(r'<script[^>]*src="([^"]+)"', r.text)
    assert scripts == ["/static/swagger/swagger-ui-bundle.js", "/static/swagger-init.js"]
    assert "<script>" not in r.text  # no inline script (the CSP would block it)
    for src in scripts:
        assert client.get(src).status_code == 200


def test_vendored_files_match_their_recorded_hashes() -> None:
    table = (STATIC / "VENDORED.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([^`]+)` \|.*\| `([0-9a-f]{64})` \|$", table, re.MULTILINE)
    assert {name for name, _ in rows} >= {"htmx.min.js", "swagger/swagger-ui-bundle.js"}
    for name, digest in rows:
        assert hashlib.sha256((STATIC / name).read_bytes()).hexdigest() == digest, name


# --- the OpenAPI document describes the error body that is really sent ----------------------


def test_openapi_documents_the_real_error_body_for_every_error_status(me: TestClient) -> None:
    from crampcheck.web.api_models import ErrorOut

    spec = me.get("/openapi.json").json()
    assert "HTTPValidationError" not in spec["components"]["schemas"]
    operations = [op for methods in spec["paths"].values() for op in methods.values()]
    assert len(operations) > 40
    for op in operations:
        errors = {int(s): r for s, r in op["responses"].items() if int(s) >= 400}
        assert {404, 422} <= set(errors), op["summary"]
        for response in errors.values():
            schema = response["content"]["application/json"]["schema"]
            assert schema == {"$ref": "#/components/schemas/ErrorOut"}
    for r in (me.get("/api/v1/profiles/me/food/0"), me.post("/api/v1/intake", json={})):
        assert r.status_code == 422
        ErrorOut.model_validate(r.json())
        assert "detail" not in r.json()
