"""Validation of diary records (the clock is passed in)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from crampcheck.core import diary as d
from crampcheck.core.intake import ItemKind
from crampcheck.errors import InputError

NOW = datetime(2026, 3, 20, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "ml", "kind"),
    [
        ("500 ml", 500, "water"),
        ("500", 500, "water"),
        ("1,5 l", 1500, "water"),
        ("2 cups tea", 2 * 236.588, "tea"),  # US cups and a 240 ml glass, as intake reads them
        ("1 glass milk", 240, "milk"),
        ("12 fl oz cola", 12 * 29.5735, "cola"),
        ("3 dl juice", 300, "juice"),
    ],
)
def test_parse_fluid(text: str, ml: float, kind: str) -> None:
    amount, what = d.parse_fluid(text)
    assert amount == pytest.approx(ml)
    assert what == kind


@pytest.mark.parametrize("text", ["", "lots", "-5 ml", "0 ml", "20 l"])
def test_parse_fluid_refuses(text: str) -> None:
    with pytest.raises(InputError):
        d.parse_fluid(text)


def test_future_and_naive_times_refused() -> None:
    assert d.check_when(NOW + timedelta(minutes=4), NOW) == NOW + timedelta(minutes=4)
    with pytest.raises(InputError, match="future"):
        d.check_when(NOW + timedelta(hours=1), NOW)
    with pytest.raises(InputError, match="time zone"):
        d.check_when(datetime(2026, 1, 1), NOW)
    with pytest.raises(InputError, match="future"):
        d.check_day(date(2026, 3, 21), NOW)


@pytest.mark.parametrize(
    "episode",
    [
        d.CrampEpisode(1, NOW, 11),
        d.CrampEpisode(1, NOW, -1),
        d.CrampEpisode(1, NOW, 5, count=0),
        d.CrampEpisode(1, NOW, 5, sleep=12),
        d.CrampEpisode(1, NOW, 5, duration_min=0),
        d.CrampEpisode(1, NOW, 5, duration_min=float("nan")),
        d.CrampEpisode(1, NOW, 5, notes="x" * 3000),
    ],
)
def test_bad_cramps(episode: d.CrampEpisode) -> None:
    with pytest.raises(InputError):
        d.validate_cramp(episode, NOW)


def test_names() -> None:
    assert d.check_name(" Ann-Marie ") == "Ann-Marie"
    with pytest.raises(InputError):
        d.check_name("")
    with pytest.raises(InputError):
        d.check_name("a;drop table")


@pytest.mark.parametrize(
    ("food_id", "grams", "nutrients", "source", "supplement"),
    [
        (None, None, {"magnesium_mg": 250.0}, None, True),  # read from "magnesium 250 mg"
        (None, None, {}, None, False),  # not understood
        (None, None, {"magnesium_mg": None}, None, False),  # nothing known
        ("09040", 118.0, {"magnesium_mg": 31.9}, None, False),  # a food
        (None, None, {"magnesium_mg": 40.0}, "cronometer", False),  # an imported item
    ],
)
def test_an_item_stored_without_a_kind_is_given_the_inferred_one(
    food_id: str | None,
    grams: float | None,
    nutrients: dict[str, float | None],
    source: str | None,
    supplement: bool,
) -> None:
    kind = d.inferred_kind(food_id, grams, source, nutrients)
    assert (kind is ItemKind.SUPPLEMENT) is supplement
    item = d.FoodItem("x", food_id, None, grams, nutrients, source=source, kind=kind)
    assert item.is_supplement is supplement


@pytest.mark.parametrize("kind", list(ItemKind))
def test_an_item_is_a_supplement_by_its_stored_kind(kind: ItemKind) -> None:
    item = d.FoodItem("x", None, None, None, {"magnesium_mg": 250.0}, kind=kind)
    assert item.is_supplement is (kind is ItemKind.SUPPLEMENT)
    assert d.validate_item(item) is item
    assert d.item_kind(kind.value) is kind


@pytest.mark.parametrize("word", ["drug", "", None, 1, "FOOD"])
def test_another_item_kind_is_refused(word: object) -> None:
    with pytest.raises(InputError, match="food' or 'supplement"):
        d.item_kind(word)
    with pytest.raises(InputError, match="kind"):
        d.validate_item(d.FoodItem("x", None, None, None, kind=word))  # type: ignore[arg-type]
