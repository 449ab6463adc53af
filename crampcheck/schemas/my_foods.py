"""JSON of a profile's own foods, recipes and remembered choices (docs/my-foods.md)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from crampcheck.core.my_foods import FoodChoice, MyFood, choice_to_data, food_to_data


def my_food_to_json(food: MyFood) -> dict[str, Any]:
    """One food or recipe: its id (as used in diaries) and its stored fields."""
    return {"food_id": food.food_id} | food_to_data(food)


def my_foods_to_json(
    profile: str, foods: Sequence[MyFood], choices: Sequence[FoodChoice]
) -> dict[str, Any]:
    """``{"profile", "foods": [...], "choices": [{"phrase", "food_id", "name"}]}``."""
    return {
        "profile": profile,
        "foods": [my_food_to_json(f) for f in foods],
        "choices": [choice_to_data(c) for c in choices],
    }
