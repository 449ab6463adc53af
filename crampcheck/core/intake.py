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

    @property
    def lower_bound(self) -> bool:
        """Whether some item is left out of the totals (so each total is at least this)."""
        return any(not item.counted for item in self.items)


def item_nutrients(per_100g: Mapping[str, float], grams: float) -> dict[Nutrient, float | None]:
    """Scale per-100 g amounts to ``grams``; nutrients without data stay ``None``."""
    scale = grams / 100.0
    return {
        nutrient: (per_100g[nutrient.value] * scale if nutrient.value in per_100g else None)
        for nutrient in Nutrient
    }


def total_nutrients(
    items: Sequence[ItemResult],
) -> tuple[dict[Nutrient, float | None], dict[Nutrient, Coverage]]:
    """Sum the counted items, nutrient by nutrient, and say how many had a value.

    Coverage counts every item written ("magnesium known for 7 of 9 items"): an item not
    understood, to check or left out is unknown, not zero.
    """
    counted = [item for item in items if item.counted]
    totals: dict[Nutrient, float | None] = {}
    coverage: dict[Nutrient, Coverage] = {}
    for nutrient in Nutrient:
        known = [value for item in counted if (value := item.nutrients.get(nutrient)) is not None]
        totals[nutrient] = sum(known) if known else None
        coverage[nutrient] = Coverage(known=len(known), of=len(items))
    return totals, coverage


def classify(total: float | None, dri: Dri) -> Status:
    """Low, adequate or above the upper limit (food never breaches a supplements-only UL)."""
    if total is None:
        return Status.UNKNOWN
    limit_applies = dri.upper is not None and dri.upper_scope in (UpperScope.TOTAL, UpperScope.CDRR)
    if limit_applies and dri.upper is not None and total > dri.upper:
        return Status.ABOVE_UL
    return Status.LOW if total < dri.target else Status.ADEQUATE


def compare_with_targets(
    totals: Mapping[Nutrient, float | None], dris: Mapping[Nutrient, Dri]
) -> dict[Nutrient, TargetResult]:
    """Set each total against its DRI, with the percentage of the RDA/AI reached."""
    results: dict[Nutrient, TargetResult] = {}
    for nutrient, dri in dris.items():
        total = totals.get(nutrient)
        percent = None if total is None else round(100.0 * total / dri.target, 1)
        results[nutrient] = TargetResult(dri, total, percent, classify(total, dri))
    return results
