"""REST and the web re-pick accept one of the profile's foods (``MY…``) in a correction."""

from __future__ import annotations

from fastapi.testclient import TestClient

PROFILE = "/api/v1/profiles/me"
OAT = {"name": "oat drink", "nutrients": {"calcium_mg": 120}, "serving_grams": 200}


def _logged(client: TestClient) -> tuple[str, int]:
    assert (
        client.post("/api/v1/profiles", json={"name": "me", "age": 58, "sex": "female"}).status_code
        == 201
    )
    food_id = client.post(f"{PROFILE}/my-foods", json=OAT).json()["food_id"]
    entry = client.post(f"{PROFILE}/food", json={"text": "a glass of oatly"}).json()
    return food_id, entry["id"]


def test_patch_an_item_to_one_of_my_foods(client: TestClient) -> None:
    food_id, entry_id = _logged(client)
    r = client.patch(f"{PROFILE}/food/{entry_id}/items/1", json={"food_id": food_id})
    assert r.status_code == 200, r.text
    (item,) = r.json()["items"]
    assert (item["food_id"], item["grams"], item["kind"]) == (food_id, 200.0, "food")
    assert item["nutrients"]["calcium_mg"] == 240.0
    choices = client.get(f"{PROFILE}/my-foods").json()["choices"]
    assert [(c["phrase"], c["food_id"]) for c in choices] == [("oatly", food_id)]


def test_patch_with_an_unknown_food_of_ones_own_is_a_404(client: TestClient) -> None:
    _food_id, entry_id = _logged(client)
    r = client.patch(f"{PROFILE}/food/{entry_id}/items/1", json={"food_id": "MY0123456789AB"})
    assert r.status_code == 404
    assert "not one of me's foods" in r.text
    bad = client.patch(f"{PROFILE}/food/{entry_id}/items/1", json={"food_id": "MY<script>"})
    assert bad.status_code == 422
