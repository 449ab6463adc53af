"""Supplements in diary text: the issue's examples, every product by name, IU and mEq."""

from __future__ import annotations

import pytest

from crampcheck.core.nutrients import Nutrient
from crampcheck.core.supplements import (
    SupplementProduct,
    find_product,
    normalise,
    read_supplement,
    split_out_supplements,
)
from crampcheck.data.supplements import load_supplement_products

PRODUCTS = load_supplement_products()
MG, K, CA, NA, D, B12 = (
    Nutrient.MAGNESIUM_MG,
    Nutrient.POTASSIUM_MG,
    Nutrient.CALCIUM_MG,
    Nutrient.SODIUM_MG,
    Nutrient.VITAMIN_D_UG,
    Nutrient.VITAMIN_B12_UG,
)
FAT, KCAL = Nutrient.FAT_G, Nutrient.ENERGY_KCAL


@pytest.mark.parametrize(
    ("text", "expected", "explained"),
    [
        ("magnesium citrate 250 mg", {MG: 250}, "counted as 250 mg magnesium"),
        ("vitamin D3 2000 IU", {D: 50}, "counted as 50 µg vitamin D"),
        ("a 10 microgram vitamin D tablet", {D: 10}, "counted as 10 µg vitamin D"),
        ("B12 1000 mcg", {B12: 1000}, "counted as 1,000 µg vitamin B12"),
        ("two Slow-Mag tablets (64 mg magnesium each)", {MG: 128}, "128 mg magnesium"),
        (
            "an electrolyte tablet (sodium 300 mg, potassium 150 mg, magnesium 25 mg)",
            {NA: 300, K: 150, MG: 25},
            "300 mg sodium, 150 mg potassium, 25 mg magnesium",
        ),
        (
            "a cal-mag tablet with 500 mg calcium and 250 mg magnesium",
            {CA: 500, MG: 250},
            "500 mg calcium, 250 mg magnesium",
        ),
        ("a teaspoon of cod liver oil", {FAT: 4.5, KCAL: 40.6, D: 11.25}, "1 teaspoon, label"),
        ("a 1000 mg fish oil capsule", {FAT: 1.0, KCAL: 9.0}, "1 g fat"),
        ("magnesium glycinate 200mg", {MG: 200}, "200 mg magnesium"),
        ("calcium carbonate 500 mg with vitamin D", {CA: 500}, "500 mg calcium"),
        ("2 Tums (400 mg calcium each)", {CA: 800}, "800 mg calcium"),
        ("potassium chloride 8 mEq", {K: 312.8}, "312.8 mg potassium"),
        ("two magnesium tablets, 100 mg each", {MG: 200}, "200 mg magnesium"),
        ("Mag-Ox 400", {MG: 241.3}, "400 mg of magnesium oxide"),
        ("2 Slow-Mag a day", {MG: 143, CA: 238}, "2 tablets, label"),
        ("1 Slow-Mag twice a day", {MG: 143, CA: 238}, "2 tablets"),
        ("calcium 600 mg + D 400 IU (Caltrate)", {CA: 600, D: 10}, "600 mg calcium"),
        ("my calcium and vitamin D tablets (Adcal-D3, 2 a day)", {CA: 1200, D: 20}, "label"),
        ("a vitamin D spray (3000 IU)", {D: 75}, "75 µg vitamin D"),
        ("magnesium bisglycinate, 2 capsules (each 100mg elemental)", {MG: 200}, "200 mg"),
        ("potassium 10 mmol", {K: 391}, "391 mg potassium"),
        ("folic acid 400mcg", {Nutrient.FOLATE_UG: 400}, "400 µg folate"),
        ("vitamin D 3,200 IU", {D: 80}, "80 µg vitamin D"),
        ("magnesium bisglycinate 200 mg vit D 25mcg", {MG: 200, D: 25}, "200 mg magnesium"),
        ("calcium 500mg with D 10mcg", {CA: 500, D: 10}, "10 µg vitamin D"),
        ("Adcal-D3 (600mg calcium, 400 units D3)", {CA: 600, D: 10}, "10 µg vitamin D"),
        ("Potassium chloride 600mg slow release (8 mEq)", {K: 312.8}, "312.8 mg potassium"),
        ("D 25 mcg", {D: 25}, "25 µg vitamin D"),
    ],
)
def test_supplement_phrases(text: str, expected: dict[Nutrient, float], explained: str) -> None:
    reading = read_supplement(text, PRODUCTS)
    assert reading is not None
    assert {n: round(v, 2) for n, v in reading.nutrients.items()} == expected
    assert explained in reading.explanation


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        ("vitamin D", "vitamin D"),
        ("two magnesium tablets", "magnesium"),
        ("my B12", "vitamin B12"),
        ("calcium carbonate 500 mg with vitamin D", "vitamin D"),
    ],
)
def test_a_supplement_without_an_amount_is_not_counted_and_says_so(text: str, missing: str) -> None:
    reading = read_supplement(text, PRODUCTS)
    assert reading is not None
    assert any(missing in warning for warning in reading.warnings)
    assert missing.split()[0].lower() in reading.explanation.lower() or reading.nutrients


@pytest.mark.parametrize("product", PRODUCTS, ids=lambda p: p.product_id)
@pytest.mark.parametrize("name_index", [0, -1])
def test_every_product_by_name_gives_its_label_amounts(
    product: SupplementProduct, name_index: int
) -> None:
    name = product.names[name_index]
    one = read_supplement(f"a {name}", PRODUCTS)
    two = read_supplement(f"2 {name} {product.unit}s", PRODUCTS)
    assert one is not None
    assert two is not None
    assert one.product_id == product.product_id
    assert dict(one.nutrients) == pytest.approx(dict(product.per_unit))
    assert dict(two.nutrients) == pytest.approx({n: 2 * v for n, v in product.per_unit.items()})
    assert one.estimate is product.estimate
    assert one.counted is bool(product.per_unit)


@pytest.mark.parametrize(
    ("text", "nutrient", "amount"),
    [
        ("Slow-Mag", MG, 71.5),
        ("Slow-Mag", CA, 119),
        ("Mag-Ox 400", MG, 241.3),
        ("Adcal-D3", CA, 600),
        ("Adcal-D3", D, 10),
        ("Fultium D3", D, 20),
        ("Fultium-D3 3,200", D, 80),
        ("Tums", CA, 200),
        ("Tums Ultra 1000", CA, 400),
        ("Berocca", MG, 100),
        ("Nuun Sport", NA, 300),
        ("one LMNT packet in my water bottle", NA, 1000),
        ("an LMNT stick", K, 200),
        ("LMNT", MG, 60),
        ("one calcichew d3 forte", CA, 500),
        ("Calcichew-D3 Forte", D, 10),
        ("Ostelin Vitamin D3 1000 IU", D, 25),
        ("ostelin 1000", D, 25),
        ("the 1000 IU ostelin capsule", D, 25),
        ("Slow-K", K, 312.8),
    ],
)
def test_label_amounts_of_named_products(text: str, nutrient: Nutrient, amount: float) -> None:
    reading = read_supplement(text, PRODUCTS)
    assert reading is not None
    assert reading.nutrients[nutrient] == pytest.approx(amount)


@pytest.mark.parametrize(
    ("text", "product_id"),
    [
        ("a multivitamin", "multivitamin"),
        ("a multi", "multivitamin"),
        ("my multi", "multivitamin"),
        ("took a daily multi", "multivitamin"),
        ("my multi every morning", "multivitamin"),
        ("swisse mens multi", "multivitamin"),
        ("2 multis", "multivitamin"),
        ("my one a day multivitamin", "multivitamin"),
        ("Pregnacare", "pregnacare"),
        ("a centrum", "centrum_adults"),
        ("Osteocare", "osteocare"),
        ("Ostelin", "ostelin"),
        ("ostelin vitamin d3", "ostelin"),
        ("calcichew d3", "calcichew"),
        ("Calcichew-D3 Forte Double Strength", "calcichew"),
    ],
)
def test_a_product_with_several_formulations_is_a_supplement_not_counted(
    text: str, product_id: str
) -> None:
    reading = read_supplement(text, PRODUCTS)
    assert reading is not None
    assert reading.product_id == product_id
    assert reading.nutrients == {}
    assert not reading.counted
    assert not reading.estimate
    assert "not counted" in reading.explanation
    assert any("please check the label" in warning for warning in reading.warnings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a multivitamin (it says 100 mg magnesium and 400 IU vitamin D)", {MG: 100, D: 10}),
        ("a multi (100 mg magnesium, 10 µg vitamin D)", {MG: 100, D: 10}),
        ("Pregnacare with 10 mcg vitamin D", {D: 10}),
    ],
)
def test_amounts_written_count_for_a_product_without_label_amounts(
    text: str, expected: dict[Nutrient, float]
) -> None:
    reading = read_supplement(text, PRODUCTS)
    assert reading is not None
    assert dict(reading.nutrients) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text", ["multi grain bread", "2 slices of multi seed loaf", "multigrain toast", "multi-grain"]
)
def test_multi_before_a_food_word_is_food(text: str) -> None:
    assert read_supplement(text, PRODUCTS) is None
    assert split_out_supplements(text, PRODUCTS) == (text, ())


def test_a_slow_mag_reading_says_whose_label_it_is() -> None:
    reading = read_supplement("2 Slow-Mag", PRODUCTS)
    assert reading is not None
    assert any("US tablet" in warning for warning in reading.warnings)


def test_an_estimate_product_is_flagged() -> None:
    typical = SupplementProduct(
        "typical", ("typical tonic",), "tablet", {MG: 50}, ("L1",), estimate=True
    )
    reading = read_supplement("a typical tonic", (typical,))
    assert reading is not None
    assert reading.estimate
    assert "estimate" in reading.explanation
    assert reading.warnings
    assert reading.nutrients == {MG: 50}


@pytest.mark.parametrize(
    "text",
    [
        "a glass of whole milk",
        "coffee with milk and sugar",
        "chicken with rice and peas",
        "2 eggs and toast",
        "a bowl of porridge",
        "salmon fillet",
        "a banana",
    ],
)
def test_foods_are_not_supplements(text: str) -> None:
    rest, found = split_out_supplements(text, PRODUCTS)
    assert found == ()
    assert rest == text


@pytest.mark.parametrize(
    ("text", "supplements", "food_left"),
    [
        (
            "2 eggs and toast, a multivitamin. Took my magnesium glycinate 200mg and vitamin D "
            "1000 IU with breakfast.",
            ["a multivitamin", "magnesium glycinate 200mg", "vitamin D 1000 IU with breakfast"],
            ["2", "eggs", "and", "toast"],
        ),
        (
            "porridge with a banana\nB12 1000 mcg\na tuna sandwich",
            ["B12 1000 mcg"],
            ["porridge", "with", "a", "banana", "a", "tuna", "sandwich"],
        ),
        ("oatmeal; vitamin D", ["vitamin D"], ["oatmeal"]),
        (
            "toast, magnesium citrate 250mg, D3 2000 IU",
            ["magnesium citrate 250mg", "D3 2000 IU"],
            ["toast"],
        ),
        ("calcium 600 mg, D3", ["calcium 600 mg, D3"], []),
        ("Magnesium glycinate 300mg, D 25 mcg", ["Magnesium glycinate 300mg", "D 25 mcg"], []),
        ("2 eggs and toast, d", [], ["2", "eggs", "and", "toast,", "d"]),
    ],
)
def test_supplements_are_taken_out_of_the_food_text(
    text: str, supplements: list[str], food_left: list[str]
) -> None:
    rest, found = split_out_supplements(text, PRODUCTS)
    assert [reading.text for reading in found] == supplements
    assert rest.replace(";", " ").replace(".", " ").split() == food_left


@pytest.mark.parametrize(
    ("text", "warning"),
    [
        ("magnesium 999999999999 mg", "not plausible"),
        ("vitamin D 90000000 IU", "not plausible"),
    ],
)
def test_implausible_amounts_are_not_counted(text: str, warning: str) -> None:
    reading = read_supplement(text, PRODUCTS)
    assert reading is not None
    assert not reading.counted
    assert any(warning in w for w in reading.warnings)


@pytest.mark.parametrize(
    "text",
    ["magnesium " + " " * 5000 + "!", "(" * 20000, "and " * 5000, "5000 Slow-Mag", "µ" * 3000],
)
def test_hostile_text_is_read_quickly_without_error(text: str) -> None:
    rest, found = split_out_supplements(text, PRODUCTS)
    assert isinstance(rest, str)
    assert all(sum(r.nutrients.values()) < 1e6 for r in found)


def test_products_are_found_the_same_in_more_catalogues_than_the_patterns_kept() -> None:
    # 65 catalogues (copies of the real one, all kept alive): the remembered patterns are
    # dropped once and made again, and every catalogue still finds its product.
    catalogues = [(*PRODUCTS,) for _ in range(65)]  # 65 distinct tuple objects
    text = normalise("two Slow-Mag tablets")
    for catalogue in (*catalogues, catalogues[0]):
        found = find_product(text, catalogue)
        assert found is not None
        assert found.product_id == "slow_mag"


FE = Nutrient.IRON_MG


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the label's elemental amount wins over the compound's weight written before it
        ("magnesium orotate 400mg (label says 31mg elemental per tab), 2 tabs", {MG: 62}),
        ("magnesium 375mg (thats the citrate, says 375mg of magnesium)", {MG: 375}),
        ("potassium gluconate 595 mg = 99 mg potassium per the label", {K: 99}),
        ("calcium carbonate 1.25g tab (label: 500mg calcium + 10µg D3)", {CA: 500, D: 10}),
        ("2 from the kit (600mg sodium chloride each = 236mg sodium)", {NA: 472}),
        # a count with "=" is the whole dose
        ("magnesium l-threonate, 3 caps = 144 mg elemental per the label", {MG: 144}),
        ("2 caps of bisglycinate (200 mg Mg total)", {MG: 200}),
        # counts: "2 x 100 mg", half a tablet, a count before the amount of each, adjectives
        ("magnesium, 2 x 100 mg (says elemental)", {MG: 200}),
        ("half of my calcium tab (its the 600mg calcium + 400iu D one)", {CA: 300, D: 5}),
        ("two 120mg caps of glycinate magnesium", {MG: 240}),
        ("sando-k, 2 fizzy tabs as prescribed", {K: 940}),
        # vitamin D written as a bare "D" after an article or an IU amount, or beside K2
        ("my kirkland mature multi, the D (50 mcg = 2000 IU softgel)", {D: 50}),
        ("one D 1000 IU", {D: 25}),
        ("d3/k2 liquid, 2 drops (1000 IU a drop)", {D: 50}),
        # an amount before one nutrient, another after the next
        ("hydralyte tablet, says 230 mg sodium 190 mg potassium", {NA: 230, K: 190}),
    ],
)
def test_label_statements_in_brackets_and_counts(
    text: str, expected: dict[Nutrient, float]
) -> None:
    reading = read_supplement(text, PRODUCTS)
    assert reading is not None
    assert dict(reading.nutrients) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "nutrient", "amount"),
    [
        ("2 saltstick caps during my run", NA, 430),
        ("a saltstick", MG, 11),
        ("one liquid IV stick in my water bottle", K, 370),
        ("two mag-tab SR caplets", MG, 168),
        ("one ferro-grad C", FE, 105),
    ],
)
def test_electrolyte_and_iron_products(text: str, nutrient: Nutrient, amount: float) -> None:
    reading = read_supplement(text, PRODUCTS)
    assert reading is not None
    assert reading.nutrients[nutrient] == pytest.approx(amount)


@pytest.mark.parametrize(
    ("text", "supplements"),
    [
        (
            "vegan b12, 25µg and D3 (vegan, lichen) 1000 IU",
            ["vegan b12, 25µg", "D3 (vegan, lichen) 1000 IU"],
        ),
        ("b12, 500 micrograms and one ferro-grad C", ["b12, 500 micrograms", "one ferro-grad C"]),
        ("magnesium, 2 x 100 mg and B12 5000 mcg", ["magnesium, 2 x 100 mg", "B12 5000 mcg"]),
        (
            "sando-k, 2 fizzy tabs and boots D3, the 25µg",
            ["sando-k, 2 fizzy tabs", "boots D3, the 25µg"],
        ),
        (
            "2 slow-mag tablets and one b12 500mcg lozenge",
            ["2 slow-mag tablets", "one b12 500mcg lozenge"],
        ),
        (
            "mag citrate, two of the 150 mg ones and one drop of the 1000 iu vitamin d",
            ["mag citrate, two of the 150 mg ones", "one drop of the 1000 iu vitamin d"],
        ),
        ("hydralyte tablet, says 230 mg sodium", ["hydralyte tablet, says 230 mg sodium"]),
        (
            "salt tabs, 2 from the kit (236mg sodium each)",
            ["salt tabs", "2 from the kit (236mg sodium each)"],
        ),
    ],
)
def test_a_part_with_its_own_nutrient_and_amount_is_its_own_supplement(
    text: str, supplements: list[str]
) -> None:
    _, found = split_out_supplements(text, PRODUCTS)
    assert [reading.text for reading in found] == supplements


@pytest.mark.parametrize(
    "text", ["150mcg iodine tab", "melatonin 3mg", "a biotin gummy", "2 calcium chews"]
)
def test_supplements_never_read_as_food(text: str) -> None:
    reading = read_supplement(text, PRODUCTS)
    assert reading is not None
    assert KCAL not in reading.nutrients


@pytest.mark.parametrize("text", ["turmeric latte", "iodised salt", "a chromium plated spoon"])
def test_untracked_words_without_a_dose_stay_food(text: str) -> None:
    assert read_supplement(text, PRODUCTS) is None
