"""Supplements through the intake service: never a food, shown apart, counted in the totals,
the magnesium UL on supplements only, and diary supplements in the assessment."""

from __future__ import annotations

import pytest

from crampcheck.core.intake import ItemKind, Status
from crampcheck.core.models import make_profile
from crampcheck.core.nutrients import Nutrient
from crampcheck.schemas.cases import assess_document
from crampcheck.schemas.intake import intake_to_json
from crampcheck.services.intake import analyze_intake

MG = Nutrient.MAGNESIUM_MG


@pytest.mark.parametrize(
    "text",
    [
        "vitamin D",
        "vitamin D 1000 IU tablet",
        "two magnesium tablets, 100 mg each",
        "a 1000 mg fish oil capsule",
        "a teaspoon of cod liver oil",
        "a multivitamin",
        "B12 1000 mcg",
        "2 Tums (400 mg calcium each)",
    ],
)
def test_a_supplement_never_becomes_a_food(text: str) -> None:
    result = analyze_intake(text)
    assert [item.kind for item in result.items] == [ItemKind.SUPPLEMENT]
    assert result.items[0].food_id is None
    assert result.items[0].grams is None
    assert result.unparsed == ()


def test_fish_oil_capsule_is_one_gram_of_oil_not_a_hundred() -> None:
    result = analyze_intake("a 1000 mg fish oil capsule")
    assert result.totals[Nutrient.FAT_G] == pytest.approx(1.0)
    assert result.totals[Nutrient.ENERGY_KCAL] == pytest.approx(9.0)


def test_totals_are_food_and_supplements_and_the_supplement_part_is_apart() -> None:
    food = analyze_intake("a medium banana")
    both = analyze_intake("a medium banana, magnesium citrate 250 mg")
    food_mg = food.totals[MG]
    assert food_mg is not None
    assert both.totals[MG] == pytest.approx(food_mg + 250)
    assert both.totals_from_supplements[MG] == pytest.approx(250)
    assert both.totals_from_supplements[Nutrient.POTASSIUM_MG] is None
    assert [item.kind for item in both.items] == [ItemKind.FOOD, ItemKind.SUPPLEMENT]
    assert both.coverage[Nutrient.POTASSIUM_MG].of == 1  # the label lists no potassium


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("magnesium citrate 400 mg", Status.ABOVE_UL),
        ("magnesium citrate 300 mg", Status.LOW),
        ("300 g pumpkin seeds, magnesium citrate 200 mg", Status.ADEQUATE),
        ("100 g pumpkin seeds, Mag-Ox 400, magnesium glycinate 200 mg", Status.ABOVE_UL),
    ],
)
def test_the_magnesium_ul_is_checked_on_supplements_only(text: str, status: Status) -> None:
    result = analyze_intake(text, make_profile(40, "male"))
    assert result.targets is not None
    target = result.targets[MG]
    assert target.status is status
    supplements = result.totals_from_supplements[MG] or 0.0
    assert (supplements > 350) is (status is Status.ABOVE_UL)


def test_other_uls_use_the_total() -> None:
    result = analyze_intake("vitamin D 2000 IU, vitamin D3 3000 IU", make_profile(40, "male"))
    assert result.targets is not None
    assert result.targets[Nutrient.VITAMIN_D_UG].total == pytest.approx(125)
    assert result.targets[Nutrient.VITAMIN_D_UG].status is Status.ABOVE_UL


def test_json_marks_kind_and_gives_the_supplement_totals() -> None:
    document = intake_to_json(analyze_intake("2 eggs, vitamin D3 2000 IU"))
    assert [item["kind"] for item in document["items"]] == ["food", "supplement"]
    assert document["items"][1]["explanation"] == "counted as 50 µg vitamin D"
    assert document["totals_from_supplements"]["vitamin_d_ug"] == 50
    assert document["totals"]["vitamin_d_ug"] > 50


def test_diary_magnesium_supplement_with_ckd_is_a_red_flag() -> None:
    case = {
        "profile": {"age": 60, "sex": "female"},
        "conditions": ["chronic kidney disease"],
        "diary": "porridge, magnesium citrate 400 mg",
    }
    result = assess_document(case)
    assert "supplement_with_kidney_disease" in [flag["id"] for flag in result["red_flags"]]
    without = assess_document({**case, "diary": "porridge"})
    assert "supplement_with_kidney_disease" not in [flag["id"] for flag in without["red_flags"]]


@pytest.mark.parametrize(
    ("medication", "recognised"),
    [
        ("Pregnacare", "pregnancy multivitamin"),
        ("Adcal-D3", "calcium and/or vitamin D supplement"),
        ("Fultium D3", "calcium and/or vitamin D supplement"),
        ("co-amilofruse", "potassium-sparing diuretic"),
    ],
)
def test_assess_recognises_supplement_products_and_co_amilofruse(
    medication: str, recognised: str
) -> None:
    result = assess_document({"profile": {"age": 40, "sex": "female"}, "medications": [medication]})
    assert any(recognised in line for line in result["matched"])
