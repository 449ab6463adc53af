"""Supplement reading on its edges: no product list, phrases that only mention a nutrient,
and units that do not fit the nutrient."""

from __future__ import annotations

import pytest

from crampcheck.core.nutrients import Nutrient
from crampcheck.core.supplements import find_product, product_spans, read_supplement
from crampcheck.data.supplements import load_supplement_products

PRODUCTS = load_supplement_products()


def test_without_products_nothing_is_a_product() -> None:
    assert find_product("holland and barrett magnesium", ()) is None
    assert product_spans("holland and barrett magnesium", ()) == []
    assert find_product("nothing here", PRODUCTS) is None


@pytest.mark.parametrize("text", ["magnesium rich foods", "spinach with magnesium"])
def test_a_food_that_mentions_a_nutrient_is_not_a_supplement(text: str) -> None:
    assert read_supplement(text, PRODUCTS) is None


@pytest.mark.parametrize(
    ("text", "warning"),
    [
        ("magnesium 300 IU", "300 iu of magnesium not understood; write it as on the label (mg)"),
        ("calcium 1000 IU", "1,000 iu of calcium not understood; write it as on the label (mg)"),
    ],
)
def test_a_unit_that_does_not_fit_the_nutrient_is_not_counted(text: str, warning: str) -> None:
    reading = read_supplement(text, PRODUCTS)
    assert reading is not None
    assert (dict(reading.nutrients), reading.warnings, reading.explanation) == (
        {},
        (warning,),
        "not counted: the amount stated could not be read",
    )


@pytest.mark.parametrize(
    ("text", "nutrient", "amount"),
    [
        ("calcium 1.2 g", Nutrient.CALCIUM_MG, 1200.0),
        ("1 g of potassium", Nutrient.POTASSIUM_MG, 1000.0),
        ("fish oil 1 g capsule", Nutrient.FAT_G, 1.0),
    ],
)
def test_an_amount_in_grams_is_converted(text: str, nutrient: Nutrient, amount: float) -> None:
    reading = read_supplement(text, PRODUCTS)
    assert reading is not None
    assert reading.nutrients[nutrient] == pytest.approx(amount)
