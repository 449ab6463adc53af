"""Cronometer servings.csv: every column, quoting, any column order, IU or µg, blanks unknown."""

from __future__ import annotations

import csv
import io
import random
from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest

from crampcheck.errors import InputError
from crampcheck.imports import cronometer
from crampcheck.imports.records import ImportedFood, ParsedImport
from tests.imports.conftest import CRONOMETER

ZONE = timezone(timedelta(hours=1))


def _parse(data: bytes) -> ParsedImport:
    return cronometer.parse(io.BytesIO(data), ZONE)


def _rows() -> list[list[str]]:
    with CRONOMETER.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def _write(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode("utf-8")


def _by_name(parsed: ParsedImport) -> dict[str, ImportedFood]:
    return {food.name: food for food in parsed.foods}


def _nutrients(food: ImportedFood) -> dict[str, float]:
    (part,) = food.parts
    return dict(part.nutrients)


def test_fixture_values() -> None:
    parsed = _parse(CRONOMETER.read_bytes())
    assert parsed.read == 6
    foods = _by_name(parsed)
    assert len(foods) == 5
    orange = foods["Orange, Raw"]
    assert orange.amount == '2.00 medium (2-2/3" dia)'
    assert orange.meal == "Lunch"
    assert orange.at == datetime.combine(date(2026, 3, 14), time(12, 30), ZONE)  # no time: lunch
    values = _nutrients(orange)
    assert values["magnesium_mg"] == pytest.approx(26.2)
    assert values["potassium_mg"] == pytest.approx(469.3)
    assert "vitamin_d_ug" not in values  # a blank cell is unknown, not zero
    assert "vitamin_d_ug" in (orange.known or ())
    assert "caffeine_mg" not in values
    banana = foods["Banana, Raw"]
    assert banana.amount == '2.00 medium (7" to 7-7/8" long)'
    assert banana.at == datetime(2026, 3, 14, 8, 5, tzinfo=ZONE)
    salmon = _nutrients(foods["Salmon, Atlantic, Farmed, Cooked, Dry Heat"])
    assert salmon["vitamin_d_ug"] == pytest.approx(526.0 / 40)  # IU → µg
    assert salmon["vitamin_b12_ug"] == pytest.approx(4.98)
    assert salmon["thiamin_mg"] == pytest.approx(0.6)
    assert salmon["energy_kcal"] == pytest.approx(367.6)
    assert foods["Cheddar Cheese"].at == datetime(2026, 3, 15, 9, 0, tzinfo=ZONE)
    (skip,) = parsed.skipped
    assert skip.reason == "no nutrient values"
    assert skip.where == ("line 7",)
    assert "Oxalate (mg)" in parsed.notes[0]


def test_any_column_order() -> None:
    rows = _rows()
    order = list(range(len(rows[0])))
    random.Random(14).shuffle(order)
    shuffled = [[row[i] for i in order] for row in rows]
    assert _parse(_write(shuffled)).foods == _parse(CRONOMETER.read_bytes()).foods


def test_vitamin_d_in_micrograms() -> None:
    rows = _rows()
    column = rows[0].index("Vitamin D (IU)")
    rows[0][column] = "Vitamin D (µg)"
    rows[4][column] = "13.15"
    salmon = _by_name(_parse(_write(rows)))["Salmon, Atlantic, Farmed, Cooked, Dry Heat"]
    assert _nutrients(salmon)["vitamin_d_ug"] == pytest.approx(13.15)


def test_same_file_same_keys_and_duplicate_rows_differ() -> None:
    rows = _rows()
    rows.append(rows[2])  # the same banana logged twice at breakfast
    first, second = _parse(_write(rows)), _parse(_write(rows))
    keys = [food.keys for food in first.foods]
    assert keys == [food.keys for food in second.foods]
    assert len({key for group in keys for key in group}) == len(first.foods) == 6


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda data: data[: len(data) // 2], "cells for 67 columns"),
        (lambda data: data[: data.index(b'"2.00 medium (2') + 5], "damaged"),
        (lambda data: data.decode("utf-8").encode("latin-1"), "not UTF-8"),
        (lambda data: data.split(b"\n")[0] + b"\n", "no rows"),
        (lambda data: data.replace(b"2026-03-15", b"15th of March", 1), "is not a date"),
        (
            lambda data: data.replace(b",63.2,", b",lots,", 1),
            r"column 'Magnesium \(mg\)': 'lots' is not a number",
        ),
        (lambda data: data.replace(b"Food Name", b"Item", 1), "no Food Name column"),
    ],
    ids=["truncated", "cut-in-quote", "latin-1", "header-only", "bad-day", "bad-number", "no-name"],
)
def test_bad_files(mutate: object, message: str) -> None:
    assert callable(mutate)
    with pytest.raises(InputError, match=message):
        _parse(mutate(CRONOMETER.read_bytes()))


def test_recognised_by_content() -> None:
    head = CRONOMETER.read_text(encoding="utf-8")[:4096]
    assert cronometer.looks_like(head)
    assert not cronometer.looks_like("Date,Meal,Calories,Sodium (mg)\n")
    assert not cronometer.looks_like("Day,Description,Amount\n2026-01-01,Rent,-900\n")


def test_times_keep_the_zone() -> None:
    parsed = cronometer.parse(io.BytesIO(CRONOMETER.read_bytes()), UTC)
    assert {food.at.utcoffset() for food in parsed.foods} == {timedelta(0)}


def test_default_zone_follows_summer_time(monkeypatch: pytest.MonkeyPatch) -> None:
    import time as clock

    monkeypatch.setenv("TZ", "Europe/Berlin")
    clock.tzset()
    try:
        rows = _rows()
        rows[2][0] = "2026-07-14"  # the banana, in summer
        parsed = cronometer.parse(io.BytesIO(_write(rows)))
    finally:
        monkeypatch.undo()
        clock.tzset()
    offsets = {food.name: food.at.utcoffset() for food in parsed.foods}
    assert offsets["Oatmeal, Cooked with Water"] == timedelta(hours=1)
    assert offsets["Banana, Raw"] == timedelta(hours=2)
