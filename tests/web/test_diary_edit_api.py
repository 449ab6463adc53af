"""REST: change any entry, the day view, undo; download file names; account POST-redirect-GET."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

AT = "2026-03-14T03:15:00+02:00"

ENTRIES: list[tuple[str, dict[str, Any], dict[str, Any], str, Any]] = [
    ("cramps", {"severity": 7, "at": AT}, {"severity": 3}, "severity", 3),
    ("fluids", {"amount": "500 ml tea", "at": AT}, {"amount": "a pint of water"}, "kind", "water"),
    ("labs", {"name": "ferritin", "value": 30, "unit": "ng/mL", "taken_on": "2026-03-14"},
     {"value": 25}, "value", 25),
    ("weights", {"kg": 70, "at": AT}, {"kg": 69.5}, "kg", 69.5),
    ("medications", {"name": "furosemide 40 mg", "started": "2026-03-14"},
     {"stopped": "2026-03-18"}, "stopped", "2026-03-18"),
    ("food", {"text": "a banana", "at": AT}, {"text": "two kiwis"}, "text", "two kiwis"),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "body", "change", "field", "expected"), ENTRIES)
def test_change_delete_and_undo_every_kind(
    client: TestClient,
    kind: str,
    body: dict[str, Any],
    change: dict[str, Any],
    field: str,
    expected: Any,
) -> None:
    client.post("/api/v1/profiles", json={"name": "me", "age": 58, "sex": "female"})
    made = client.post(f"/api/v1/profiles/me/{kind}", json=body)
    assert made.status_code == 201, made.text
    entry = made.json()
    path = f"/api/v1/profiles/me/{kind}/{entry['id']}"
    changed = client.patch(path, json=change)
    assert changed.status_code == 200, changed.text
    assert changed.json()[field] == expected
    assert changed.json()["uid"] == entry["uid"]
    day = client.get("/api/v1/profiles/me/days/2026-03-14").json()
    assert [(e["kind"], e["id"]) for e in day["entries"]] == [(kind, entry["id"])]
    assert client.delete(path).status_code == 204
    assert client.get(path).status_code == 404
    assert client.get("/api/v1/profiles/me/days/2026-03-14").json()["last_deleted"]["kind"] == kind
    restored = client.post("/api/v1/profiles/me/undo")
    assert restored.status_code == 200
    assert restored.json()["entry"][field] == expected
    assert client.post("/api/v1/profiles/me/undo").status_code == 422


@pytest.mark.parametrize(
    "change",
    [{"severity": 11}, {"kg": 70}, {"at": "2999-01-01T00:00:00Z"}, {}, {"nonsense": 1}],
)
def test_bad_changes_are_4xx(client: TestClient, change: dict[str, Any]) -> None:
    client.post("/api/v1/profiles", json={"name": "me", "age": 58, "sex": "female"})
    entry = client.post("/api/v1/profiles/me/cramps", json={"severity": 7, "at": AT}).json()
    r = client.patch(f"/api/v1/profiles/me/cramps/{entry['id']}", json=change)
    assert 400 <= r.status_code < 500
    assert "error" in r.json()
    assert client.get(f"/api/v1/profiles/me/cramps/{entry['id']}").json()["severity"] == 7


def test_profile_names_ignore_case_and_can_change(client: TestClient) -> None:
    client.post("/api/v1/profiles", json={"name": "Margaret", "age": 70, "sex": "female"})
    again = client.post("/api/v1/profiles", json={"name": "margaret", "age": 70, "sex": "female"})
    assert again.status_code == 422
    assert client.get("/api/v1/profiles/MARGARET").json()["name"] == "Margaret"
    r = client.patch("/api/v1/profiles/margaret", json={"birth_year": 1950, "name": "Maggie"})
    assert r.status_code == 200
    assert r.json()["name"] == "Maggie"
    assert r.json()["birth_year"] == 1950
    bad = client.patch("/api/v1/profiles/maggie", json={"pregnant": True})
    assert bad.status_code == 422
    assert "not plausible" in bad.json()["error"]["message"]


@pytest.mark.parametrize(
    ("path", "kind", "name"),
    [
        ("/api/v1/export", "attachment", "crampcheck-export-"),
        ("/api/v1/export?format=csv", "attachment", "crampcheck-export-"),
        ("/api/v1/profiles/me/report", "inline", "crampcheck-report-me-"),
    ],
)
def test_downloads_have_file_names(client: TestClient, path: str, kind: str, name: str) -> None:
    client.post("/api/v1/profiles", json={"name": "me", "age": 58, "sex": "female"})
    header = client.get(path).headers["content-disposition"]
    assert header.startswith(f'{kind}; filename="{name}')
    assert header.endswith(('.json"', '.csv"', '.html"'))


def test_account_token_post_redirects_and_shows_the_token_once(make_user: Any) -> None:
    ann = make_user("ann")
    page = ann.get("/account")
    csrf = page.text.split('name="csrf_token" value="')[1].split('"')[0]
    r = ann.post("/account/tokens", data={"name": "script", "csrf_token": csrf},
                 follow_redirects=False)  # fmt: skip
    assert (r.status_code, r.headers["location"]) == (303, "/account")
    shown = ann.get("/account")
    assert 'id="new-token"' in shown.text
    reloaded = ann.get("/account")
    assert 'id="new-token"' not in reloaded.text
    assert len(ann.get("/api/v1/auth/tokens").json()) == 1
