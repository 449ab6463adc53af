"""Drinks and water intake: reading "a pint of water" like ``intake`` does, and adding up water.

Water intake is the water in foods and drinks logged as food (USDA ``water_g``; 1 g ≈ 1 ml)
plus the drinks logged with ``log fluid``; both are shown apart and together. A daily figure
needs at least :data:`MIN_WATER_DAYS` days with food logged: one logged drink is not a day's
intake.

Example:
    >>> parse_drink("a mug of coffee")
    (250.0, 'coffee')
    >>> parse_drink("a pint of water", pint_ml=IMPERIAL_PINT_ML)
    (568.261, 'water')
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from crampcheck.core.parsing import parse_item
from crampcheck.core.portions import CONTAINER_ML, SIZE_FACTORS
from crampcheck.core.units import VOLUME_ML
from crampcheck.errors import InputError

if TYPE_CHECKING:
    from crampcheck.core.trends import Day

US_PINT_ML = VOLUME_ML["pint"]
IMPERIAL_PINT_ML = 568.261
"""A pint in the UK and Ireland (20 imperial fluid ounces)."""

MIN_WATER_DAYS = 3
"""Fewest days with food logged before a daily water figure is given."""


def parse_drink(text: str, pint_ml: float = US_PINT_ML) -> tuple[float, str]:
    """``a pint of water``, ``two mugs of tea``, ``330ml cola``, ``500 ml`` → (ml, kind).

    Raises InputError when no amount can be read (e.g. "a lot").
    """
    item = parse_item(text.strip())
    if item.refused is not None:  # "1/0 cup", "-2 l", "1e400 ml": never a default amount
        raise InputError(f"the drink {text.strip()!r} cannot be logged: {item.refused}")
    kind = item.food.strip() or "water"
    quantity = item.quantity_or_one
    if item.stated_amount is not None and item.stated_amount[1] in VOLUME_ML:
        amount, unit = item.stated_amount
        return amount * VOLUME_ML[unit], kind
    if item.unit == "pint":
        return quantity * pint_ml, kind
    if item.unit in VOLUME_ML:
        return quantity * VOLUME_ML[item.unit], kind
    if item.unit in CONTAINER_ML:
        factor = SIZE_FACTORS.get(item.size or "medium", 1.0)
        return quantity * factor * CONTAINER_ML[item.unit], kind
    raise InputError(
        f"cannot read the amount in {text!r}; write e.g. '500 ml', 'a pint of water' or "
        "'2 mugs of tea'"
    )


@dataclass(frozen=True, slots=True)
class WaterIntake:
    """Mean daily water over the days with food logged: from food and drinks, logged, total."""

    days: int
    from_food_ml: float | None
    logged_drinks_ml: float | None
    total_ml: float | None

    @property
    def enough(self) -> bool:
        return self.days >= MIN_WATER_DAYS

    @property
    def note(self) -> str:
        """What the figure rests on, or why there is none."""
        if not self.enough:
            return (
                f"Too few days to judge fluid intake: {self.days} day"
                f"{'' if self.days == 1 else 's'} with food logged, at least "
                f"{MIN_WATER_DAYS} needed."
            )
        return (
            f"Water over {self.days} days with food logged: from foods and drinks logged as food "
            "(1 g of water ≈ 1 ml) plus drinks logged on their own."
        )


def water_intake(days: Sequence[Day]) -> WaterIntake:
    """Water from food (``water_g``) and logged drinks, per day with food logged."""
    logged = [day for day in days if day.food_logged]
    if len(logged) < MIN_WATER_DAYS:
        return WaterIntake(len(logged), None, None, None)
    food = [float(day.nutrients.get("water_g") or 0.0) for day in logged]
    drinks = [day.fluid_ml or 0.0 for day in logged]
    return WaterIntake(
        len(logged),
        statistics.fmean(food),
        statistics.fmean(drinks),
        statistics.fmean(f + d for f, d in zip(food, drinks, strict=True)),
    )
