"""The day view's re-pick list offers the profile's own foods, and the `[MY…]` reference in
diary text reads one of them; another profile's foods never appear, hostile ids are refused."""

from __future__ import annotations

import html
import re

import pytest
from fastapi.testclient import TestClient


def _csrf(client: TestClient) -> str:
    page = client.get("/diary")
    found = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert found is not None
    return found.group(1)


def _food(client: TestClient, profile: str, name: str, grams: float = 40) -> str:
    body = {"name": name, "nutrients": {"magnesium_mg": 30}, "serving_grams": grams}
    answer = client.post(f"/api/v1/profiles/{profile}/my-foods", json=body)
    assert answer.status_code == 201, answer.text
    return str(answer.json()["food_id"])


@pytest.fixture
def two(client: TestClient) -> TestClient:
    for name in ("me", "you"):
        made = client.post("/api/v1/profiles", json={"name": name, "age": 58, "sex": "female"})
        assert made.status_code == 201
    return client


def _day(client: TestClient, entry: dict[str, object]) -> str:
    day = str(entry["at"])[:10]
    return str(client.get("/diary/day", params={"profile": "me", "date": day}).text)


def test_the_repick_list_offers_my_foods_not_another_profiles(two: TestClient) -> None:
    mine = _food(two, "me", "oat bar")
    theirs = _food(two, "you", "secret flapjack")
    entry = two.post("/api/v1/profiles/me/food", json={"text": "a banana and some oats"}).json()
    page = _day(two, entry)
    assert f'<option value="{mine}"' in page
    assert "oat bar (your food)" in page
    assert theirs not in page
    assert "secret flapjack" not in page


def test_my_own_food_picked_from_the_list_is_stored(two: TestClient) -> None:
    mine = _food(two, "me", "oat bar")
    token = _csrf(two)
    entry = two.post("/api/v1/profiles/me/food", json={"text": "a banana"}).json()
    day = str(entry["at"])[:10]
    fixed = two.post(
        f"/diary/fix/{entry['id']}/1",
        data={"profile": "me", "csrf_token": token, "date": day, "food_id": mine},
    )
    assert fixed.status_code == 200
    item = two.get(f"/api/v1/profiles/me/food/{entry['id']}").json()["items"][0]
    assert (item["food_id"], item["grams"], item["corrected"]) == (mine, 118, True)  # weight kept
    assert item["nutrients"]["magnesium_mg"] == pytest.approx(30 * 118 / 100)


def test_a_food_name_with_markup_is_escaped_in_the_list(two: TestClient) -> None:
    _food(two, "me", "<i>oat</i> bar")
    entry = two.post("/api/v1/profiles/me/food", json={"text": "a banana"}).json()
    page = _day(two, entry)
    assert "<i>oat</i>" not in page
    assert html.escape("<i>oat</i> bar (your food)", quote=False) in page


@pytest.mark.parametrize(
    "food_id",
    ["<script>alert(1)</script>", "MY" + "Z" * 12, "' OR 1=1 --", "9" * 5000, "MY00000000000"],
)
def test_hostile_or_unknown_ids_are_answered_on_the_page(two: TestClient, food_id: str) -> None:
    token = _csrf(two)
    entry = two.post("/api/v1/profiles/me/food", json={"text": "a banana"}).json()
    day = str(entry["at"])[:10]
    answer = two.post(
        f"/diary/fix/{entry['id']}/1",
        data={"profile": "me", "csrf_token": token, "date": day, "food_id": food_id},
    )
    assert answer.status_code in (404, 422)
    assert "<script>alert(1)</script>" not in answer.text
    item = two.get(f"/api/v1/profiles/me/food/{entry['id']}").json()["items"][0]
    assert item["food_id"] == "09040"


def test_another_profiles_food_id_is_refused(two: TestClient) -> None:
    theirs = _food(two, "you", "secret flapjack")
    token = _csrf(two)
    entry = two.post("/api/v1/profiles/me/food", json={"text": "a banana"}).json()
    day = str(entry["at"])[:10]
    answer = two.post(
        f"/diary/fix/{entry['id']}/1",
        data={"profile": "me", "csrf_token": token, "date": day, "food_id": theirs},
    )
    assert answer.status_code == 404
    assert "not one of me's foods" in html.unescape(answer.text)
    item = two.get(f"/api/v1/profiles/me/food/{entry['id']}").json()["items"][0]
    assert item["food_id"] == "09040"


def test_diary_text_names_my_food_by_its_id(two: TestClient) -> None:
    mine = _food(two, "me", "oat bar")
    logged = two.post("/api/v1/profiles/me/food", json={"text": f"2 [{mine.lower()}], a banana"})
    assert logged.status_code == 201, logged.text
    first = logged.json()["items"][0]
    assert (first["food_id"], first["grams"]) == (mine, 80)
    other = two.post("/api/v1/profiles/you/food", json={"text": f"[{mine}], a banana"}).json()
    assert other["items"][0]["food_id"] is None  # never another profile's food
    assert other["items"][0]["grams"] is None
