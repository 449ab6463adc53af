"""Trend statistics: daily totals, averages, weeks, comparisons and the "not enough data" rule."""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crampcheck.core import trends as tr
from crampcheck.core.diary import (
    CrampEpisode,
    FluidEntry,
    FoodItem,
    MedicationEntry,
    cramp_day,
    sum_items,
)

START = date(2026, 3, 2)  # a Monday


def at(day: date, hour: int, offset: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=timezone(timedelta(hours=offset)))


def food(day: date, mg: float | None, hour: int = 12) -> tuple[datetime, dict[str, float]]:
    nutrients = {"magnesium_mg": mg, "calcium_mg": None}
    return at(day, hour), sum_items([FoodItem("x", "1", "x", 100.0, nutrients)])


def test_cramp_day_counts_the_night_towards_the_evening_before() -> None:
    assert cramp_day(at(date(2026, 3, 3), 3, 2)) == date(2026, 3, 2)
    assert cramp_day(at(date(2026, 3, 3), 22)) == date(2026, 3, 3)


def test_build_days_unknown_is_not_zero() -> None:
    days = tr.build_days(
        START,
        START + timedelta(days=2),
        [food(START, 100), food(START, 50, 18), food(START + timedelta(days=1), None)],
        [FluidEntry(1, at(START, 9), 250), FluidEntry(1, at(START, 10), 250)],
        [CrampEpisode(1, at(START + timedelta(days=1), 2), 6, count=2)],
        [MedicationEntry(1, "statin", START - timedelta(days=20))],
    )
    assert [d.food_logged for d in days] == [True, True, False]
    assert days[0].nutrients["magnesium_mg"] == 150
    assert "magnesium_mg" not in days[1].nutrients
    assert days[0].fluid_ml == 500
    assert days[1].fluid_ml is None
    assert (days[0].cramps, days[0].max_severity) == (2, 6)
    assert [d.recent_med_change for d in days] == [False, False, False]


def test_average_intake_over_logged_days() -> None:
    days = tr.build_days(
        START,
        START + timedelta(days=3),
        [food(START, 100), food(START + timedelta(days=1), 300)],
        [],
        [],
    )
    (average,) = tr.average_intake(days, ["magnesium_mg"], {"magnesium_mg": 320})
    assert (average.mean, average.days_known, average.days_logged) == (200, 2, 2)
    assert average.percent == 62.5
    (unknown,) = tr.average_intake(days, ["calcium_mg"], {})
    assert unknown.mean is None
    assert unknown.percent is None


def test_weekly_cramps() -> None:
    cramps = [
        CrampEpisode(1, at(START, 23), 4),
        CrampEpisode(1, at(START + timedelta(days=1), 3), 8),  # same night as above
        CrampEpisode(1, at(START + timedelta(days=8), 22), 2, count=3),
    ]
    days = tr.build_days(START, START + timedelta(days=13), [], [], cramps)
    first, second = tr.weekly_cramps(days)
    assert (first.week_start, first.cramp_nights, first.cramps, first.max_severity) == (
        START,
        1,
        2,
        8,
    )
    assert (second.cramp_nights, second.cramps, second.mean_severity) == (1, 3, 2.0)


def test_not_enough_data_below_the_threshold() -> None:
    few = [1.0] * (tr.MIN_DAYS_PER_GROUP - 1)
    result = tr.compare("magnesium_mg", few, [2.0] * 30)
    assert result.verdict == tr.NOT_ENOUGH
    assert result.difference is None
    assert result.cramp_days == 4


def test_comparison_matches_hand_calculation() -> None:
    cramp = [100.0, 120, 110, 90, 105]
    other = [150.0, 160, 140, 155, 145, 150]
    result = tr.compare("magnesium_mg", cramp, other)
    assert result.difference == pytest.approx(105 - 150)
    pooled = math.sqrt((4 * 125 + 5 * 50) / 9)
    assert result.cohen_d == pytest.approx(-45 / pooled)
    assert result.ci_high is not None
    assert result.ci_high < 0
    assert result.verdict == "lower on cramp days"


def test_no_clear_difference_when_ci_spans_zero() -> None:
    result = tr.compare("x", [1.0, 5, 3, 2, 4], [2.0, 4, 3, 1, 5])
    assert result.verdict == "no clear difference"
    assert result.ci_low is not None
    assert result.ci_low < 0 < (result.ci_high or 0)


@given(
    st.lists(st.floats(0, 1000), min_size=5, max_size=40),
    st.lists(st.floats(0, 1000), min_size=5, max_size=40),
)
def test_ci_contains_the_difference(a: list[float], b: list[float]) -> None:
    result = tr.compare("x", a, b)
    assert result.ci_low is not None
    assert result.ci_high is not None
    assert result.difference is not None
    assert result.ci_low <= result.difference + 1e-9
    assert result.difference <= result.ci_high + 1e-9


def test_medication_change_window() -> None:
    started = START + timedelta(days=10)
    cramps = [CrampEpisode(1, at(started + timedelta(days=i), 22), 5) for i in range(10)]
    days = tr.build_days(
        START, START + timedelta(days=40), [], [], cramps, [MedicationEntry(1, "x", started)]
    )
    assert sum(d.recent_med_change for d in days) == tr.MED_CHANGE_WINDOW_DAYS + 1
    result = tr.compare_med_changes(days)
    assert result.verdict == "more cramp nights after a medication change"
    assert result.after_change_rate == pytest.approx(10 / 15)


def test_tiny_variances_do_not_divide_by_zero() -> None:
    result = tr.compare("x", [0.0, 0, 0, 0, 5e-324], [0.0] * 5)
    assert result.verdict == "no clear difference"


def test_t_quantile() -> None:
    assert tr.t_quantile(4) == 2.78
    assert tr.t_quantile(0.5) == math.inf
    assert 1.96 < tr.t_quantile(100) < 2.0


# (nutrient, mean, from supplements, above the UL): magnesium's UL counts supplements only
UPPER_LIMITS = [
    ("magnesium_mg", 600.0, 400.0, True),
    ("magnesium_mg", 600.0, 100.0, False),
    ("magnesium_mg", 600.0, None, False),
    ("calcium_mg", 2500.0, None, True),
    ("calcium_mg", 1500.0, 600.0, False),
    ("potassium_mg", 9000.0, None, False),
]


@pytest.mark.parametrize(("key", "mean", "supplements", "above"), UPPER_LIMITS)
def test_averages_above_the_upper_limit_are_flagged_and_said(
    key: str, mean: float, supplements: float | None, above: bool
) -> None:
    from crampcheck.core.dri import targets_for
    from crampcheck.core.models import make_profile
    from crampcheck.data import load_dri

    dris = {n.value: dri for n, dri in targets_for(load_dri(), make_profile(58, "female")).items()}
    average = tr.Average(key, mean, 7, 7, dris[key].target, None, supplements, None)
    (flagged,) = tr.with_upper_limits([average], dris)
    assert flagged.above_upper_limit is above
    assert flagged.upper_limit == dris[key].upper
    assert (flagged.upper_limit_note is not None) is above
    if flagged.upper_limit_note:
        assert flagged.upper_limit_note.endswith(f"({', '.join(dris[key].citations)}).")
