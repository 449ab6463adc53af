"""Plain one-line descriptions of diary entries (the day view, the CLI and the report share them).

Example:
    >>> from datetime import date
    >>> from crampcheck.core.diary import LabResult
    >>> describe(LabResult(1, date(2026, 3, 1), "magnesium", 0.68, "mmol/L"))
    'Lab result: magnesium 0.68 mmol/L'
"""

from __future__ import annotations

from crampcheck.core.diary import (
    CrampEpisode,
    DiaryEntry,
    EntryKind,
    FluidEntry,
    FoodEntry,
    LabResult,
    MedicationEntry,
    WeightEntry,
)

KIND_LABELS: dict[EntryKind, str] = {
    "food": "Food",
    "fluids": "Drink",
    "cramps": "Cramp",
    "medications": "Medicine",
    "labs": "Lab result",
    "weights": "Weight",
}


CLI_WORDS: dict[EntryKind, str] = {
    "food": "food",
    "fluids": "fluid",
    "cramps": "cramp",
    "medications": "med",
    "labs": "lab",
    "weights": "weight",
}
"""How the CLI names each kind (``crampcheck diary edit cramp 7``)."""


def _minutes(value: float) -> str:
    if value >= 120:
        return f"{value / 60:g} hours"
    return f"{value:g} min"


def describe_cramp(cramp: CrampEpisode) -> str:
    parts = [f"severity {cramp.severity}/10"]
    if cramp.count > 1:
        parts.append(f"{cramp.count} cramps")
    if cramp.duration_min is not None:
        parts.append(_minutes(cramp.duration_min))
    if cramp.sleep is not None:
        parts.append(f"sleep disturbed {cramp.sleep}/10")
    parts += [text for text in (cramp.location, cramp.trigger, cramp.notes) if text]
    return ", ".join(parts)


def describe_medicine(med: MedicationEntry) -> str:
    span = f"from {med.started.isoformat()}" if med.started else "start not given"
    if med.stopped:
        span += f" to {med.stopped.isoformat()}"
    else:
        span += ", still taken"
    changes = [c for c in med.history if c.change == "dose"]
    extra = f"; {len(changes)} dose change{'s' if len(changes) > 1 else ''}" if changes else ""
    return f"{med.name} ({span}{extra})"


def describe_food(food: FoodEntry) -> str:
    if food.items and all(item.source for item in food.items):
        return food.text  # imported: the app's own nutrient values, not read by crampcheck
    known = sum(1 for item in food.items if item.food_id)
    return f"{food.text} ({known} of {len(food.items)} items recognised)"


def describe(entry: DiaryEntry) -> str:
    """``Cramp: severity 7/10, 3 min, left calf`` and the like."""
    if isinstance(entry, FoodEntry):
        detail = describe_food(entry)
    elif isinstance(entry, FluidEntry):
        detail = f"{entry.millilitres:g} ml {entry.kind}"
    elif isinstance(entry, CrampEpisode):
        detail = describe_cramp(entry)
    elif isinstance(entry, MedicationEntry):
        detail = describe_medicine(entry)
    elif isinstance(entry, LabResult):
        detail = f"{entry.name} {entry.value:g} {entry.unit}"
    else:
        assert isinstance(entry, WeightEntry)
        detail = f"{entry.kg:g} kg"
    from crampcheck.core.diary import kind_of

    return f"{KIND_LABELS[kind_of(entry)]}: {detail}"
