"""Write a realistic Apple Health ``export.xml`` of a chosen size (for tests and the benchmark).

Like a real export it is mostly heart rate and steps, with the dietary samples food apps wrote
(grouped per meal, some also listed inside a food correlation) and drinks of water. The content
is a deterministic function of the arguments, so the expected totals can be computed from it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import BinaryIO

HEADER = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!-- HealthKit Export Version: 13 -->
<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary)*)>
<!ATTLIST HealthData locale CDATA #REQUIRED>
<!ELEMENT Record ((MetadataEntry|HeartRateVariabilityMetadataList)*)>
<!ELEMENT MetadataEntry EMPTY>
<!ELEMENT Correlation ((MetadataEntry|Record)*)>
]>
<HealthData locale="en_GB">
 <ExportDate value="2026-03-20 07:00:00 +0000"/>
 <Me HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexFemale"/>
"""
FOOTER = "</HealthData>\n"
MEAL = {"Magnesium": ("mg", 95.0), "Potassium": ("mg", 610.0), "Calcium": ("mg", 240.0)}
START = datetime(2024, 1, 1, tzinfo=UTC)


@dataclass
class Written:
    """What was written: bytes, meals, drinks and the totals of the dietary samples."""

    size: int = 0
    meals: int = 0
    drinks: int = 0
    other: int = 0
    totals: dict[str, float] = field(default_factory=dict)


def _time(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M:%S +0000")


def _record(kind: str, unit: str, value: float, at: datetime, app: str, food: str = "") -> str:
    stamp = _time(at)
    meta = f'\n  <MetadataEntry key="HKFoodType" value="{food}"/>\n ' if food else ""
    close = f">{meta}</Record>" if food else "/>"
    return (
        f' <Record type="HKQuantityTypeIdentifier{kind}" sourceName="{app}" sourceVersion="1.2" '
        f'unit="{unit}" creationDate="{stamp}" startDate="{stamp}" endDate="{stamp}" '
        f'value="{value:g}"{close}\n'
    )


def _chunks(target_bytes: int, written: Written) -> Iterator[str]:
    yield HEADER
    minute = 0
    meal_every = 40
    while written.size < target_bytes:
        at = START + timedelta(minutes=minute)
        yield _record("HeartRate", "count/min", 55 + minute % 40, at, "Ann’s Watch")
        yield _record("StepCount", "count", minute % 300, at, "Ann’s iPhone")
        written.other += 2
        if minute % meal_every == 0:
            food = f"Meal {minute // meal_every}"
            for name, (unit, value) in MEAL.items():
                yield _record(f"Dietary{name}", unit, value, at, "Lose It!", food)
                written.totals[name] = written.totals.get(name, 0.0) + value
            written.meals += 1
            yield _record("DietaryWater", "mL", 250, at, "WaterMinder")
            written.drinks += 1
        minute += 1
    yield FOOTER


def write_export(stream: BinaryIO, target_bytes: int) -> Written:
    """Write an export of at least ``target_bytes`` to ``stream``."""
    written = Written()
    for chunk in _chunks(target_bytes, written):
        data = chunk.encode("utf-8")
        stream.write(data)
        written.size += len(data)
    return written


def write_file(path: Path, target_bytes: int) -> Written:
    """Write an export to ``path``."""
    with path.open("wb") as stream:
        return write_export(stream, target_bytes)
