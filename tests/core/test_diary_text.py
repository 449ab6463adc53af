"""One-line descriptions of every kind of diary entry."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from crampcheck.core.courses import change_dose, new_course
from crampcheck.core.diary import (
    CrampEpisode,
    DiaryEntry,
    FluidEntry,
    FoodEntry,
    FoodItem,
    LabResult,
    MedicationEntry,
    WeightEntry,
)
from crampcheck.core.diary_text import describe

AT = datetime(2026, 3, 1, 22, 30, tzinfo=UTC)
START = date(2026, 1, 5)
_OMEPRAZOLE = new_course(MedicationEntry(1, "omeprazole 20 mg", started=START))
_TWICE = change_dose(change_dose(_OMEPRAZOLE, "omeprazole 40 mg", None), "omeprazole 10 mg", None)
_BANANA = FoodItem("a banana", "09040", "Bananas, raw", 118.0)
_UNKNOWN = FoodItem("mystery stew", None, None, None)
_IMPORTED = FoodItem("oats", None, "Oats", 40.0, source="cronometer")


@pytest.mark.parametrize(
    ("entry", "text"),
    [
        (
            CrampEpisode(1, AT, 7, 3, 3.0, 4, "left calf", "stretching", "woke me"),
            "Cramp: severity 7/10, 3 cramps, 3 min, sleep disturbed 4/10, left calf, "
            "stretching, woke me",
        ),
        (CrampEpisode(1, AT, 5, duration_min=150.0), "Cramp: severity 5/10, 2.5 hours"),
        (CrampEpisode(1, AT, 2), "Cramp: severity 2/10"),
        (FluidEntry(1, AT, 500.0, "tea"), "Drink: 500 ml tea"),
        (LabResult(1, START, "magnesium", 0.68, "mmol/L"), "Lab result: magnesium 0.68 mmol/L"),
        (WeightEntry(1, AT, 72.5), "Weight: 72.5 kg"),
        (
            FoodEntry(1, AT, "a banana, mystery stew", (_BANANA, _UNKNOWN)),
            "Food: a banana, mystery stew (1 of 2 items recognised)",
        ),
        (FoodEntry(1, AT, "oats", (_IMPORTED,)), "Food: oats"),
        (MedicationEntry(1, "amlodipine"), "Medicine: amlodipine (start not given, still taken)"),
        (_OMEPRAZOLE, "Medicine: omeprazole 20 mg (from 2026-01-05, still taken)"),
        (
            MedicationEntry(1, "furosemide", START, date(2026, 2, 1)),
            "Medicine: furosemide (from 2026-01-05 to 2026-02-01)",
        ),
        (
            change_dose(_OMEPRAZOLE, "omeprazole 40 mg", None),
            "Medicine: omeprazole 40 mg (from 2026-01-05, still taken; 1 dose change)",
        ),
        (_TWICE, "Medicine: omeprazole 10 mg (from 2026-01-05, still taken; 2 dose changes)"),
    ],
)
def test_describe_each_kind(entry: DiaryEntry, text: str) -> None:
    assert describe(entry) == text
