"""How many grams a diary item weighs: the food's own USDA household measures first, then
sensible defaults. "Two eggs" is about 100 g, never 2 g; "a glass of milk" is about 240 ml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from crampcheck.core.foodnames import singular
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
    "punnet": 200.0,
    "bunch": 100.0,
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

USUAL_SIZES = ("medium", "standard", "regular")
"""What a measure of one size among several is called when it is the one a person means by no
size at all ("1 medium wedge/slice" of watermelon, "1 standard can" of tuna)."""

SIZE_WORDS = frozenset({"extra", "small", "medium", "large", "jumbo", "standard", "regular"})
"""Words a measure name starts with when the food comes in sizes ("medium or regular slice")."""

VARIANT_WORDS = frozenset({"mini", "miniature", "thin", "bite", "snack", "crust", "kids"})
"""Words of a measure for a smaller or special version ("Oreo mini sandwich", "Bagel Thin",
"slice, snack-size", "slice, crust not eaten"): never what a plain count or unit means."""


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
    first = re.split(r"[\s,(]", name, maxsplit=1)[0].rstrip(".").split("/")[0]
    first = MEASURE_ALIASES.get(first, first)
    return UNIT_WORDS.get(first, first)


def measure_nouns(measure: Measure) -> tuple[str | None, frozenset[str]]:
    """A measure's sizes (``None`` when it has none) and every unit its noun names: "medium or
    regular slice" is a slice in sizes "medium or regular"; "small single serving bag" a
    packet; "piece/slice, any size" a piece and a slice; "standard can" a can."""
    head = re.split(r"[,(]", measure.name.lower(), maxsplit=1)[0].split()
    if not head:
        return None, frozenset()
    sized = head[0].split("/")[0] in SIZE_WORDS and len(head) > 1
    noun = head[-1] if sized else head[0]
    nouns = (MEASURE_ALIASES.get(word, word) for word in noun.split("/") if word)
    return (" ".join(head[:-1]) if sized else None), frozenset(
        UNIT_WORDS.get(word, word) for word in nouns
    )


def _variant_words(measure: Measure) -> frozenset[str]:
    return VARIANT_WORDS & set(re.findall(r"[a-z]+", measure.name.lower()))


def _is_variant(measure: Measure) -> bool:
    return bool(_variant_words(measure))


def _is_plain(measure: Measure, unit: str) -> bool:
    """A measure that is just ``unit`` (its dimensions in brackets at most): "slice", "can (12
    fl oz)", not "slice, snack-size"."""
    head = measure.name.lower().split("(", 1)[0].strip()
    return measure_unit(measure) == unit and re.fullmatch(r"[a-z]+", head) is not None


def merged_measures(first: tuple[Measure, ...], others: tuple[Measure, ...]) -> tuple[Measure, ...]:
    """``first`` (an as-eaten food's portions) then those of ``others`` in units ``first`` has
    none of: an SR24 food keeps its "tbsp" when the FNDDS food made of it has only cups, but
    its "slice (4-2/3\" dia)" and "fruit without refuse" give way to FNDDS "1 slice", "1 mango".
    """
    covered = {measure_unit(m) for m in first} | {
        noun for m in first for noun in measure_nouns(m)[1]
    }
    return first + tuple(m for m in others if measure_unit(m) not in covered)


US_RULES = LocaleRules()


def portion_for(item: ParsedItem, food: Food, rules: LocaleRules = US_RULES) -> Portion:
    """Grams for ``item`` of ``food`` (quantity defaults to one portion when none is given).

    ``rules`` give the locale's household sizes (a UK pint is 568 ml, an Australian cup 250 ml).
    """
    quantity = item.quantity_or_one
    if item.stated_amount is not None:
        value, unit = item.stated_amount
        return _edible(_explicit(value, unit, food, "as stated in brackets"), unit, item)
    if (hot := _hot_drink_cup(quantity, item, food, rules)) is not None:
        return hot
    if item.unit is not None and unit_kind(item.unit) is not UnitKind.CONTAINER:
        portion = _localised(_explicit(quantity, item.unit, food, None), item.unit, rules)
        return _edible(portion, item.unit, item)
    if item.unit is not None and (local_g := _local_food_container_g(item, food, rules)):
        grams = quantity * local_g
        return Portion(grams, f"{_fmt(quantity)} {item.unit} ≈ {_fmt(grams)} g", 0.85)
    if item.unit is not None and (local_ml := _local_container_ml(item, food, rules)):
        density, _ = _density(food)
        ml = quantity * SIZE_FACTORS.get(item.size or "medium", 1.0) * local_ml
        return Portion(ml * density, f"{_fmt(quantity)} {item.unit} ≈ {_fmt(ml)} ml", 0.85)
    if item.unit is not None:
        return _container(quantity, item, food)
    if item.quantity is not None:
        return _count(quantity, item, food)
    return _default(item, food)


_HOT_DRINK = re.compile(r"^(?:tea|coffee)\b(?!.*\biced\b)", re.IGNORECASE)
"""Foods that are a hot tea or coffee ("Tea, black, brewed", "Coffee, Latte"), not iced."""


def _hot_drink_cup(
    quantity: float, item: ParsedItem, food: Food, rules: LocaleRules
) -> Portion | None:
    """A mug of tea or coffee is the medium drink (16 fl oz); where a "cup of tea" is a cup
    as drunk, not a measuring cup (Britain, Australia, Canada), it is the usual serving."""
    if item.unit not in ("mug", "cup") or not _HOT_DRINK.search(food.name):
        return None
    factor = SIZE_FACTORS.get(item.size or "medium", 1.0)
    if item.unit == "mug":
        medium = _pick(food, "medium", ())
        if medium is None:
            return None
        grams = quantity * factor * medium.grams_each
        return Portion(grams, f"{_fmt(quantity)} mug ≈ a medium drink ({_fmt(grams)} g)", 0.8)
    if not rules.cup_of_tea_is_a_serving or not food.default_grams:
        return None
    grams = quantity * factor * food.default_grams
    return Portion(grams, f"{_fmt(quantity)} cup ≈ the usual cup ({_fmt(grams)} g)", 0.8)


def _local_container_ml(item: ParsedItem, food: Food, rules: LocaleRules) -> float | None:
    """The locale's size of a drink container: a UK wine glass is 175 ml (prosecco 125 ml), an
    Australian one 150 ml; a UK can 330 ml. A can of tuna is the food's own can, not a drink's.
    """
    if item.unit is None or (not _is_drink(item, food) and _has_measure(food, item.unit)):
        return None
    if item.unit == "glass":
        said = set(re.findall(r"[a-z]+", f"{item.food} {food.name}".lower()))
        for word, ml in rules.glasses_ml:
            if word in said:
                return ml
    return rules.containers_ml.get(item.unit)


def _local_food_container_g(item: ParsedItem, food: Food, rules: LocaleRules) -> float | None:
    """The locale's weight of a tin of food that has no can of its own (UK: 400 g)."""
    unit = item.unit or ""
    if unit not in rules.food_containers_g or _is_drink(item, food) or _has_measure(food, unit):
        return None
    return rules.food_containers_g[unit]


def _has_measure(food: Food, unit: str) -> bool:
    return any(unit == measure_unit(m) or unit in measure_nouns(m)[1] for m in food.measures)


EDIBLE_SHARE = {"mussel": 150.0 / 453.6, "wing": 0.6}
"""The eaten share of foods bought by weight in the shell or on the bone: a pound of mussels
in shell is about 150 g of meat, a pound of wings about 60 % meat and skin (the edible weight
is what USDA nutrient values are per)."""

BOUGHT_BY_WEIGHT = frozenset({"lb", "kg"})
"""Units foods are bought in, as purchased (a "6 oz steak" is its cooked weight as served)."""


def _edible(portion: Portion, unit: str, item: ParsedItem) -> Portion:
    """The eaten part of a weight as bought in the shell or on the bone."""
    said = {singular(word) for word in re.findall(r"[a-z]+", item.food.lower())}
    share = next((EDIBLE_SHARE[word] for word in EDIBLE_SHARE if word in said), None)
    if unit not in BOUGHT_BY_WEIGHT or share is None:
        return portion
    grams = portion.grams * share
    text = f"{portion.description} as bought ≈ {_fmt(grams)} g eaten (shell or bone)"
    return Portion(grams, text, portion.confidence)


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
    unit = _container_unit(item, food)
    factor = SIZE_FACTORS.get(item.size or "medium", 1.0)
    if unit == "handful" and _pick(food, unit, ()) is None:
        return _handful(quantity * factor, food)
    measure = _usual_container(item, food, unit) or _within_max(
        _unit_measure(food, unit, item.preparation, plain=True), unit
    )
    if measure is None and (sized := _sized_measure(food, unit, item.size)) is not None:
        measure, factor = sized
    if measure is None:
        measure = _within_max(_unit_measure(food, unit, item.preparation), unit)
    if measure is None and unit in SLICE_OR_PIECE:
        swapped = _pick(food, SLICE_OR_PIECE[unit], item.preparation)
        measure = _within_max(swapped or _named_count_measure(food, item.food), unit)
    if measure is None and unit == "bunch" and (cup := _pick(food, "cup", ())) is not None:
        grams = quantity * factor * cup.grams_each
        return Portion(grams, f"{_fmt(quantity)} bunch ≈ 1 cup ({_fmt(grams)} g)", 0.7)
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


def _usual_container(item: ParsedItem, food: Food, unit: str) -> Measure | None:
    """The drink's container that is its usual serving: a bottle of beer is the "can or bottle
    (12 fl oz)", not the 40 fl oz bottle; a bottle of kombucha its 12 fl oz one."""
    if unit not in CONTAINER_ML or item.size is not None or not _is_drink(item, food):
        return None
    usual = [
        m
        for m in food.measures
        if m.grams_each == food.default_grams and unit in re.findall(r"[a-z]+", m.name.lower())
    ]
    return usual[0] if usual else None


def _within_max(measure: Measure | None, unit: str) -> Measure | None:
    """``measure`` unless it is a whole fish or loaf rather than one person's ``unit``."""
    if measure is not None and measure.grams_each > MAX_MEASURE_G.get(unit, float("inf")):
        return None
    return measure


def _container_unit(item: ParsedItem, food: Food) -> str:
    """The container word as this food has it: a box of crackers or raisins is a packet."""
    unit = item.unit or "serving"
    return "packet" if unit == "carton" and not _is_drink(item, food) else unit


def _unit_measure(
    food: Food, unit: str, preparation: tuple[str, ...], plain: bool = False
) -> Measure | None:
    """The food's measure in ``unit`` (``plain``: only one that is just that unit); of several
    drink bottles or cans ("12 fl oz", "16.9 fl oz or 500 ml", "20 fl oz", "32 fl oz"), the one
    nearest the usual size of that container."""
    found = [m for m in food.measures if measure_unit(m) == unit]
    prepared = any(word in m.name.lower() for m in found for word in preparation)
    if plain and not prepared:
        found = [m for m in found if _is_plain(m, unit)]
        food = replace(food, measures=tuple(found))
    if len(found) < 2 or unit not in CONTAINER_ML:
        return _pick(food, unit, preparation)
    density, _ = _density(food)
    usual = CONTAINER_ML[unit] * density
    return min(found, key=lambda m: abs(m.grams_each - usual))


USUAL_PORTION_FIRST = frozenset({"packet", "serving"})
"""Units whose sized measures ("small or medium single serving bag") give way to the source's
usual portion: a packet of crisps or a box of Tiny Teddies is one usual portion."""


def _sized_measure(food: Food, unit: str, size: str | None) -> tuple[Measure, float] | None:
    """A measure of ``unit`` that comes in sizes ("small/medium/large wedge/slice", "small /
    standard / large can"), with the size factor still to apply: the size asked for, else the
    one the source's usual portion is (a small single-serving bag of crisps), else the usual
    size, else the smallest."""
    sized = [
        (m, said)
        for m in food.measures
        for said, nouns in [measure_nouns(m)]
        if unit in nouns and said is not None
    ]
    if not sized:
        return None
    if size is not None:
        for measure, said in sized:
            if re.search(rf"\b{size}\b", said):
                return measure, 1.0
    usual = [m for m, _ in sized if food.default_grams and m.grams_each == food.default_grams]
    if size is None and usual:
        return usual[0], 1.0
    if unit in USUAL_PORTION_FIRST and food.default_grams:
        return None
    for wanted in USUAL_SIZES if size is None else ():
        for measure, said in sized:
            if re.search(rf"\b{wanted}\b", said):
                return measure, 1.0
    factor = SIZE_FACTORS.get(size or "medium", 1.0)
    return min((m for m, _ in sized), key=lambda m: m.grams_each), factor


HANDFUL_G = 28.35
"""A handful of nuts, seeds, dried fruit, crackers or crisps is 1 oz (the reference coders and
the usual nutrition-label serving alike)."""

_NOT_FRESH = re.compile(r"\b(dried|dehydrated|raisins?|sultanas?|prunes?|chips?|candied)\b")


def _handful(quantity: float, food: Food) -> Portion:
    """A handful by food kind: of fresh fruit or vegetables the usual portion (half a cup of
    blueberries or grapes); of anything else 1 oz."""
    fresh = food.kind in ("fruit", "vegetable") and not _NOT_FRESH.search(food.name.lower())
    if fresh and food.default_grams:
        grams = quantity * food.default_grams
        text = f"{_fmt(quantity)} handful ≈ the usual portion ({_fmt(grams)} g)"
        return Portion(grams, text, 0.7)
    if fresh and (cup := _pick(food, "cup", ())) is not None:
        grams = quantity * cup.grams_each / 2
        return Portion(grams, f"{_fmt(quantity)} handful ≈ ½ cup ({_fmt(grams)} g)", 0.7)
    grams = quantity * HANDFUL_G
    return Portion(grams, f"{_fmt(quantity)} handful ≈ 1 oz ({_fmt(grams)} g)", 0.7)


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
    if (packaged := _package_size_measure(item, food)) is not None:
        return Portion(quantity * packaged.grams_each, _describe(quantity, packaged), 0.9)
    if (bar := _chocolate_bar(item, food)) is not None:
        return Portion(quantity * bar.grams_each, _describe(quantity, bar), 0.85)
    if quantity == 1 and not item.vague and _plural_head(item.food):
        return _default(item, food)  # "a side of fries", "one of their muffins": a portion
    if food.default_grams and item.size is None:
        measure = _named_count_measure(food, item.food)
        if measure is None:
            grams = quantity * food.default_grams
            return Portion(grams, f"{_fmt(quantity)} × the usual portion ({_fmt(grams)} g)", 0.85)
        quantity = _rough_count(quantity, item, measure)
        return Portion(quantity * measure.grams_each, _describe(quantity, measure), 0.9)
    measure = _count_measure(food, item.size, item.food)
    if measure is not None:
        quantity = _rough_count(quantity, item, measure)
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


PIECE_WORDS = frozenset(
    {"chocolate", "chocolates", "piece", "pieces", "square", "squares", "candy", "candies",
     "sweet", "sweets", "chunk", "chunks", "bite", "bites", "button", "buttons", "finger",
     "fingers"}
)  # fmt: skip
"""Words that make a count of chocolate pieces ("3 chocolates", "four finger kit kat")."""
SMALL_PIECE_G = 5.0
"""Sweets counted in pieces lighter than this are counted one by one ("10 m&ms")."""


def _chocolate_bar(item: ParsedItem, food: Food) -> Measure | None:
    """A counted chocolate bar named by its brand ("a twirl", "2 mars bars") is the regular
    bar, not one 8 g piece; "3 chocolates" and "10 m&ms" stay pieces."""
    piece = _pick(food, "piece", ())
    bar = next((m for m in food.measures if "regular size" in m.name.lower()), None)
    if piece is None or bar is None or piece.grams_each < SMALL_PIECE_G:
        return None
    said = set(re.findall(r"[a-z]+", item.food.lower()))
    return bar if "bar" in said or "bars" in said or not said & PIECE_WORDS else None


FEW_SMALL_ITEMS = 5.0
""""A few" cherries, crackers or cherry tomatoes is about five (the parser reads "a few" as
three, which stays for larger things: "a few snags")."""

SMALL_ONE_G = 20.0
"""One item at most this heavy is a small one ("a few" of them is :data:`FEW_SMALL_ITEMS`)."""


def _rough_count(quantity: float, item: ParsedItem, one: Measure) -> float:
    """The count of "a few" (``vague`` with a count) by how big one item is."""
    return FEW_SMALL_ITEMS if item.vague and one.grams_each <= SMALL_ONE_G else quantity


_PACKAGE_SIZE = re.compile(r"\b(fun|snack|king|bite|share|sharing|family|party)[ -]?size")
"""Sizes packaged sweets and snacks are sold in ("fun size m&ms", "king size snickers")."""


def _package_size_measure(item: ParsedItem, food: Food) -> Measure | None:
    """The food's measure for the package size the phrase names ("fun/snack size" 15 g)."""
    said = _PACKAGE_SIZE.search(item.text.lower())
    if said is None:
        return None
    word = said.group(1)
    for measure in food.measures:
        if word in re.findall(r"[a-z]+", measure.name.lower()):
            return measure
    return None


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

MILK_PER_FL_OZ_OF_DRINK_G = 2.5
"""Milk in tea or coffee: FNDDS's guideline amount per fl oz of beverage (30 g in a 12 fl oz
cup, 40 g in a 16 fl oz mug)."""
FL_OZ_ML = 29.5735


def milk_in_drink_g(drink_grams: float) -> float:
    """The splash of milk in a tea or coffee of ``drink_grams`` (about 30 g in a 360 g cup)."""
    return drink_grams / FL_OZ_ML * MILK_PER_FL_OZ_OF_DRINK_G


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
    if (packaged := _package_size_measure(item, food)) is not None:
        return Portion(packaged.grams_each, f"assumed {_describe(1, packaged)}", confidence + 0.1)
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
    return min(found, key=lambda m: (_is_variant(m), len(m.name), -m.grams_each))


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


def _named_count_measure(food: Food, phrase: str) -> Measure | None:
    """A measure for one whole item that the food's own name calls it by ("1 sandwich" for a
    cheese sandwich, "1 fruit", "1 cherry" for cherries, "1 stick" for fish sticks) or that the
    diary's phrase names ("1 oyster"); ``None`` when the source's usual portion should be used.
    """
    named = _word_forms(food.name)
    # the phrase's own words before its head that the food's name lacks: "cherry toms"
    said = _word_forms(" ".join(phrase.split()[:-1])) - named
    small = [m for m in food.measures if m.grams_each <= MAX_ONE_ITEM_G]
    plain = [m for m in small if not _variant_words(m) - _word_forms(phrase)]

    def said_in(measure: Measure) -> bool:
        units = {measure_unit(measure), *measure_nouns(measure)[1]}
        return any(unit in said and _is_count_like(unit) for unit in units)

    def counted(measure: Measure) -> bool:
        units = {measure_unit(measure), *measure_nouns(measure)[1]}
        return _first_word(measure) in COUNT_MEASURE_WORDS or bool(units & named)

    for measure in (
        *(m for m in plain if _variant_words(m) and (said_in(m) or counted(m))),  # "oreo thins"
        *(m for m in plain if said_in(m)),  # "cherry toms": the cherry measure
        *(m for m in small if said_in(m)),  # "cocktail sausages": "cocktail or miniature link"
        *(m for m in plain if counted(m)),  # "1 fruit", "1 sandwich", "1 stick" of fish sticks
    ):
        size, nouns = measure_nouns(measure)
        sized = _sized_measure(food, min(nouns), None) if size is not None else None
        return sized[0] if sized is not None else measure
    return None


def _first_word(measure: Measure) -> str:
    """The first word of a measure name as written ("piece/slice, any size" → "piece/slice")."""
    return re.split(r"[\s,(]", measure.name.lower(), maxsplit=1)[0]


def _plural_head(phrase: str) -> bool:
    """Whether the phrase ends in a plural ("fries", "muffins"): "a side of fries" is a portion
    of them, not one fry."""
    words = re.findall(r"[a-z]+", phrase.lower())
    return bool(words) and singular(words[-1]) != words[-1] and not words[-1].endswith("ss")


def _word_forms(text: str) -> set[str]:
    """The words of ``text`` and their singulars, cheap and generous ("cookies" → cookie)."""
    found = re.findall(r"[a-z]+", text.lower())
    return {form for word in found for form in (word, singular(word), word.rstrip("s"))}


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
            "bunch",
            "punnet",
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
