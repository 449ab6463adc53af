"""Diary records (frozen dataclasses) and their validation. Pure: the caller passes ``now``.

Every timed record keeps the UTC offset it was logged with, so a cramp logged at
``03:15+02:00`` reads back as ``03:15+02:00`` (the same instant, shown the way it was written).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Literal

from crampcheck.core.intake import ItemKind
from crampcheck.core.models import Profile, make_profile
from crampcheck.core.nutrients import Nutrient
from crampcheck.errors import InputError

CLOCK_SKEW = timedelta(minutes=5)
"""How far in the future a time may be before it is refused (clocks on two devices disagree)."""

MAX_TEXT = 2000
"""Longest free text stored in one field."""

MAX_FLUID_ML = 10_000.0
"""Largest single drink we accept; more is a typing mistake (10 litres)."""

MAX_KIND = 64
"""Longest drink kind (the ``fluid_entries.kind`` column; the same limit on every database)."""

NAME_PATTERN = re.compile(r"^[\w .'-]{1,64}$")

MAX_FOOD_ID = 16
"""Longest food id (USDA ids have 5 or 8 digits); the same limit on every database engine."""

MAX_SHORT_TEXT = {"drink kind": MAX_KIND, "lab unit": 32}
"""Fields stored in short columns: the same limit on SQLite and PostgreSQL."""

MAX_NUTRIENT_AMOUNT = 10_000_000.0
"""Largest amount of one nutrient in one item (5 kg of table salt holds about 2,000,000 mg)."""

MAX_ITEMS = 500
"""Most items in one food entry."""

MIN_GRAMS = 0.001
"""Smallest weight of a corrected item (JSON output shows four decimals)."""

FOOD_ID_PATTERN = re.compile(r"^[0-9A-Za-z]{1,16}$")
"""What a food id looks like (USDA ids are 5 or 8 digits)."""

MAX_ID = 2**31 - 1
"""Largest database id (PostgreSQL's INTEGER); a larger number cannot name an entry."""


@dataclass(frozen=True, slots=True)
class ProfileRecord:
    """A stored person: a unique name plus what the DRI lookup needs."""

    name: str
    profile: Profile
    id: int | None = None
    birth_year: int | None = None
    birth_date: date | None = None
    due_date: date | None = None


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
    meal: str | None = None
    """The meal the diary text put the item in (breakfast, lunch, ...), when it said."""
    time: str | None = None
    """The time written for the item ("7am", "6:30"), when the diary text said."""

    kind: ItemKind = ItemKind.FOOD
    """A food or a supplement, as the item was read (stored since ``0010_item_kind``)."""

    @property
    def is_supplement(self) -> bool:
        """Whether the item is a supplement (its stored :attr:`kind`)."""
        return self.kind is ItemKind.SUPPLEMENT


def inferred_kind(
    food_id: str | None,
    grams: float | None,
    source: str | None,
    nutrients: Mapping[str, float | None],
) -> ItemKind:
    """The kind of an item stored without one (before ``0010_item_kind``, or an older export):
    a supplement is counted nutrients from a label with no food and no grams (a food not
    understood has no nutrients; an imported item names its source). Migration 0010 applies
    the same rule to the rows it finds."""
    label_only = food_id is None and grams is None and source is None
    if label_only and any(value is not None for value in nutrients.values()):
        return ItemKind.SUPPLEMENT
    return ItemKind.FOOD


def item_kind(word: object) -> ItemKind:
    """``"food"`` or ``"supplement"`` (as stored and exported) → :class:`ItemKind`."""
    if isinstance(word, str) and word in {kind.value for kind in ItemKind}:
        return ItemKind(word)
    raise InputError(f"item kind must be 'food' or 'supplement', not {word!r}")


@dataclass(frozen=True, slots=True)
class FoodEntry:
    """What the person ate, as written, with the items it was read as."""

    profile_id: int
    at: datetime
    text: str
    items: tuple[FoodItem, ...] = ()
    id: int | None = None
    uid: str = ""


@dataclass(frozen=True, slots=True)
class FluidEntry:
    """A drink, in millilitres."""

    profile_id: int
    at: datetime
    millilitres: float
    kind: str = "water"
    id: int | None = None
    uid: str = ""


@dataclass(frozen=True, slots=True)
class MedicationChange:
    """One step of a medicine course: ``started``, ``dose`` (now ``detail``) or ``stopped``."""

    on: date | None
    change: Literal["started", "dose", "stopped", "noted"]
    detail: str = ""


@dataclass(frozen=True, slots=True)
class MedicationEntry:
    """A medicine course: one record from start to stop, with its dose changes in ``history``.

    ``name`` is what the person wrote, dose included ("omeprazole 20 mg"); after a dose change it
    holds the current dose and ``history`` keeps the earlier ones.
    """

    profile_id: int
    name: str
    started: date | None = None
    stopped: date | None = None
    notes: str = ""
    id: int | None = None
    uid: str = ""
    history: tuple[MedicationChange, ...] = ()


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
    uid: str = ""


@dataclass(frozen=True, slots=True)
class LabResult:
    """A laboratory value on a date (e.g. magnesium 0.7 mmol/L)."""

    profile_id: int
    taken_on: date
    name: str
    value: float
    unit: str
    id: int | None = None
    uid: str = ""


@dataclass(frozen=True, slots=True)
class WeightEntry:
    """Body weight in kilograms."""

    profile_id: int
    at: datetime
    kg: float
    notes: str = ""
    id: int | None = None
    uid: str = ""


EntryKind = Literal["food", "fluids", "cramps", "medications", "labs", "weights"]
"""The kinds of diary entry, named as in the REST paths."""

DiaryEntry = FoodEntry | FluidEntry | CrampEpisode | MedicationEntry | LabResult | WeightEntry

ENTRY_TYPES: dict[EntryKind, type[DiaryEntry]] = {
    "food": FoodEntry,
    "fluids": FluidEntry,
    "cramps": CrampEpisode,
    "medications": MedicationEntry,
    "labs": LabResult,
    "weights": WeightEntry,
}

_KIND_WORDS: dict[str, EntryKind] = {
    "food": "food",
    "meal": "food",
    "fluid": "fluids",
    "fluids": "fluids",
    "drink": "fluids",
    "drinks": "fluids",
    "cramp": "cramps",
    "cramps": "cramps",
    "med": "medications",
    "meds": "medications",
    "medicine": "medications",
    "medicines": "medications",
    "medication": "medications",
    "medications": "medications",
    "lab": "labs",
    "labs": "labs",
    "weight": "weights",
    "weights": "weights",
}


def entry_kind(word: str) -> EntryKind:
    """``cramp``, ``med``, ``fluids`` … → the canonical kind; InputError for anything else.

    Example:
        >>> entry_kind("Med")
        'medications'
    """
    kind = _KIND_WORDS.get(word.strip().lower())
    if kind is None:
        raise InputError(f"unknown entry kind {word!r}; use food, fluid, cramp, med, lab or weight")
    return kind


def kind_of(entry: DiaryEntry) -> EntryKind:
    """The kind of a diary record."""
    for kind, cls in ENTRY_TYPES.items():
        if isinstance(entry, cls):
            return kind
    raise TypeError(f"not a diary entry: {type(entry).__name__}")


def sum_items(items: Iterable[FoodItem]) -> dict[str, float]:
    """Nutrient totals of some items; a nutrient no item has a value for is left out (unknown)."""
    totals: dict[str, float] = {}
    for item in items:
        for key, value in item.nutrients.items():
            if value is not None:
                totals[key] = totals.get(key, 0.0) + value
    return totals


def sum_by_kind(items: Iterable[FoodItem]) -> tuple[dict[str, float], dict[str, float]]:
    """The food items' totals and the supplement items' totals (:func:`sum_items` of each):
    shown apart everywhere, while an entry's totals stay both together."""
    listed = list(items)
    return (
        sum_items(item for item in listed if item.kind is ItemKind.FOOD),
        sum_items(item for item in listed if item.kind is ItemKind.SUPPLEMENT),
    )


# --- validation -------------------------------------------------------------------------------


def check_name(name: str) -> str:
    """A profile name: 1–64 letters, digits, spaces, dots, apostrophes or dashes."""
    cleaned = name.strip()
    if not NAME_PATTERN.match(cleaned):
        raise InputError(
            f"profile name {name!r} is not usable; use 1-64 letters, digits, spaces or dashes"
        )
    return cleaned


MAX_PREGNANCY_AGE = 60
"""Oldest age at which a pregnancy is accepted; beyond it the age or the tick is a mistake."""

MAX_PREGNANCY = timedelta(weeks=42)
"""A due date further ahead than this is not a pregnancy that has started."""


def new_profile(
    name: str, age: object, sex: object, *, pregnant: bool = False, lactating: bool = False
) -> ProfileRecord:
    """Validate a new profile."""
    return ProfileRecord(check_name(name), plausible_profile(age, sex, pregnant, lactating))


def plausible_profile(age: object, sex: object, pregnant: bool, lactating: bool) -> Profile:
    """:func:`make_profile` plus combinations that cannot be true (a pregnant 70-year-old)."""
    profile = make_profile(age, sex, pregnant=pregnant, lactating=lactating)
    if (pregnant or lactating) and profile.age_years > MAX_PREGNANCY_AGE:
        state = "pregnancy" if pregnant else "breastfeeding"
        raise InputError(
            f"{state} at age {profile.age_years:g} is not plausible; check the age or the "
            f"{state} setting"
        )
    return profile


def age_on(today: date, birth_year: int | None, birth_date: date | None) -> float | None:
    """Age in whole years on ``today`` from a birth date, or from a birth year (as if born 1 July).

    Example:
        >>> age_on(date(2026, 3, 1), None, date(1968, 4, 2))
        57.0
    """
    if birth_date is not None:
        if birth_date > today:
            raise InputError(f"birth date {birth_date.isoformat()} is in the future")
        before = (today.month, today.day) < (birth_date.month, birth_date.day)
        return float(today.year - birth_date.year - before)
    if birth_year is not None:
        if not 1900 <= birth_year <= today.year:
            raise InputError(f"birth year {birth_year} is not plausible")
        return float(today.year - birth_year - (today < date(today.year, 7, 1)))
    return None


def person(
    name: str,
    age: object,
    sex: object,
    today: date,
    *,
    pregnant: bool = False,
    lactating: bool = False,
    birth_year: int | None = None,
    birth_date: date | None = None,
    due_date: date | None = None,
) -> ProfileRecord:
    """A checked profile whose age comes from the birth date or year when given.

    A due date makes the profile pregnant until that day; it must lie within 42 weeks ahead.
    """
    known_age = age_on(today, birth_year, birth_date)
    if due_date is not None:
        if due_date > today + MAX_PREGNANCY:
            raise InputError(f"due date {due_date.isoformat()} is more than 42 weeks away")
        pregnant = due_date >= today
    profile = plausible_profile(
        known_age if known_age is not None else age, sex, pregnant, lactating
    )
    return ProfileRecord(
        check_name(name),
        profile,
        birth_year=birth_year if birth_date is None else None,
        birth_date=birth_date,
        due_date=due_date,
    )


def profile_on(record: ProfileRecord, today: date) -> ProfileRecord:
    """The stored profile as it is ``today``: age from the birth date, a pregnancy past its due
    date ended. A stored record without those dates is returned as it is."""
    age = age_on(today, record.birth_year, record.birth_date)
    profile = record.profile
    if age is not None and age != profile.age_years:
        profile = replace(profile, age_years=age)
    if record.due_date is not None and profile.pregnant and today > record.due_date:
        profile = replace(profile, pregnant=False)
    return record if profile == record.profile else replace(record, profile=profile)


def check_when(at: datetime, now: datetime, what: str = "time") -> datetime:
    """An aware datetime that is not in the future (a few minutes of clock skew allowed).

    Its UTC offset must be whole minutes: the diary stores offsets in minutes, and cutting
    seconds off would move the entry (possibly to another day).
    """
    offset = at.utcoffset()
    if at.tzinfo is None or offset is None:
        raise InputError(f"{what} {at.isoformat()} needs a time zone")
    if offset.total_seconds() % 60:
        raise InputError(
            f"{what} {at.isoformat()} has a UTC offset with seconds; give it in whole minutes"
        )
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
    """Free text: stripped, not too long, present when required, storable on every engine."""
    if not isinstance(text, str):
        raise InputError(f"{what} must be text")
    cleaned = text.strip()
    limit = MAX_SHORT_TEXT.get(what, MAX_TEXT)
    if required and not cleaned:
        raise InputError(f"{what} is empty")
    if len(cleaned) > limit:
        raise InputError(f"{what} is longer than {limit} characters")
    if "\x00" in cleaned:
        raise InputError(f"{what} contains a NUL character")
    if any("\ud800" <= char <= "\udfff" for char in cleaned):
        raise InputError(f"{what} is not valid Unicode text (a lone surrogate)")
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
    check_text(entry.kind, "drink kind", required=True)  # at most MAX_KIND characters
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
    if isinstance(entry.value, bool) or not isinstance(entry.value, int | float):
        raise InputError("lab value must be a number")
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
    """Food text that is present and not too long; every item checked (:func:`validate_item`)."""
    check_when(entry.at, now, "meal time")
    check_text(entry.text, "food text", required=True)
    if len(entry.items) > MAX_ITEMS:
        raise InputError(f"a food entry has at most {MAX_ITEMS} items, not {len(entry.items)}")
    for number, item in enumerate(entry.items, start=1):
        validate_item(item, number)
    return entry


MAX_MEAL_TIME = 16
"""Longest time text stored with an item ("12:30 p.m.")."""


def _check_meal(item: FoodItem, what: str) -> None:
    from crampcheck.core.segments import MEAL_NAMES

    if item.meal is not None and item.meal not in MEAL_NAMES:
        raise InputError(f"{what} meal must be one of {', '.join(MEAL_NAMES)}, not {item.meal!r}")
    if item.time is not None:
        check_text(item.time, f"{what} time", required=True)
        if len(item.time) > MAX_MEAL_TIME:
            raise InputError(f"{what} time is longer than {MAX_MEAL_TIME} characters")


def validate_item(item: FoodItem, number: int = 1) -> FoodItem:
    """One item: texts like any text, a short food id, grams and nutrients finite and >= 0."""
    what = f"item {number}"
    check_text(item.text, f"{what} text")
    if item.name is not None:
        check_text(item.name, f"{what} name")
    if item.food_id is not None:
        check_text(item.food_id, f"{what} food id", required=True)
        if len(item.food_id) > MAX_FOOD_ID:
            raise InputError(f"{what} food id is longer than {MAX_FOOD_ID} characters")
    if item.grams is not None:
        check_amount(item.grams, f"grams of {what}", maximum=5000)
    _check_meal(item, what)
    if not isinstance(item.kind, ItemKind):
        raise InputError(f"{what} kind must be 'food' or 'supplement', not {item.kind!r}")
    known = {nutrient.value for nutrient in Nutrient}
    for key, value in item.nutrients.items():
        if key not in known:
            raise InputError(f"{what} has an unknown nutrient {key!r}")
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise InputError(f"{what} {key} must be a number")
        if not math.isfinite(value) or not 0 <= value <= MAX_NUTRIENT_AMOUNT:
            raise InputError(
                f"{what} {key} must be a finite amount from 0 to {MAX_NUTRIENT_AMOUNT:g}, "
                f"not {value!r}"
            )
    return item


_FLUID = re.compile(
    r"^\s*(?P<amount>[-+−]?(?:\d+\s+\d+/\d+|\d+/\d+|(?:\d+(?:[.,]\d+)?|[.,]\d+)(?:e[-+]?\d+)?))"
    r"\s*(?P<unit>ml|millilitres?|milliliters?|litres?|liters?|l|"
    r"dl|cl|cups?|glass(?:es)?|oz|fl ?oz)?\s*(?P<kind>.*)$",
    re.IGNORECASE,
)
_ML_PER_UNIT = {"ml": 1.0, "l": 1000.0, "dl": 100.0, "cl": 10.0, "cup": 240.0, "glass": 250.0}
_ML_PER_UNIT["oz"] = 29.5735


def parse_fluid(text: str, pint_ml: float | None = None) -> tuple[float, str]:
    """Read ``500 ml``, ``1.5 l tea``, ``a pint of water``, ``two mugs of tea`` into
    (millilitres, kind), the way ``intake`` reads drinks (``pint_ml``: the locale's pint).

    Example:
        >>> parse_fluid("1.5 l water")
        (1500.0, 'water')
        >>> parse_fluid("a mug of coffee")
        (250.0, 'coffee')
    """
    from crampcheck.core.fluids import US_PINT_ML, parse_drink

    if not text.strip().startswith(("-", "+")):
        try:
            millilitres, kind = parse_drink(text, pint_ml or US_PINT_ML)
        except InputError:
            pass
        else:
            return check_amount(millilitres, "fluid amount", maximum=MAX_FLUID_ML), kind
    match = _FLUID.match(text)
    if not match:
        raise InputError(f"cannot read the amount in {text!r}; write e.g. '500 ml' or '2 cups tea'")
    amount = _fluid_number(match["amount"])
    unit = (match["unit"] or "ml").lower().replace(" ", "")
    key = _unit_key(unit)
    kind = match["kind"].strip() or "water"
    if math.isnan(amount) or kind.startswith("/"):
        raise InputError(f"the amount in {text!r} is not a number; write e.g. '500 ml'")
    millilitres = amount * _ML_PER_UNIT[key]
    if math.isfinite(amount) and not math.isfinite(millilitres):
        millilitres = math.copysign(math.inf, amount)
    if millilitres == math.inf:
        raise InputError(f"a drink of {text.strip()!r} is not plausible (at most 10 l)")
    return check_amount(millilitres, "fluid amount", maximum=MAX_FLUID_ML), kind


def _fluid_number(text: str) -> float:
    """``500``, ``1,5``, ``1/2``, ``1 1/2`` or ``1e3``; NaN for ``1/0`` (refused by the caller)."""
    text = text.replace(",", ".").replace("−", "-")
    whole, _, fraction = text.rpartition(" ")
    if "/" in fraction:
        top, bottom = (float(part) for part in fraction.split("/"))
        value = top / bottom if bottom else math.nan
        return value + (float(whole) if whole else 0.0)
    return float(text)


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
