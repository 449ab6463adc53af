"""JSON shapes of the diary (shared by the CLI's --json and the REST API)."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from crampcheck.core.trends import DayIntake
    from crampcheck.services.diary import DiaryView, Trends
    from crampcheck.services.diary_edit import DayView


def jsonable(value: Any) -> Any:
    """Dataclasses, dates, enums and mappings as plain JSON values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, float):
        return round(value, 4)
    return value


def diary_view_to_json(view: DiaryView, profile: dict[str, Any]) -> dict[str, Any]:
    """``diary show --json`` (and its REST twin); the caller renders the profile its own way."""
    document = {
        "profile": profile,
        "from": jsonable(view.start),
        "to": jsonable(view.end),
        "food": jsonable(view.food),
        "fluids": jsonable(view.fluids),
        "cramps": jsonable(view.cramps),
        "medications": jsonable(view.medications),
        "labs": jsonable(view.labs),
        "weights": jsonable(view.weights),
    }
    if view.limit is not None:
        document["page"] = {"number": view.page, "limit": view.limit, "more": view.more}
    return document


def day_view_to_json(view: DayView, profile: dict[str, Any]) -> dict[str, Any]:
    """``diary show --day --json`` (and ``GET /api/v1/profiles/{name}/days/{day}``)."""
    return {
        "profile": profile,
        "day": view.day.isoformat(),
        "entries": [
            {
                "kind": item.kind,
                "id": item.id,
                "at": jsonable(item.at),
                "text": item.text,
                "entry": jsonable(item.entry),
            }
            for item in view.items
        ],
        "last_deleted": None
        if view.last_deleted is None
        else {"kind": _kind(view.last_deleted), "entry": jsonable(view.last_deleted)},
    }


def _kind(entry: Any) -> str:
    from crampcheck.core.diary import kind_of

    return kind_of(entry)


def water_json(water: Any) -> dict[str, Any]:
    """Water intake in ``trends --json``: per day from food, from logged drinks, and in total."""
    return {
        "days": water.days,
        "from_food_ml_per_day": jsonable(water.from_food_ml),
        "logged_drinks_ml_per_day": jsonable(water.logged_drinks_ml),
        "total_ml_per_day": jsonable(water.total_ml),
        "note": water.note,
    }


def trends_to_json(
    report: Trends, profile: dict[str, Any], sources: list[tuple[str, int]]
) -> dict[str, Any]:
    """``trends --json`` (and ``GET /api/v1/profiles/{name}/trends``), with the food sources."""
    return {
        "profile": profile,
        "from": report.start.isoformat(),
        "to": report.end.isoformat(),
        "days_with_food": report.days_with_food,
        "days_with_cramps": report.days_with_cramps,
        "averages": jsonable(report.averages),
        "weeks": jsonable(report.weeks),
        "cramp_day_comparisons": jsonable(report.comparisons),
        "medication_changes": jsonable(report.medication_changes),
        "water": water_json(report.water),
        "food_sources": [{"source": label, "entries": n} for label, n in sources],
        "daily": daily_json(report.daily),
    }


def daily_json(series: Sequence[DayIntake]) -> list[dict[str, Any]]:
    """``trends --json`` ``daily``: each day with food logged, each nutrient in all (``total``,
    food and supplements together), ``from_food`` and ``from_supplements`` (``null``: unknown
    or none)."""
    days: dict[str, dict[str, Any]] = {}
    for point in series:
        day = days.setdefault(point.day.isoformat(), {"day": point.day.isoformat()})
        day.setdefault("nutrients", {})[point.nutrient] = {
            "total": jsonable(point.total),
            "from_food": jsonable(point.from_food),
            "from_supplements": jsonable(point.from_supplements),
        }
    return list(days.values())
