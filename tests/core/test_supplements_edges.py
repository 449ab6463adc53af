"""Supplement reading on its edges: no product list, phrases that only mention a nutrient,
and units that do not fit the nutrient."""

from __future__ import annotations

import pytest

from crampcheck.core.nutrients import Nutrient
from crampcheck.core.supplements import (
    find_product,
    product_spans,
    read_supplement,
    split_out_supplements,
)
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


# (text, nutrients counted) for amounts written with no unit: the unit labels usually use
UNITLESS = [
    ("magnesium 400", {Nutrient.MAGNESIUM_MG: 400.0}),
    ("mag oxide 400", {Nutrient.MAGNESIUM_MG: 400.0}),
    ("my magnesium glycinate 200", {Nutrient.MAGNESIUM_MG: 200.0}),
    ("magnesium 400 each night", {Nutrient.MAGNESIUM_MG: 400.0}),
    ("vit d 1000", {Nutrient.VITAMIN_D_UG: 25.0}),
    ("vitamin d 25", {Nutrient.VITAMIN_D_UG: 25.0}),
    ("b12 1000", {Nutrient.VITAMIN_B12_UG: 1000.0}),
    ("2 magnesium 250", {Nutrient.MAGNESIUM_MG: 500.0}),
    ("calcium 600 with d 400", {Nutrient.CALCIUM_MG: 600.0, Nutrient.VITAMIN_D_UG: 10.0}),
    ("magnesium 2 a day", {}),
    ("vitamin d 2 tablets", {}),
    ("magnesium citrate", {}),
]


@pytest.mark.parametrize(("text", "nutrients"), UNITLESS)
def test_an_amount_without_a_unit_is_read_in_the_label_unit_and_flagged(
    text: str, nutrients: dict[Nutrient, float]
) -> None:
    reading = read_supplement(text, PRODUCTS)
    assert reading is not None
    assert dict(reading.nutrients) == pytest.approx(nutrients)
    flagged = any("no unit written" in w for w in reading.warnings)
    assert flagged == bool(nutrients)


@pytest.mark.parametrize("text", ["spinach with magnesium 3", "magnesium rich foods 2"])
def test_a_food_with_a_number_after_a_nutrient_stays_a_food(text: str) -> None:
    assert read_supplement(text, PRODUCTS) is None


# (diary text, supplement phrases read with their nutrients, what is left for the food search)
PHRASE_SHAPES = [
    ("calcium 600 mg w/ D 800 IU", {Nutrient.CALCIUM_MG: 600.0, Nutrient.VITAMIN_D_UG: 20.0}, ""),
    ("mag citrate 150mg, 2 caps", {Nutrient.MAGNESIUM_MG: 300.0}, ""),
    ("mag citrate, two of the 150 mg ones", {Nutrient.MAGNESIUM_MG: 300.0}, ""),
    ("b12 spray (500µg per spray), 2 sprays", {Nutrient.VITAMIN_B12_UG: 1000.0}, ""),
    ("vitamin d, the 25mcg one", {Nutrient.VITAMIN_D_UG: 25.0}, ""),
    ("magnesium, 300mg worth", {Nutrient.MAGNESIUM_MG: 300.0}, ""),
    ("2 caps of magnesium glycinate, 400mg total", {Nutrient.MAGNESIUM_MG: 400.0}, ""),
    ("calcium 600 mg + D 400 IU, twice a day",
     {Nutrient.CALCIUM_MG: 1200.0, Nutrient.VITAMIN_D_UG: 20.0}, ""),
    ("2 mag tablets (says 100mg each)", {Nutrient.MAGNESIUM_MG: 200.0}, ""),
    ("magnesium 200mg, 2 slices of toast", {Nutrient.MAGNESIUM_MG: 200.0}, ", 2 slices of toast"),
    ("vitamin d 1000iu, two eggs", {Nutrient.VITAMIN_D_UG: 25.0}, ", two eggs"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "nutrients", "rest"), PHRASE_SHAPES)
def test_supplement_phrase_shapes(text: str, nutrients: dict[Nutrient, float], rest: str) -> None:
    left, found = split_out_supplements(text, PRODUCTS)
    total: dict[Nutrient, float] = {}
    for reading in found:
        for nutrient, value in reading.nutrients.items():
            total[nutrient] = total.get(nutrient, 0.0) + value
    assert total == pytest.approx(nutrients)
    assert left.strip() == rest


@pytest.mark.parametrize(
    ("text", "warned"),
    [("vitamin d 5 mg", True), ("vitamin d3 1.25 mg", True), ("vitamin d 25 mcg", False)],
)
def test_vitamin_d_in_mg_is_counted_and_asks_to_check_the_label(text: str, warned: bool) -> None:
    reading = read_supplement(text, PRODUCTS)
    assert reading is not None
    assert any("vitamin D written in mg" in w for w in reading.warnings) is warned
