"""One leg or both, from the words of a cramp description."""

from __future__ import annotations

import pytest

from crampcheck.core.assessment.context import laterality


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("unilateral calf cramps", "one"),
        ("cramps unilaterally", "one"),
        ("cramps in one leg", "one"),
        ("left calf", "one"),
        ("both calves", "both"),
        ("calves", None),
    ],
)
def test_laterality(text: str, side: str | None) -> None:
    assert laterality(text.split()) == side
