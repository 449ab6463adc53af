"""Verdicts of the cramp-day comparisons in each direction, from real diaries' day rows."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from crampcheck.core import trends as tr


def _days(after: list[int], other: list[int]) -> list[tr.Day]:
    """Days with cramp counts ``after`` (within two weeks of a medicine change) and ``other``."""
    start = date(2026, 1, 1)
    counts = [(c, True) for c in after] + [(c, False) for c in other]
    return [
        tr.Day(start + timedelta(days=i), True, {}, None, cramps, None, recent)
        for i, (cramps, recent) in enumerate(counts)
    ]


@pytest.mark.parametrize(
    ("after", "other", "verdict"),
    [
        ([1] * 8, [0] * 8, "more cramp nights after a medication change"),
        ([0] * 8, [1] * 8, "fewer cramp nights after a medication change"),
        ([1, 0] * 4, [0, 1] * 4, "no clear difference"),
    ],
)
def test_med_change_verdicts(after: list[int], other: list[int], verdict: str) -> None:
    assert tr.compare_med_changes(_days(after, other)).verdict == verdict


@pytest.mark.parametrize(
    ("cramp", "other", "verdict"),
    [
        ([300.0, 310.0, 305.0, 295.0, 300.0], [200.0, 210.0, 205.0, 195.0, 200.0], "higher"),
        ([200.0, 210.0, 205.0, 195.0, 200.0], [300.0, 310.0, 305.0, 295.0, 300.0], "lower"),
        ([200.0, 300.0, 250.0, 220.0, 280.0], [210.0, 290.0, 260.0, 230.0, 270.0], "no clear"),
    ],
)
def test_compare_verdicts(cramp: list[float], other: list[float], verdict: str) -> None:
    assert tr.compare("magnesium_mg", cramp, other).verdict.startswith(verdict)
