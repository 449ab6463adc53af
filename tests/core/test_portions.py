"""Portions for foods with few or no household measures: the fallbacks, each from a table."""

from __future__ import annotations

import pytest

from crampcheck.core.locale import Locale, LocaleRules, rules_for
from crampcheck.core.models import Food, Measure
from crampcheck.core.parsing import parse_item
from crampcheck.core.portions import SIZE_FACTORS, US_RULES, milk_in_drink_g, portion_for

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


PIECE = Measure("piece", 1.0, 8.0)
REGULAR_BAR = Measure("pouch/regular size", 1.0, 45.0)
BEER = _food(
    "Beer",
    Measure("fl oz", 1.0, 30.0),
    Measure("can or bottle (12 fl oz)", 1.0, 360.0),
    Measure("bottle (40 fl oz)", 1.0, 1200.0),
    kind="drink",
    usual=360.0,
)
TEA = _food("Tea, black, brewed", Measure("medium drink", 1.0, 495.0), kind="drink", usual=360.0)
GB = rules_for(Locale.EN_GB)


@pytest.mark.parametrize(
    ("text", "food", "rules", "grams"),
    [
        # a bottle of a drink is its usual bottle, not the biggest one
        ("a bottle of beer", BEER, US_RULES, 360.0),
        ("2 bottles of beer", BEER, US_RULES, 720.0),
        ("a bottle of wine", _food("Wine", kind="drink"), US_RULES, 500.0),
        # a brand-named chocolate bar is the regular bar; chocolates stay pieces
        ("a twirl", _food("Chocolate candy", PIECE, REGULAR_BAR), US_RULES, 45.0),
        ("2 mars bars", _food("Chocolate candy", PIECE, REGULAR_BAR), US_RULES, 90.0),
        ("3 chocolates", _food("Chocolate candy", PIECE, REGULAR_BAR), US_RULES, 24.0),
        ("four finger kit kat", _food("Chocolate candy", PIECE, REGULAR_BAR), US_RULES, 32.0),
        ("10 m&ms", _food("Candy", Measure("piece", 1.0, 2.0), REGULAR_BAR), US_RULES, 20.0),
        ("2 toffees", _food("Toffee", PIECE), US_RULES, 16.0),
        # a mug of tea is the medium drink; a cup of tea in Britain the usual cup
        ("a mug of tea", TEA, US_RULES, 495.0),
        ("a large mug of tea", TEA, US_RULES, 495.0 * SIZE_FACTORS["large"]),
        ("a mug of tea", _food("Tea, kombucha", kind="drink"), US_RULES, 250.0),
        ("a cup of tea", TEA, GB, 360.0),
        ("a cup of tea", _food("Tea, black", Measure("cup", 1.0, 237.0)), GB, 237.0),
        ("a cup of tea", _food("Tea, black", Measure("cup", 1.0, 237.0)), US_RULES, 237.0),
        ("a mug of iced tea", _food("Tea, iced", kind="drink"), US_RULES, 250.0),
    ],
)
def test_drink_and_bar_portions(text: str, food: Food, rules: LocaleRules, grams: float) -> None:
    assert portion_for(parse_item(text), food, rules).grams == pytest.approx(grams)


def test_milk_in_a_drink_is_the_guideline_splash() -> None:
    assert milk_in_drink_g(360.0) == pytest.approx(30.4, abs=0.1)
    assert milk_in_drink_g(480.0) == pytest.approx(40.6, abs=0.1)


def test_a_drink_with_something_and_no_amount_is_a_splash() -> None:
    milk = _food("Milk, whole", Measure("cup", 1.0, 244.0), kind="drink", usual=244.0)
    portion = portion_for(parse_item("milk", accompaniment=True), milk)
    assert portion.grams == pytest.approx(30.0 * 244.0 / 236.588, rel=0.01)
