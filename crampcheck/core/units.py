"""Units people write in food diaries, and their sizes in grams or millilitres.

Our own small table instead of pint (libraries.md §2: pint reads "mug" as microgram, "fl oz" as
femtolitre·ounce and costs ~290 ms at start-up).
"""

from __future__ import annotations

from enum import StrEnum


class UnitKind(StrEnum):
    MASS = "mass"
    VOLUME = "volume"
    CONTAINER = "container"


MASS_G: dict[str, float] = {"g": 1.0, "kg": 1000.0, "mg": 0.001, "oz": 28.3495, "lb": 453.592}
"""Grams per mass unit (US customary ounce and pound)."""

VOLUME_ML: dict[str, float] = {
    "ml": 1.0,
    "cl": 10.0,
    "dl": 100.0,
    "l": 1000.0,
    "cup": 236.588,
    "tbsp": 14.787,
    "tsp": 4.929,
    "fl oz": 29.5735,
    "pint": 473.176,
    "quart": 946.353,
    "schooner": 425.0,
    "middy": 285.0,
    "stubby": 375.0,
}
"""Millilitres per volume unit (US customary cup, spoon, fluid ounce, pint and quart; the
Australian beer glasses: schooner 425 ml, middy 285 ml, stubby or tinny 375 ml)."""

CONTAINERS = frozenset(
    [
        "slice",
        "piece",
        "can",
        "glass",
        "mug",
        "bowl",
        "handful",
        "scoop",
        "serving",
        "bottle",
        "carton",
        "pot",
        "jar",
        "stick",
        "clove",
        "rasher",
        "fillet",
        "cube",
        "bar",
        "packet",
        "sachet",
        "plate",
        "tub",
        "pinch",
        "pat",
        "dash",
        "splash",
        "sprig",
        "leaf",
        "stalk",
        "head",
        "ear",
        "wedge",
        "strip",
        "patty",
        "link",
        "punnet",
        "bunch",
    ]
)
"""Container and count words; their weight comes from the food's own USDA measures first."""

UNIT_WORDS: dict[str, str] = {
    **dict.fromkeys(("g", "gr", "gm", "gms", "gram", "grams", "gramme", "grammes"), "g"),
    **dict.fromkeys(("kg", "kgs", "kilo", "kilos", "kilogram", "kilograms"), "kg"),
    **dict.fromkeys(("mg", "milligram", "milligrams"), "mg"),
    **dict.fromkeys(("oz", "ozs", "ounce", "ounces"), "oz"),
    **dict.fromkeys(("lb", "lbs", "pound", "pounds"), "lb"),
    **dict.fromkeys(
        ("ml", "mls", "millilitre", "millilitres", "milliliter", "milliliters", "cc"), "ml"
    ),
    **dict.fromkeys(("cl", "centilitre", "centilitres", "centiliter", "centiliters"), "cl"),
    **dict.fromkeys(("dl", "decilitre", "decilitres", "deciliter", "deciliters"), "dl"),
    **dict.fromkeys(("l", "litre", "litres", "liter", "liters", "ltr"), "l"),
    **dict.fromkeys(("cup", "cups", "c"), "cup"),
    **dict.fromkeys(("tbsp", "tbsps", "tbs", "tbl", "tablespoon", "tablespoons", "tbspn"), "tbsp"),
    **dict.fromkeys(("tsp", "tsps", "teaspoon", "teaspoons", "tspn"), "tsp"),
    **dict.fromkeys(("floz", "fl oz", "fl. oz", "fluid ounce", "fluid ounces", "fl ozs"), "fl oz"),
    **dict.fromkeys(("pint", "pints", "pt"), "pint"),
    **dict.fromkeys(("quart", "quarts", "qt"), "quart"),
    **dict.fromkeys(("slice", "slices", "slc"), "slice"),
    **dict.fromkeys(("piece", "pieces", "pc", "pcs", "chunk", "chunks"), "piece"),
    **dict.fromkeys(("can", "cans", "tin", "tins"), "can"),
    **dict.fromkeys(("glass", "glasses"), "glass"),
    **dict.fromkeys(("mug", "mugs"), "mug"),
    **dict.fromkeys(("bowl", "bowls", "bowlful"), "bowl"),
    **dict.fromkeys(("handful", "handfuls", "fistful"), "handful"),
    **dict.fromkeys(("scoop", "scoops"), "scoop"),
    **dict.fromkeys(
        (
            "serving",
            "servings",
            "portion",
            "portions",
            "helping",
            "helpings",
            "serve",
            "order",
            "orders",
        ),
        "serving",
    ),
    **dict.fromkeys(("bottle", "bottles"), "bottle"),
    **dict.fromkeys(("carton", "cartons", "box", "boxes"), "carton"),
    **dict.fromkeys(("pot", "pots", "container", "containers"), "pot"),
    **dict.fromkeys(("schooner", "schooners"), "schooner"),
    **dict.fromkeys(("middy", "middies"), "middy"),
    **dict.fromkeys(("stubby", "stubbies", "tinny", "tinnies"), "stubby"),
    **dict.fromkeys(("jar", "jars"), "jar"),
    **dict.fromkeys(("stick", "sticks"), "stick"),
    **dict.fromkeys(("clove", "cloves"), "clove"),
    **dict.fromkeys(("rasher", "rashers"), "rasher"),
    **dict.fromkeys(("strip", "strips"), "strip"),
    **dict.fromkeys(("fillet", "fillets", "filet", "filets"), "fillet"),
    **dict.fromkeys(("cube", "cubes"), "cube"),
    **dict.fromkeys(("bar", "bars"), "bar"),
    **dict.fromkeys(("packet", "packets", "pack", "packs", "bag", "bags"), "packet"),
    **dict.fromkeys(("sachet", "sachets"), "sachet"),
    **dict.fromkeys(("plate", "plates", "plateful"), "plate"),
    **dict.fromkeys(("tub", "tubs"), "tub"),
    **dict.fromkeys(("pinch", "pinches"), "pinch"),
    **dict.fromkeys(("pat", "pats"), "pat"),
    **dict.fromkeys(("dash", "dashes", "drizzle"), "dash"),
    **dict.fromkeys(("splash", "splashes"), "splash"),
    **dict.fromkeys(("sprig", "sprigs"), "sprig"),
    **dict.fromkeys(("leaf", "leaves"), "leaf"),
    **dict.fromkeys(("stalk", "stalks"), "stalk"),
    **dict.fromkeys(("wedge", "wedges"), "wedge"),
    **dict.fromkeys(("patty", "patties"), "patty"),
    **dict.fromkeys(("link", "links"), "link"),
    **dict.fromkeys(("ear", "ears"), "ear"),
    **dict.fromkeys(("head", "heads"), "head"),
    **dict.fromkeys(("punnet", "punnets"), "punnet"),
    **dict.fromkeys(("bunch", "bunches"), "bunch"),
}
"""Every spelling of a unit, mapped to its canonical name."""


def unit_kind(unit: str) -> UnitKind:
    """Whether a canonical unit is a mass, a volume or a container."""
    if unit in MASS_G:
        return UnitKind.MASS
    if unit in VOLUME_ML:
        return UnitKind.VOLUME
    return UnitKind.CONTAINER
