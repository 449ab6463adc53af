"""Where a nutrient came from, for one diary text or for the stored diary (typed rows).

The CLI (`crampcheck intake TEXT --sources magnesium`, `crampcheck diary sources magnesium`),
the web diary and the report all show these rows; see docs/nutrient-sources.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from crampcheck.core.diary import FoodEntry, ProfileRecord
from crampcheck.core.diary_ports import DiaryRepository
from crampcheck.core.intake import IntakeResult
from crampcheck.core.nutrients import CRAMP_NUTRIENTS, Nutrient, parse_nutrient
from crampcheck.core.sources import DEFAULT_LIMIT, NutrientSources, SourceItem, top_sources
from crampcheck.errors import InputError


def intake_sources(
    result: IntakeResult, nutrient: Nutrient, *, limit: int = DEFAULT_LIMIT
) -> NutrientSources:
    """The items of one analysed diary that gave most of ``nutrient`` (counted items only)."""
    items = [
        SourceItem(
            text=item.text,
            name=item.name,
            food_id=item.food_id,
            grams=item.grams,
            amount=item.nutrients.get(nutrient),
            meal=item.meal,
            kind=item.kind,
        )
        for item in result.items
        if item.counted
    ]
    return top_sources(items, nutrient, limit=limit)


def diary_sources(
    entries: Iterable[FoodEntry], nutrient: Nutrient, *, limit: int = DEFAULT_LIMIT
) -> NutrientSources:
    """The stored food items (over the entries given) that gave most of ``nutrient``."""
    items = [
        SourceItem(
            text=item.text,
            name=item.name,
            food_id=item.food_id,
            grams=item.grams,
            amount=item.nutrients.get(nutrient.value),
            meal=item.meal,
            day=entry.at.date().isoformat(),
            kind=item.kind,
        )
        for entry in entries
        for item in entry.items
        if item.food_id is not None or item.source is not None or item.is_supplement
    ]
    return top_sources(items, nutrient, limit=limit)


def stored_sources(
    repo: DiaryRepository,
    profile: ProfileRecord,
    start: date | None,
    end: date | None,
    nutrient: Nutrient,
    *,
    limit: int = DEFAULT_LIMIT,
) -> NutrientSources:
    """The stored food items of ``profile`` between two dates (inclusive) that gave most of
    ``nutrient``."""
    (found,) = stored_sources_of(repo, profile, start, end, (nutrient,), limit=limit)
    return found


def stored_sources_of(
    repo: DiaryRepository,
    profile: ProfileRecord,
    start: date | None,
    end: date | None,
    nutrients: Iterable[Nutrient],
    *,
    limit: int = DEFAULT_LIMIT,
) -> list[NutrientSources]:
    """:func:`stored_sources` of several nutrients, the diary read once (the web diary page
    shows a table for each cramp nutrient)."""
    from crampcheck.services.diary import show_diary

    food = show_diary(repo, profile, start, end).food
    return [diary_sources(food, nutrient, limit=limit) for nutrient in nutrients]


def nutrient_named(name: str) -> Nutrient:
    """The nutrient a person typed ("magnesium", "vitamin d", "k"), or a clear error."""
    try:
        return parse_nutrient(name)
    except KeyError:
        known = ", ".join(n.value.rsplit("_", 1)[0] for n in CRAMP_NUTRIENTS)
        raise InputError(f"no nutrient is called {name!r}; try one of: {known}") from None
