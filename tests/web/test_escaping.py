"""Every template escapes what people type: hostile values in every field, every page rendered.

Hostile text is stored through the REST API (profile names, food text, cramp locations, drink
kinds, medicine and lab names, token names) and sent in query strings and forms, then every
page, fragment and the report are requested. The test records which template files the real
environment loaded and fails unless every one of them was rendered with hostile values.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jinja2
import pytest
from fastapi.testclient import TestClient

from crampcheck.web.app import create_app
from crampcheck.web.context import HERE, make_environment
from crampcheck.web.settings import WebSettings
from tests.web.conftest import PASSWORD, local_client

ATTRIBUTE = '"><div hx-post="/diary/profile/edit" hx-trigger="load">pwn</div>'
SCRIPT = "<script>alert(1)</script>"
SINGLE = "' onmouseover='alert(1)"
TEMPLATE = "{{7*7}}"
HOSTILE = [ATTRIBUTE, SCRIPT, SINGLE]
RAW_MARKERS = ["<div hx-post=", "<script>alert", "onmouseover='", "pwn</div>"]
"""What must never appear raw in any page: the payloads' markup, unescaped."""

TEMPLATES = sorted(p.name for p in (HERE / "templates").glob("*.j2"))
SAFE_ALLOWED = {("assess.html.j2", "attrs")}
"""``|safe`` is allowed only on values the templates themselves write (never user text)."""


class RecordingLoader(jinja2.FileSystemLoader):
    """The real template folder, remembering which templates were loaded."""

    def __init__(self) -> None:
        super().__init__(str(HERE / "templates"))
        self.loaded: set[str] = set()

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        self.loaded.add(template)
        return super().get_source(environment, template)


def recording(app: Any) -> RecordingLoader:
    loader = RecordingLoader()
    env = app.state.templates.env
    env.loader = loader
    env.cache = None  # every render goes to the loader
    return loader


def assert_escaped(body: str, where: str) -> None:
    for marker in RAW_MARKERS:
        assert marker not in body, f"{where}: raw {marker!r} in the page"


@pytest.mark.parametrize("name", TEMPLATES)
def test_every_template_autoescapes(name: str) -> None:
    env = make_environment()
    assert env.autoescape is not False
    assert callable(env.autoescape)
    assert env.autoescape(name) is True
    rendered = env.from_string("{{ value }}").render(value=SCRIPT)
    assert "&lt;script&gt;" in rendered


@pytest.mark.parametrize("name", TEMPLATES)
def test_no_safe_filter_on_user_text(name: str) -> None:
    source = (HERE / "templates" / name).read_text(encoding="utf-8")
    for match in re.finditer(r"\{\{\s*([\w.]+)\s*\|\s*safe", source):
        assert (name, match.group(1)) in SAFE_ALLOWED, f"{name}: |safe on {match.group(1)}"


def _store_hostile_diary(c: TestClient, profile: str) -> None:
    assert c.post("/api/v1/profiles", json={"name": profile, "age": 50, "sex": "female"}).is_success
    for text in [*HOSTILE, TEMPLATE]:
        entries: dict[str, dict[str, Any]] = {
            "food": {"text": f"a banana, {text}", "at": "2026-11-20T08:00:00+00:00"},
            "fluids": {"amount": "250 ml", "kind": text[:60], "at": "2026-11-20T09:00:00+00:00"},
            "cramps": {"severity": 5, "location": text, "at": "2026-11-21T03:00:00+00:00"},
            "medications": {"name": f"{text} 5 mg", "started": "2026-10-01"},
            "labs": {"name": text[:60], "value": 0.8, "unit": "mmol/L", "taken_on": "2026-11-01"},
            "weights": {"kg": 70, "notes": text, "at": "2026-11-20T07:00:00+00:00"},
        }
        for kind, body in entries.items():
            r = c.post(f"/api/v1/profiles/{profile}/{kind}", json=body)
            assert r.status_code in (201, 422), (kind, r.text)


def _visit_pages(c: TestClient, profile: str, csrf: str) -> Iterator[tuple[str, str]]:
    """(where, body) for every page and fragment, with hostile input where people type."""
    for text in [*HOSTILE, TEMPLATE]:
        yield "foods?q", c.get("/foods", params={"q": text}).text
        yield "foods?nutrient", c.get("/foods", params={"nutrient": text}).text
        yield (
            "foods fragment",
            c.get(
                "/foods",
                params={"q": text},
                headers={"hx-request": "1", "hx-target": "food-results"},
            ).text,
        )
        yield "404", c.get(f"/{text}", headers={"accept": "text/html"}).text
        yield "404 htmx", c.get(f"/x{text}", headers={"hx-request": "1"}).text
        form = {"csrf_token": csrf, "text": f'a 12" pizza, {text}', "age": "50", "sex": "female"}
        yield "check", c.post("/check", data=form).text
        yield "check fragment", c.post("/check", data=form, headers={"hx-request": "1"}).text
        yield "check error", c.post("/check", data={**form, "age": text}).text
        yield "suggest", c.post("/suggest", data=form, headers={"hx-request": "1"}).text
        assess = {"csrf_token": csrf, "age": "50", "sex": "female", "description": text}
        assess |= {"symptoms": text, "medications": text, "location": text, "diary": text}
        yield "assess", c.post("/assess", data=assess).text
        yield "assess fragment", c.post("/assess", data=assess, headers={"hx-request": "1"}).text
        yield "assess error", c.post("/assess", data={**assess, "age": text}).text
        log = {"csrf_token": csrf, "profile": profile, "text": text, "location": text}
        yield "diary log error", c.post("/diary/log/labs", data={**log, "value": text}).text
        mine = {"csrf_token": csrf, "profile": profile, "name": text, "energy_kcal": "1"}
        yield "my foods add", c.post("/my-foods/add", data=mine).text
        yield "my foods error", c.post("/my-foods/add", data={**mine, "magnesium_mg": text}).text
        recipe = {"csrf_token": csrf, "profile": profile, "name": text, "text": text}
        yield "my foods recipe", c.post("/my-foods/recipe", data=recipe).text
    yield "diary", c.get("/diary", params={"profile": profile, "month": "2026-11"}).text
    for day in ("2026-11-20", "2026-11-21", "2026-11-01", "2026-10-01"):
        yield "day view", c.get("/diary/day", params={"profile": profile, "date": day}).text
    cramps = c.get(f"/api/v1/profiles/{profile}/cramps").json()
    for text in HOSTILE:
        edit = {"csrf_token": csrf, "profile": profile, "date": "2026-11-21", "severity": text}
        yield "day edit error", c.post(f"/diary/edit/cramps/{cramps[0]['id']}", data=edit).text
    yield "my foods", c.get("/my-foods", params={"profile": profile}).text
    yield "assess page", c.get("/assess").text
    yield "index", c.get("/").text
    yield "api docs", c.get("/docs").text
    yield "swagger", c.get("/docs/swagger").text
    yield "report", c.get(f"/api/v1/profiles/{profile}/report").text


def test_local_pages_escape_everything(client: TestClient) -> None:
    loader = recording(client.app)
    profile = "O'Brien-2"
    _store_hostile_diary(client, profile)
    csrf = _csrf(client)
    seen = 0
    for where, body in _visit_pages(client, profile, csrf):
        assert_escaped(body, where)
        seen += 1
    diary = client.get("/diary", params={"profile": profile, "month": "2026-11"}).text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in diary  # stored text shown, escaped
    assert "O&#39;Brien-2" in diary
    assert client.get("/api/v1/profiles").json()[0]["name"] == profile  # nothing was deleted
    missing = set(TEMPLATES) - loader.loaded - {"account.html.j2", "login.html.j2"}
    assert not missing, f"templates never rendered with hostile values: {missing}"
    assert seen > 50


def test_server_pages_escape_everything(db_url: str) -> None:
    app = create_app(WebSettings(mode="server", database_url=db_url))
    loader = recording(app)
    with TestClient(app) as c:
        page_csrf = _csrf(c, "/login")
        for text in HOSTILE:
            form = {"username": text, "password": text, "csrf_token": page_csrf}
            r = c.post("/login", data={**form, "action": "register"})
            assert r.status_code == 422
            assert_escaped(r.text, "register error")
            assert_escaped(c.post("/login", data=form).text, "login error")
        body = {"username": "ann", "password": PASSWORD}
        assert c.post("/api/v1/auth/register", json=body).status_code == 201
        r = c.post("/api/v1/auth/login", json=body)
        csrf = r.json()["csrf_token"]
        c.headers["X-CSRF-Token"] = csrf
        for text in HOSTILE:
            assert c.post("/api/v1/auth/tokens", json={"name": text[:64]}).status_code == 201
        assert_escaped(c.get("/account").text, "account")
        r = c.post("/account/password", data={"csrf_token": csrf, "current_password": SCRIPT})
        assert_escaped(r.text, "password error")
    assert {"account.html.j2", "login.html.j2"} <= loader.loaded


def _csrf(c: TestClient, path: str = "/") -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', c.get(path).text)
    assert match
    return match.group(1)


def test_report_template_escapes(client: TestClient) -> None:
    _store_hostile_diary(client, "ann")
    html = client.get("/api/v1/profiles/ann/report").text
    assert_escaped(html, "report")
    assert "&lt;script&gt;" in html


def test_template_folder_is_the_one_checked() -> None:
    assert Path(HERE / "templates").is_dir()
    assert len(TEMPLATES) >= 14
    _ = local_client  # the loopback client every local-mode test uses


def test_redirects_encode_profile_names(client: TestClient) -> None:
    csrf = _csrf(client)
    form = {"csrf_token": csrf, "name": "Mary O'Neil", "age": "40", "sex": "female"}
    r = client.post("/diary/profile", data=form, follow_redirects=False)
    assert r.status_code == 303
    assert r.headers["location"] == "/diary?profile=Mary+O%27Neil"
    log = {"csrf_token": csrf, "profile": "Mary O'Neil", "severity": "4"}
    r = client.post("/diary/log/cramps", data=log, follow_redirects=False)
    assert r.headers["location"].startswith("/diary?profile=Mary+O%27Neil&logged=cramps-")
