"""Food search and the "top foods" list (foods richest in a nutrient)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from crampcheck.core.models import Food, FoodMatch
from crampcheck.core.nutrients import Nutrient, parse_nutrient
from crampcheck.core.portions import measure_unit
from crampcheck.errors import InputError, UnknownNutrientError
from crampcheck.foods import FoodDatabase, open_food_database
from crampcheck.foods.database import NutrientAmount

MAX_QUERY_CHARS = 200
MAX_LIMIT = 100

EXCLUDED_KINDS = frozenset({"spice", "infant", "fast_food", "restaurant", "supplement"})
"""Spices and herbs, baby foods, fast food, restaurant foods, supplements: skipped by default."""

EXCLUDED_WORDS = re.compile(
    r"\b(powder|powdered|dehydrated|supplement|formula|isolate|leavening|yeast extract|"
    r"freeze-dried|dry mix|mix, dry|meal replacement|protein concentrate|baking|fish oil|"
    r"cod liver|flour|bran, crude|rennet|tablets?|cottonseed|meal|seasoning|bouillon|"
    r"dry|dried, uncooked|unprepared|raw, uncooked|baby toddler|nutrition bar|"
    r"nutritional|protein|as ingredient)\b",
    re.IGNORECASE,
)
"""Powders, supplements and baking ingredients: skipped by default."""

MIN_KCAL_FOR_ENERGY_RANKING = 10.0
"""Foods under 10 kcal per 100 g (water, tea) are left out of the per-100 kcal ranking."""


class Basis(StrEnum):
    """What the top-foods list is ranked by."""

    PER_100G = "100g"
    PER_PORTION = "portion"
    PER_100KCAL = "100kcal"


@dataclass(frozen=True, slots=True)
class TopFood:
    food_id: str
    name: str
    per_100g: float
    portion: str | None
    portion_grams: float | None
    per_portion: float | None
    per_100kcal: float | None
    source: str = ""


def search_foods(
    queries: Sequence[str], limit: int = 10, foods: FoodDatabase | None = None
) -> list[tuple[str, list[FoodMatch]]]:
    """Ranked matches for each query, in order."""
    if not 1 <= limit <= MAX_LIMIT:
        raise InputError(f"--limit must be between 1 and {MAX_LIMIT}")
    database = foods or open_food_database()
    results = []
    for query in queries:
        if len(query) > MAX_QUERY_CHARS:
            raise InputError(f"a food query may be at most {MAX_QUERY_CHARS} characters")
        results.append((query, database.search(query, limit=limit)))
    return results


def resolve_nutrient(name: str) -> Nutrient:
    try:
        return parse_nutrient(name)
    except KeyError:
        known = ", ".join(n.value for n in Nutrient)
        raise UnknownNutrientError(f"unknown nutrient {name!r}; try one of: {known}") from None


def top_foods(
    nutrient: Nutrient,
    basis: Basis = Basis.PER_100G,
    limit: int = 15,
    include_all: bool = False,
    foods: FoodDatabase | None = None,
) -> list[TopFood]:
    """Foods richest in ``nutrient``: everyday foods as eaten (from an as-eaten source, with
    its usual portion) unless ``include_all``."""
    if not 1 <= limit <= MAX_LIMIT:
        raise InputError(f"--limit must be between 1 and {MAX_LIMIT}")
    database = foods or open_food_database()
    eaten = database.as_eaten_sources
    rows = [
        r
        for r in database.amounts(nutrient.value)
        if include_all or (_everyday(r) and (r.source in eaten or not eaten))
    ]
    if basis is Basis.PER_100KCAL:
        rows = [r for r in rows if (r.energy_kcal or 0) >= MIN_KCAL_FOR_ENERGY_RANKING]
    if basis is Basis.PER_PORTION:
        ranked = sorted(
            (_top(database.get(r.food_id), r) for r in rows),
            key=lambda t: (-(t.per_portion or 0.0), t.food_id),
        )
    else:
        best = sorted(rows, key=lambda r: (-_rank_value(r, basis), r.food_id))
        ranked = [_top(database.get(r.food_id), r) for r in best[: limit * 8]]
    if include_all:
        return ranked[:limit]
    return _one_per_food([row for row in ranked if row.portion_grams])[:limit]


def _one_per_food(rows: Sequence[TopFood]) -> list[TopFood]:
    """The best variant of each food ("Potato, baked" once, not with butter, cheese, chili...)."""
    seen: set[str] = set()
    kept = []
    for row in rows:
        head = row.name.split(",")[0].split("(")[0].strip().lower()
        if head not in seen:
            seen.add(head)
            kept.append(row)
    return kept


UNCOOKED_STAPLE = re.compile(r"mature seeds, raw|\buncooked\b|, dry\b|, raw\b", re.IGNORECASE)
"""Dry legumes and grains are eaten cooked: their raw form misleads."""

COOKED = re.compile(
    r"\b(cooked|boiled|baked|canned|prepared|from dried|from canned|stewed)\b", re.IGNORECASE
)
"""Grains and legumes count when the name says they were cooked (no dry grain by the cup)."""


def _rank_value(row: NutrientAmount, basis: Basis) -> float:
    if basis is Basis.PER_100KCAL:
        return row.amount / (row.energy_kcal or 1.0)
    return row.amount


def _everyday(row: NutrientAmount) -> bool:
    staple = row.kind in ("legume", "grain")
    uncooked = staple and (UNCOOKED_STAPLE.search(row.name) or not COOKED.search(row.name))
    return not (
        row.deprecated
        or row.branded
        or row.kind in EXCLUDED_KINDS
        or EXCLUDED_WORDS.search(row.name)
        or uncooked
    )


def _top(food: Food, row: NutrientAmount) -> TopFood:
    portion = _usual_portion(food) or _common_portion(food)
    grams = portion[1] if portion else None
    per_kcal = (
        row.amount / row.energy_kcal * 100.0
        if row.energy_kcal and row.energy_kcal >= MIN_KCAL_FOR_ENERGY_RANKING
        else None
    )
    return TopFood(
        food_id=food.food_id,
        name=food.name,
        per_100g=row.amount,
        portion=portion[0] if portion else None,
        portion_grams=grams,
        per_portion=row.amount * grams / 100.0 if grams else None,
        per_100kcal=per_kcal,
        source=food.source,
    )


MAX_PORTION_GRAMS = 250.0
"""A "common portion" heavier than this (a whole turkey, a roast) is not one serving."""


PORTION_ORDER = ("serving", "medium", "fruit", "slice", "cup", "large", "piece", "oz", "tbsp")
DENSE_PORTION_ORDER = ("serving", "oz", "tbsp", "slice", "piece", "medium", "cup")
DENSE_KCAL_PER_100G = 350.0
"""Energy-dense foods (nuts, seeds, butters, oils) are eaten by the ounce or spoon, not the cup."""


def _usual_portion(food: Food) -> tuple[str, float] | None:
    """The source's usual portion when a person gives no amount (FNDDS "Quantity not
    specified", also borrowed by the same single food in SR24)."""
    if food.default_grams and food.default_grams <= MAX_PORTION_GRAMS * 2:
        return f"usual portion ({food.default_grams:g} g)", food.default_grams
    return None


def _common_portion(food: Food) -> tuple[str, float] | None:
    """A portion people eat: an NLEA serving, a medium item, a slice, a cup, an ounce, ..."""
    usable = [m for m in food.measures if 0 < m.grams <= MAX_PORTION_GRAMS]
    by_unit = {measure_unit(m): m for m in reversed(usable)}
    dense = (food.per_100g("energy_kcal") or 0.0) > DENSE_KCAL_PER_100G
    for unit in DENSE_PORTION_ORDER if dense else PORTION_ORDER:
        if unit in by_unit:
            m = by_unit[unit]
            return f"{m.amount:g} {m.name}", m.grams
    if usable:
        m = min(usable, key=lambda m: abs(m.grams - 100.0))
        return f"{m.amount:g} {m.name}", m.grams
    return None
