"""JSON shape of ``foods top`` (shared by the CLI's --json and the REST API)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from crampcheck.core.nutrients import Nutrient
    from crampcheck.services.foods import Basis, TopFood


def top_to_json(nutrient: Nutrient, basis: Basis, rows: Sequence[TopFood]) -> dict[str, Any]:
    return {
        "nutrient": nutrient.value,
        "per": basis.value,
        "results": [
            {
                "food_id": r.food_id,
                "name": r.name,
                "source": r.source or None,
                "per_100g": r.per_100g,
                "portion": r.portion,
                "portion_grams": r.portion_grams,
                "per_portion": r.per_portion,
                "per_100kcal": r.per_100kcal,
            }
            for r in rows
        ],
    }
