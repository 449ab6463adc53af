"""Lab plausibility: impossible values refused with the likely unit, odd units flagged."""

from __future__ import annotations

import pytest

from crampcheck.core.lab_checks import POSSIBLE, check_lab
from crampcheck.data.kb import load_knowledge_base
from crampcheck.errors import InputError

KB = load_knowledge_base()


@pytest.mark.parametrize(
    ("name", "value", "unit", "message"),
    [
        ("magnesium", 70, "mmol/L", "not possible .*decimal point"),
        ("calcium", 2.3, "mg/dL", "not possible .*probably mmol/L"),
        ("sodium", 14, "mmol/L", "not possible"),
        ("potassium", 41, "mmol/L", "not possible"),
        ("magnesium", 1, "zz", "unknown unit 'zz'"),
    ],
)
def test_impossible_values_are_refused(name: str, value: float, unit: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        check_lab(KB, name, value, unit)


@pytest.mark.parametrize(
    ("name", "value", "unit", "note"),
    [
        ("magnesium", 0.68, "mmol/L", None),
        ("magnesium", 1.9, "mg/dL", None),
        ("vitamin D", 75, "nmol/L", None),
        ("ck", 25_000, "U/L", None),  # rhabdomyolysis is possible, so it is kept
        ("magnesium", 0.75, "mg/dL", "0.75 mmol/L would be normal"),
        ("unicorn level", 3, "zz", "not a test crampcheck knows"),
    ],
)
def test_possible_values_are_kept_with_notes(
    name: str, value: float, unit: str, note: str | None
) -> None:
    notes = check_lab(KB, name, value, unit)
    assert (notes == []) if note is None else (note in notes[0])


def test_every_known_test_has_bounds_wider_than_its_range() -> None:
    assert set(POSSIBLE) == set(KB.labs)
    for test in KB.labs.values():
        low, high = POSSIBLE[test.id]
        assert test.low is None or low < test.low
        assert test.high is None or high > test.high
