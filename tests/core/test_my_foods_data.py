"""My foods read back from storage or an import, recipes refused, and the base repository
answering whatever the profile has no food or choice for."""

from __future__ import annotations

import pytest

from crampcheck.core.my_foods import (
    FoodChoice,
    PersonalFoods,
    RecipePart,
    choice_from_data,
    choice_to_data,
    food_from_data,
    recipe_food,
)
from crampcheck.errors import InputError
from crampcheck.foods import open_food_database


@pytest.mark.parametrize(
    ("parts", "message"),
    [
        ((), "no foods that were understood"),
        ((RecipePart(0.0, {"magnesium_mg": 0.0}),), "weighs 0 g"),
        ((RecipePart(600_000.0, {"magnesium_mg": 1.0}),), "weighs 600000 g"),
    ],
)
def test_recipe_food_refuses_empty_and_implausible_recipes(
    parts: tuple[RecipePart, ...], message: str
) -> None:
    with pytest.raises(InputError, match=message):
        recipe_food("Stew", "stew", parts)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"name": "Bar", "kind": "drink"}, "kind must be food or recipe"),
        ({"name": "Bar", "per_100g": [1, 2]}, "per_100g must be an object"),
        ({"name": "Bar", "serving_grams": "40"}, "serving_grams must be a number"),
        ({"name": "Bar", "serving_grams": True}, "serving_grams must be a number"),
    ],
)
def test_food_from_data_refuses_malformed_foods(data: dict[str, object], message: str) -> None:
    with pytest.raises(InputError, match=message):
        food_from_data(data)


@pytest.mark.parametrize(
    ("data", "choice"),
    [
        (
            {"phrase": " porridge ", "food_id": "08121", "name": "Oats"},
            FoodChoice("porridge", "08121", "Oats"),
        ),
        ({"phrase": "oats", "food_id": "08121"}, FoodChoice("oats", "08121", "08121")),
    ],
)
def test_choice_round_trip(data: dict[str, object], choice: FoodChoice) -> None:
    assert choice_from_data(data) == choice
    assert choice_from_data(choice_to_data(choice)) == choice


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"phrase": "", "food_id": "08121"}, "needs its phrase"),
        ({"phrase": "x" * 201, "food_id": "08121"}, "needs its phrase"),
        ({"food_id": "08121"}, "needs its phrase"),
        ({"phrase": "oats", "food_id": "08-121"}, "the choice for 'oats' needs a food id"),
        ({"phrase": "oats", "food_id": 8121}, "needs a food id"),
    ],
)
def test_choice_from_data_refuses(data: dict[str, object], message: str) -> None:
    with pytest.raises(InputError, match=message):
        choice_from_data(data)


def test_without_a_food_or_choice_the_base_repository_answers() -> None:
    base = open_food_database()
    foods = PersonalFoods(base, [], [FoodChoice("porridge", "08121", "Oats")])
    assert foods.search("banana", 5) == base.search("banana", 5)
    (first, *_) = base.search("banana", 5)
    assert foods.get(first.food_id) == base.get(first.food_id)
