"""Apple Health's ``export.xml``, streamed: only the dietary samples are kept in memory.

Real exports are hundreds of megabytes, mostly heart rate and steps. The file is read with the
standard library's ``iterparse`` and each element is cleared once read, so memory stays flat
(``benchmarks/bench_import.py`` measures it). Dietary samples other apps wrote are grouped by
app, time and food name (``HKFoodType`` metadata) into food entries; dietary water becomes
drinks. Everything else is counted as skipped, by type.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import BinaryIO

from crampcheck.core.nutrients import Nutrient
from crampcheck.errors import InputError
from crampcheck.imports import units
from crampcheck.imports.records import (
    ImportedFluid,
    ImportedFood,
    KeyMaker,
    NutrientPart,
    ParsedImport,
    SkipLog,
)

SOURCE = "apple_health"
LABEL = "Apple Health export"
PREFIX = "HKQuantityTypeIdentifierDietary"
TYPES: dict[str, Nutrient] = {
    "EnergyConsumed": Nutrient.ENERGY_KCAL,
    "Magnesium": Nutrient.MAGNESIUM_MG,
    "Potassium": Nutrient.POTASSIUM_MG,
    "Calcium": Nutrient.CALCIUM_MG,
    "Sodium": Nutrient.SODIUM_MG,
    "VitaminD": Nutrient.VITAMIN_D_UG,
    "Thiamin": Nutrient.THIAMIN_MG,
    "VitaminB12": Nutrient.VITAMIN_B12_UG,
    "VitaminK": Nutrient.VITAMIN_K_UG,
    "VitaminE": Nutrient.VITAMIN_E_MG,
    "Iron": Nutrient.IRON_MG,
    "Zinc": Nutrient.ZINC_MG,
    "Phosphorus": Nutrient.PHOSPHORUS_MG,
    "Protein": Nutrient.PROTEIN_G,
    "Carbohydrates": Nutrient.CARBOHYDRATE_G,
    "FatTotal": Nutrient.FAT_G,
    "Fiber": Nutrient.FIBER_G,
    "Sugar": Nutrient.SUGARS_G,
    "Caffeine": Nutrient.CAFFEINE_MG,
    "VitaminC": Nutrient.VITAMIN_C_MG,
    "Folate": Nutrient.FOLATE_UG,
    "Riboflavin": Nutrient.RIBOFLAVIN_MG,
    "Niacin": Nutrient.NIACIN_MG,
    "VitaminB6": Nutrient.VITAMIN_B6_MG,
    "Copper": Nutrient.COPPER_MG,
    "Selenium": Nutrient.SELENIUM_UG,
    "Manganese": Nutrient.MANGANESE_MG,
}
WATER = "Water"
_ML = {"ml": 1.0, "l": 1000.0, "cl": 10.0, "dl": 100.0, "fl_oz_us": 29.5735, "fl_oz_imp": 28.4131}
TIME_FORMAT = "%Y-%m-%d %H:%M:%S %z"
MAX_APP_NAME = 40
"""App names are cut to this length (the item's source column holds 64 characters)."""


def looks_like(head: str) -> bool:
    """An XML file whose root (or DOCTYPE) is ``HealthData``."""
    text = head.lstrip("\ufeff").lstrip()
    return text.startswith("<") and ("<!DOCTYPE HealthData" in text or "<HealthData" in text)


def check_prolog(head: str) -> None:
    """Refuse entity declarations (they can expand without bound); real exports have none."""
    root = head.find("<HealthData")
    prolog = head if root < 0 else head[:root]
    if "<!ENTITY" in prolog:
        raise InputError(f"{LABEL}: the file declares XML entities; this is not an Apple export")


@dataclass
class _Group:
    at: datetime
    app: str
    food: str
    parts: list[NutrientPart] = field(default_factory=list)


def _when(text: str | None, where: str) -> datetime:
    try:
        return datetime.strptime(text or "", TIME_FORMAT)
    except ValueError as error:
        raise InputError(
            f"{LABEL}, {where}: {text!r} is not a time like 2026-03-14 08:00:00 +0100"
        ) from error


def _elements(stream: BinaryIO) -> Iterator[tuple[int, ET.Element]]:
    """(depth, element) of each completed element below the root; memory is released as we go."""
    depth = 0
    root: ET.Element | None = None
    try:
        for event, element in ET.iterparse(stream, events=("start", "end")):
            if event == "start":
                if root is None:
                    root = element
                    if element.tag != "HealthData":
                        raise InputError(
                            f"{LABEL}: the root element is {element.tag!r}, not HealthData"
                        )
                depth += 1
                continue
            depth -= 1
            if depth >= 1:
                yield depth, element
            if depth == 1 and root is not None:
                root.clear()
    except ET.ParseError as error:
        raise InputError(f"{LABEL}: the XML is damaged or cut short ({error})") from error
    if root is None:
        raise InputError(f"{LABEL}: the file is empty")


def parse(stream: BinaryIO) -> ParsedImport:
    """Read an export; times keep the offset Apple wrote them with."""
    skipped = SkipLog()
    make_key = KeyMaker(SOURCE)
    groups: dict[tuple[str, str, str], _Group] = {}
    fluids: list[ImportedFluid] = []
    seen: set[str] = set()
    read = 0
    for _depth, element in _elements(stream):
        if element.tag != "Record":
            continue
        read += 1
        kind = element.get("type", "")
        if not kind.startswith(PREFIX):
            skipped.add(
                f"not food or drink ({kind.removeprefix('HKQuantityTypeIdentifier') or 'no type'})"
            )
            continue
        name = kind.removeprefix(PREFIX)
        where = f"record {read}"
        unit = units.normalise_unit(element.get("unit", ""))
        try:
            value = units.parse_amount(element.get("value", ""))
        except ValueError:
            value = None
        if value is None:
            skipped.add("no numeric value", where)
            continue
        start = element.get("startDate")
        app = (element.get("sourceName", "").strip() or "unknown app")[:MAX_APP_NAME]
        food = _food_name(element)
        identity = (kind, app, start, element.get("endDate"), value, unit, food)
        dedup = repr(identity)
        if dedup in seen:  # a sample listed both on its own and inside a food correlation
            skipped.add("the same sample listed twice (inside a food correlation)", where)
            continue
        seen.add(dedup)
        key = make_key(*identity)
        if name == WATER:
            millilitres = _ML.get(unit)
            if millilitres is None:
                skipped.add(f"water in unknown unit {unit!r}", where)
                continue
            if value > 0:
                fluids.append(ImportedFluid(key, _when(start, where), value * millilitres, "water"))
            else:
                skipped.add("zero amount", where)
            continue
        nutrient = TYPES.get(name)
        if nutrient is None:
            skipped.add(f"nutrient crampcheck does not track ({name})", where)
            continue
        factor = units.factor(nutrient, unit)
        if factor is None:
            skipped.add(f"{name} in unknown unit {unit!r}", where)
            continue
        group = groups.get((app, start or "", food))
        if group is None:
            group = groups[(app, start or "", food)] = _Group(_when(start, where), app, food)
        group.parts.append(NutrientPart(key, {nutrient.value: value * factor}))
    foods = tuple(
        ImportedFood(
            at=group.at,
            name=group.food or f"food logged in {group.app}",
            amount="",
            source=f"{SOURCE}:{group.app}",
            parts=tuple(group.parts),
        )
        for group in sorted(groups.values(), key=lambda g: (g.at, g.app, g.food))
    )
    return ParsedImport(
        SOURCE, LABEL, read, foods=foods, fluids=tuple(fluids), skipped=skipped.result()
    )


def _food_name(element: ET.Element) -> str:
    for meta in element.iter("MetadataEntry"):
        if meta.get("key") == "HKFoodType":
            return (meta.get("value") or "").strip()[:200]
    return ""
