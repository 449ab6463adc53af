"""Diary records (frozen dataclasses) and their validation. Pure: the caller passes ``now``.

Every timed record keeps the UTC offset it was logged with, so a cramp logged at
``03:15+02:00`` reads back as ``03:15+02:00`` (the same instant, shown the way it was written).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from crampcheck.core.models import Profile, make_profile
from crampcheck.errors import InputError

CLOCK_SKEW = timedelta(minutes=5)
"""How far in the future a time may be before it is refused (clocks on two devices disagree)."""

MAX_TEXT = 2000
"""Longest free text stored in one field."""

MAX_FLUID_ML = 10_000.0
"""Largest single drink we accept; more is a typing mistake (10 litres)."""

NAME_PATTERN = re.compile(r"^[\w .'-]{1,64}$")


@dataclass(frozen=True, slots=True)
class ProfileRecord:
    """A stored person: a unique name plus what the DRI lookup needs."""

    name: str
    profile: Profile
    id: int | None = None


@dataclass(frozen=True, slots=True)
class FoodItem:
    """One parsed item of a food entry; ``corrected`` when the person fixed it by hand.

    ``source`` names the app whose nutrient values an imported item carries (``cronometer``,
    ``myfitnesspal``, ``apple_health:<app>``); ``None`` when crampcheck read the item itself.
    """

    text: str
    food_id: str | None
    name: str | None
    grams: float | None
    nutrients: Mapping[str, float | None] = field(default_factory=dict)
    corrected: bool = False
    source: str | None = None


@dataclass(frozen=True, slots=True)
class FoodEntry:
    """What the person ate, as written, with the items it was read as."""

    profile_id: int
    at: datetime
    text: str
    items: tuple[FoodItem, ...] = ()
    id: int | None = None


@dataclass(frozen=True, slots=True)
class FluidEntry:
    """A drink, in millilitres."""

    profile_id: int
    at: datetime
    millilitres: float
    kind: str = "water"
    id: int | None = None


@dataclass(frozen=True, slots=True)
class MedicationEntry:
    """A medicine with optional start and stop dates."""

    profile_id: int
    name: str
    started: date | None = None
    stopped: date | None = None
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class CrampEpisode:
    """One cramp episode (the Sebo et al. 2019 diary fields, plus location, trigger, notes)."""

    profile_id: int
    at: datetime
    severity: int
    count: int = 1
    duration_min: float | None = None
    sleep: int | None = None
    location: str = ""
    trigger: str = ""
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class LabResult:
    """A laboratory value on a date (e.g. magnesium 0.7 mmol/L)."""

    profile_id: int
    taken_on: date
    name: str
    value: float
    unit: str
    id: int | None = None


@dataclass(frozen=True, slots=True)
class WeightEntry:
    """Body weight in kilograms."""

    profile_id: int
    at: datetime
    kg: float
    notes: str = ""
    id: int | None = None


def sum_items(items: Iterable[FoodItem]) -> dict[str, float]:
    """Nutrient totals of some items; a nutrient no item has a value for is left out (unknown)."""
    totals: dict[str, float] = {}
    for item in items:
        for key, value in item.nutrients.items():
            if value is not None:
                totals[key] = totals.get(key, 0.0) + value
    return totals


# --- validation -------------------------------------------------------------------------------


def check_name(name: str) -> str:
    """A profile name: 1–64 letters, digits, spaces, dots, apostrophes or dashes."""
    cleaned = name.strip()
    if not NAME_PATTERN.match(cleaned):
        raise InputError(
            f"profile name {name!r} is not usable; use 1-64 letters, digits, spaces or dashes"
        )
    return cleaned


def new_profile(
    name: str, age: object, sex: object, *, pregnant: bool = False, lactating: bool = False
) -> ProfileRecord:
    """Validate a new profile."""
    return ProfileRecord(
        check_name(name), make_profile(age, sex, pregnant=pregnant, lactating=lactating)
    )


def check_when(at: datetime, now: datetime, what: str = "time") -> datetime:
    """An aware datetime that is not in the future (a few minutes of clock skew allowed)."""
    if at.tzinfo is None or at.utcoffset() is None:
        raise InputError(f"{what} {at.isoformat()} needs a time zone")
    if at > now + CLOCK_SKEW:
        raise InputError(f"{what} {at.isoformat()} is in the future; diaries record the past")
    if at.year < 1900:
        raise InputError(f"{what} {at.isoformat()} is too far in the past")
    return at


def check_day(day: date, now: datetime, what: str = "date") -> date:
    """A date that is not after today (in ``now``'s time zone)."""
    if day > (now + CLOCK_SKEW).date():
        raise InputError(f"{what} {day.isoformat()} is in the future; diaries record the past")
    if day.year < 1900:
        raise InputError(f"{what} {day.isoformat()} is too far in the past")
    return day


def check_text(text: str, what: str, *, required: bool = False) -> str:
    """Free text: stripped, not too long, present when required."""
    cleaned = text.strip()
    if required and not cleaned:
        raise InputError(f"{what} is empty")
    if len(cleaned) > MAX_TEXT:
        raise InputError(f"{what} is longer than {MAX_TEXT} characters")
    if "\x00" in cleaned:
        raise InputError(f"{what} contains a NUL character")
    return cleaned


def check_scale(value: object, what: str) -> int | None:
    """A 0–10 rating (severity, sleep disturbance)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        raise InputError(f"{what} must be a whole number from 0 to 10, not {value!r}")
    return value


def check_amount(value: object, what: str, *, maximum: float = math.inf) -> float:
    """A positive finite amount below ``maximum``."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InputError(f"{what} must be a number, not {value!r}")
    if value <= 0:
        raise InputError(f"{what} must be more than zero, not {value:g}")
    if value > maximum:
        raise InputError(f"{what} of {value:g} is not plausible (at most {maximum:g})")
    return float(value)


def validate_cramp(episode: CrampEpisode, now: datetime) -> CrampEpisode:
    """Check every field of a cramp episode; raise InputError with a fixable message."""
    check_when(episode.at, now, "cramp time")
    if check_scale(episode.severity, "severity") is None:
        raise InputError("severity is required (0-10)")
    check_scale(episode.sleep, "sleep disturbance")
    if isinstance(episode.count, bool) or not 1 <= episode.count <= 100:
        raise InputError(f"count must be a whole number from 1 to 100, not {episode.count!r}")
    if episode.duration_min is not None:
        check_amount(episode.duration_min, "duration in minutes", maximum=24 * 60)
    for text, what in (
        (episode.location, "location"),
        (episode.trigger, "trigger"),
        (episode.notes, "notes"),
    ):
        check_text(text, what)
    return episode


def validate_fluid(entry: FluidEntry, now: datetime) -> FluidEntry:
    """A drink with a positive, plausible volume."""
    check_when(entry.at, now, "drink time")
    check_amount(entry.millilitres, "fluid amount", maximum=MAX_FLUID_ML)
    check_text(entry.kind, "drink kind", required=True)
    return entry


def validate_medication(entry: MedicationEntry, now: datetime) -> MedicationEntry:
    """A medicine name, with start on or before stop, neither in the future."""
    check_text(entry.name, "medicine", required=True)
    check_text(entry.notes, "notes")
    if entry.started is not None:
        check_day(entry.started, now, "start date")
    if entry.stopped is not None:
        check_day(entry.stopped, now, "stop date")
    if entry.started and entry.stopped and entry.stopped < entry.started:
        raise InputError(
            f"stop date {entry.stopped.isoformat()} is before "
            f"start date {entry.started.isoformat()}"
        )
    return entry


def validate_lab(entry: LabResult, now: datetime) -> LabResult:
    """A named lab value with a unit; the value may be zero but must be a finite number ≥ 0."""
    check_day(entry.taken_on, now, "lab date")
    check_text(entry.name, "lab name", required=True)
    check_text(entry.unit, "lab unit", required=True)
    if not math.isfinite(entry.value) or entry.value < 0:
        raise InputError(f"lab value must be a number of zero or more, not {entry.value:g}")
    return entry


def validate_weight(entry: WeightEntry, now: datetime) -> WeightEntry:
    """Body weight between 20 and 400 kg."""
    check_when(entry.at, now, "weighing time")
    check_amount(entry.kg, "weight in kg", maximum=400)
    if entry.kg < 20:
        raise InputError(f"weight of {entry.kg:g} kg is not plausible for an adult")
    return entry


def validate_food(entry: FoodEntry, now: datetime) -> FoodEntry:
    """Food text that is present and not too long; item grams positive when known."""
    check_when(entry.at, now, "meal time")
    check_text(entry.text, "food text", required=True)
    for item in entry.items:
        if item.grams is not None:
            check_amount(item.grams, f"grams of {item.text!r}", maximum=5000)
    return entry


_FLUID = re.compile(
    r"^\s*(?P<amount>[-+]?\d+(?:[.,]\d+)?)\s*(?P<unit>ml|millilitres?|milliliters?|l|litres?|"
    r"liters?|dl|cl|cups?|glass(?:es)?|oz|fl ?oz)?\s*(?P<kind>.*)$",
    re.IGNORECASE,
)
_ML_PER_UNIT = {"ml": 1.0, "l": 1000.0, "dl": 100.0, "cl": 10.0, "cup": 240.0, "glass": 250.0}
_ML_PER_UNIT["oz"] = 29.5735


def parse_fluid(text: str) -> tuple[float, str]:
    """Read ``500 ml``, ``1.5 l tea``, ``2 cups coffee`` into (millilitres, kind).

    Example:
        >>> parse_fluid("1.5 l water")
        (1500.0, 'water')
    """
    match = _FLUID.match(text)
    if not match:
        raise InputError(f"cannot read the amount in {text!r}; write e.g. '500 ml' or '2 cups tea'")
    amount = float(match["amount"].replace(",", "."))
    unit = (match["unit"] or "ml").lower().replace(" ", "")
    key = _unit_key(unit)
    kind = match["kind"].strip() or "water"
    return check_amount(amount * _ML_PER_UNIT[key], "fluid amount", maximum=MAX_FLUID_ML), kind


def _unit_key(unit: str) -> str:
    if unit.startswith(("milli", "ml")):
        return "ml"
    if unit.startswith(("fl", "oz")):
        return "oz"
    if unit.startswith(("litre", "liter")):
        return "l"
    if unit.startswith("cup"):
        return "cup"
    if unit.startswith("glass"):
        return "glass"
    return unit


def cramp_day(at: datetime) -> date:
    """The day a cramp belongs to: a night cramp before noon counts towards the evening before."""
    return (at - timedelta(days=1)).date() if at.hour < 12 else at.date()
