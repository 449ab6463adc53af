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
    "ml": 1.0, "cl": 10.0, "dl": 100.0, "l": 1000.0, "cup": 236.588, "tbsp": 14.787,
    "tsp": 4.929, "fl oz": 29.5735, "pint": 473.176, "quart": 946.353,
}
"""Millilitres per volume unit (US customary cup, spoon, fluid ounce, pint and quart)."""

CONTAINERS = frozenset(
    "slice piece can glass mug bowl handful scoop serving bottle carton pot jar stick clove "
    "rasher fillet cube bar packet sachet plate tub pinch dash sprig leaf stalk head ear "
    "wedge strip patty link".split()
)
"""Container and count words; their weight comes from the food's own USDA measures first."""

UNIT_WORDS: dict[str, str] = {
    **{w: "g" for w in ("g", "gr", "gm", "gms", "gram", "grams", "gramme", "grammes")},
    **{w: "kg" for w in ("kg", "kgs", "kilo", "kilos", "kilogram", "kilograms")},
    **{w: "mg" for w in ("mg", "milligram", "milligrams")},
    **{w: "oz" for w in ("oz", "ozs", "ounce", "ounces")},
    **{w: "lb" for w in ("lb", "lbs", "pound", "pounds")},
    **{w: "ml" for w in ("ml", "mls", "millilitre", "millilitres", "milliliter", "milliliters",
                         "cc")},
    **{w: "cl" for w in ("cl", "centilitre", "centilitres", "centiliter", "centiliters")},
    **{w: "dl" for w in ("dl", "decilitre", "decilitres", "deciliter", "deciliters")},
    **{w: "l" for w in ("l", "litre", "litres", "liter", "liters", "ltr")},
    **{w: "cup" for w in ("cup", "cups", "c")},
    **{w: "tbsp" for w in ("tbsp", "tbsps", "tbs", "tbl", "tablespoon", "tablespoons", "tbspn")},
    **{w: "tsp" for w in ("tsp", "tsps", "teaspoon", "teaspoons", "tspn")},
    **{w: "fl oz" for w in ("floz", "fl oz", "fl. oz", "fluid ounce", "fluid ounces", "fl ozs")},
    **{w: "pint" for w in ("pint", "pints", "pt")},
    **{w: "quart" for w in ("quart", "quarts", "qt")},
    **{w: "slice" for w in ("slice", "slices", "slc")},
    **{w: "piece" for w in ("piece", "pieces", "pc", "pcs", "chunk", "chunks")},
    **{w: "can" for w in ("can", "cans", "tin", "tins")},
    **{w: "glass" for w in ("glass", "glasses")},
    **{w: "mug" for w in ("mug", "mugs")},
    **{w: "bowl" for w in ("bowl", "bowls", "bowlful")},
    **{w: "handful" for w in ("handful", "handfuls", "fistful")},
    **{w: "scoop" for w in ("scoop", "scoops")},
    **{w: "serving" for w in ("serving", "servings", "portion", "portions", "helping",
                              "helpings", "serve")},
    **{w: "bottle" for w in ("bottle", "bottles")},
    **{w: "carton" for w in ("carton", "cartons", "box", "boxes")},
    **{w: "pot" for w in ("pot", "pots")},
    **{w: "jar" for w in ("jar", "jars")},
    **{w: "stick" for w in ("stick", "sticks")},
    **{w: "clove" for w in ("clove", "cloves")},
    **{w: "rasher" for w in ("rasher", "rashers")},
    **{w: "strip" for w in ("strip", "strips")},
    **{w: "fillet" for w in ("fillet", "fillets", "filet", "filets")},
    **{w: "cube" for w in ("cube", "cubes")},
    **{w: "bar" for w in ("bar", "bars")},
    **{w: "packet" for w in ("packet", "packets", "pack", "packs", "bag", "bags")},
    **{w: "sachet" for w in ("sachet", "sachets")},
    **{w: "plate" for w in ("plate", "plates", "plateful")},
    **{w: "tub" for w in ("tub", "tubs")},
    **{w: "pinch" for w in ("pinch", "pinches")},
    **{w: "dash" for w in ("dash", "dashes", "splash", "drizzle")},
    **{w: "sprig" for w in ("sprig", "sprigs")},
    **{w: "leaf" for w in ("leaf", "leaves")},
    **{w: "stalk" for w in ("stalk", "stalks")},
    **{w: "wedge" for w in ("wedge", "wedges")},
    **{w: "patty" for w in ("patty", "patties")},
    **{w: "link" for w in ("link", "links")},
    **{w: "ear" for w in ("ear", "ears")},
    **{w: "head" for w in ("head", "heads")},
}
"""Every spelling of a unit, mapped to its canonical name."""


def unit_kind(unit: str) -> UnitKind:
    """Whether a canonical unit is a mass, a volume or a container."""
    if unit in MASS_G:
        return UnitKind.MASS
    if unit in VOLUME_ML:
        return UnitKind.VOLUME
    return UnitKind.CONTAINER
