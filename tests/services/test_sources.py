"""Where a nutrient came from, on the real analyser and bundled USDA data."""

from __future__ import annotations

import pytest

from crampcheck.core.nutrients import Nutrient
from crampcheck.errors import InputError
from crampcheck.schemas.sources import sources_to_json
from crampcheck.services.intake import analyze_intake
from crampcheck.services.sources import intake_sources, nutrient_named

DAY = (
    "Porridge with a banana for breakfast. A tuna mayo sandwich and a packet of crisps for "
    "lunch. Spinach and salmon for dinner."
)


@pytest.mark.parametrize("nutrient", [Nutrient.MAGNESIUM_MG, Nutrient.SODIUM_MG])
def test_rows_are_the_biggest_counted_items(nutrient: Nutrient) -> None:
    result = analyze_intake(DAY)
    found = intake_sources(result, nutrient, limit=3)
    amounts = sorted(
        ((item.nutrients.get(nutrient) or 0.0, item.text) for item in result.items if item.counted),
        reverse=True,
    )
    assert [(row.amount, row.text) for row in found.rows] == amounts[:3]
    assert found.total == pytest.approx(result.totals[nutrient])
    assert found.rows[0].amount + found.rows[1].amount + found.rows[2].amount + (
        found.other_amount
    ) == pytest.approx(result.totals[nutrient] or 0.0)
    assert all(row.meal in {"breakfast", "lunch", "dinner"} for row in found.rows)


def test_json_rows() -> None:
    found = intake_sources(analyze_intake(DAY), Nutrient.MAGNESIUM_MG, limit=10)
    document = sources_to_json(found)
    assert document["nutrient"] == "magnesium_mg"
    assert document["unit"] == "mg"
    assert sum(row["percent"] for row in document["sources"]) == pytest.approx(100, abs=1)
    assert {"text", "food_id", "name", "grams", "amount", "percent", "meal", "day"} <= set(
        document["sources"][0]
    )


@pytest.mark.parametrize(
    ("typed", "nutrient"),
    [("magnesium", Nutrient.MAGNESIUM_MG), ("Vitamin D", Nutrient.VITAMIN_D_UG),
     ("sodium_mg", Nutrient.SODIUM_MG), ("k", Nutrient.POTASSIUM_MG)],
)  # fmt: skip
def test_nutrient_named(typed: str, nutrient: Nutrient) -> None:
    assert nutrient_named(typed) is nutrient


@pytest.mark.parametrize("typed", ["unobtainium", "", "<script>"])
def test_unknown_nutrient_is_a_clear_error(typed: str) -> None:
    with pytest.raises(InputError, match="no nutrient is called"):
        nutrient_named(typed)
