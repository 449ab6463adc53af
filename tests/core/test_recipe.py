"""Recipe-style amounts: the text tidier on its own, then through the real analyser."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crampcheck.core.recipe import tidy_diary_prose, tidy_recipe_amounts
from crampcheck.services.intake import analyze_intake


@pytest.mark.parametrize(
    ("text", "tidy"),
    [
        ("300g/10½oz plain flour", "300g plain flour"),
        ("250 ml/1 cup milk", "250 ml milk"),
        ("8 ounces (2 sticks/225 grams) butter", "8 ounces (225 grams) butter"),
        ("2-3 carrots", "2.5 carrots"),
        ("2 – 4 eggs", "3 eggs"),
        ("2 or 3 eggs", "2.5 eggs"),
        ("1 cup plus 2 tbsp sugar", "18 tbsp sugar"),
        ("1 tbsp plus 1 tsp oil", "4 tsp oil"),
        ("1 14-oz can tomatoes", "14 oz tomatoes"),
        ("2 15 oz cans of chickpeas", "30 oz chickpeas"),
        ("1 cup milk or water", "1 cup milk"),
        ("1 onion, cut into 6 slices", "1 onion"),
        ("salt and pepper, to taste", "salt and pepper"),
        ("2 cups flour, divided", "2 cups flour"),
        ("butter, at room temperature", "butter"),
        ("2026-03-14 7-8am porridge", "2026-03-14 7-8am porridge"),
        ("a banana", "a banana"),
    ],
)
def test_tidy_recipe_amounts(text: str, tidy: str) -> None:
    assert tidy_recipe_amounts(text) == tidy


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("300g/10½oz plain flour", 299, 301),
        ("8 ounces (2 sticks/225 grams) butter", 224, 226),
        ("2 sticks of butter", 220, 230),
        ("1 14-oz can diced tomatoes", 390, 405),
        ("2-3 large eggs", 120, 130),
        ("1 cup plus 2 tbsp whole milk", 270, 285),
    ],
)
def test_recipe_amounts_weigh_right(text: str, low: float, high: float) -> None:
    items = analyze_intake(text).items
    assert len(items) == 1, [item.text for item in items]
    assert items[0].grams is not None
    assert low <= items[0].grams <= high


@pytest.mark.parametrize(
    "text",
    [
        "1 onion, cut into 6 slices",
        "salt, to taste",
        "2 cups flour, divided",
        "1 cup milk or water",
        "grilled cheese on white, cut in triangles",
        "salmon fillet, pan fried",
        "chicken thighs, air fried",
    ],
)
def test_preparation_words_never_become_foods(text: str) -> None:
    items = analyze_intake(text).items
    assert len(items) == 1
    assert "bean" not in str(items[0].name).lower()


@given(st.text(max_size=200))
def test_tidying_never_fails(text: str) -> None:
    assert isinstance(tidy_recipe_amounts(text), str)


@pytest.mark.parametrize(
    ("text", "tidy"),
    [("an 8 oz steak", "8 oz steak"), ("a 12 oz can of coke", "12 oz coke")],
)
def test_article_before_an_amount(text: str, tidy: str) -> None:
    assert tidy_recipe_amounts(text) == tidy


@pytest.mark.parametrize(
    ("text", "tidy"),
    [
        ("For breakfast I had 2 eggs. Lunch was soup", "2 eggs\nsoup"),
        ("at 7am a latte. at 4 I had almonds.", "a latte\nalmonds\n"),
        ("Snack was string cheese and grapes.", "string cheese and grapes\n"),
        ("for dinner two slices of pizza", "two slices of pizza"),
        ("Tea: fish fingers", "fish fingers"),
        ("bowl of cheerios w 2% milk", "bowl of cheerios w reduced fat milk"),
        ("a cup of coffee, black", "a cup of black coffee"),
        ("tea", "tea"),
        ("tea with milk", "tea with milk"),
        ("1.5 cups rice", "1.5 cups rice"),
        ("2 eggs. 3 apples", "2 eggs\n3 apples"),
        # "tea," before what goes in it is the drink, not the evening meal
        ("tea, milk and 2 sugars", "tea, milk and 2 sugars"),
        ("tea, two sugars", "tea, two sugars"),
        ("Tea, 2 sugars", "Tea, 2 sugars"),
        ("Tea, spag bol", "spag bol"),
        ("Lunch, milk and a bun", "milk and a bun"),
        ("coffee white no sugar", "white coffee no sugar"),
        ("tea black", "black tea"),
        ("coffee, white bread", "coffee, white bread"),
    ],
)
def test_tidy_diary_prose(text: str, tidy: str) -> None:
    assert tidy_diary_prose(text) == tidy


def test_a_prose_day_reads_every_food() -> None:
    text = (
        "For breakfast I had 2 scrambled eggs and a slice of toast with butter. Lunch was a "
        "Big Mac and medium fries with a diet coke. Snack: a banana."
    )
    names = [str(item.name) for item in analyze_intake(text).items]
    assert len(names) == 7, names
    assert "Big Mac (McDonalds)" in names


@given(st.text(max_size=200))
def test_prose_tidying_never_fails(text: str) -> None:
    assert isinstance(tidy_diary_prose(text), str)


@pytest.mark.parametrize(
    ("text", "tidy"),
    [
        ("1½ cups plus 2 tbsp sugar", "26 tbsp sugar"),
        ("½ cup plus 1 tbsp milk", "9 tbsp milk"),
        ("3-2 eggs", "3-2 eggs"),  # not a range: left as written
    ],
)
def test_fractions_and_backwards_ranges(text: str, tidy: str) -> None:
    assert tidy_recipe_amounts(text) == tidy
