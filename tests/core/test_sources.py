"""The items that gave most of a nutrient: ranking, shares, what is left out, unknowns."""

from __future__ import annotations

import pytest

from crampcheck.core.intake import ItemKind
from crampcheck.core.nutrients import Nutrient
from crampcheck.core.sources import SourceItem, top_sources


def _item(text: str, amount: float | None) -> SourceItem:
    return SourceItem(text, text.title(), None, 100.0, amount)


@pytest.mark.parametrize(
    ("amounts", "limit", "rows", "other", "unknown", "total"),
    [
        ([10.0, 30.0, 60.0], 5, [("c", 60.0), ("b", 30.0), ("a", 10.0)], (0.0, 0), 0, 100.0),
        ([10.0, 30.0, 60.0], 2, [("c", 60.0), ("b", 30.0)], (10.0, 1), 0, 100.0),
        ([None, 30.0, 0.0], 5, [("b", 100.0)], (0.0, 0), 1, 30.0),
        ([None, None], 5, [], (0.0, 0), 2, None),
        ([20.0, 20.0], 5, [("a", 50.0), ("b", 50.0)], (0.0, 0), 0, 40.0),
    ],
)
def test_top_sources(
    amounts: list[float | None],
    limit: int,
    rows: list[tuple[str, float]],
    other: tuple[float, int],
    unknown: int,
    total: float | None,
) -> None:
    items = [_item(chr(ord("a") + i), amount) for i, amount in enumerate(amounts)]
    found = top_sources(items, Nutrient.MAGNESIUM_MG, limit=limit)
    assert [(row.text, row.share) for row in found.rows] == rows
    assert (found.other_amount, found.other_items) == other
    assert found.unknown_items == unknown
    assert found.total == total


@pytest.mark.parametrize(
    ("name", "kind", "taken_as"),
    [
        ("Bananas, raw", ItemKind.FOOD, "Bananas, raw"),
        (None, ItemKind.FOOD, "?"),
        ("Slow-Mag", ItemKind.SUPPLEMENT, "supplement (Slow-Mag)"),
        (None, ItemKind.SUPPLEMENT, "supplement"),  # a stated amount, no product named
    ],
)
def test_a_row_says_what_the_item_was_taken_as(
    name: str | None, kind: ItemKind, taken_as: str
) -> None:
    item = SourceItem("the words", name, None, None, 64.0, kind=kind)
    (row,) = top_sources([item], Nutrient.MAGNESIUM_MG).rows
    assert row.taken_as == taken_as
