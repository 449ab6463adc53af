"""How many grams a diary item weighs: the food's own USDA household measures first, then
sensible defaults. "Two eggs" is about 100 g, never 2 g; "a glass of milk" is about 240 ml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from crampcheck.core.locale import LocaleRules
from crampcheck.core.models import Food, Measure
from crampcheck.core.parsing import ParsedItem
from crampcheck.core.units import MASS_G, UNIT_WORDS, VOLUME_ML, UnitKind, unit_kind

MAX_PLAUSIBLE_ITEM_GRAMS = 5000.0
"""More than 5 kg of one food in a day is treated as a typing mistake and left out of totals."""

CONTAINER_ML = {
    "glass": 240.0,
    "mug": 250.0,
    "bottle": 500.0,
    "can": 355.0,
    "carton": 250.0,
    "splash": 30.0,
}
"""Default volumes of drink containers when the food has no USDA measure for them (a splash of
milk is the 30 ml poured into coffee)."""

CONTAINER_G = {
    "handful": 28.35,
    "slice": 30.0,
    "piece": 30.0,
    "serving": 100.0,
    "plate": 300.0,
    "pinch": 0.3,
    "pat": 5.0,
    "dash": 1.0,
    "sprig": 1.0,
    "leaf": 10.0,
    "clove": 3.0,
    "stick": 10.0,
    "rasher": 8.0,
    "strip": 8.0,
    "fillet": 150.0,
    "bar": 40.0,
    "packet": 30.0,
    "sachet": 10.0,
    "pot": 150.0,
    "tub": 150.0,
    "jar": 200.0,
    "cube": 10.0,
    "patty": 90.0,
    "link": 45.0,
    "wedge": 30.0,
    "head": 500.0,
    "ear": 90.0,
    "stalk": 40.0,
    "scoop": 50.0,
    "bowl": 250.0,
}
"""Default weights of containers and count words when the food has no matching USDA measure."""

MAX_MEASURE_G = {"fillet": 250.0, "piece": 400.0, "slice": 250.0, "packet": 120.0}
"""Above these, a USDA measure describes a whole fish or loaf, not what one person eats."""

SLICE_OR_PIECE = {"slice": "piece", "piece": "slice"}
"""A slice of pizza or cake is the source's "piece" and the other way round."""

ONE_PORTION_UNITS = frozenset({"serving", "plate", "packet", "slice", "piece", "pot", "tub"})
"""Container words that mean one usual portion when the food has no measure of that name."""

SIZE_FACTORS = {
    "extra small": 0.6,
    "small": 0.75,
    "medium": 1.0,
    "large": 1.33,
    "extra large": 1.6,
    "jumbo": 1.8,
    "heaping": 1.5,
    "level": 1.0,
}
"""Scaling for a size word when the food has no measure of that size."""

MEASURE_ALIASES = {
    "nlea": "serving",
    "portion": "serving",
    "container": "pot",
    "package": "packet",
    "spear": "piece",
    "item": "piece",
    "unit": "piece",
    "each": "piece",
    "tablespoon": "tbsp",
    "teaspoon": "tsp",
    "bunch": "head",
}

COUNT_MEASURE_WORDS = ("fruit", "whole", "piece", "item", "unit", "each")
"""Measure names that mean one whole item."""

DRINK_WORDS = frozenset(
    [
        "milk",
        "juice",
        "water",
        "coffee",
        "tea",
        "beer",
        "wine",
        "soda",
        "cola",
        "drink",
        "beverage",
        "smoothie",
        "lemonade",
        "cider",
        "kefir",
        "shake",
        "latte",
        "cappuccino",
        "espresso",
        "cocoa",
    ]
)

SIZES = ("extra small", "extra large", "small", "medium", "large", "jumbo")


@dataclass(frozen=True, slots=True)
class Portion:
    """The weight of an item and how it was worked out."""

    grams: float
    description: str
    confidence: float


def measure_unit(measure: Measure) -> str:
    """The canonical unit or count word a USDA measure is expressed in ("cup, chopped" -> cup)."""
    name = measure.name.lower().strip()
    for size in SIZES:
        if name.startswith(size) and (len(name) == len(size) or not name[len(size)].isalpha()):
            return size
    if name.startswith(("fl oz", "fl. oz")):
        return "fl oz"
    first = re.split(r"[\s,(]", name, maxsplit=1)[0].rstrip(".")
    first = MEASURE_ALIASES.get(first, first)
    return UNIT_WORDS.get(first, first)


US_RULES = LocaleRules()


def portion_for(item: ParsedItem, food: Food, rules: LocaleRules = US_RULES) -> Portion:
    """Grams for ``item`` of ``food`` (quantity defaults to one portion when none is given).

    ``rules`` give the locale's household sizes (a UK pint is 568 ml, an Australian cup 250 ml).
    """
    quantity = item.quantity_or_one
    if item.stated_amount is not None:
        value, unit = item.stated_amount
        return _explicit(value, unit, food, "as stated in brackets")
    if item.unit is not None and unit_kind(item.unit) is not UnitKind.CONTAINER:
        return _localised(_explicit(quantity, item.unit, food, None), item.unit, rules)
    if item.unit is not None and item.unit in rules.containers_ml:
        density, _ = _density(food)
        ml = quantity * rules.containers_ml[item.unit]
        return Portion(ml * density, f"{_fmt(quantity)} {item.unit} ≈ {_fmt(ml)} ml", 0.85)
    if item.unit is not None:
        return _container(quantity, item, food)
    if item.quantity is not None:
        return _count(quantity, item, food)
    return _default(item, food)


def _localised(portion: Portion, unit: str, rules: LocaleRules) -> Portion:
    """Scale a portion in a US unit to the locale's size of that unit."""
    if unit not in rules.volumes_ml:
        return portion
    factor = rules.volumes_ml[unit] / VOLUME_ML[unit]
    text = f"{portion.description} (local {unit} = {_fmt(rules.volumes_ml[unit])} ml)"
    return Portion(portion.grams * factor, text, portion.confidence)


def _explicit(value: float, unit: str, food: Food, note: str | None) -> Portion:
    if unit in MASS_G:
        grams = value * MASS_G[unit]
        return Portion(grams, note or f"{_fmt(value)} {unit}", 1.0)
    measure = _pick(food, unit, ())
    if measure is not None and unit not in ("ml", "l", "dl", "cl"):
        return Portion(value * measure.grams_each, _describe(value, measure), 0.95)
    density, known = _density(food)
    grams = value * VOLUME_ML[unit] * density
    text = f"{_fmt(value)} {unit} ≈ {_fmt(value * VOLUME_ML[unit])} ml"
    return Portion(grams, note or text, 0.95 if known else 0.8)


def _density(food: Food) -> tuple[float, bool]:
    """Grams per millilitre from the food's own volume measures (1.0 when it has none)."""
    for measure in food.measures:
        unit = measure_unit(measure)
        if unit in VOLUME_ML and measure.grams_each > 0:
            return measure.grams_each / VOLUME_ML[unit], True
    return 1.0, False


def _container(quantity: float, item: ParsedItem, food: Food) -> Portion:
    unit = item.unit or "serving"
    factor = SIZE_FACTORS.get(item.size or "medium", 1.0)
    measure = _pick(food, unit, item.preparation)
    if measure is None and unit in SLICE_OR_PIECE:
        measure = _pick(food, SLICE_OR_PIECE[unit], item.preparation)
    if measure is None and unit in SLICE_OR_PIECE:
        measure = _named_count_measure(food)
    if measure is not None and measure.grams_each > MAX_MEASURE_G.get(unit, float("inf")):
        measure = None
    if measure is None and food.default_grams and unit in ONE_PORTION_UNITS:
        grams = quantity * factor * food.default_grams
        return Portion(grams, f"{_fmt(quantity)} {unit} ≈ the usual portion ({_fmt(grams)} g)", 0.8)
    if measure is None and unit == "bowl":
        return _bowl(quantity * factor, food)
    if measure is None and unit == "scoop":
        measure = _pick(food, "cup", ())
        if measure is not None:
            grams = quantity * factor * measure.grams_each / 2
            return Portion(grams, f"{_fmt(quantity)} scoop ≈ ½ cup", 0.75)
    if measure is not None:
        return Portion(quantity * factor * measure.grams_each, _describe(quantity, measure), 0.9)
    if unit in CONTAINER_ML:
        density, _ = _density(food)
        ml = quantity * factor * CONTAINER_ML[unit]
        return Portion(ml * density, f"{_fmt(quantity)} {unit} ≈ {_fmt(ml)} ml", 0.8)
    grams = quantity * factor * CONTAINER_G.get(unit, 100.0)
    return Portion(grams, f"{_fmt(quantity)} {unit} ≈ {_fmt(grams)} g (typical)", 0.7)


BOWL_CUPS = 1.0
"""A bowl with no measure of its own is one cup, of cereal, porridge, soup or stew alike: the
reference coders of all three blind food sets weighed "a bowl of chili", "beef stew bowl",
"bowl of porridge" and "grits bowl" at 240-255 g (it was 1.5 cups, 350-390 g)."""


def _bowl(quantity: float, food: Food) -> Portion:
    cups = BOWL_CUPS
    cup = _pick(food, "cup", ())
    if cup is not None:
        grams = quantity * cups * cup.grams_each
        return Portion(grams, f"{_fmt(quantity)} bowl ≈ {_fmt(cups)} cup", 0.75)
    return Portion(quantity * CONTAINER_G["bowl"], f"{_fmt(quantity)} bowl ≈ 250 g", 0.65)


def _count(quantity: float, item: ParsedItem, food: Food) -> Portion:
    if food.default_grams and item.size is None:
        measure = _named_count_measure(food)
        if measure is None:
            grams = quantity * food.default_grams
            return Portion(grams, f"{_fmt(quantity)} × the usual portion ({_fmt(grams)} g)", 0.85)
        return Portion(quantity * measure.grams_each, _describe(quantity, measure), 0.9)
    measure = _count_measure(food, item.size, item.food)
    if measure is not None:
        return Portion(quantity * measure.grams_each, _describe(quantity, measure), 0.9)
    factor = SIZE_FACTORS.get(item.size or "medium", 1.0)
    if food.default_grams:
        grams = quantity * factor * food.default_grams
        return Portion(grams, f"{_fmt(quantity)} × the usual portion ({_fmt(grams)} g)", 0.75)
    serving = _pick(food, "serving", ())
    if serving is not None:
        return Portion(quantity * factor * serving.grams_each, _describe(quantity, serving), 0.7)
    grams = quantity * factor * 100.0
    return Portion(grams, f"{_fmt(quantity)} × 100 g (no household measure)", 0.5)


CONDIMENT_KINDS = frozenset({"spice", "fat", "sweet", "condiment"})
"""Spices, fats and oils, sweets, condiments: a default portion is a spoonful, not a cup."""

CONDIMENT_WORDS = frozenset(
    [
        "butter",
        "jam",
        "jelly",
        "honey",
        "syrup",
        "sauce",
        "dressing",
        "oil",
        "sugar",
        "mayonnaise",
        "ketchup",
        "catsup",
        "mustard",
        "spread",
        "marmalade",
        "molasses",
        "vinegar",
    ]
)


ADD_IN_ML = 30.0
"""Milk or cream added "with" another item (coffee with milk): about 2 tablespoons."""

ACCOMPANIMENT_FACTOR = 0.5
"""Something eaten "with" another food and given no amount: half a typical portion."""


def _default(item: ParsedItem, food: Food) -> Portion:
    """One typical portion when the diary gives no amount at all."""
    portion = _typical(item, food)
    if not item.accompaniment or _is_condiment(item, food):
        return portion
    if _is_drink(item, food):
        density, _ = _density(food)
        return Portion(
            ADD_IN_ML * density, "amount not given: assumed a splash (30 ml)", portion.confidence
        )
    return Portion(
        portion.grams * ACCOMPANIMENT_FACTOR,
        f"{portion.description}; halved as a side ('with')",
        portion.confidence,
    )


def _typical(item: ParsedItem, food: Food) -> Portion:
    confidence = 0.5 if item.vague else 0.6
    if item.size and (sized := _pick(food, item.size, ())) is not None:
        return Portion(sized.grams_each, f"assumed {_describe(1, sized)}", confidence + 0.1)
    factor = SIZE_FACTORS.get(item.size or "", 1.0)
    if food.default_grams and factor > 1.0:  # the usual portion is already a small one
        grams = food.default_grams * factor
        text = f"{item.size}: the usual portion × {_fmt(factor)} ({_fmt(grams)} g)"
        return Portion(grams, text, confidence + 0.1)
    if food.default_grams:
        text = f"amount not given: the usual portion ({_fmt(food.default_grams)} g)"
        return Portion(food.default_grams, text, confidence + 0.1)
    if _is_drink(item, food):
        density, _ = _density(food)
        return Portion(240.0 * density, "amount not given: assumed 1 glass (240 ml)", confidence)
    if _is_condiment(item, food):
        spoon = _pick(food, "tbsp", ())
        grams = spoon.grams_each if spoon is not None else 15.0
        return Portion(grams, "amount not given: assumed 1 tablespoon", confidence)
    measure = _count_measure(food, item.size, item.food) or _pick(food, "serving", ())
    measure = measure or _pick(food, "cup", ())
    if measure is not None and _many_small(item, measure):
        return _some_of_many(food, measure, confidence)
    if measure is not None:
        portion = _describe(1, measure)
        return Portion(measure.grams_each, f"amount not given: assumed {portion}", confidence)
    return Portion(100.0, "amount not given: assumed 100 g", confidence - 0.1)


SMALL_ITEM_G = 15.0
"""One grape, almond or baby carrot: "some grapes" or "almonds" with no count is a serving of
them, never one."""


def _many_small(item: ParsedItem, measure: Measure) -> bool:
    """Whether a plural food with no count would be read as one tiny item."""
    last = item.food.lower().rsplit(" ", 1)[-1]
    plural = last.endswith("s") and not last.endswith("ss")
    return plural and item.quantity is None and measure.grams_each < SMALL_ITEM_G


def _some_of_many(food: Food, one: Measure, confidence: float) -> Portion:
    """A serving of a small countable food: 1 oz when the food has it, else half a cup."""
    ounce = _pick(food, "oz", ())
    if ounce is not None:
        return Portion(ounce.grams_each, "amount not given: assumed 1 oz", confidence)
    cup = _pick(food, "cup", ())
    if cup is not None:
        return Portion(cup.grams_each / 2, "amount not given: assumed half a cup", confidence)
    return Portion(28.35, "amount not given: assumed 1 oz (28 g)", confidence)


def _is_drink(item: ParsedItem, food: Food) -> bool:
    phrase = set(re.findall(r"[a-z]+", item.food.lower()))
    name = food.name.lower()
    drink_name = name.startswith(("milk,", "beverages", "water")) or "juice" in name
    return food.kind == "drink" or drink_name or bool(phrase & DRINK_WORDS)


def _is_condiment(item: ParsedItem, food: Food) -> bool:
    phrase = set(re.findall(r"[a-z]+", f"{item.food} {food.name}".lower()))
    return food.kind in CONDIMENT_KINDS or bool(phrase & CONDIMENT_WORDS)


def _pick(food: Food, unit: str, preparation: tuple[str, ...]) -> Measure | None:
    """The food's measure in ``unit``; one naming a preparation word wins, then the plainest."""
    found = [m for m in food.measures if measure_unit(m) == unit]
    if not found:
        return None
    for word in preparation:
        for measure in found:
            if word in measure.name.lower():
                return measure
    return min(found, key=lambda m: (len(m.name), -m.grams_each))


MAX_ONE_ITEM_G = 500.0
"""A "one of" measure heavier than this is a whole pie, cake or loaf, not one serving."""


def _count_measure(food: Food, size: str | None, phrase: str) -> Measure | None:
    """The measure for "one" of this food, leaving out whole pies, cakes and loaves."""
    small = tuple(m for m in food.measures if m.grams_each <= MAX_ONE_ITEM_G)
    if small != food.measures:
        food = replace(food, measures=small)
    return _count_measure_of(food, size, phrase)


def _count_measure_of(food: Food, size: str | None, phrase: str) -> Measure | None:
    """The measure for "one" of this food: by size, medium, a named item, then others."""
    if size and (sized := _pick(food, size, ())) is not None:
        return sized
    said = {w.rstrip("s") for w in re.findall(r"[a-z]+", phrase.lower())}
    for named_measure in food.measures:  # "cherry tomatoes": the "cherry" measure
        unit = measure_unit(named_measure)
        if unit in said and _is_count_like(unit):
            return named_measure
    preferred = ("large", "medium") if food.name.lower().startswith("egg") else ("medium",)
    for unit in preferred:
        if (measure := _pick(food, unit, ())) is not None:
            return measure
    wanted = size or preferred[0]
    named_size = [
        m
        for m in food.measures
        if re.search(rf"\b{wanted}\b", m.name.lower()) and _is_count_like(measure_unit(m))
    ]
    if named_size:
        return named_size[0]
    named = {w.rstrip("s") for w in re.findall(r"[a-z]+", f"{phrase} {food.name}".lower())}
    for measure in food.measures:
        unit = measure_unit(measure)
        if unit in COUNT_MEASURE_WORDS or unit.rstrip("s") in named:
            return measure
    for unit in ("large", "small", "extra large", "extra small"):
        if (measure := _pick(food, unit, ())) is not None:
            return measure
    others = [m for m in food.measures if _is_count_like(measure_unit(m))]
    return others[0] if others else None


def _named_count_measure(food: Food) -> Measure | None:
    """A measure for one whole item that the food's own name calls it by ("1 sandwich" for a
    cheese sandwich, "1 fruit"); ``None`` when the source's usual portion should be used."""
    named = {w.rstrip("s") for w in re.findall(r"[a-z]+", food.name.lower())}
    for measure in food.measures:
        unit = measure_unit(measure)
        if measure.grams_each <= MAX_ONE_ITEM_G and (
            unit in COUNT_MEASURE_WORDS or unit.rstrip("s") in named
        ):
            return measure
    return None


def _is_count_like(unit: str) -> bool:
    return (
        unit not in MASS_G
        and unit not in VOLUME_ML
        and unit
        not in (
            "serving",
            "packet",
            "pot",
            "can",
            "bottle",
            "jar",
            "head",
            "cubic",
            "bar",
            "cup",
            "lb",
        )
    )


def is_plausible(grams: float) -> bool:
    """Whether one item's weight is believable for a day's diary."""
    return 0 < grams <= MAX_PLAUSIBLE_ITEM_GRAMS


def _describe(quantity: float, measure: Measure) -> str:
    return f"{_fmt(quantity)} × {measure.name} ({_fmt(measure.grams_each)} g)"


def _fmt(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")
