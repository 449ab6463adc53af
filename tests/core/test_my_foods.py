"""My foods in the pure core: labels, recipes, names, and the repository consulting them first."""

from __future__ import annotations

import math

import pytest

from crampcheck.core.my_foods import (
    YOUR_CHOICE,
    YOUR_FOOD,
    FoodChoice,
    PersonalFoods,
    RecipePart,
    check_food_name,
    food_from_data,
    food_key,
    food_to_data,
    label_food,
    my_food_id,
    recipe_food,
)
from crampcheck.core.nutrients import Nutrient
from crampcheck.errors import InputError
from crampcheck.foods import open_food_database
from crampcheck.services.intake import analyze_intake


@pytest.mark.parametrize(
    ("amounts", "per", "expected"),
    [
        ({"magnesium_mg": 64}, 100.0, {"magnesium_mg": 64.0}),
        (
            {"magnesium_mg": 30, "energy_kcal": 200},
            50.0,
            {"magnesium_mg": 60.0, "energy_kcal": 400.0},
        ),
        ({"calcium_mg": 0}, 25.0, {"calcium_mg": 0.0}),
    ],
)
def test_a_label_is_scaled_to_100_g(
    amounts: dict[str, object], per: float, expected: dict[str, float]
) -> None:
    assert dict(label_food("oat bar", amounts, per_grams=per).per_100g) == expected


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("", "name"),
        ("   ", "name"),
        ("x" * 81, "too long"),
        ("12345", "letter"),
        ("bar\x00", "control"),
        ("tea\u202eevil", "control"),
        ("porridge with milk", "several foods"),
        ("fish and chips", "several foods"),
        ("bar, oat", "several foods"),
        ("bar [09040]", "several foods"),
        (None, "text"),
        (42, "text"),
    ],
)
def test_hostile_names_are_refused_with_the_reason(name: object, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        check_food_name(name)


@pytest.mark.parametrize(
    ("amounts", "reason"),
    [
        ({}, "at least one"),
        ({"magnesium_mg": -1}, "at least 0"),
        ({"magnesium_mg": math.nan}, "at least 0"),
        ({"magnesium_mg": math.inf}, "at least 0"),
        ({"magnesium_mg": "lots"}, "number"),
        ({"magnesium_mg": True}, "number"),
        ({"unobtainium_mg": 3}, "unknown nutrient"),
        ({"energy_kcal": 5000}, "at most 900"),
        ({"protein_g": 150}, "at most 100"),
    ],
)
def test_hostile_amounts_are_refused(amounts: dict[str, object], reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        label_food("oat bar", amounts)


@pytest.mark.parametrize("grams", [0.0, -5.0, math.nan, 1e9])
def test_impossible_label_grams_are_refused(grams: float) -> None:
    with pytest.raises(InputError, match=r"more than 0 g"):
        label_food("oat bar", {"magnesium_mg": 3}, per_grams=grams)


@pytest.mark.parametrize(
    ("a", "b"),
    [("My usual breakfast", "usual breakfast"), ("  Protein   BAR ", "a protein bar")],
)
def test_names_compare_without_case_spacing_or_articles(a: str, b: str) -> None:
    assert food_key(a) == food_key(b)
    assert my_food_id(a) == my_food_id(b)


def test_unknown_nutrients_of_a_custom_food_stay_unknown() -> None:
    bar = label_food(
        "protein bar", {"energy_kcal": 210, "magnesium_mg": 64}, per_grams=60, serving_grams=60
    )
    foods = PersonalFoods(open_food_database(), [bar])
    result = analyze_intake("a protein bar", foods=foods)
    item = result.items[0]
    assert (item.name, item.source, item.grams) == ("protein bar (your food)", YOUR_FOOD, 60.0)
    assert item.nutrients[Nutrient.MAGNESIUM_MG] == pytest.approx(64.0)
    assert item.nutrients[Nutrient.POTASSIUM_MG] is None
    assert result.totals[Nutrient.POTASSIUM_MG] is None
    assert result.coverage[Nutrient.POTASSIUM_MG].known == 0


def test_a_recipe_is_the_sum_of_its_parts() -> None:
    text = "porridge with semi-skimmed milk and a banana"
    parts_result = analyze_intake(text)
    parts = [
        RecipePart(item.grams or 0.0, {k.value: v for k, v in item.nutrients.items()})
        for item in parts_result.items
    ]
    recipe = recipe_food("my usual breakfast", text, parts, servings=2)
    foods = PersonalFoods(open_food_database(), [recipe])
    eaten = analyze_intake("2 servings of my usual breakfast", foods=foods)
    for nutrient in (Nutrient.ENERGY_KCAL, Nutrient.MAGNESIUM_MG, Nutrient.POTASSIUM_MG):
        assert eaten.totals[nutrient] == pytest.approx(parts_result.totals[nutrient], rel=1e-6)
    assert eaten.items[0].source == YOUR_FOOD


def test_a_nutrient_unknown_for_one_part_is_unknown_for_the_recipe() -> None:
    parts = [
        RecipePart(100.0, {"magnesium_mg": 20.0, "vitamin_d_ug": 1.0}),
        RecipePart(50.0, {"magnesium_mg": 10.0, "vitamin_d_ug": None}),
    ]
    recipe = recipe_food("stew", "x", parts)
    assert recipe.per_100g["magnesium_mg"] == pytest.approx(20.0)
    assert "vitamin_d_ug" not in recipe.per_100g
    assert recipe.serving_grams == 150.0


@pytest.mark.parametrize("servings", [0, -1, 101, True])
def test_recipe_servings_must_be_sensible(servings: int) -> None:
    with pytest.raises(InputError, match="servings"):
        recipe_food("stew", "x", [RecipePart(10.0, {})], servings=servings)


def test_a_choice_is_read_first_and_shown_as_your_choice() -> None:
    base = open_food_database()
    plain = analyze_intake("2 nanas", foods=base)
    choice = FoodChoice("nanas", "09040", "Bananas, raw")
    chosen = analyze_intake("2 nanas", foods=PersonalFoods(base, [], [choice]))
    assert plain.items[0].food_id != "09040"
    assert chosen.items[0].food_id == "09040"
    assert (chosen.items[0].source or "").startswith(YOUR_CHOICE)


def test_stored_form_reads_back_the_same() -> None:
    bar = label_food("oat bar", {"fiber_g": 7}, serving_grams=40, favourite=True)
    assert food_from_data(food_to_data(bar)) == bar


def test_a_choice_of_one_of_my_foods_is_shown_as_your_choice_of_your_food() -> None:
    oat = label_food("oat drink", {"calcium_mg": 120}, serving_grams=250)
    choice = FoodChoice("oatly", oat.food_id, oat.name)
    foods = PersonalFoods(open_food_database(), [oat], [choice])
    (item,) = analyze_intake("a glass of oatly", foods=foods).items
    assert (item.food_id, item.source) == (oat.food_id, f"{YOUR_CHOICE} ({YOUR_FOOD})")
    assert item.nutrients[Nutrient.CALCIUM_MG] == pytest.approx(120.0 * (item.grams or 0) / 100)


def test_my_food_named_by_its_id_in_diary_text() -> None:
    bar = label_food("protein bar", {"magnesium_mg": 64}, per_grams=60, serving_grams=60)
    foods = PersonalFoods(open_food_database(), [bar])
    first, second = analyze_intake(
        f"2 [{bar.food_id.lower()}], 30 g [{bar.food_id}]", foods=foods
    ).items
    assert (first.food_id, first.grams, first.source) == (bar.food_id, 120.0, YOUR_FOOD)
    assert (second.food_id, second.grams) == (bar.food_id, 30.0)
    (unknown,) = analyze_intake("[MY000000000000]", foods=foods).items
    assert unknown.food_id is None
    assert "not one of your foods" in unknown.warnings[0]
    (plain,) = analyze_intake(f"[{bar.food_id}]").items  # without the profile: not a food
    assert plain.food_id is None
