"""Food-name helpers on the edge cases: an empty name, cooking words written after the food."""

from __future__ import annotations

import pytest

from crampcheck.core.foodnames import cooking_first, head_of


@pytest.mark.parametrize(("name", "head"), [("", ""), ("Bananas, raw", "Bananas")])
def test_head_of(name: str, head: str) -> None:
    assert head_of(name) == head


@pytest.mark.parametrize(
    ("phrase", "reordered"),
    [
        ("courgette fried", "fried courgette"),
        ("chicken breast grilled", "grilled chicken breast"),
        ("fried", "fried"),
    ],
)
def test_cooking_first(phrase: str, reordered: str) -> None:
    assert cooking_first(phrase) == reordered
