"""REST: a profile's own foods, recipes and choices (local and server mode, hostile bodies)."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

BASE = "/api/v1/profiles/me/my-foods"
BAR = {"name": "protein bar", "nutrients": {"magnesium_mg": 64}, "serving_grams": 60}


def _profile(client: TestClient) -> None:
    body = {"name": "me", "age": 58, "sex": "female"}
    assert client.post("/api/v1/profiles", json=body).status_code == 201


def test_add_list_use_and_remove(client: TestClient) -> None:
    _profile(client)
    added = client.post(BASE, json=BAR)
    assert added.status_code == 201, added.text
    assert added.json()["per_100g"] == {"magnesium_mg": 64.0}
    recipe = client.post(f"{BASE}/recipes", json={"name": "usual breakfast", "text": "porridge"})
    assert recipe.status_code == 201, recipe.text
    listed = client.get(BASE).json()
    assert [f["name"] for f in listed["foods"]] == ["protein bar", "usual breakfast"]
    logged = client.post("/api/v1/profiles/me/food", json={"text": "a protein bar"})
    assert logged.json()["items"][0]["name"] == "protein bar (your food)"
    assert client.delete(f"{BASE}/Protein%20Bar").status_code == 204
    assert client.delete(f"{BASE}/Protein%20Bar").status_code == 404


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"name": "bar"},
        {"name": "bar", "nutrients": {}},
        {"name": "bar", "nutrients": {"magnesium_mg": -1}},
        {"name": "bar", "nutrients": {"kryptonite": 1}},
        {"name": "bar", "nutrients": {"magnesium_mg": "lots"}},
        {"name": "bar", "nutrients": {"energy_kcal": 1e308}},
        {"name": "<script>alert(1)</script> and x", "nutrients": {"energy_kcal": 1}},
        {"name": "bar\u0000", "nutrients": {"energy_kcal": 1}},
        {"name": "bar", "nutrients": {"energy_kcal": 1}, "per_grams": 0},
        {"name": "bar", "nutrients": {"energy_kcal": 1}, "extra": True},
    ],
)
def test_hostile_bodies_are_4xx_with_a_message(client: TestClient, body: dict[str, Any]) -> None:
    _profile(client)
    answer = client.post(BASE, json=body)
    assert answer.status_code == 422, answer.text
    assert answer.json()["error"]["message"]
    assert client.get(BASE).json()["foods"] == []


def test_a_recipe_with_unknown_parts_is_refused(client: TestClient) -> None:
    _profile(client)
    answer = client.post(f"{BASE}/recipes", json={"name": "stew", "text": "zzqxv wqpz"})
    assert answer.status_code == 422
    assert "not understood" in answer.json()["error"]["message"]


def test_another_persons_foods_are_not_found(make_user: Any) -> None:
    ann, bob = make_user("ann"), make_user("bob")
    _profile(ann)
    assert ann.post(BASE, json=BAR).status_code == 201
    assert bob.get(BASE).status_code == 404
    assert bob.delete(f"{BASE}/protein%20bar").status_code == 404
    assert len(ann.get(BASE).json()["foods"]) == 1
