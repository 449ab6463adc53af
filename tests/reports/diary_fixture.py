"""A deterministic synthetic diary for report tests and ``benchmarks/bench_report.py``."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, time, timedelta, timezone

from crampcheck.core import diary as d
from crampcheck.core.diary_ports import DiaryRepository
from crampcheck.core.intake import IntakeResult
from crampcheck.core.models import Profile
from crampcheck.services import diary

ZONE = timezone(timedelta(hours=1))
MEALS = (
    "porridge with milk and a banana",
    "spinach salad with a banana",
    "a glass of milk",
    "ham sandwich and an apple",
    "pasta with tomato sauce",
    "salmon with potatoes and broccoli",
    "yogurt with almonds",
    "white toast with jam",
    "chicken curry with rice",
)
LOCATIONS = ("left calf", "left calf", "right calf", "both calves", "left foot")

Analyzer = Callable[[str, Profile | None], IntakeResult]


def fill_diary(repo: DiaryRepository, end: date, days: int, analyze: Analyzer) -> d.ProfileRecord:
    """Profile ``ann`` with ``days`` days of meals, drinks, night cramps, medicines and labs."""
    rng = random.Random(8)
    now = datetime.combine(end, time(23, 0), ZONE)
    person = diary.add_profile(repo, "ann", 58, "female")
    analysed = {text: diary.items_from_intake(analyze(text, person.profile)) for text in MEALS}
    start = end - timedelta(days=days - 1)
    assert person.id is not None
    for offset in range(days):
        day = start + timedelta(days=offset)
        _one_day(repo, person, day, rng, analysed, now)
    change = start + timedelta(days=days // 3)
    diary.log_medication(
        repo, person, d.MedicationEntry(person.id, "chlorthalidone 25 mg daily", change), now
    )
    diary.log_medication(
        repo, person, d.MedicationEntry(person.id, "omeprazole 20 mg", date(2021, 5, 1)), now
    )
    lab_day = start + timedelta(days=days // 2)
    for name, value, unit in (("magnesium", 0.66, "mmol/L"), ("potassium", 3.4, "mmol/L")):
        diary.log_lab(repo, person, d.LabResult(person.id, lab_day, name, value, unit), now)
    return person


def _one_day(
    repo: DiaryRepository,
    person: d.ProfileRecord,
    day: date,
    rng: random.Random,
    analysed: dict[str, tuple[d.FoodItem, ...]],
    now: datetime,
) -> None:
    assert person.id is not None
    if rng.random() < 0.9:
        for hour, text in zip((8, 13, 19), rng.sample(MEALS, 3), strict=True):
            at = datetime.combine(day, time(hour), ZONE)
            repo.add_food(d.FoodEntry(person.id, at, text, analysed[text]))
    for hour in rng.sample(range(8, 22), rng.randint(1, 4)):
        at = datetime.combine(day, time(hour), ZONE)
        diary.log_fluid(repo, person, f"{rng.choice((200, 250, 330, 500))} ml", at, now)
    if rng.random() < 0.35:
        at = datetime.combine(day + timedelta(days=1), time(rng.randint(1, 5), 10), ZONE)
        if at <= now:
            episode = d.CrampEpisode(
                person.id,
                at,
                severity=rng.randint(3, 8),
                count=rng.choice((1, 1, 1, 2)),
                duration_min=float(rng.randint(1, 6)),
                sleep=rng.randint(2, 7),
                location=rng.choice(LOCATIONS),
            )
            diary.log_cramp(repo, person, episode, now)
