"""MyFitnessPal's nutrition export (``Nutrition-Summary-….csv``): one row per day and meal.

MyFitnessPal writes meal totals, not foods, so each row becomes one food entry named after the
meal. Columns without a unit follow MyFitnessPal's conventions: potassium in mg, fibre and sugar
in g; calcium, iron and vitamins A and C are "% Daily Value" and are not converted (which daily
value an app used is not in the file), so they stay unknown.
"""

from __future__ import annotations

from datetime import tzinfo
from typing import BinaryIO

from crampcheck.core.nutrients import Nutrient
from crampcheck.errors import InputError
from crampcheck.imports import csvfiles, units
from crampcheck.imports.records import ImportedFood, KeyMaker, NutrientPart, ParsedImport, SkipLog

SOURCE = "myfitnesspal"
LABEL = "MyFitnessPal nutrition export"
UNITLESS = {
    "potassium": (Nutrient.POTASSIUM_MG, 1.0),
    "fiber": (Nutrient.FIBER_G, 1.0),
    "sugar": (Nutrient.SUGARS_G, 1.0),
    "calories": (Nutrient.ENERGY_KCAL, 1.0),
}
PERCENT_DAILY_VALUE = ("calcium", "iron", "vitamin a", "vitamin c")


def looks_like(head: str) -> bool:
    """The header row has Date, Meal, Calories and MyFitnessPal's ``Sodium (mg)``."""
    first = head.lstrip("\ufeff").split("\n", 1)[0]
    cells = [cell.strip().strip('"') for cell in first.split(",")]
    return {"Date", "Meal", "Calories"} <= set(cells) and "Sodium (mg)" in cells


def _columns(header: list[str]) -> tuple[dict[str, tuple[Nutrient, float]], list[str]]:
    found: dict[str, tuple[Nutrient, float]] = {}
    percent = []
    for column in header:
        name, unit = units.split_header(column)
        if unit is None:
            if name in UNITLESS:
                found[column] = UNITLESS[name]
            elif name in PERCENT_DAILY_VALUE:
                percent.append(column)
            continue
        nutrient = units.NAMES.get(name)
        factor = None if nutrient is None else units.factor(nutrient, unit)
        if nutrient is not None and factor is not None:
            found[column] = (nutrient, factor)
    return found, percent


def parse(stream: BinaryIO, zone: tzinfo | None = None) -> ParsedImport:
    """Read a nutrition export; meals without a time get the usual time of that meal. Times are
    taken in ``zone``, by default this computer's time zone on that day."""
    skipped = SkipLog()
    foods: list[ImportedFood] = []
    columns: dict[str, tuple[Nutrient, float]] | None = None
    percent: list[str] = []
    make_key = KeyMaker(SOURCE)
    read = 0
    for line, row in csvfiles.read_rows(stream, LABEL):
        if columns is None:
            columns, percent = _columns(list(row))
            if "Date" not in row or "Meal" not in row or not columns:
                raise InputError(f"{LABEL}: the header needs Date, Meal and nutrient columns")
        read += 1
        where = f"line {line}"
        try:
            day = csvfiles.parse_day(row.get("Date", ""))
            clock = csvfiles.parse_clock(row.get("Time", ""))
        except ValueError as error:
            raise InputError(f"{LABEL}, {where}: {error}") from error
        meal = row.get("Meal", "") or "Meal"
        nutrients: dict[str, float] = {}
        for column, (nutrient, factor) in columns.items():
            try:
                value = units.parse_amount(row.get(column, ""))
            except ValueError as error:
                raise InputError(f"{LABEL}, {where}, column {column!r}: {error}") from error
            if value is not None:
                nutrients[nutrient.value] = value * factor
        if not nutrients:
            skipped.add("no nutrient values", where)
            continue
        key = make_key(day.isoformat(), row.get("Time", ""), meal, sorted(nutrients.items()))
        foods.append(
            ImportedFood(
                at=csvfiles.meal_time(day, clock, meal, zone),
                name=f"{meal} (MyFitnessPal meal total)",
                amount="",
                source=SOURCE,
                parts=(NutrientPart(key, nutrients),),
                meal=meal,
                known=frozenset(nutrient.value for nutrient, _ in columns.values()),
            )
        )
    if columns is None:
        raise InputError(f"{LABEL}: the file has a header but no rows")
    notes = (
        (f"Not converted (% Daily Value in MyFitnessPal exports): {', '.join(percent)}.",)
        if percent
        else ()
    )
    return ParsedImport(
        SOURCE, LABEL, read, foods=tuple(foods), skipped=skipped.result(), notes=notes
    )
