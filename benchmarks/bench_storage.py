"""Diary storage benchmark: logging throughput on SQLite (and PostgreSQL when
``CRAMPCHECK_TEST_POSTGRES_URL`` is set), and the time to compute trends over two years of daily
data for one person (goal: under 200 ms).

    PYTHONPATH=. python benchmarks/bench_storage.py
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import create_engine, text

from crampcheck.core.diary import (
    CrampEpisode,
    FluidEntry,
    FoodEntry,
    FoodItem,
    ProfileRecord,
    new_profile,
)
from crampcheck.core.nutrients import CRAMP_NUTRIENTS
from crampcheck.services import diary
from crampcheck.storage.store import DiaryStore, open_store

NOW = datetime(2026, 3, 20, 12, tzinfo=UTC)
LOCAL = timezone(timedelta(hours=1))
DAYS = 730
LOG_COUNT = 2000
GOAL_MS = 200.0


def _reset_postgres(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def bench_logging(store: DiaryStore, label: str) -> None:
    """One transaction per logged entry, as the CLI and the web app do."""
    profile = store.add_profile(new_profile("bench", 60, "female"))
    assert profile.id is not None
    start = time.perf_counter()
    for i in range(LOG_COUNT):
        store.add_cramp(CrampEpisode(profile.id, NOW - timedelta(minutes=i), i % 11))
    elapsed = time.perf_counter() - start
    print(f"{label}: logged {LOG_COUNT} cramps in {elapsed:.2f} s = {LOG_COUNT / elapsed:,.0f}/s")


def fill_two_years(store: DiaryStore) -> ProfileRecord:
    """Three meals (four items each), two drinks and ~1 cramp every 3 nights, for 730 days."""
    rng = random.Random(6)
    profile = store.add_profile(new_profile("twoyears", 60, "female"))
    assert profile.id is not None
    first = NOW.date() - timedelta(days=DAYS)
    with store.transaction() as tx:
        for offset in range(DAYS):
            day = first + timedelta(days=offset)
            for hour in (8, 13, 19):
                at = datetime(day.year, day.month, day.day, hour, tzinfo=LOCAL)
                items = tuple(
                    FoodItem(
                        f"item {k}",
                        "09040",
                        "Bananas, raw",
                        100.0,
                        {n.value: rng.uniform(0, 100) for n in CRAMP_NUTRIENTS},
                    )
                    for k in range(4)
                )
                tx.add_food(FoodEntry(profile.id, at, "meal", items))
            for hour in (10, 16):
                at = datetime(day.year, day.month, day.day, hour, tzinfo=LOCAL)
                tx.add_fluid(FluidEntry(profile.id, at, rng.choice((250.0, 500.0))))
            if rng.random() < 0.33:
                night = datetime(day.year, day.month, day.day, 3, tzinfo=LOCAL) + timedelta(days=1)
                tx.add_cramp(CrampEpisode(profile.id, night, rng.randint(2, 9)))
    return profile


def bench_trends(store: DiaryStore, label: str) -> None:
    start = time.perf_counter()
    profile = fill_two_years(store)
    print(f"{label}: wrote two years of daily data in {time.perf_counter() - start:.1f} s")
    targets = diary.targets_for_profile(profile.profile)
    first = NOW.date() - timedelta(days=DAYS)
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        report = diary.trends(
            store, profile, first, NOW.date() - timedelta(days=1), date.today(), targets
        )
        runs.append((time.perf_counter() - start) * 1000)
    verdict = "OK" if statistics.median(runs) < GOAL_MS else "SLOWER THAN GOAL"
    print(
        f"{label}: trends over {DAYS} days ({report.days_with_food} with food, "
        f"{report.days_with_cramps} cramp nights): median {statistics.median(runs):.0f} ms, "
        f"best {min(runs):.0f} ms (goal < {GOAL_MS:.0f} ms: {verdict})"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        engines = [("SQLite", f"sqlite:///{Path(folder) / 'bench.db'}")]
        postgres = os.environ.get("CRAMPCHECK_TEST_POSTGRES_URL")
        if postgres:
            engines.append(("PostgreSQL", postgres))
        else:
            print("PostgreSQL: skipped (set CRAMPCHECK_TEST_POSTGRES_URL)")
        for label, url in engines:
            if label == "PostgreSQL":
                _reset_postgres(url)
            store = open_store(url)
            try:
                bench_logging(store, label)
                bench_trends(store, label)
            finally:
                store.close()


if __name__ == "__main__":
    main()
