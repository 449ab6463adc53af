"""Supplements apart from food in the diary trends: the daily series, the averages, the JSON and
the CLI (real SQLite store, real analyser); ``totals`` stays food and supplements together."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from crampcheck.core.diary import ProfileRecord
from crampcheck.core.nutrients import Nutrient
from crampcheck.schemas.diary import trends_to_json
from crampcheck.services import diary
from crampcheck.services.intake import analyze_intake
from crampcheck.storage.store import DiaryStore, open_store

NOW = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
FIRST = date(2026, 3, 1)
DAYS = [  # what was logged on each day from FIRST
    "magnesium citrate 250 mg, a banana",
    "a banana",
    "vitamin D3 1000 IU",
]


def _parts(text: str, nutrient: Nutrient) -> tuple[float | None, float | None, float | None]:
    """(total, from food, from supplements) of ``text`` as the real analyser reads it."""
    result = analyze_intake(text)
    foods = [v for item in result.foods if (v := item.nutrients.get(nutrient)) is not None]
    return (
        result.totals[nutrient],
        sum(foods) if foods else None,
        result.totals_from_supplements.get(nutrient),
    )


@pytest.fixture
def logged(tmp_path: Path) -> Iterator[tuple[DiaryStore, ProfileRecord]]:
    store = open_store(f"sqlite:///{tmp_path / 'd.db'}")
    ann = diary.add_profile(store, "ann", 58, "female")
    for offset, text in enumerate(DAYS):
        day = FIRST + timedelta(days=offset)
        at = datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
        diary.log_food(store, ann, text, at, NOW, analyze_intake)
    yield store, ann
    store.close()


def _report(logged: tuple[DiaryStore, ProfileRecord]) -> diary.Trends:
    store, ann = logged
    return diary.trends(store, ann, FIRST, FIRST + timedelta(days=6), NOW.date())


@pytest.mark.parametrize("nutrient", [Nutrient.MAGNESIUM_MG, Nutrient.VITAMIN_D_UG])
def test_the_daily_series_splits_each_day(
    logged: tuple[DiaryStore, ProfileRecord], nutrient: Nutrient
) -> None:
    report = _report(logged)
    series = {p.day: p for p in report.daily if p.nutrient == nutrient.value}
    assert sorted(series) == [FIRST + timedelta(days=i) for i in range(len(DAYS))]
    for offset, text in enumerate(DAYS):
        point = series[FIRST + timedelta(days=offset)]
        total, food, taken = _parts(text, nutrient)
        assert point.total == pytest.approx(total)
        assert point.from_food == pytest.approx(food)
        assert point.from_supplements == pytest.approx(taken)


def test_a_day_known_only_from_supplements_has_no_food_part(
    logged: tuple[DiaryStore, ProfileRecord],
) -> None:
    day3 = {p.nutrient: p for p in _report(logged).daily if p.day == FIRST + timedelta(days=2)}
    assert day3["vitamin_d_ug"].total == 25.0
    assert day3["vitamin_d_ug"].from_supplements == 25.0
    assert day3["vitamin_d_ug"].from_food is None  # unknown, never zero
    assert day3["magnesium_mg"].total is None


def test_averages_show_the_supplement_part(logged: tuple[DiaryStore, ProfileRecord]) -> None:
    report = _report(logged)
    magnesium = next(a for a in report.averages if a.nutrient == "magnesium_mg")
    banana = _parts("a banana", Nutrient.MAGNESIUM_MG)[0]
    assert banana is not None
    assert magnesium.days_known == 2
    assert magnesium.mean == pytest.approx((banana + 250.0 + banana) / 2)  # food + supplements
    assert magnesium.mean_from_supplements == pytest.approx(250.0 / 2)
    assert magnesium.mean_from_food == pytest.approx(banana)
    potassium = next(a for a in report.averages if a.nutrient == "potassium_mg")
    assert potassium.mean_from_supplements is None


def test_trends_json_carries_the_daily_series(logged: tuple[DiaryStore, ProfileRecord]) -> None:
    report = _report(logged)
    document = json.loads(json.dumps(trends_to_json(report, {"name": "ann"}, [])))
    first = document["daily"][0]
    assert first["day"] == FIRST.isoformat()
    assert first["nutrients"]["magnesium_mg"]["from_supplements"] == 250.0
    magnesium = next(a for a in document["averages"] if a["nutrient"] == "magnesium_mg")
    assert magnesium["mean_from_supplements"] == 125.0
    assert [day["day"] for day in document["daily"]] == [
        (FIRST + timedelta(days=i)).isoformat() for i in range(len(DAYS))
    ]
