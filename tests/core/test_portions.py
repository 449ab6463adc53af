"""Portions for foods with few or no household measures: the fallbacks, each from a table."""

from __future__ import annotations

import pytest

from crampcheck.core.models import Food, Measure
from crampcheck.core.parsing import parse_item
from crampcheck.core.portions import SIZE_FACTORS, portion_for

CUP = Measure("cup", 1.0, 140.0)
SERVING = Measure("serving", 1.0, 60.0)


def _food(name: str, *measures: Measure, kind: str = "other", usual: float | None = None) -> Food:
    return Food("900001", name, kind, measures=measures, default_grams=usual)


@pytest.mark.parametrize(
    ("text", "food", "grams", "note"),
    [
        ("200 ml broth", _food("Broth, home made"), 200.0, "200 ml ≈ 200 ml"),
        ("1 scoop ice cream", _food("Ice cream, vanilla", CUP), 70.0, "1 scoop ≈ ½ cup"),
        ("2 bowls stew", _food("Stew, mixed"), 500.0, "2 bowl ≈ 250 g"),
        (
            "2 large dumplings",
            _food("Dumplings, steamed", usual=40.0),
            2 * SIZE_FACTORS["large"] * 40.0,
            "2 × the usual portion (106.4 g)",
        ),
        (
            "2 large dumplings",
            _food("Dumplings, steamed", SERVING),
            2 * SIZE_FACTORS["large"] * 60.0,
            "2 × serving (60 g)",
        ),
        (
            "2 large dumplings",
            _food("Dumplings, steamed"),
            2 * SIZE_FACTORS["large"] * 100.0,
            "2 × 100 g (no household measure)",
        ),
        ("some mystery dish", _food("Mystery dish"), 100.0, "assumed 100 g"),
        (
            "2 slices chopped ham",
            _food("Ham, cured", Measure("slice", 1.0, 28.0), Measure("slice, chopped", 1.0, 20.0)),
            40.0,
            "2 × slice, chopped (20 g)",
        ),
        (
            "1 apple pie",
            _food("Pie, apple", Measure("pie", 1.0, 900.0), Measure("piece", 1.0, 125.0)),
            125.0,
            "1 × piece (125 g)",
        ),
        (
            "1 nugget",
            _food("Chicken bites", Measure("nugget", 1.0, 16.0)),
            16.0,
            "1 × nugget (16 g)",
        ),
        ("1 cookie", _food("Cookies, oatmeal", Measure("small", 1.0, 10.0)), 10.0, "1 × small"),
        ("1 grape", _food("Grapes, raw", Measure("grape", 1.0, 4.9)), 4.9, "1 × grape"),
        ("a splash of milk", _food("Milk, whole"), 30.0, "1 splash ≈ 30 ml"),
        (
            "5 cherry tomatoes",
            _food("Tomatoes, raw", Measure("medium", 1.0, 123.0), Measure("cherry", 1.0, 17.0)),
            85.0,
            "5 × cherry (17 g)",
        ),
        # a size with no amount scales the usual portion, or picks the measure of that size
        ("large fries", _food("Fries", usual=110.0), 110.0 * SIZE_FACTORS["large"], "large"),
        ("small fries", _food("Fries", usual=110.0), 110.0, "the usual portion"),
        (
            "large latte",
            _food("Latte", Measure("large", 1.0, 480.0), usual=360.0),
            480.0,
            "1 × large (480 g)",
        ),
    ],
)
def test_portion_fallbacks(text: str, food: Food, grams: float, note: str) -> None:
    portion = portion_for(parse_item(text), food)
    assert round(portion.grams, 3) == round(grams, 3)
    assert note in portion.description


GRAPE = Measure("grape", 1.0, 4.9)
ALMOND = Measure("almond", 1.0, 1.2)
OUNCE = Measure("oz", 1.0, 28.35)
GRAPE_CUP = Measure("cup", 1.0, 151.0)


@pytest.mark.parametrize(
    ("text", "food", "grams", "note"),
    [
        ("some grapes", _food("Grapes, raw", GRAPE, GRAPE_CUP), 75.5, "half a cup"),
        ("grapes", _food("Grapes, raw", GRAPE, GRAPE_CUP), 75.5, "half a cup"),
        ("almonds", _food("Nuts, almonds", ALMOND, OUNCE), 28.35, "assumed 1 oz"),
        ("baby carrots", _food("Carrots, baby", Measure("medium", 1.0, 10.0)), 28.35, "1 oz"),
        ("a grape", _food("Grapes, raw", GRAPE, GRAPE_CUP), 4.9, "grape"),
        ("2 grapes", _food("Grapes, raw", GRAPE), 9.8, "2 × grape"),
        ("an egg", _food("Egg, boiled", Measure("large", 1.0, 50.0)), 50.0, "large"),
    ],
)  # fmt: skip
def test_some_of_many_small_things_is_a_serving(
    text: str, food: Food, grams: float, note: str
) -> None:
    portion = portion_for(parse_item(text), food)
    assert round(portion.grams, 3) == round(grams, 3)
    assert note in portion.description
