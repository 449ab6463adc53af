"""Diary use cases: profiles, logging, corrections, the diary view and trends.

The adapter passes ``now`` (an aware datetime) in; nothing here reads the clock.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from functools import partial
from typing import TYPE_CHECKING

from crampcheck.core import diary as d
from crampcheck.core import trends as tr
from crampcheck.core.diary_ports import DiaryRepository
from crampcheck.core.locale import DEFAULT_LOCALE, Locale, parse_locale
from crampcheck.core.models import Profile
from crampcheck.core.nutrients import CRAMP_NUTRIENTS
from crampcheck.errors import InputError, NotFoundError

if TYPE_CHECKING:
    from crampcheck.core.intake import IntakeResult

Analyzer = Callable[[str, Profile | None], "IntakeResult"]
"""Reads diary text into items with nutrients (``services.intake.analyze_intake``)."""

CURRENT_PROFILE = "current_profile"
DEFAULT_TREND_DAYS = 28


def default_analyzer(locale: Locale = DEFAULT_LOCALE) -> Analyzer:
    """The food engine's ``analyze_intake`` in ``locale``'s words and sizes (imported late: it
    loads the food database)."""
    from crampcheck.services.intake import analyze_intake

    if locale is DEFAULT_LOCALE:
        return analyze_intake
    return partial(analyze_intake, locale=locale)


def _locale_key(profile: d.ProfileRecord) -> str:
    return f"locale:{_id(profile)}"


def profile_locale(repo: DiaryRepository, profile: d.ProfileRecord) -> Locale:
    """The profile's locale (food words and household sizes); en-US unless set."""
    stored = repo.get_setting(_locale_key(profile))
    return parse_locale(stored) if stored else DEFAULT_LOCALE


def set_profile_locale(repo: DiaryRepository, profile: d.ProfileRecord, locale: object) -> Locale:
    """Store the profile's locale ("en-GB", "en-AU", …); raises InputError for anything else."""
    parsed = parse_locale(locale)
    repo.set_setting(_locale_key(profile), parsed.value)
    return parsed


# --- profiles ---------------------------------------------------------------------------------


def add_profile(
    repo: DiaryRepository,
    name: str,
    age: object,
    sex: object,
    *,
    pregnant: bool = False,
    lactating: bool = False,
) -> d.ProfileRecord:
    """Store a new person; the first one becomes the current profile."""
    record = d.new_profile(name, age, sex, pregnant=pregnant, lactating=lactating)
    with repo.transaction() as tx:
        stored = tx.add_profile(record)
        if tx.get_setting(CURRENT_PROFILE) is None:
            tx.set_setting(CURRENT_PROFILE, stored.name)
    return stored


def use_profile(repo: DiaryRepository, name: str) -> d.ProfileRecord:
    """Make ``name`` the profile used when ``--profile`` is not given."""
    record = resolve_profile(repo, name)
    repo.set_setting(CURRENT_PROFILE, record.name)
    return record


def resolve_profile(repo: DiaryRepository, name: str | None) -> d.ProfileRecord:
    """The named profile, else the current one, else the only one."""
    profiles = repo.list_profiles()
    if not profiles:
        raise InputError(
            "no profile yet; add one with: crampcheck profile add NAME --age N --sex S"
        )
    if name is not None:
        for record in profiles:
            if record.name == name.strip():
                return record
        known = ", ".join(record.name for record in profiles)
        raise NotFoundError(f"unknown profile {name!r}; known profiles: {known}")
    if len(profiles) == 1:
        return profiles[0]
    current = repo.get_setting(CURRENT_PROFILE)
    for record in profiles:
        if record.name == current:
            return record
    raise InputError("there are several profiles; choose one with --profile NAME")


def _id(record: d.ProfileRecord) -> int:
    assert record.id is not None
    return record.id


# --- logging ----------------------------------------------------------------------------------


def items_from_intake(result: IntakeResult) -> tuple[d.FoodItem, ...]:
    """Stored items from an intake result; items not understood are kept (without a food) so
    they can be corrected."""
    items = [
        d.FoodItem(
            text=item.text,
            food_id=item.food_id,
            name=item.name,
            grams=item.grams,
            nutrients={key.value: value for key, value in item.nutrients.items()}
            if item.counted
            else {},
        )
        for item in result.items
    ]
    kept = {item.text for item in items if item.food_id is None}
    items += [
        d.FoodItem(text=text, food_id=None, name=None, grams=None)
        for text in result.unparsed
        if text not in kept
    ]
    return tuple(items)


def log_food(
    repo: DiaryRepository,
    profile: d.ProfileRecord,
    text: str,
    at: datetime,
    now: datetime,
    analyze: Analyzer,
) -> d.FoodEntry:
    """Read ``text`` with the food engine and store the text with its items."""
    cleaned = d.check_text(text, "food text", required=True)
    d.check_when(at, now, "meal time")
    items = items_from_intake(analyze(cleaned, profile.profile))
    entry = d.validate_food(d.FoodEntry(_id(profile), at, cleaned, items), now)
    return repo.add_food(entry)


def correct_food_item(
    repo: DiaryRepository,
    entry_id: int,
    item_number: int,
    analyze: Analyzer,
    *,
    grams: float | None = None,
    food_id: str | None = None,
) -> d.FoodEntry:
    """Fix item ``item_number`` (1-based) of a food entry: its weight and/or its food."""
    entry = repo.get_food(entry_id)
    if not 1 <= item_number <= len(entry.items):
        raise InputError(f"food entry {entry_id} has items 1 to {len(entry.items)}")
    old = entry.items[item_number - 1]
    new_food = food_id or old.food_id
    new_grams = grams if grams is not None else old.grams
    if new_food is None or new_grams is None:
        raise InputError("give both --food ID and --grams G for an item that was not recognised")
    d.check_amount(new_grams, "grams", maximum=5000)
    result = analyze(f"{new_grams:g} g [{new_food}]", None)
    counted = [item for item in result.items if item.counted and item.food_id == new_food]
    if not counted:
        raise NotFoundError(f"food {new_food!r} is not in the food database")
    item = replace(
        old,
        food_id=new_food,
        name=counted[0].name,
        grams=float(new_grams),
        nutrients={key.value: value for key, value in counted[0].nutrients.items()},
        corrected=True,
    )
    repo.replace_food_item(entry_id, item_number - 1, item)
    return repo.get_food(entry_id)


def log_fluid(
    repo: DiaryRepository, profile: d.ProfileRecord, amount: str, at: datetime, now: datetime
) -> d.FluidEntry:
    """Store a drink written as ``500 ml`` or ``2 cups tea``."""
    millilitres, kind = d.parse_fluid(amount)
    return repo.add_fluid(d.validate_fluid(d.FluidEntry(_id(profile), at, millilitres, kind), now))


def log_cramp(
    repo: DiaryRepository, profile: d.ProfileRecord, episode: d.CrampEpisode, now: datetime
) -> d.CrampEpisode:
    """Store a cramp episode after checking every field."""
    episode = replace(
        episode,
        profile_id=_id(profile),
        location=episode.location.strip(),
        trigger=episode.trigger.strip(),
        notes=episode.notes.strip(),
    )
    return repo.add_cramp(d.validate_cramp(episode, now))


def log_medication(
    repo: DiaryRepository, profile: d.ProfileRecord, entry: d.MedicationEntry, now: datetime
) -> d.MedicationEntry:
    """Store a medicine with its start and stop dates."""
    entry = replace(entry, profile_id=_id(profile), name=entry.name.strip())
    return repo.add_medication(d.validate_medication(entry, now))


def log_lab(
    repo: DiaryRepository, profile: d.ProfileRecord, entry: d.LabResult, now: datetime
) -> d.LabResult:
    """Store a lab result."""
    entry = replace(
        entry, profile_id=_id(profile), name=entry.name.strip(), unit=entry.unit.strip()
    )
    return repo.add_lab(d.validate_lab(entry, now))


def log_weight(
    repo: DiaryRepository, profile: d.ProfileRecord, kg: float, at: datetime, now: datetime
) -> d.WeightEntry:
    """Store a weight in kilograms."""
    return repo.add_weight(d.validate_weight(d.WeightEntry(_id(profile), at, kg), now))


# --- reading ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DiaryView:
    """Everything logged for one person between two dates (inclusive, local dates)."""

    profile: d.ProfileRecord
    start: date | None
    end: date | None
    food: Sequence[d.FoodEntry]
    fluids: Sequence[d.FluidEntry]
    cramps: Sequence[d.CrampEpisode]
    medications: Sequence[d.MedicationEntry]
    labs: Sequence[d.LabResult]
    weights: Sequence[d.WeightEntry]


def _bounds(start: date | None, end: date | None) -> tuple[datetime | None, datetime | None]:
    """UTC query bounds padded by a day each side; exact filtering is by local date."""
    from datetime import UTC

    low = None if start is None else datetime.combine(start - timedelta(days=1), time(), UTC)
    high = None if end is None else datetime.combine(end + timedelta(days=2), time(), UTC)
    return low, high


def _inside(day: date, start: date | None, end: date | None) -> bool:
    return (start is None or day >= start) and (end is None or day <= end)


def show_diary(
    repo: DiaryRepository,
    profile: d.ProfileRecord,
    start: date | None,
    end: date | None,
    search: str | None = None,
) -> DiaryView:
    """The diary between ``start`` and ``end`` (both inclusive; ``None`` is open-ended).

    With ``search``, only the food entries whose text contains it (ignoring case).
    """
    if start and end and end < start:
        raise InputError(f"--to {end.isoformat()} is before --from {start.isoformat()}")
    low, high = _bounds(start, end)
    pid = _id(profile)
    return DiaryView(
        profile=profile,
        start=start,
        end=end,
        food=[
            e for e in repo.list_food(pid, low, high, search) if _inside(e.at.date(), start, end)
        ],
        fluids=[e for e in repo.list_fluids(pid, low, high) if _inside(e.at.date(), start, end)],
        cramps=[e for e in repo.list_cramps(pid, low, high) if _inside(e.at.date(), start, end)],
        medications=repo.list_medications(pid),
        labs=[e for e in repo.list_labs(pid) if _inside(e.taken_on, start, end)],
        weights=[e for e in repo.list_weights(pid, low, high) if _inside(e.at.date(), start, end)],
    )


@dataclass(frozen=True, slots=True)
class Trends:
    """The ``crampcheck trends`` report."""

    profile: d.ProfileRecord
    start: date
    end: date
    days_with_food: int
    days_with_cramps: int
    averages: Sequence[tr.Average]
    weeks: Sequence[tr.Week]
    comparisons: Sequence[tr.Comparison]
    medication_changes: tr.RateComparison


def targets_for_profile(profile: Profile) -> dict[str, float]:
    """RDA or AI per nutrient key for this person."""
    from crampcheck.core.dri import targets_for
    from crampcheck.data import load_dri

    return {key.value: dri.target for key, dri in targets_for(load_dri(), profile).items()}


def trends(
    repo: DiaryRepository,
    profile: d.ProfileRecord,
    start: date | None,
    end: date | None,
    today: date,
    targets: dict[str, float] | None = None,
) -> Trends:
    """Averages, weekly cramps and cramp-day comparisons from ``start`` to ``end``."""
    end = end or today
    start = start or end - timedelta(days=DEFAULT_TREND_DAYS - 1)
    if end < start:
        raise InputError(f"--to {end.isoformat()} is before --from {start.isoformat()}")
    low, high = _bounds(start, end + timedelta(days=1))
    pid = _id(profile)
    days = tr.build_days(
        start,
        end,
        [m for m in repo.list_food_totals(pid, low, high) if _inside(m[0].date(), start, end)],
        [e for e in repo.list_fluids(pid, low, high) if _inside(e.at.date(), start, end)],
        repo.list_cramps(pid, low, high),
        repo.list_medications(pid),
    )
    keys = [n.value for n in CRAMP_NUTRIENTS]
    goals = targets if targets is not None else targets_for_profile(profile.profile)
    return Trends(
        profile=profile,
        start=start,
        end=end,
        days_with_food=sum(1 for day in days if day.food_logged),
        days_with_cramps=sum(1 for day in days if day.cramp_night),
        averages=tr.average_intake(days, keys, goals),
        weeks=tr.weekly_cramps(days),
        comparisons=tr.compare_cramp_days(days, keys),
        medication_changes=tr.compare_med_changes(days),
    )
