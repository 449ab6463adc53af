"""Water intake: food water plus logged drinks, apart and together; too few days, no figure."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from crampcheck.core.diary import FluidEntry
from crampcheck.core.fluids import water_intake
from crampcheck.core.trends import build_days

START = date(2026, 3, 1)


def _at(day: int, hour: int = 12) -> datetime:
    return datetime(2026, 3, day, hour, tzinfo=UTC)


def test_one_logged_drink_is_not_a_daily_figure() -> None:
    days = build_days(START, START + timedelta(days=6), [], [FluidEntry(1, _at(2), 500.0)], [])
    water = water_intake(days)
    assert water.total_ml is None
    assert not water.enough
    assert water.note.startswith("Too few days to judge fluid intake: 0 days")


def test_water_from_food_and_drinks_adds_up() -> None:
    meals = [(_at(day), {"water_g": 1000.0 + 100 * day}) for day in (1, 2, 3, 4)]
    drinks = [FluidEntry(1, _at(1, 9), 500.0), FluidEntry(1, _at(3, 9), 700.0)]
    days = build_days(START, START + timedelta(days=6), meals, drinks, [])
    water = water_intake(days)
    assert water.days == 4
    assert water.from_food_ml == pytest.approx(1250.0)
    assert water.logged_drinks_ml == pytest.approx(300.0)
    assert water.total_ml == pytest.approx(1550.0)


@pytest.mark.parametrize("text", ["1/0 cup water", "-2 l water", "1e400 ml"])
def test_parse_drink_refuses_amounts_that_cannot_be_real(text: str) -> None:
    from crampcheck.core.fluids import parse_drink
    from crampcheck.errors import InputError

    with pytest.raises(InputError, match="cannot be logged"):
        parse_drink(text)
