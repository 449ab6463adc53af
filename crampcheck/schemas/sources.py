"""The JSON of "where a nutrient came from" (docs/nutrient-sources.md)."""

from __future__ import annotations

from typing import Any

from crampcheck.core.nutrients import NUTRIENT_INFO
from crampcheck.core.sources import NutrientSources, SourceRow


def _round(value: float | None, digits: int = 3) -> float | None:
    return None if value is None else round(value, digits)


def source_row_to_json(row: SourceRow) -> dict[str, Any]:
    return {
        "text": row.text,
        "food_id": row.food_id,
        "name": row.name,
        "grams": _round(row.grams, 2),
        "amount": _round(row.amount),
        "percent": row.share,
        "meal": row.meal,
        "day": row.day,
        "kind": row.kind.value,
    }


def sources_to_json(sources: NutrientSources) -> dict[str, Any]:
    """``{"nutrient", "unit", "total", "sources": [...], "other": {...}, "unknown_items"}``."""
    return {
        "nutrient": sources.nutrient.value,
        "unit": NUTRIENT_INFO[sources.nutrient].unit,
        "total": _round(sources.total),
        "sources": [source_row_to_json(row) for row in sources.rows],
        "other": {"amount": _round(sources.other_amount), "items": sources.other_items},
        "unknown_items": sources.unknown_items,
    }
