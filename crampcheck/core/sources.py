"""Where a nutrient came from: the items that gave most of it. Pure: no I/O.

Cronometer's most-used detail view, and the quickest way for a person to spot a wrong match
("why is my sodium so high?" → "1 tbsp soy sauce, taken as 'Soy sauce': 879 mg, 41 %").
Items with no value for the nutrient are counted as unknown, never as zero.

Example:
    >>> from crampcheck.core.intake import ItemKind
from crampcheck.core.nutrients import Nutrient
    >>> items = [SourceItem("a banana", "Bananas, raw", "09040", 118.0, 31.9),
    ...          SourceItem("2 eggs", "Egg, whole", "01123", 100.0, 12.0)]
    >>> found = top_sources(items, Nutrient.MAGNESIUM_MG)
    >>> [(row.text, row.share) for row in found.rows]
    [('a banana', 72.7), ('2 eggs', 27.3)]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from crampcheck.core.intake import ItemKind
from crampcheck.core.nutrients import Nutrient

DEFAULT_LIMIT = 5
"""Rows shown per nutrient; the rest is summed as "other items"."""


@dataclass(frozen=True, slots=True)
class SourceItem:
    """One counted diary item and its amount of the nutrient (``None`` when unknown)."""

    text: str
    name: str | None
    food_id: str | None
    grams: float | None
    amount: float | None
    meal: str | None = None
    day: str | None = None
    """The ISO date of the diary entry, when the items come from several days."""
    kind: ItemKind = ItemKind.FOOD
    """A food or a supplement (shown apart)."""


@dataclass(frozen=True, slots=True)
class SourceRow:
    """An item that gave part of the nutrient: its amount and its share of the total (%)."""

    text: str
    name: str | None
    food_id: str | None
    grams: float | None
    amount: float
    share: float
    meal: str | None = None
    day: str | None = None
    kind: ItemKind = ItemKind.FOOD

    @property
    def taken_as(self) -> str:
        """What the item was read as, for a table: the food's name, or "supplement" (with
        the product when one was recognised), so supplements stand apart from foods."""
        if self.kind is ItemKind.SUPPLEMENT:
            return f"supplement ({self.name})" if self.name else "supplement"
        return self.name or "?"


@dataclass(frozen=True, slots=True)
class NutrientSources:
    """The biggest sources of one nutrient, with what the rows leave out."""

    nutrient: Nutrient
    total: float | None
    rows: tuple[SourceRow, ...]
    other_amount: float
    """What the items not listed gave together."""
    other_items: int
    unknown_items: int
    """Items counted without a value for this nutrient (the total is at least ``total``)."""


def top_sources(
    items: Sequence[SourceItem], nutrient: Nutrient, *, limit: int = DEFAULT_LIMIT
) -> NutrientSources:
    """The ``limit`` items that gave most of ``nutrient``, biggest first (ties keep diary order)."""
    known = [item for item in items if item.amount is not None and item.amount > 0]
    unknown = sum(1 for item in items if item.amount is None)
    total = sum(item.amount or 0.0 for item in items if item.amount is not None)
    has_total = any(item.amount is not None for item in items)
    ranked = sorted(known, key=lambda item: -(item.amount or 0.0))
    rows = tuple(_row(item, total) for item in ranked[: max(limit, 0)])
    rest = ranked[len(rows) :]
    return NutrientSources(
        nutrient=nutrient,
        total=total if has_total else None,
        rows=rows,
        other_amount=sum(item.amount or 0.0 for item in rest),
        other_items=len(rest),
        unknown_items=unknown,
    )


def _row(item: SourceItem, total: float) -> SourceRow:
    amount = item.amount or 0.0
    share = round(100.0 * amount / total, 1) if total > 0 else 0.0
    return SourceRow(
        item.text,
        item.name,
        item.food_id,
        item.grams,
        amount,
        share,
        item.meal,
        item.day,
        item.kind,
    )
