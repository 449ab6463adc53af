"""The My foods page: forms with CSRF, hostile input answered on the page, everything escaped."""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi.testclient import TestClient


def _token(client: TestClient) -> str:
    page = client.get("/my-foods?profile=me")
    assert page.status_code == 200, page.text
    found = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert found is not None
    return found.group(1)


@pytest.fixture
def me(client: TestClient) -> TestClient:
    assert (
        client.post("/api/v1/profiles", json={"name": "me", "age": 58, "sex": "female"}).status_code
        == 201
    )
    return client


def test_add_a_food_and_a_recipe_then_remove_them(me: TestClient) -> None:
    token = _token(me)
    form = {"csrf_token": token, "profile": "me", "name": "oat bar", "per": "serving",
            "serving_grams": "40", "magnesium_mg": "30", "favourite": "on"}  # fmt: skip
    added = me.post("/my-foods/add", data=form, follow_redirects=False)
    assert added.status_code == 303, added.text
    recipe = {"csrf_token": token, "profile": "me", "name": "usual breakfast",
              "text": "porridge and a banana", "servings": "1"}  # fmt: skip
    assert me.post("/my-foods/recipe", data=recipe, follow_redirects=False).status_code == 303
    page = me.get("/my-foods?profile=me").text
    assert "oat bar" in page
    assert "usual breakfast" in page
    assert "magnesium_mg 75" in page
    gone = {"csrf_token": token, "profile": "me", "name": "oat bar"}
    assert me.post("/my-foods/remove", data=gone, follow_redirects=False).status_code == 303
    assert "oat bar" not in me.get("/my-foods?profile=me").text


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"name": "<b>x</b> and y", "energy_kcal": "1"}, "several foods"),
        ({"name": "<b>bar</b>", "energy_kcal": "<script>"}, "is not a number"),
        ({"name": "bar", "energy_kcal": "-4"}, "at least 0"),
        ({"name": "bar"}, "at least one nutrient"),
        ({"name": "bar", "per": "serving", "energy_kcal": "4"}, "serving"),
    ],
)
def test_hostile_forms_are_answered_on_the_page(
    me: TestClient, fields: dict[str, str], message: str
) -> None:
    answer = me.post("/my-foods/add", data={"csrf_token": _token(me), "profile": "me", **fields})
    assert answer.status_code == 422
    assert message in answer.text
    assert "<script>" not in answer.text
    assert "<b>" not in answer.text


def test_a_post_without_its_csrf_token_is_refused(me: TestClient) -> None:
    answer = me.post("/my-foods/add", data={"profile": "me", "name": "bar", "energy_kcal": "1"})
    assert answer.status_code == 403
    assert "bar" not in me.get("/api/v1/profiles/me/my-foods").text


def test_server_mode_needs_a_login(server_app: Any) -> None:
    with TestClient(server_app) as anonymous:
        answer = anonymous.get("/my-foods", follow_redirects=False)
    assert (answer.status_code, answer.headers["location"]) == (303, "/login")
