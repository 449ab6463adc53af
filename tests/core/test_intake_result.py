"""An intake result keeps foods and supplements apart, in the order they were written."""

from __future__ import annotations

import pytest

from crampcheck.services.intake import analyze_intake


@pytest.mark.parametrize(
    ("text", "foods", "supplements"),
    [
        ("a banana, magnesium 300 mg", ["a banana"], ["magnesium 300 mg"]),
        ("magnesium 300 mg", [], ["magnesium 300 mg"]),
        ("a banana, 2 eggs", ["a banana", "2 eggs"], []),
    ],
)
def test_foods_and_supplements(text: str, foods: list[str], supplements: list[str]) -> None:
    result = analyze_intake(text)
    assert [item.text for item in result.foods] == foods
    assert [item.text for item in result.supplements] == supplements
