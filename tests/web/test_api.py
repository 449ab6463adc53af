"""REST API: every endpoint, its contract shape, and bad input that must never give a 500."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

PROFILE = {"age": 40, "sex": "female"}


def error_message(response: Any) -> str:
    body = response.json()
    assert set(body) == {"error"}
    assert isinstance(body["error"]["message"], str)
    assert body["error"]["message"]
    return str(body["error"]["message"])


# --- analysis -----------------------------------------------------------------------------------


def test_foods_search_is_one_entry_of_the_cli_list(client: TestClient) -> None:
    r = client.get("/api/v1/foods/search", params={"q": "banana", "limit": 3})
    assert r.status_code == 200
    body = r.json()
    assert body["query"] == "banana"
    assert len(body["results"]) == 3
    assert body["results"][0] == {
        "food_id": "09040",
        "name": "Bananas, raw",
        "score": 1.0,
        "source": "sr24",
    }


def test_foods_top(client: TestClient) -> None:
    r = client.get("/api/v1/foods/top", params={"nutrient": "magnesium", "per": "portion"})
    assert r.status_code == 200
    body = r.json()
    assert body["nutrient"] == "magnesium_mg"
    assert body["per"] == "portion"
    values = [row["per_portion"] for row in body["results"]]
    assert values == sorted(values, reverse=True)


def test_intake_matches_the_cli_shape(client: TestClient) -> None:
    r = client.post("/api/v1/intake", json={"text": "a medium banana", "profile": PROFILE})
    assert r.status_code == 200
    body = r.json()
    assert {"items", "totals", "coverage", "targets", "unparsed"} <= set(body)
    assert body["items"][0]["food_id"] == "09040"
    assert round(body["items"][0]["grams"]) == 118
    assert body["targets"]["magnesium_mg"]["percent"] > 0


def test_intake_without_profile_has_no_targets(client: TestClient) -> None:
    body = client.post("/api/v1/intake", json={"text": "2 eggs"}).json()
    assert "targets" not in body


def test_intake_exact_reference(client: TestClient) -> None:
    body = client.post("/api/v1/intake", json={"text": "118 g [09040]"}).json()
    assert body["items"][0]["food_id"] == "09040"
    assert body["items"][0]["grams"] == 118


def test_assess_emergency(client: TestClient) -> None:
    case = {
        "profile": {"age": 50, "sex": "male"},
        "symptoms": ["calf_swelling_one_side", "warm red calf"],
        "cramps": {"location": "left calf", "duration_minutes": 1440},
    }
    r = client.post("/api/v1/assess", json=case)
    assert r.status_code == 200
    body = r.json()
    assert body["triage"] == "emergency"
    assert any(f["id"] == "dvt_suspected" for f in body["factors"])
    assert body["disclaimer"]


def test_assess_returns_the_cited_guidance_for_the_locale(client: TestClient) -> None:
    case = {"profile": {"age": 30, "sex": "female"}, "symptoms": ["collapsed"], "locale": "en-GB"}
    body = client.post("/api/v1/assess", json=case).json()
    assert body["guidance"]["level"] == "emergency"
    assert body["guidance"]["citations"]
    assert "999" in body["now"]
    bad = client.post("/api/v1/assess", json={**case, "locale": "<script>alert(1)</script>"})
    assert bad.status_code == 422
    assert "<script>" not in bad.text


def test_assess_with_diary_includes_intake(client: TestClient) -> None:
    case = {"profile": PROFILE, "diary": "toast with butter and a ham sandwich"}
    body = client.post("/api/v1/assess", json=case).json()
    assert body["triage"] in {"emergency", "doctor_soon", "doctor_routine", "self_care"}
    assert "items" in body["intake"]


def test_suggest(client: TestClient) -> None:
    body = {"text": "toast with butter", "profile": PROFILE, "constraints": {"diet": "vegan"}}
    r = client.post("/api/v1/suggest", json=body)
    assert r.status_code == 200
    doc = r.json()
    assert {"suggestions", "before", "after", "remaining_gaps", "notes"} <= set(doc)
    assert doc["suggestions"]


# --- bad input ----------------------------------------------------------------------------------

BAD_REQUESTS = [
    ("get", "/api/v1/foods/search", {"params": {"q": ""}}, 422),
    ("get", "/api/v1/foods/search", {"params": {"q": "x" * 500}}, 422),
    ("get", "/api/v1/foods/search", {"params": {"q": "banana", "limit": 0}}, 422),
    ("get", "/api/v1/foods/search", {"params": {"q": "banana", "limit": "many"}}, 422),
    ("get", "/api/v1/foods/search", {}, 422),
    ("get", "/api/v1/foods/top", {"params": {"nutrient": "unobtainium"}}, 404),
    ("get", "/api/v1/foods/top", {"params": {"nutrient": "magnesium", "per": "cup"}}, 422),
    ("post", "/api/v1/intake", {"json": {"text": ""}}, 422),
    ("post", "/api/v1/intake", {"json": {"text": "   "}}, 422),
    ("post", "/api/v1/intake", {"json": {"text": 42}}, 422),
    ("post", "/api/v1/intake", {"json": {}}, 422),
    (
        "post",
        "/api/v1/intake",
        {"json": {"text": "egg", "profile": {"age": 7, "sex": "male"}}},
        422,
    ),
    ("post", "/api/v1/intake", {"json": {"text": "egg", "profile": {"age": 30, "sex": "x"}}}, 422),
    (
        "post",
        "/api/v1/intake",
        {"json": {"text": "egg", "profile": {"age": 30, "sex": "male", "pregnant": True}}},
        422,
    ),
    ("post", "/api/v1/intake", {"json": {"text": "egg", "extra": 1}}, 422),
    (
        "post",
        "/api/v1/intake",
        {"content": b"{not json", "headers": {"content-type": "application/json"}},
        422,
    ),
    (
        "post",
        "/api/v1/intake",
        {"content": b"\x00\xff\xfe", "headers": {"content-type": "application/json"}},
        400,
    ),
    ("post", "/api/v1/intake", {"json": {"text": "a\x00b"}}, 422),
    ("post", "/api/v1/assess", {"json": [1, 2]}, 422),
    ("post", "/api/v1/assess", {"json": {}}, 422),
    ("post", "/api/v1/assess", {"json": {"profile": {"age": "old", "sex": "female"}}}, 422),
    ("post", "/api/v1/assess", {"json": {"profile": {"age": 40, "sex": "female"}, "labs": 5}}, 422),
    ("post", "/api/v1/suggest", {"json": {"text": "egg"}}, 422),
    (
        "post",
        "/api/v1/suggest",
        {"json": {"text": "egg", "profile": PROFILE, "constraints": {"diet": "keto"}}},
        422,
    ),
    ("post", "/api/v1/suggest", {"json": {"text": "", "profile": PROFILE}}, 422),
    ("get", "/api/v1/nothing-here", {}, 404),
    ("delete", "/api/v1/foods/search", {}, 405),
]


@pytest.mark.parametrize(("method", "path", "kwargs", "status"), BAD_REQUESTS)
def test_bad_input_is_a_4xx_with_a_message(
    client: TestClient, method: str, path: str, kwargs: dict[str, Any], status: int
) -> None:
    r = client.request(method.upper(), path, **kwargs)
    assert r.status_code == status, r.text
    error_message(r)


def test_request_too_large(client: TestClient) -> None:
    r = client.post("/api/v1/intake", json={"text": "egg " * 100_000})
    assert r.status_code == 413
    assert "too large" in error_message(r)


def test_too_large_without_content_length(client: TestClient) -> None:
    def chunks() -> Any:
        for _ in range(100):
            yield b"x" * 10_000

    r = client.post(
        "/api/v1/intake", content=chunks(), headers={"content-type": "application/json"}
    )
    assert r.status_code == 413


def test_validation_message_names_the_field(client: TestClient) -> None:
    r = client.post("/api/v1/intake", json={"profile": PROFILE})
    assert "text" in error_message(r)


# --- diary --------------------------------------------------------------------------------------

ENTRIES: dict[str, dict[str, Any]] = {
    "food": {"text": "porridge with milk and a banana", "at": "2026-11-20T08:00:00+01:00"},
    "fluids": {"amount": "500 ml", "at": "2026-11-20T09:00:00+01:00"},
    "cramps": {"severity": 7, "duration_min": 3, "location": "left calf", "at": "2026-11-20T03:00"},
    "medications": {"name": "omeprazole 20 mg", "started": "2025-01-01"},
    "labs": {"name": "magnesium", "value": 0.7, "unit": "mmol/L", "taken_on": "2026-11-01"},
    "weights": {"kg": 70.5, "at": "2026-11-20T07:00:00+01:00"},
}


@pytest.fixture
def with_profile(client: TestClient) -> TestClient:
    r = client.post("/api/v1/profiles", json={"name": "me", **PROFILE})
    assert r.status_code == 201
    return client


def test_profile_crud(client: TestClient) -> None:
    assert client.get("/api/v1/profiles").json() == []
    r = client.post("/api/v1/profiles", json={"name": "ann", "age": 58, "sex": "female"})
    assert r.status_code == 201
    assert r.json()["name"] == "ann"
    assert client.get("/api/v1/profiles/ann").json()["age"] == 58
    r = client.patch("/api/v1/profiles/ann", json={"age": 59})
    assert r.status_code == 200
    assert r.json()["age"] == 59
    assert client.post("/api/v1/profiles", json={"name": "ann", **PROFILE}).status_code == 422
    assert client.delete("/api/v1/profiles/ann").status_code == 204
    assert client.get("/api/v1/profiles/ann").status_code == 404
    assert client.get("/api/v1/profiles").json() == []


@pytest.mark.parametrize("kind", list(ENTRIES))
def test_entry_crud(with_profile: TestClient, kind: str) -> None:
    c = with_profile
    r = c.post(f"/api/v1/profiles/me/{kind}", json=ENTRIES[kind])
    assert r.status_code == 201, r.text
    entry_id = r.json()["id"]
    assert [e["id"] for e in c.get(f"/api/v1/profiles/me/{kind}").json()] == [entry_id]
    assert c.get(f"/api/v1/profiles/me/{kind}/{entry_id}").json()["id"] == entry_id
    assert c.delete(f"/api/v1/profiles/me/{kind}/{entry_id}").status_code == 204
    assert c.get(f"/api/v1/profiles/me/{kind}/{entry_id}").status_code == 404
    assert c.delete(f"/api/v1/profiles/me/{kind}/{entry_id}").status_code == 404


BAD_ENTRIES = [
    ("cramps", {"severity": 11}),
    ("cramps", {"severity": 5, "at": "tomorrow"}),
    ("cramps", {"severity": 5, "at": "2999-01-01T00:00:00+00:00"}),
    ("cramps", {}),
    ("fluids", {"amount": "lots"}),
    ("food", {"text": ""}),
    ("labs", {"name": "magnesium", "value": "low", "unit": "mmol/L"}),
    ("weights", {"kg": -3}),
    ("medications", {"name": "x", "started": "2026-02-01", "stopped": "2025-01-01"}),
]


@pytest.mark.parametrize(("kind", "body"), BAD_ENTRIES)
def test_bad_entries(with_profile: TestClient, kind: str, body: dict[str, Any]) -> None:
    r = with_profile.post(f"/api/v1/profiles/me/{kind}", json=body)
    assert 400 <= r.status_code < 500, r.text
    error_message(r)


def test_diary_trends_and_export(with_profile: TestClient) -> None:
    c = with_profile
    for kind, body in ENTRIES.items():
        assert c.post(f"/api/v1/profiles/me/{kind}", json=body).status_code == 201
    diary = c.get("/api/v1/profiles/me/diary", params={"from": "2026-11-01", "to": "2026-11-30"})
    assert diary.status_code == 200
    doc = diary.json()
    assert doc["profile"]["name"] == "me"
    assert len(doc["cramps"]) == 1
    assert len(doc["food"]) == 1
    trends = c.get("/api/v1/profiles/me/trends", params={"from": "2026-11-01", "to": "2026-11-28"})
    assert trends.status_code == 200
    assert trends.json()["days_with_cramps"] == 1
    export = c.get("/api/v1/export")
    assert export.json()["profiles"][0]["name"] == "me"
    assert len(export.json()["profiles"][0]["cramps"]) == 1
    csv = c.get("/api/v1/export", params={"format": "csv"})
    assert csv.headers["content-type"].startswith("text/csv")
    assert "left calf" in csv.text


def test_diary_bad_dates(with_profile: TestClient) -> None:
    c = with_profile
    r = c.get("/api/v1/profiles/me/diary", params={"from": "2026-11-30", "to": "2026-11-01"})
    assert r.status_code == 422
    assert c.get("/api/v1/profiles/me/diary", params={"from": "yesterday"}).status_code == 422


def test_fix_food_item(with_profile: TestClient) -> None:
    c = with_profile
    entry = c.post("/api/v1/profiles/me/food", json={"text": "a banana"}).json()
    r = c.patch(f"/api/v1/profiles/me/food/{entry['id']}/items/1", json={"grams": 150})
    assert r.status_code == 200, r.text
    assert r.json()["items"][0]["grams"] == 150
    bad = c.patch(f"/api/v1/profiles/me/food/{entry['id']}/items/9", json={"grams": 150})
    assert bad.status_code == 422


def test_unknown_profile_is_404(with_profile: TestClient) -> None:
    assert with_profile.get("/api/v1/profiles/nobody/cramps").status_code == 404


def test_no_profile_yet(client: TestClient) -> None:
    r = client.get("/api/v1/profiles/me/diary")
    assert r.status_code in (404, 422)
    error_message(r)


def test_auth_routes_absent_in_local_mode(client: TestClient) -> None:
    r = client.post("/api/v1/auth/register", json={"username": "ann", "password": "x" * 12})
    assert r.status_code == 404


def test_openapi_lists_every_endpoint(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in (
        "/api/v1/foods/search",
        "/api/v1/foods/top",
        "/api/v1/intake",
        "/api/v1/assess",
        "/api/v1/suggest",
        "/api/v1/profiles",
        "/api/v1/profiles/{name}/cramps/{entry_id}",
        "/api/v1/profiles/{name}/trends",
        "/api/v1/export",
    ):
        assert path in paths
    assert client.get("/docs").status_code == 200


def test_responses_match_their_documented_models(client: TestClient) -> None:
    from crampcheck.web.api_models import AssessOut, IntakeOut, SuggestOut

    intake = client.post("/api/v1/intake", json={"text": "2 eggs", "profile": PROFILE}).json()
    IntakeOut.model_validate(intake)
    case = {"profile": PROFILE, "diary": "toast and tea", "symptoms": ["tingling"]}
    AssessOut.model_validate(client.post("/api/v1/assess", json=case).json())
    body = {"text": "toast", "profile": PROFILE}
    SuggestOut.model_validate(client.post("/api/v1/suggest", json=body).json())
    schemas = client.get("/openapi.json").json()["components"]["schemas"]
    assert {"IntakeOut", "AssessOut", "SuggestOut", "ErrorOut"} <= set(schemas)


def test_report(with_profile: TestClient) -> None:
    c = with_profile
    for kind, body in ENTRIES.items():
        assert c.post(f"/api/v1/profiles/me/{kind}", json=body).status_code == 201
    r = c.get("/api/v1/profiles/me/report", params={"from": "2026-11-01", "to": "2026-11-24"})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/html")
    assert "<html" in r.text
    assert c.get("/api/v1/profiles/nobody/report").status_code == 404
    bad = c.get("/api/v1/profiles/me/report", params={"from": "2026-11-24", "to": "2026-11-01"})
    assert bad.status_code == 422


@pytest.mark.parametrize(("locale", "grams"), [("en-US", 488), ("en-GB", 586), (None, 488)])
def test_intake_locale(client: TestClient, locale: str | None, grams: int) -> None:
    body: dict[str, object] = {"text": "a pint of milk"}
    if locale is not None:
        body["locale"] = locale
    doc = client.post("/api/v1/intake", json=body).json()
    assert round(doc["items"][0]["grams"]) == grams
    assert doc["items"][0]["status"] == "counted"


@pytest.mark.parametrize("locale", ["fr-FR", "", "<script>", 3])
def test_intake_bad_locale_is_a_4xx(client: TestClient, locale: object) -> None:
    r = client.post("/api/v1/intake", json={"text": "a pint of milk", "locale": locale})
    assert 400 <= r.status_code < 500
    assert "error" in r.json()


def test_intake_marks_supplements_and_their_totals(client: TestClient) -> None:
    body = client.post("/api/v1/intake", json={"text": "a banana, vitamin D3 2000 IU"}).json()
    assert [item["kind"] for item in body["items"]] == ["food", "supplement"]
    assert body["totals_from_supplements"]["vitamin_d_ug"] == 50


def test_nutrient_sources_list_foods_and_supplements(client: TestClient) -> None:
    assert client.post("/api/v1/profiles", json={"name": "me", **PROFILE}).status_code == 201
    text = "a banana, 1 cup cooked spinach, magnesium citrate 250 mg"
    entry = client.post("/api/v1/profiles/me/food", json={"text": text}).json()
    stored = {item["text"]: item["nutrients"]["magnesium_mg"] for item in entry["items"]}
    r = client.get("/api/v1/profiles/me/sources/magnesium")
    assert r.status_code == 200
    found = r.json()
    assert [row["text"] for row in found["sources"]] == sorted(stored, key=lambda t: -stored[t])
    assert found["sources"][0]["text"] == "magnesium citrate 250 mg"
    assert found["sources"][0]["amount"] == pytest.approx(250)
    assert found["total"] == pytest.approx(sum(stored.values()))


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/v1/profiles/me/sources/unobtainium", 422),
        ("/api/v1/profiles/me/sources/magnesium?limit=0", 422),
        ("/api/v1/profiles/me/sources/magnesium?from=2026-13-01", 422),
        ("/api/v1/profiles/nobody/sources/magnesium", 404),
    ],
)
def test_nutrient_sources_refuse_bad_input(client: TestClient, path: str, status: int) -> None:
    assert client.post("/api/v1/profiles", json={"name": "me", **PROFILE}).status_code == 201
    assert client.get(path).status_code == status
