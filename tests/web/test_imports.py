"""Imports over REST and the diary page's upload form, in local and server mode."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.imports.apple_health_gen import write_file
from tests.imports.conftest import (
    APPLE_HEALTH,
    CRONOMETER,
    FHIR_BUNDLE,
    FHIR_OBSERVATION,
    MYFITNESSPAL,
)
from tests.web.test_pages import csrf

PROFILE = {"name": "me", "age": 58, "sex": "female"}
FILES = {  # file → entries stored by the first import
    CRONOMETER: 5,
    MYFITNESSPAL: 4,
    APPLE_HEALTH: 4,
    FHIR_BUNDLE: 8,
    FHIR_OBSERVATION: 1,
}


@pytest.fixture
def me(client: TestClient) -> TestClient:
    assert client.post("/api/v1/profiles", json=PROFILE).status_code == 201
    return client


def _count(client: TestClient) -> int:
    view = client.get("/api/v1/profiles/me/diary").json()
    return sum(len(view[k]) for k in ("food", "fluids", "labs"))


@pytest.mark.parametrize("path", list(FILES), ids=lambda p: p.name)
def test_rest_import_twice(me: TestClient, path: Path) -> None:
    r = me.post("/api/v1/profiles/me/import", content=path.read_bytes())
    assert r.status_code == 200, r.text
    assert r.json()["imported"] == FILES[path]
    assert r.json()["profile"] == "me"
    assert _count(me) == FILES[path]
    again = me.post("/api/v1/profiles/me/import", content=path.read_bytes()).json()
    assert again["imported"] == 0
    assert again["already_imported"] > 0
    assert _count(me) == FILES[path]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"Date,Payee,Amount\n2026-03-01,Rent,-900\n", "is not a Cronometer"),
        (CRONOMETER.read_bytes()[:1900], "cut short"),
        (CRONOMETER.read_bytes().decode().encode("latin-1"), "not UTF-8"),
        (b"", "is not a Cronometer"),
    ],
    ids=["other-csv", "truncated", "latin-1", "empty"],
)
def test_rest_bad_files_are_422_and_store_nothing(
    me: TestClient, data: bytes, message: str
) -> None:
    r = me.post("/api/v1/profiles/me/import", content=data)
    assert r.status_code == 422
    assert message in r.json()["error"]["message"]
    assert _count(me) == 0


def test_rest_unknown_profile_is_404(me: TestClient) -> None:
    r = me.post("/api/v1/profiles/nobody/import", content=FHIR_OBSERVATION.read_bytes())
    assert r.status_code == 404


def test_large_apple_health_upload_in_local_mode(me: TestClient, tmp_path: Path) -> None:
    path = tmp_path / "export.xml"
    written = write_file(path, 600_000)  # over the 256 KB limit of other requests
    with path.open("rb") as stream:
        r = me.post("/api/v1/profiles/me/import", content=stream)
    assert r.status_code == 200, r.text
    assert r.json()["added"] == {"food": written.meals, "fluids": written.drinks, "labs": 0}
    assert me.post("/api/v1/intake", content=b"x" * 300_000).status_code == 413


def test_server_mode_keeps_the_limit_and_isolation(
    make_user: Callable[[str], TestClient], tmp_path: Path
) -> None:
    ann, bob = make_user("ann"), make_user("bob")
    for c in (ann, bob):
        assert c.post("/api/v1/profiles", json=PROFILE).status_code == 201
    r = ann.post("/api/v1/profiles/me/import", content=FHIR_BUNDLE.read_bytes())
    assert r.status_code == 200, r.text
    assert r.json()["profile"] == "me"
    assert len(ann.get("/api/v1/profiles/me/labs").json()) == 8
    assert bob.get("/api/v1/profiles/me/labs").json() == []
    # bob's copy of the same file is his own (keys are per profile)
    assert (
        bob.post("/api/v1/profiles/me/import", content=FHIR_BUNDLE.read_bytes()).json()["imported"]
        == 8
    )
    path = tmp_path / "export.xml"
    write_file(path, 600_000)
    r = ann.post("/api/v1/profiles/me/import", content=path.read_bytes())
    assert r.status_code == 413


def test_upload_form(me: TestClient) -> None:
    page = me.get("/diary?profile=me").text
    assert 'action="/diary/import" enctype="multipart/form-data"' in page
    token = csrf(me, "/diary?profile=me")
    files = {"file": ("servings.csv", CRONOMETER.read_bytes(), "text/csv")}
    r = me.post("/diary/import", data={"csrf_token": token, "profile": "me"}, files=files)
    assert r.status_code == 200
    assert "Cronometer servings export: read 6 record(s)." in r.text
    assert "Stored 5 food entries" in r.text
    assert "Skipped 1: no nutrient values (e.g. line 7)." in r.text
    r = me.post("/diary/import", data={"csrf_token": token, "profile": "me"}, files=files)
    assert "Stored 0 food entries" in r.text
    assert _count(me) == 5
    day = next(e for e in me.get("/api/v1/profiles/me/food").json() if "Orange" in e["text"])
    page = me.get(f"/diary/day?profile=me&date={day['at'][:10]}").text
    assert "Orange, Raw, 2.00 medium (2-2/3&#34; dia) <small>(from Cronometer)</small>" in page


def test_trends_say_where_food_came_from(me: TestClient) -> None:
    assert me.post("/api/v1/profiles/me/food", json={"text": "a banana"}).status_code == 201
    assert me.post("/api/v1/profiles/me/import", content=CRONOMETER.read_bytes()).is_success
    trends = me.get("/api/v1/profiles/me/trends?from=2026-03-01").json()
    assert trends["food_sources"] == [
        {"source": "crampcheck", "entries": 1},
        {"source": "Cronometer", "entries": 5},
    ]
    assert trends["days_with_food"] == 3


def test_large_upload_through_the_form(me: TestClient, tmp_path: Path) -> None:
    path = tmp_path / "export.xml"
    written = write_file(path, 3_000_000)
    token = csrf(me, "/diary?profile=me")
    files = {"file": ("export.xml", path.read_bytes(), "application/xml")}
    r = me.post("/diary/import", data={"csrf_token": token, "profile": "me"}, files=files)
    assert r.status_code == 200, r.text[:300]
    assert f"Stored {written.meals} food entries, {written.drinks} drinks" in r.text


def test_upload_form_errors_are_shown(me: TestClient) -> None:
    token = csrf(me, "/diary?profile=me")
    bad = {"file": ("x.csv", b"a,b\n1,2\n", "text/csv")}
    r = me.post("/diary/import", data={"csrf_token": token, "profile": "me"}, files=bad)
    assert r.status_code == 422
    assert re.search(r'role="alert".*is not a Cronometer', r.text, re.S)
    r = me.post("/diary/import", data={"csrf_token": token, "profile": "me"})
    assert r.status_code == 422
    assert "choose a file" in r.text
    r = me.post("/diary/import", data={"profile": "me"}, files=bad)
    assert r.status_code == 403  # no CSRF token


def test_hostile_food_names_are_escaped(me: TestClient) -> None:
    data = CRONOMETER.read_bytes().replace(b'"Banana, Raw"', b'"<script>alert(1)</script>"')
    assert me.post("/api/v1/profiles/me/import", content=data).status_code == 200
    day = next(e for e in me.get("/api/v1/profiles/me/food").json() if "script" in e["text"])
    page = me.get(f"/diary/day?profile=me&date={day['at'][:10]}").text
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_rest_report_as_fhir(me: TestClient) -> None:
    bundle_type = pytest.importorskip("fhir.resources.R4B.bundle").Bundle
    assert me.post("/api/v1/profiles/me/import", content=FHIR_BUNDLE.read_bytes()).is_success
    r = me.get("/api/v1/profiles/me/report?format=fhir&from=2026-03-01&to=2026-03-20")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/fhir+json")
    bundle = bundle_type.model_validate_json(r.content)
    labs = [
        e.resource
        for e in bundle.entry
        if e.resource.get_resource_type() == "Observation"
        and e.resource.code.coding
        and e.resource.code.coding[0].system == "http://loinc.org"
    ]
    assert len(labs) == 8
