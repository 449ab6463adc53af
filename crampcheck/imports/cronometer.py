"""Cronometer's ``servings.csv`` export: one row per food, nutrient columns named with units.

Columns may come in any order; ``Day``, ``Food Name`` and at least one nutrient column are
needed. A blank cell is unknown (never zero). Vitamin D may be in IU or µg.
"""

from __future__ import annotations

from datetime import tzinfo
from typing import BinaryIO

from crampcheck.core.nutrients import Nutrient
from crampcheck.errors import InputError
from crampcheck.imports import csvfiles, units
from crampcheck.imports.records import (
    ImportedFood,
    KeyMaker,
    NutrientPart,
    ParsedImport,
    SkipLog,
)

SOURCE = "cronometer"
LABEL = "Cronometer servings export"
REQUIRED = ("Day", "Food Name")


def looks_like(head: str) -> bool:
    """The header row names a day, a food name, an amount and nutrient columns with units."""
    first = head.lstrip("\ufeff").split("\n", 1)[0]
    return all(name in first for name in ("Day", "Food Name", "Amount")) and "(mg)" in first


def _columns(header: list[str]) -> tuple[dict[str, tuple[Nutrient, float]], list[str]]:
    """Nutrient columns with their conversion factor, and columns left out."""
    found: dict[str, tuple[Nutrient, float]] = {}
    ignored = []
    for column in header:
        name, unit = units.split_header(column)
        nutrient = units.NAMES.get(name)
        if nutrient is None or unit is None:
            if unit is not None:
                ignored.append(column)
            continue
        factor = units.factor(nutrient, unit)
        if factor is None:
            ignored.append(column)
            continue
        found[column] = (nutrient, factor)
    return found, ignored


def parse(stream: BinaryIO, zone: tzinfo | None = None) -> ParsedImport:
    """Read a servings export; times (the file has no offsets) are taken in ``zone``, by
    default this computer's time zone on that day."""
    skipped = SkipLog()
    foods: list[ImportedFood] = []
    columns: dict[str, tuple[Nutrient, float]] | None = None
    ignored: list[str] = []
    read = 0
    make_key = KeyMaker(SOURCE)
    for line, row in csvfiles.read_rows(stream, LABEL):
        if columns is None:
            missing = [name for name in REQUIRED if name not in row]
            columns, ignored = _columns(list(row))
            if missing or not columns:
                raise InputError(
                    f"{LABEL}: the header has no {', '.join(missing) or 'nutrient'} column"
                )
        read += 1
        food = _food(line, row, columns, zone, skipped, make_key)
        if food is not None:
            foods.append(food)
    if columns is None:
        raise InputError(f"{LABEL}: the file has a header but no rows")
    notes = (f"Columns not used: {', '.join(ignored)}.",) if ignored else ()
    return ParsedImport(
        SOURCE, LABEL, read, foods=tuple(foods), skipped=skipped.result(), notes=notes
    )


def _food(
    line: int,
    row: dict[str, str],
    columns: dict[str, tuple[Nutrient, float]],
    zone: tzinfo | None,
    skipped: SkipLog,
    make_key: KeyMaker,
) -> ImportedFood | None:
    where = f"line {line}"
    name = row.get("Food Name", "")
    if not name:
        skipped.add("no food name", where)
        return None
    try:
        day = csvfiles.parse_day(row.get("Day", ""))
        clock = csvfiles.parse_clock(row.get("Time", ""))
    except ValueError as error:
        raise InputError(f"{LABEL}, {where}: {error}") from error
    group = row.get("Group", "")
    nutrients: dict[str, float] = {}
    for column, (nutrient, factor) in columns.items():
        try:
            value = units.parse_amount(row.get(column, ""))
        except ValueError as error:
            raise InputError(f"{LABEL}, {where}, column {column!r}: {error}") from error
        if value is not None:
            nutrients[nutrient.value] = nutrients.get(nutrient.value, 0.0) + value * factor
    if not nutrients:
        skipped.add("no nutrient values", where)
        return None
    amount = row.get("Amount", "")
    key = make_key(
        day.isoformat(), row.get("Time", ""), group, name, amount, sorted(nutrients.items())
    )
    return ImportedFood(
        at=csvfiles.meal_time(day, clock, group, zone),
        name=name,
        amount=amount,
        source=SOURCE,
        parts=(NutrientPart(key, nutrients),),
        meal=group,
        known=frozenset(nutrient.value for nutrient, _ in columns.values()),
    )
