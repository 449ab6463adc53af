"""Totals with coverage, and intake compared with personal DRIs. Pure: no I/O.

Unknown is not zero: a food without a value for a nutrient adds nothing to the total and is not
counted in its coverage, and a total with no known value at all is ``None``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from crampcheck.core.dri import Dri, UpperScope
from crampcheck.core.models import FoodMatch, Profile
from crampcheck.core.nutrients import Nutrient


class Status(StrEnum):
    """How an intake total compares with the person's reference intakes."""

    LOW = "low"
    ADEQUATE = "adequate"
    ABOVE_UL = "above_ul"
    UNKNOWN = "unknown"


class ItemKind(StrEnum):
    """Whether a diary item is a food or a supplement (shown apart, totalled together)."""

    FOOD = "food"
    SUPPLEMENT = "supplement"


class ItemStatus(StrEnum):
    """What became of a diary item: counted, shown as a guess to check, or not understood."""

    COUNTED = "counted"
    PLEASE_CHECK = "please_check"
    NOT_UNDERSTOOD = "not_understood"


@dataclass(frozen=True, slots=True)
class ItemResult:
    """One diary item: what was written, what it was taken to be, and what it provides."""

    text: str
    food_id: str | None
    name: str | None
    grams: float | None
    quantity: float | None
    unit: str | None
    confidence: float
    alternatives: tuple[FoodMatch, ...] = ()
    portion: str | None = None
    warnings: tuple[str, ...] = ()
    counted: bool = True
    nutrients: Mapping[Nutrient, float | None] = field(default_factory=dict)
    source: str | None = None
    """The food database the food comes from (``None`` when not understood)."""
    status: ItemStatus = ItemStatus.COUNTED
    meal: str | None = None
    """The meal the item was eaten at, when the diary says (one of ``segments.MEAL_NAMES``)."""
    time: str | None = None
    """The time the item was eaten at, as written ("7am", "6:30"), when the diary says."""
    kind: ItemKind = ItemKind.FOOD
    explanation: str | None = None
    """How a supplement was read ("counted as 250 mg magnesium")."""


@dataclass(frozen=True, slots=True)
class Coverage:
    """``known`` of the ``of`` counted foods have a value for the nutrient."""

    known: int
    of: int

    @property
    def complete(self) -> bool:
        return self.known == self.of


@dataclass(frozen=True, slots=True)
class TargetResult:
    """A nutrient total set against the person's DRI."""

    dri: Dri
    total: float | None
    percent: float | None
    status: Status


@dataclass(frozen=True, slots=True)
class IntakeResult:
    """Everything `crampcheck intake` reports."""

    items: tuple[ItemResult, ...]
    totals: Mapping[Nutrient, float | None]
    coverage: Mapping[Nutrient, Coverage]
    targets: Mapping[Nutrient, TargetResult] | None
    unparsed: tuple[str, ...]
    profile: Profile | None = None
    totals_from_supplements: Mapping[Nutrient, float | None] = field(default_factory=dict)
    """The supplements' part of ``totals`` (``totals`` is food and supplements together)."""

    @property
    def supplements(self) -> tuple[ItemResult, ...]:
        return tuple(item for item in self.items if item.kind is ItemKind.SUPPLEMENT)

    @property
    def foods(self) -> tuple[ItemResult, ...]:
        return tuple(item for item in self.items if item.kind is ItemKind.FOOD)

    @property
    def lower_bound(self) -> bool:
        """Whether some item is left out of the totals (so each total is at least this)."""
        return any(not item.counted for item in self.items)


_NUTRIENT_KEYS = tuple((nutrient, nutrient.value) for nutrient in Nutrient)
"""Each nutrient with its key (reading an enum's value is slow, and every item reads all)."""


def item_nutrients(per_100g: Mapping[str, float], grams: float) -> dict[Nutrient, float | None]:
    """Scale per-100 g amounts to ``grams``; nutrients without data stay ``None``."""
    scale = grams / 100.0
    return {
        nutrient: (per_100g[key] * scale if key in per_100g else None)
        for nutrient, key in _NUTRIENT_KEYS
    }


def total_nutrients(
    items: Sequence[ItemResult],
) -> tuple[dict[Nutrient, float | None], dict[Nutrient, Coverage]]:
    """Sum the counted items, nutrient by nutrient, and say how many had a value.

    Coverage counts every item written ("magnesium known for 7 of 9 items"): an item not
    understood, to check or left out is unknown, not zero. A counted supplement counts only for
    the nutrients its label lists.
    """
    counted = [item for item in items if item.counted]
    totals: dict[Nutrient, float | None] = {}
    coverage: dict[Nutrient, Coverage] = {}
    for nutrient in Nutrient:
        known = [value for item in counted if (value := item.nutrients.get(nutrient)) is not None]
        totals[nutrient] = sum(known) if known else None
        coverage[nutrient] = Coverage(known=len(known), of=len(items) - _silent(items, nutrient))
    return totals, coverage


def _silent(items: Sequence[ItemResult], nutrient: Nutrient) -> int:
    """Counted supplements whose label does not list the nutrient: a label lists what the
    product contains, so they are not unknowns that make a total a lower bound."""
    return sum(
        1
        for item in items
        if item.kind is ItemKind.SUPPLEMENT
        and item.counted
        and item.nutrients.get(nutrient) is None
    )


def supplement_totals(items: Sequence[ItemResult]) -> dict[Nutrient, float | None]:
    """The counted supplements' part of the totals (``None`` where no supplement gave any)."""
    return total_nutrients([item for item in items if item.kind is ItemKind.SUPPLEMENT])[0]


def food_totals(items: Sequence[ItemResult]) -> dict[Nutrient, float | None]:
    """The counted foods' part of the totals (``None`` where no food gave a value)."""
    return total_nutrients([item for item in items if item.kind is ItemKind.FOOD])[0]


def classify(total: float | None, dri: Dri, from_supplements: float | None = None) -> Status:
    """Low, adequate or above the upper limit. A supplements-only UL (magnesium's 350 mg) is
    checked against ``from_supplements`` alone: food never breaches it."""
    if total is None:
        return Status.UNKNOWN
    checked = total if dri.upper_scope in (UpperScope.TOTAL, UpperScope.CDRR) else None
    if dri.upper_scope is UpperScope.SUPPLEMENTS:
        checked = from_supplements
    if dri.upper is not None and checked is not None and checked > dri.upper:
        return Status.ABOVE_UL
    return Status.LOW if total < dri.target else Status.ADEQUATE


def compare_with_targets(
    totals: Mapping[Nutrient, float | None],
    dris: Mapping[Nutrient, Dri],
    from_supplements: Mapping[Nutrient, float | None] | None = None,
) -> dict[Nutrient, TargetResult]:
    """Set each total against its DRI, with the percentage of the RDA/AI reached."""
    supplements = from_supplements or {}
    results: dict[Nutrient, TargetResult] = {}
    for nutrient, dri in dris.items():
        total = totals.get(nutrient)
        percent = None if total is None else round(100.0 * total / dri.target, 1)
        status = classify(total, dri, supplements.get(nutrient))
        results[nutrient] = TargetResult(dri, total, percent, status)
    return results
