"""Meals and times of a prose day are stored with each food item, shown back and exported."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from crampcheck.core.diary import FoodItem, validate_item
from crampcheck.core.nutrients import Nutrient
from crampcheck.errors import InputError
from crampcheck.services import diary, transfer
from crampcheck.services.sources import stored_sources
from crampcheck.storage.store import DiaryStore, open_store

NOW = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
DAY = "Breakfast at 7am: porridge and a banana. Spinach and salmon for dinner."


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[DiaryStore]:
    store = open_store(f"sqlite:///{tmp_path / 'd.db'}")
    yield store
    store.close()


def test_meals_are_stored_and_read_back(repo: DiaryStore) -> None:
    ann = diary.add_profile(repo, "ann", 58, "female")
    at = datetime(2026, 3, 14, 8, 0, tzinfo=UTC)
    entry = diary.log_food(repo, ann, DAY, at, NOW, diary.default_analyzer())
    assert entry.id is not None
    stored = repo.get_food(entry.id)
    assert [(i.text, i.meal, i.time) for i in stored.items] == [
        ("porridge", "breakfast", "7am"),
        ("a banana", "breakfast", "7am"),
        ("Spinach", "dinner", None),
        ("salmon", "dinner", None),
    ]
    found = stored_sources(repo, ann, None, None, Nutrient.MAGNESIUM_MG)
    by_text = {i.text: i.nutrients["magnesium_mg"] or 0.0 for i in stored.items}
    assert [row.amount for row in found.rows] == sorted(by_text.values(), reverse=True)
    assert {row.day for row in found.rows} == {"2026-03-14"}
    assert {row.meal for row in found.rows} == {"breakfast", "dinner"}


@pytest.mark.parametrize("kind", ["json", "csv"])
def test_meals_survive_export_and_import(repo: DiaryStore, tmp_path: Path, kind: str) -> None:
    ann = diary.add_profile(repo, "ann", 58, "female")
    at = datetime(2026, 3, 14, 8, 0, tzinfo=UTC)
    diary.log_food(repo, ann, DAY, at, NOW, diary.default_analyzer())
    document = transfer.export_document(repo)
    text = transfer.to_json(document) if kind == "json" else transfer.to_csv(document)
    other = open_store(f"sqlite:///{tmp_path / 'other.db'}")
    try:
        transfer.import_document(other, transfer.parse_export(text), NOW)
        again = transfer.export_document(other)
    finally:
        other.close()
    assert transfer.to_json(again) == transfer.to_json(document)
    items = again.profiles[0].food[0].items
    assert [(i.meal, i.time) for i in items][:2] == [("breakfast", "7am"), ("breakfast", "7am")]


@pytest.mark.parametrize(
    ("meal", "time", "message"),
    [("elevenses", None, "meal must be one of"), (None, "x" * 17, "time is longer"),
     (None, "", "time")],
)  # fmt: skip
def test_hostile_meal_values_are_refused(meal: str | None, time: str | None, message: str) -> None:
    with pytest.raises(InputError, match=message):
        validate_item(FoodItem("soup", None, None, None, meal=meal, time=time))
